# Python-side helpers of Polybridge, loaded once per context into a private module
# (never into __main__). Each gives a Handle operation Python's exact semantics and errors. A
# helper that both languages have bears the same name in helpers.js.
import importlib as _importlib
import operator as _operator
from array import array as _array

none = None
import_module = _importlib.import_module
getitem = _operator.getitem
setitem = _operator.setitem
str_of = str
len_of = len
hasattr_of = hasattr
getattr_of = getattr
setattr_of = setattr


def identity(x):
    return x


def call(f, *args):
    return f(*args)


def invoke_int(obj, name, *args):
    """invoke for a result Java takes as an integer: an int as it is, anything else in a
    1-tuple. Java then needs no guest operation of its own to tell an int from a float."""
    r = getattr(obj, name)(*args)
    return r if type(r) is int else (r,)


def call_kw(f, kwargs, *args):
    return f(*args, **kwargs)


def invoke(obj, name, *args):
    return getattr(obj, name)(*args)


def invoke_kw(obj, name, kwargs, *args):
    return getattr(obj, name)(*args, **kwargs)


def new_instance(cls, *args):
    return cls(*args)


def iterate(obj):
    return iter(obj)


def name_error(name):
    raise NameError(f"name '{name}' is not defined")


def is_list(x):
    return isinstance(x, (list, tuple))


def packed_ints(seq, start, stop):
    """seq[start:stop] as the bytes of 64-bit integers in the machine's byte order, when seq is a
    list or tuple and those elements are all ints (no bools, no floats) that fit; else None. One
    call and one buffer read instead of an interop read per element."""
    if type(seq) is not list and type(seq) is not tuple:
        return None
    part = seq if start == 0 and stop == len(seq) else seq[start:stop]
    for x in part:
        if type(x) is not int:
            return None
    try:
        return _array('q', part).tobytes()
    except OverflowError:
        return None


def is_dict(x):
    return isinstance(x, dict)


def new_list(n):
    return [None] * n


def new_dict():
    return {}


def bytes_from_latin1(s):
    return s.encode('latin-1')


def big_int(s):
    return int(s)


def rethrow(e):
    raise e


def error_info(e):
    """(type name, message, [(file, line, function), ...] innermost first) of an exception."""
    import traceback  # imported on first error only: it is a large part of context start-up
    frames = [(f.filename, f.lineno, f.name) for f in traceback.extract_tb(e.__traceback__)]
    frames.reverse()
    return (type(e).__name__, str(e), frames)


# ---- java.time, Duration, BigDecimal and Set conversions ----

def make_datetime(y, mo, d, h, mi, s, us, offset_seconds):
    import datetime
    tz = None
    if offset_seconds is not None:
        tz = datetime.timezone(datetime.timedelta(seconds=offset_seconds))
    return datetime.datetime(y, mo, d, h, mi, s, us, tzinfo=tz)


def make_date(y, mo, d):
    import datetime
    return datetime.date(y, mo, d)


def make_time(h, mi, s, us):
    import datetime
    return datetime.time(h, mi, s, us)


def make_timedelta(seconds, microseconds):
    import datetime
    return datetime.timedelta(seconds=seconds, microseconds=microseconds)


def timedelta_parts(x):
    import datetime
    if isinstance(x, datetime.timedelta):
        return (x.days, x.seconds, x.microseconds)
    return None


def make_decimal(s):
    import decimal
    return decimal.Decimal(s)


def decimal_text(x):
    t = type(x)
    if t.__name__ == 'Decimal' and t.__module__ in ('decimal', '_decimal', '_pydecimal'):
        return str(x)
    return None


def new_set(items):
    return set(items)


# ---- @GuestClass: records and enums that stand for a Python class ----

def guest_class(qualname):
    """The class named 'package.module.Outer.Inner': the longest importable module prefix, then
    attributes."""
    parts = qualname.split('.')
    for i in range(len(parts) - 1, 0, -1):
        try:
            obj = _importlib.import_module('.'.join(parts[:i]))
        except ImportError:
            continue
        for name in parts[i:]:
            obj = getattr(obj, name)
        return obj
    raise ImportError(f"@GuestClass(\"{qualname}\"): no module of that name can be imported;"
                      " name the class as 'module.ClassName'")


def parameter_names(cls):
    """The names cls(...) takes as keyword arguments, or None when they cannot be known."""
    import dataclasses
    if dataclasses.is_dataclass(cls):
        return [f.name for f in dataclasses.fields(cls) if f.init]
    fields = getattr(cls, '_fields', None)  # NamedTuple
    if fields is not None:
        return list(fields)
    annotations = getattr(cls, '__annotations__', None)  # TypedDict and annotated classes
    if isinstance(annotations, dict) and annotations:
        return list(annotations)
    try:
        import inspect
        return [p.name for p in inspect.signature(cls).parameters.values()
                if p.kind in (p.POSITIONAL_OR_KEYWORD, p.KEYWORD_ONLY)]
    except (TypeError, ValueError):
        return None


def enum_member(cls, name):
    return cls[name]


# ---- awaitables ----
# A new loop of the context's asyncio policy: in a context without sockets that is Polybridge's
# loop without sockets (_polybridge_asyncio, installed by startup.py), elsewhere asyncio's own.

def is_awaitable(x):
    import inspect
    return inspect.isawaitable(x)


def run_awaitable(aw):
    import asyncio
    loop = asyncio.new_event_loop()
    try:
        asyncio.set_event_loop(loop)
        return loop.run_until_complete(aw)
    finally:
        asyncio.set_event_loop(None)
        loop.close()
