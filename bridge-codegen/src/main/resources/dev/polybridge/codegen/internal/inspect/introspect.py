# bridge-codegen's introspection of Python modules, run inside GraalPy through the bridge.
#
# inspect_module(name) imports a module and describes its public functions, attributes and
# classes as plain dicts, lists, strings, booleans and None (the intermediate model): nothing here
# knows about Java. Type annotations become small type trees (see type_of); a name that cannot be
# resolved (a forward reference, a TYPE_CHECKING import) becomes {"k": "unresolved", "symbol": ...}
# instead of an error. A member that cannot be described is left out with a warning; only an
# import error of the module itself escapes.

import ast
import dataclasses
import enum
import importlib
import inspect
import sys
import traceback
import types
import typing

_EMPTY = inspect.Parameter.empty
_KINDS = {
    inspect.Parameter.POSITIONAL_ONLY: "positional_only",
    inspect.Parameter.POSITIONAL_OR_KEYWORD: "positional_or_keyword",
    inspect.Parameter.VAR_POSITIONAL: "var_positional",
    inspect.Parameter.KEYWORD_ONLY: "keyword_only",
    inspect.Parameter.VAR_KEYWORD: "var_keyword",
}
# Wrappers whose argument is the real type: Annotated[T, ...], ClassVar[T], Final[T], ...
_WRAPPERS = {"Annotated", "ClassVar", "Final", "Required", "NotRequired", "ReadOnly", "InitVar"}
_UNION_TYPE = getattr(types, "UnionType", None)


def inspect_module(name):
    """The description of module `name`, or {"import_error": ...} when importing it fails."""
    try:
        module = importlib.import_module(name)
    except BaseException as e:  # SyntaxError, SystemExit from a script: all are import errors
        return {"import_error": {"type": type(e).__name__, "message": str(e),
                                 "traceback": _traceback(e)}}
    return _Module(module).describe()


def _traceback(e):
    """Python's traceback text without the frames of importlib and of this script; empty when no
    frame is left (the module itself was not found: the message says it all)."""
    importlib_dir = importlib.__file__.rsplit("/", 1)[0] + "/"
    frames = [f for f in traceback.extract_tb(e.__traceback__)
              if not f.filename.startswith("<frozen") and f.filename != __file__
              and not f.filename.startswith(importlib_dir)]
    if not frames:
        return ""
    lines = ["Traceback (most recent call last):\n"]
    lines += traceback.format_list(frames)
    lines += traceback.format_exception_only(type(e), e)
    return "".join(lines)


