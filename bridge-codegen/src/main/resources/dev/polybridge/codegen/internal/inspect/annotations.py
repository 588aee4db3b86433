# bridge-codegen's reading of Python annotations, loaded before introspect.py into the same
# namespace. An annotation becomes a small type tree of plain dicts: {"k": "class", "module": ...,
# "qualname": ...}, {"k": "generic", "origin": ..., "args": [...]}, {"k": "union", ...}, and so on
# (ModelReader.java reads them). A string annotation (a forward reference, or any annotation under
# `from __future__ import annotations`) is evaluated where it was written; a name that cannot be
# resolved becomes {"k": "unresolved", "symbol": name}, and only that part of the tree degrades.

import ast
import inspect
import sys
import types
import typing

# Wrappers whose argument is the real type: Annotated[T, ...], ClassVar[T], Final[T], ...
_WRAPPERS = {"Annotated", "ClassVar", "Final", "Required", "NotRequired", "ReadOnly", "InitVar"}
_UNION_TYPE = getattr(types, "UnionType", None)


def annotations_of(func, globalns):
    """Every annotation of func: typing.get_type_hints when it can resolve them all, else
    each annotation on its own, so one bad name spoils only it"""
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
            out[name] = (type_of(resolved[name], globalns, None, None), _type_text(ann))
        else:
            out[name] = annotation(ann, globalns, None)
    return out

# ---- annotations to type trees ----

def annotation(ann, globalns, owner):
    """(type tree, Python text) of one annotation, a string one evaluated where it was written:
    in a class body, module globals first, then the class namespace, as get_type_hints does."""
    localns = None
    if owner is not None:
        globalns, localns = dict(vars(owner)), globalns
    if isinstance(ann, typing.ForwardRef):
        ann = ann.__forward_arg__
    if isinstance(ann, str):
        return from_string(ann, globalns, localns, owner), ann
    return type_of(ann, globalns, localns, owner), _type_text(ann)

def from_string(text, globalns, localns, owner):
    try:
        node = ast.parse(text, mode="eval").body
    except SyntaxError:
        return {"k": "unresolved", "symbol": text}
    return from_ast(node, globalns, localns, owner)

def from_ast(node, globalns, localns, owner):
    try:
        value = eval(compile(ast.Expression(node), "<annotation>", "eval"), globalns, localns)
    except Exception:
        value = _FAILED
    if value is not _FAILED:
        return type_of(value, globalns, localns, owner)
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.BitOr):
        return _union([from_ast(node.left, globalns, localns, owner),
                       from_ast(node.right, globalns, localns, owner)])
    if isinstance(node, ast.Subscript):
        base = from_ast(node.value, globalns, localns, owner)
        if base.get("k") == "unresolved":
            return base
        items = node.slice.elts if isinstance(node.slice, ast.Tuple) else [node.slice]
        args = []
        for item in items:
            if isinstance(item, ast.List):
                args.append({"k": "params", "args": [
                    from_ast(e, globalns, localns, owner) for e in item.elts]})
            else:
                args.append(from_ast(item, globalns, localns, owner))
        return _subscripted(base, args)
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return from_string(node.value, globalns, localns, owner)
    return {"k": "unresolved", "symbol": ast.unparse(node)}

def type_of(tp, globalns, localns, owner, depth=0):
    if depth > 20:
        return {"k": "any"}
    def sub(t):
        if isinstance(t, (str, typing.ForwardRef)):
            arg = t if isinstance(t, str) else t.__forward_arg__
            return from_string(arg, globalns, localns, owner)
        return type_of(t, globalns, localns, owner, depth + 1)
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
        return {"k": "generic", "origin": class_ref(origin), "args": args}
    if tp in (typing.Callable,) or name == "Callable":
        return {"k": "generic", "origin": {"module": "collections.abc", "qualname": "Callable"},
                "args": []}
    if inspect.isclass(tp):
        return class_type(tp)
    bare = getattr(tp, "__origin__", None)
    if inspect.isclass(bare):
        return {"k": "generic", "origin": class_ref(bare), "args": []}
    return {"k": "unresolved", "symbol": _type_text(tp)}

def class_type(cls):
    return dict(class_ref(cls), k="class")

def class_ref(cls):
    module, qualname = _class_name(cls)
    return {"module": module, "qualname": qualname}


def class_hints(cls, fallback_module):
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
        ns = vars(sys.modules.get(klass.__module__, fallback_module))
        for n, ann in raw.items():
            if n in resolved:
                tree = type_of(resolved[n], ns, None, klass)
                text = _type_text(ann.__forward_arg__ if isinstance(ann, typing.ForwardRef)
                                  else ann)
            else:
                tree, text = annotation(ann, ns, klass)
            out[n] = (tree, text, _is_classvar(ann))
    return out


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


def _is_classvar(ann):
    if isinstance(ann, str):
        ann = ann.strip("'\" ")
        return ann.startswith("ClassVar") or ann.startswith("typing.ClassVar")
    return typing.get_origin(ann) is typing.ClassVar or ann is typing.ClassVar


def _literal(v):
    kind = "bool" if isinstance(v, bool) else "int" if isinstance(v, int) else \
        "str" if isinstance(v, str) else "other"
    return {"kind": kind, "repr": repr(v)}


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
