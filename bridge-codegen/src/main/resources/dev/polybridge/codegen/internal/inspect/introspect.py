# bridge-codegen's introspection of Python modules, run inside GraalPy through the bridge.
#
# inspect_module(name) imports a module and describes its public functions, attributes and
# classes as plain dicts, lists, strings, booleans and None (the intermediate model): nothing here
# knows about Java. Annotations become small type trees by annotations.py, loaded first into the
# same namespace; a name that cannot be resolved (a forward reference, a TYPE_CHECKING import)
# becomes {"k": "unresolved", "symbol": ...} instead of an error. A member that cannot be described
# is left out with a warning; only an import error of the module itself escapes.

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
                return [str(n) for n in names if _has(self.module, str(n))]
            except TypeError:
                pass
        return [n for n in vars(self.module) if not n.startswith("_")]

    def is_own(self, obj):
        """True for an object defined in this module or one of its submodules."""
        owner = getattr(obj, "__module__", None)
        return isinstance(owner, str) and (owner == self.name or owner.startswith(self.name + "."))

    def describe(self):
        out = {"functions": [], "attributes": [], "classes": []}
        hints = self.module_hints()
        for name in self.public_names():
            where = self.name + "." + name
            try:
                self.describe_name(name, where, hints, out)
            except Exception as e:  # a lazy attribute that fails, an object typing cannot read
                self.warn(where, "cannot describe it (" + _error(e) + "); skipped")
        functions, attributes, classes = out["functions"], out["attributes"], out["classes"]
        return {
            "name": self.name,
            "file": getattr(self.module, "__file__", None),
            "doc": _doc(self.module),
            "functions": functions,
            "attributes": attributes,
            "classes": classes,
            "warnings": self.warnings,
        }

    def describe_name(self, name, where, hints, out):
        explicit = getattr(self.module, "__all__", None) is not None
        obj = getattr(self.module, name)
        if isinstance(obj, types.ModuleType):
            return
        if name == "TYPE_CHECKING" or type(obj).__module__ == "__future__":
            return
        if inspect.isclass(obj):
            described = self.describe_class(obj, name) if explicit or self.is_own(obj) else None
            if described is not None:
                out["classes"].append(described)
            return
        if _is_typing_construct(obj):
            return  # TypeVars, aliases, NewTypes: types, not values
        if callable(obj):  # functions, functools.partial objects, instances with __call__
            if explicit or self.is_own(obj):
                described = self.describe_function(obj, name, where, drop_first=False)
                if described is not None:
                    out["functions"].append(described)
            return
        if name in hints:
            tp, text = hints[name]
        else:
            tp, text = class_type(type(obj)), type(obj).__qualname__
        out["attributes"].append({"name": name, "type": tp, "text": text, "writable": False,
                                  "doc": None})

    def module_hints(self):
        raw = dict(getattr(self.module, "__annotations__", {}) or {})
        return {name: annotation(ann, vars(self.module), None) for name, ann in raw.items()}

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
        resolved = annotations_of(func, globalns)
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
            returns, returns_text = annotation(sig.return_annotation, globalns, None)
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
        return annotation(p.annotation, globalns, None)

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
                hints = class_hints(cls, self.module)
                base["fields"] = [self.field(f.name, hints)
                                  for f in dataclasses.fields(cls) if f.init]
                return base
            if typing.is_typeddict(cls):
                base["kind"] = "typeddict"
                hints = class_hints(cls, self.module)
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
                hints = class_hints(cls, self.module)
                base["fields"] = [self.field(n, hints) for n in cls._fields]
                return base
            base["kind"] = "class"
            base["init"] = self.init_signature(cls, name, where)
            base["methods"], base["properties"] = self.members(cls, where, globalns)
            return base
        except Exception as e:
            self.warn(where, "cannot describe the class (" + _error(e) + "); skipped")
            return None

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
        resolved = annotations_of(init, globalns) if _is_function(init) else {}
        params = []
        for p in sig.parameters.values():
            tp, text = self.param_type(p, resolved, globalns)
            params.append({"name": p.name, "kind": _KINDS[p.kind],
                           "default": p.default is not _EMPTY, "type": tp, "text": text})
        text = name + _params_text(list(sig.parameters.values()))
        return {"params": params, "returns": class_type(cls), "returns_text": name,
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
                try:
                    if not self.describe_member(n, value, member, methods, properties):
                        continue
                except Exception as e:
                    self.warn(member, "cannot describe it (" + _error(e) + "); skipped")
                seen.add(n)
        hints = class_hints(cls, self.module)
        for n, (tp, text, classvar) in hints.items():
            if n.startswith("_") or n in seen:
                continue
            seen.add(n)
            properties.append({"name": n, "type": tp, "text": text, "writable": not classvar,
                               "doc": None})
        return methods, properties

    def describe_member(self, n, value, member, methods, properties):
        """Adds class attribute `value` as a method or property; False when it is neither."""
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
            return False
        return True

    def prop(self, name, getter, writable):
        tp, text = {"k": "missing"}, None
        if getter is not None:
            globalns = getattr(getter, "__globals__", None) or vars(self.module)
            resolved = annotations_of(getter, globalns)
            if "return" in resolved:
                tp, text = resolved["return"]
        return {"name": name, "type": tp, "text": text, "writable": writable,
                "doc": _doc(getter) if getter is not None else None}


def _has(module, name):
    """hasattr, except that an attribute that raises while loading counts as present, so it is
    reported, not silently dropped."""
    try:
        getattr(module, name)
        return True
    except AttributeError:
        return False
    except Exception:
        return True


def _is_function(obj):
    return inspect.isfunction(obj) or inspect.isbuiltin(obj) or inspect.ismethod(obj) or \
        type(obj).__name__ in ("_lru_cache_wrapper", "cython_function_or_method")


def _is_typing_construct(obj):
    t = type(obj)
    return isinstance(obj, typing.TypeVar) or t.__module__ == "typing" or \
        hasattr(obj, "__supertype__") or t.__name__ == "TypeAliasType" or \
        (_UNION_TYPE is not None and isinstance(obj, _UNION_TYPE)) or \
        isinstance(obj, types.GenericAlias)


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