class _Module:
    def __init__(self, module):
        self.module = module
        self.name = module.__name__
        self.warnings = []

    def warn(self, where, text):
        self.warnings.append(where + ": " + text)

    # ---- what is public ----

    def public_names(self):
        names = getattr(self.module, "__all__", None)
        if names is not None:
            try:
                return [str(n) for n in names if hasattr(self.module, str(n))]
            except TypeError:
                pass
        return [n for n in vars(self.module) if not n.startswith("_")]

    def is_own(self, obj):
        """True for an object defined in this module or one of its submodules."""
        owner = getattr(obj, "__module__", None)
        return isinstance(owner, str) and (owner == self.name or owner.startswith(self.name + "."))

    def describe(self):
        functions, attributes, classes = [], [], []
        explicit = getattr(self.module, "__all__", None) is not None
        hints = self.module_hints()
        for name in self.public_names():
            try:
                obj = getattr(self.module, name)
            except Exception as e:  # a lazy attribute that fails
                self.warn(self.name + "." + name, "cannot read it (" + _error(e) + "); skipped")
                continue
            where = self.name + "." + name
            if isinstance(obj, types.ModuleType):
                continue
            if inspect.isclass(obj):
                if explicit or self.is_own(obj):
                    described = self.describe_class(obj, name)
                    if described is not None:
                        classes.append(described)
                continue
            if _is_function(obj):
                if explicit or self.is_own(obj):
                    described = self.describe_function(obj, name, where, drop_first=False)
                    if described is not None:
                        functions.append(described)
                continue
            if name == "TYPE_CHECKING" or type(obj).__module__ == "__future__":
                continue
            if _is_typing_construct(obj):
                continue  # TypeVars, aliases, NewTypes: types, not values
            if callable(obj):  # functools.partial objects, instances with __call__
                if explicit or self.is_own(obj):
                    described = self.describe_function(obj, name, where, drop_first=False)
                    if described is not None:
                        functions.append(described)
                continue
            if name in hints:
                tp, text = hints[name]
            else:
                tp, text = self.class_type(type(obj)), type(obj).__qualname__
            attributes.append({"name": name, "type": tp, "text": text, "writable": False,
                               "doc": None})
        return {
            "name": self.name,
            "file": getattr(self.module, "__file__", None),
            "doc": _doc(self.module),
            "functions": functions,
            "attributes": attributes,
            "classes": classes,
            "warnings": self.warnings,
        }

    def module_hints(self):
        raw = dict(getattr(self.module, "__annotations__", {}) or {})
        return {name: self.annotation(ann, vars(self.module), None) for name, ann in raw.items()}

    # ---- functions and signatures ----

    def describe_function(self, func, name, where, drop_first):
        target = func
        is_async = inspect.iscoroutinefunction(target)
        overloads = []
        try:
            registered = list(typing.get_overloads(target))
        except Exception:
            registered = []
        for variant in registered or [target]:
            sig = self.signature(variant, name, where, drop_first)
            if sig is None:
                return None
            overloads.append(sig)
        return {"name": name, "doc": _doc(target), "async": is_async, "overloads": overloads}

    def signature(self, func, name, where, drop_first):
        try:
            sig = inspect.signature(func)
        except (TypeError, ValueError) as e:
            self.warn(where, "cannot read its signature (" + _error(e) + "); skipped")
            return None
        params = list(sig.parameters.values())
        if drop_first and params and params[0].kind in (
                inspect.Parameter.POSITIONAL_ONLY, inspect.Parameter.POSITIONAL_OR_KEYWORD):
            params = params[1:]
        globalns = getattr(func, "__globals__", None) or vars(self.module)
        resolved = self.hints(func, globalns)
        out_params = []
        for p in params:
            tp, text = self.param_type(p, resolved, globalns)
            out_params.append({
                "name": p.name,
                "kind": _KINDS[p.kind],
                "default": p.default is not _EMPTY,
                "type": tp,
                "text": text,
            })
        if "return" in resolved:
            returns, returns_text = resolved["return"]
        elif sig.return_annotation is not _EMPTY:
            returns, returns_text = self.annotation(sig.return_annotation, globalns, None)
        else:
            returns, returns_text = {"k": "missing"}, None
        text = name + _params_text(params)
        if returns_text is not None:
            text += " -> " + returns_text
        return {"params": out_params, "returns": returns, "returns_text": returns_text,
                "text": text}

    def param_type(self, p, resolved, globalns):
        if p.name in resolved:
            return resolved[p.name]
        if p.annotation is _EMPTY:
            return {"k": "missing"}, None
        return self.annotation(p.annotation, globalns, None)

    def hints(self, func, globalns):
        """Every annotation of func: typing.get_type_hints when it can resolve them all, else
        each annotation on its own, so one bad name spoils only itself."""
        raw = getattr(func, "__annotations__", None)
        if not isinstance(raw, dict) or not raw:
            return {}
        try:
            resolved = typing.get_type_hints(func, include_extras=True)
        except Exception:
            resolved = {}
        out = {}
        for name, ann in raw.items():
            if name in resolved:
                out[name] = (self.type_of(resolved[name], globalns, None, None), _type_text(ann))
            else:
                out[name] = self.annotation(ann, globalns, None)
        return out

    # ---- annotations to type trees ----

    def annotation(self, ann, globalns, owner):
        """(type tree, Python text) of one annotation, a string one evaluated where it was written:
        in a class body, module globals first, then the class namespace, as get_type_hints does."""
        localns = None
        if owner is not None:
            globalns, localns = dict(vars(owner)), globalns
        if isinstance(ann, typing.ForwardRef):
            ann = ann.__forward_arg__
        if isinstance(ann, str):
            return self.from_string(ann, globalns, localns, owner), ann
        return self.type_of(ann, globalns, localns, owner), _type_text(ann)

    def from_string(self, text, globalns, localns, owner):
        try:
            node = ast.parse(text, mode="eval").body
        except SyntaxError:
            return {"k": "unresolved", "symbol": text}
        return self.from_ast(node, globalns, localns, owner)

    def from_ast(self, node, globalns, localns, owner):
        try:
            value = eval(compile(ast.Expression(node), "<annotation>", "eval"), globalns, localns)
        except Exception:
            value = _FAILED
        if value is not _FAILED:
            return self.type_of(value, globalns, localns, owner)
        if isinstance(node, ast.BinOp) and isinstance(node.op, ast.BitOr):
            return _union([self.from_ast(node.left, globalns, localns, owner),
                           self.from_ast(node.right, globalns, localns, owner)])
        if isinstance(node, ast.Subscript):
            base = self.from_ast(node.value, globalns, localns, owner)
            if base.get("k") == "unresolved":
                return base
            items = node.slice.elts if isinstance(node.slice, ast.Tuple) else [node.slice]
            args = []
            for item in items:
                if isinstance(item, ast.List):
                    args.append({"k": "params", "args": [
                        self.from_ast(e, globalns, localns, owner) for e in item.elts]})
                else:
                    args.append(self.from_ast(item, globalns, localns, owner))
            return _subscripted(base, args)
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            return self.from_string(node.value, globalns, localns, owner)
        return {"k": "unresolved", "symbol": ast.unparse(node)}

    def type_of(self, tp, globalns, localns, owner, depth=0):
        if depth > 20:
            return {"k": "any"}
        def sub(t):
            if isinstance(t, (str, typing.ForwardRef)):
                arg = t if isinstance(t, str) else t.__forward_arg__
                return self.from_string(arg, globalns, localns, owner)
            return self.type_of(t, globalns, localns, owner, depth + 1)
        if tp is None or tp is type(None):
            return {"k": "none"}
        if tp is typing.Any or tp is object:
            return {"k": "any"}
        if tp is Ellipsis:
            return {"k": "ellipsis"}
        if getattr(typing, "Self", None) is not None and tp is typing.Self:
            return {"k": "self"}
        if isinstance(tp, (str, typing.ForwardRef)):
            return sub(tp)
        if isinstance(tp, typing.TypeVar):
            bound = tp.__bound__
            return {"k": "typevar", "name": tp.__name__,
                    "bound": sub(bound) if bound is not None else None}
        if hasattr(tp, "__supertype__"):  # NewType
            return sub(tp.__supertype__)
        if type(tp).__name__ == "TypeAliasType":  # type X = ... (3.12)
            return sub(tp.__value__)
        origin = typing.get_origin(tp)
        name = getattr(origin, "_name", None) or getattr(tp, "_name", None)
        if origin is typing.Annotated:
            return sub(tp.__origin__)
        if name in _WRAPPERS or type(tp).__name__ in ("InitVar",):
            inner = getattr(tp, "type", None) if type(tp).__name__ == "InitVar" else None
            args = typing.get_args(tp)
            return sub(inner if inner is not None else (args[0] if args else typing.Any))
        if origin is typing.Union or (_UNION_TYPE is not None and isinstance(tp, _UNION_TYPE)):
            return _union([sub(a) for a in typing.get_args(tp)])
        if origin is typing.Literal:
            return {"k": "literal", "values": [_literal(v) for v in typing.get_args(tp)]}
        if origin is not None:
            args = []
            for a in typing.get_args(tp):
                if isinstance(a, (list, tuple)):
                    args.append({"k": "params", "args": [sub(x) for x in a]})
                else:
                    args.append(sub(a))
            return {"k": "generic", "origin": self.class_ref(origin), "args": args}
        if tp in (typing.Callable,) or name == "Callable":
            return {"k": "generic", "origin": {"module": "collections.abc", "qualname": "Callable"},
                    "args": []}
        if inspect.isclass(tp):
            return self.class_type(tp)
        bare = getattr(tp, "__origin__", None)
        if inspect.isclass(bare):
            return {"k": "generic", "origin": self.class_ref(bare), "args": []}
        return {"k": "unresolved", "symbol": _type_text(tp)}

    def class_type(self, cls):
        return dict(self.class_ref(cls), k="class")

    def class_ref(self, cls):
        module, qualname = _class_name(cls)
        return {"module": module, "qualname": qualname}

    # ---- classes ----

    def describe_class(self, cls, name):
        where = self.name + "." + name
        if issubclass(cls, BaseException):
            return None  # exceptions arrive as GuestException
        try:
            base = {
                "name": name,
                "module": str(cls.__module__),
                "qualname": str(cls.__qualname__),
                "doc": _class_doc(cls),
            }
            if isinstance(cls, enum.EnumMeta):
                base["kind"] = "enum"
                base["members"] = [{"name": n, "value": _short_repr(m.value)}
                                   for n, m in cls.__members__.items() if m.name == n]
                return base
            globalns = vars(sys.modules.get(cls.__module__, self.module))
            if dataclasses.is_dataclass(cls):
                base["kind"] = "dataclass"
                hints = self.class_hints(cls, globalns)
                base["fields"] = [self.field(f.name, hints)
                                  for f in dataclasses.fields(cls) if f.init]
                return base
            if typing.is_typeddict(cls):
                base["kind"] = "typeddict"
                hints = self.class_hints(cls, globalns)
                optional = getattr(cls, "__optional_keys__", frozenset())
                fields = []
                for n in hints:
                    f = self.field(n, hints)
                    f["required"] = n not in optional
                    fields.append(f)
                base["fields"] = fields
                return base
            if issubclass(cls, tuple) and hasattr(cls, "_fields"):
                base["kind"] = "namedtuple"
                hints = self.class_hints(cls, globalns)
                base["fields"] = [self.field(n, hints) for n in cls._fields]
                return base
            base["kind"] = "class"
            base["init"] = self.init_signature(cls, name, where)
            base["methods"], base["properties"] = self.members(cls, where, globalns)
            return base
        except Exception as e:
            self.warn(where, "cannot describe the class (" + _error(e) + "); skipped")
            return None

    def class_hints(self, cls, globalns):
        """name -> (type tree, text, is ClassVar) of a class's annotations, bases first."""
        try:
            resolved = typing.get_type_hints(cls, include_extras=True)
        except Exception:
            resolved = {}
        out = {}
        for klass in reversed(cls.__mro__):
            if klass.__module__ in ("builtins", "typing"):
                continue
            raw = klass.__dict__.get("__annotations__", {})
            if not isinstance(raw, dict):
                continue
            ns = vars(sys.modules.get(klass.__module__, self.module))
            for n, ann in raw.items():
                if n in resolved:
                    tree = self.type_of(resolved[n], ns, None, klass)
                    text = _type_text(ann.__forward_arg__ if isinstance(ann, typing.ForwardRef)
                                      else ann)
                else:
                    tree, text = self.annotation(ann, ns, klass)
                out[n] = (tree, text, _is_classvar(ann))
        return out

    def field(self, name, hints):
        tp, text, _ = hints.get(name, ({"k": "missing"}, None, False))
        return {"name": name, "type": tp, "text": text, "required": True}

    def init_signature(self, cls, name, where):
        try:
            sig = inspect.signature(cls)
        except (TypeError, ValueError) as e:
            self.warn(where, "cannot read the signature of its constructor (" + _error(e)
                      + "); no factory method")
            return None
        init = None
        for klass in cls.__mro__:
            if "__init__" in klass.__dict__:
                init = klass.__dict__["__init__"]
                break
            if "__new__" in klass.__dict__:
                init = klass.__dict__["__new__"]
                break
        globalns = getattr(init, "__globals__", None) or vars(self.module)
        resolved = self.hints(init, globalns) if _is_function(init) else {}
        params = []
        for p in sig.parameters.values():
            tp, text = self.param_type(p, resolved, globalns)
            params.append({"name": p.name, "kind": _KINDS[p.kind],
                           "default": p.default is not _EMPTY, "type": tp, "text": text})
        text = name + _params_text(list(sig.parameters.values()))
        return {"params": params, "returns": self.class_type(cls), "returns_text": name,
                "text": text}

    def members(self, cls, where, globalns):
        methods, properties, seen = [], [], set()
        for klass in cls.__mro__:
            if klass is object or klass.__module__ in ("builtins", "typing", "abc"):
                continue
            for n, value in list(klass.__dict__.items()):
                if n.startswith("_") or n in seen:
                    continue
                member = where + "." + n
                if isinstance(value, property):
                    properties.append(self.prop(n, value.fget, value.fset is not None))
                elif type(value).__name__ == "cached_property":
                    properties.append(self.prop(n, value.func, False))
                elif isinstance(value, (staticmethod, classmethod)) or inspect.isfunction(value):
                    func = getattr(value, "__func__", value)
                    drop = not isinstance(value, staticmethod)  # self or cls
                    described = self.describe_function(func, n, member, drop_first=drop)
                    if described is not None:
                        methods.append(described)
                else:
                    continue
                seen.add(n)
        hints = self.class_hints(cls, globalns)
        for n, (tp, text, classvar) in hints.items():
            if n.startswith("_") or n in seen:
                continue
            seen.add(n)
            properties.append({"name": n, "type": tp, "text": text, "writable": not classvar,
                               "doc": None})
        return methods, properties

    def prop(self, name, getter, writable):
        tp, text = {"k": "missing"}, None
        if getter is not None:
            globalns = getattr(getter, "__globals__", None) or vars(self.module)
            resolved = self.hints(getter, globalns)
            if "return" in resolved:
                tp, text = resolved["return"]
        return {"name": name, "type": tp, "text": text, "writable": writable,
                "doc": _doc(getter) if getter is not None else None}


_FAILED = object()


def _union(members):
    flat = []
    for m in members:
        for x in (m["args"] if m.get("k") == "union" else [m]):
            if x not in flat:
                flat.append(x)
    return flat[0] if len(flat) == 1 else {"k": "union", "args": flat}


def _subscripted(base, args):
    if base.get("k") == "generic" and not base.get("args"):
        return {"k": "generic", "origin": base["origin"], "args": args}
    if base.get("k") == "class":
        return {"k": "generic", "origin": {"module": base["module"], "qualname": base["qualname"]},
                "args": args}
    return base


def _is_function(obj):
    return inspect.isfunction(obj) or inspect.isbuiltin(obj) or inspect.ismethod(obj) or \
        type(obj).__name__ in ("_lru_cache_wrapper", "cython_function_or_method")


def _is_typing_construct(obj):
    t = type(obj)
    return isinstance(obj, typing.TypeVar) or t.__module__ == "typing" or \
        hasattr(obj, "__supertype__") or t.__name__ == "TypeAliasType" or \
        (_UNION_TYPE is not None and isinstance(obj, _UNION_TYPE)) or \
        isinstance(obj, types.GenericAlias)


def _is_classvar(ann):
    if isinstance(ann, str):
        ann = ann.strip("'\" ")
        return ann.startswith("ClassVar") or ann.startswith("typing.ClassVar")
    return typing.get_origin(ann) is typing.ClassVar or ann is typing.ClassVar


def _literal(v):
    kind = "bool" if isinstance(v, bool) else "int" if isinstance(v, int) else \
        "str" if isinstance(v, str) else "other"
    return {"kind": kind, "repr": repr(v)}


def _doc(obj):
    try:
        d = inspect.getdoc(obj)
    except Exception:
        return None
    return d if isinstance(d, str) and d.strip() else None


def _class_doc(cls):
    """The class's own docstring: not inherited, not the one dataclass or NamedTuple write."""
    d = cls.__dict__.get("__doc__")
    if not isinstance(d, str) or not d.strip():
        return None
    d = inspect.cleandoc(d)
    return None if d.startswith(cls.__name__ + "(") else d


def _error(e):
    return type(e).__name__ + ": " + str(e)


def _short_repr(v):
    r = repr(v)
    return r if len(r) <= 80 else r[:77] + "..."


def _canonical_names():
    """Classes whose __module__ is an implementation detail (GraalPy's datetime classes live in
    _pydatetime), by identity, under the name users import them by."""
    import collections
    import collections.abc
    import datetime
    import decimal
    out = {}
    for module, names in ((datetime, ("date", "time", "datetime", "timedelta")),
                          (decimal, ("Decimal",)),
                          (collections, ("OrderedDict", "defaultdict", "deque", "Counter"))):
        for n in names:
            out[getattr(module, n)] = (module.__name__, n)
    for n in collections.abc.__all__:
        out.setdefault(getattr(collections.abc, n), ("collections.abc", n))
    return out


_CANONICAL = _canonical_names()


def _class_name(cls):
    try:
        known = _CANONICAL.get(cls)
    except TypeError:  # unhashable
        known = None
    if known is not None:
        return known
    return (str(getattr(cls, "__module__", "builtins")),
            str(getattr(cls, "__qualname__", getattr(cls, "__name__", "?"))))


_SHORT_PREFIXES = ("typing.", "collections.abc.", "builtins.")


def _type_text(tp):
    if tp is None or tp is type(None):
        return "None"
    if isinstance(tp, str):
        return tp
    if tp is Ellipsis:
        return "..."
    if isinstance(tp, typing.ForwardRef):
        return tp.__forward_arg__
    if isinstance(tp, (list, tuple)):
        return "[" + ", ".join(_type_text(a) for a in tp) + "]"
    if inspect.isclass(tp) and not typing.get_args(tp):
        module, qualname = _class_name(tp)
        return qualname if module in ("builtins", "typing", "collections.abc") else \
            module + "." + qualname
    r = repr(tp)
    for known, (module, qualname) in _CANONICAL.items():
        r = r.replace(getattr(known, "__module__", "") + "." + known.__qualname__,
                      module + "." + qualname)
    for prefix in _SHORT_PREFIXES:
        r = r.replace(prefix, "")
    return r


def _params_text(params):
    parts, star = [], False
    for i, p in enumerate(params):
        if p.kind == inspect.Parameter.KEYWORD_ONLY and not star:
            parts.append("*")
        if p.kind in (inspect.Parameter.VAR_POSITIONAL, inspect.Parameter.KEYWORD_ONLY):
            star = True
        parts.append(_param_text(p))
        last_positional_only = p.kind == inspect.Parameter.POSITIONAL_ONLY and (
            i + 1 == len(params) or params[i + 1].kind != inspect.Parameter.POSITIONAL_ONLY)
        if last_positional_only:
            parts.append("/")
    return "(" + ", ".join(parts) + ")"


def _param_text(p):
    prefix = {inspect.Parameter.VAR_POSITIONAL: "*", inspect.Parameter.VAR_KEYWORD: "**"}
    s = prefix.get(p.kind, "") + p.name
    if p.annotation is not _EMPTY:
        s += ": " + _type_text(p.annotation)
    if p.default is not _EMPTY:
        s += " = " + _short_repr(p.default)
    return s
