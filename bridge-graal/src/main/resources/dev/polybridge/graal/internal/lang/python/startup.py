# Polybridge's part of Python's standard library, run once in every Python context before any
# guest code (see PythonStdlib.java). It only installs hooks; each back-end loads when imported:
#
# - pyexpat and _cpython_unicodedata (the native half of GraalPy's unicodedata: ucd_3_2_0, the
#   idna codec, lookup, combining, numeric...) come from Polybridge's shims over Java back-ends, so
#   xml.etree, xml.dom, xml.sax, plistlib and "x".encode("idna") work without native code;
# - GraalPy's other native modules fail with a message naming the allowNativeModules switch;
# - asyncio gets an event loop without sockets where the context has none;
# - zoneinfo finds the host's read-only time zone database;
# - __main__ gets a __file__ and a __spec__, as a script's module has.


def _polybridge_stdlib(backend, native_modules, sockets, tzpath):
    import sys
    from _frozen_importlib import ModuleSpec

    globals().pop("_polybridge_install", None)
    tzpath = tuple(p for p in tzpath.split(":") if p)

    main = sys.modules["__main__"]
    main.__file__ = "<polybridge>/__main__.py"
    main.__spec__ = ModuleSpec("__main__", None, origin=main.__file__)

    switch = "ContextOptions.builder().allowNativeModules(true)"
    needs_switch = {
        "_sqlite3": "sqlite3 needs GraalPy's native module _sqlite3",
        "_cpython_sre": "This regular expression needs GraalPy's native engine _cpython_sre"
        " (GraalVM's regex engine cannot run it)",
    }
    shims = ("pyexpat", "_cpython_unicodedata")

    def tz_database(module):
        module.reset_tzpath(tzpath)

    def socketless_asyncio(module):
        namespace = {"__name__": "_polybridge_asyncio"}
        origin = "<polybridge>/_polybridge_asyncio.py"
        exec(compile(backend.shimSource("_polybridge_asyncio"), origin, "exec"), namespace)
        module.set_event_loop_policy(namespace["PolybridgePolicy"]())

    def unicodedata_rest(module):
        # GraalPy's unicodedata asks _cpython_unicodedata only for a few names: ask for the rest.
        rest = ("numeric", "decimal", "digit", "mirrored", "decomposition")
        previous = module.__dict__.get("__getattr__")

        def bidirectional(chr):
            # GraalPy's answers "L" for unassigned code points, CPython "".
            module.bidirectional = __import__("_cpython_unicodedata").bidirectional
            return module.bidirectional(chr)

        module.bidirectional = bidirectional

        def __getattr__(attr):
            if attr in rest:
                value = getattr(__import__("_cpython_unicodedata"), attr)
                setattr(module, attr, value)
                return value
            if previous is not None:
                return previous(attr)
            raise AttributeError("module 'unicodedata' has no attribute '%s'" % attr)

        module.__getattr__ = __getattr__

    def regex_scanner(module):
        # re.Scanner compiles parsed patterns, which GraalPy can only hand to its native engine:
        # Polybridge's runs the phrases as string patterns (see _polybridge_re.py), loaded on first
        # use since every context imports re. A class, so packages can subclass it (mistune does).
        impl = []

        def load():
            if not impl:
                namespace = {"__name__": "re"}
                origin = "<polybridge>/_polybridge_re.py"
                exec(compile(backend.shimSource("_polybridge_re"), origin, "exec"), namespace)
                impl.append(namespace)
            return impl[0]

        class Scanner:
            def __init__(self, lexicon, flags=0):
                load()["init"](self, lexicon, flags)

            def scan(self, string):
                return load()["scan"](self, string)

        Scanner.__module__ = "re"
        module.Scanner = Scanner

    def no_sockets(module):
        # GraalPy stops the context with an internal error where the sandbox has no sockets;
        # CPython code expects an OSError it can catch (urllib3 probes for IPv6 at import).
        import errno

        message = (
            "this Polybridge context has no network access"
            " (ContextOptions.builder().allowIO(true) allows sockets)"
        )

        class socket(module.socket):
            __slots__ = ()

            def __init__(self, *args, **kwargs):
                raise PermissionError(errno.EACCES, message)

        def resolver(name):
            def refused(*args, **kwargs):
                raise module.gaierror(module.EAI_FAIL, message)

            refused.__name__ = refused.__qualname__ = name
            return refused

        socket.__module__ = "_socket"
        module.socket = module.SocketType = socket
        for name in ("getaddrinfo", "gethostbyname", "gethostbyname_ex", "gethostbyaddr",
                     "getnameinfo", "getservbyname", "getservbyport"):
            if hasattr(module, name):
                setattr(module, name, resolver(name))

    patches = {
        "zoneinfo._tzpath": tz_database,
        "unicodedata": unicodedata_rest,
        "re": regex_scanner,
    }
    if not sockets:
        patches["_socket"] = no_sockets
    if not sockets:
        patches["asyncio"] = socketless_asyncio
    for name in list(patches):
        if name in sys.modules:  # GraalPy loads its unicodedata while it starts
            patches.pop(name)(sys.modules[name])

    def regex_of_caller():
        # The pattern GraalPy's _sre could not compile, for the message: it is a local there.
        frame = sys._getframe(2)
        for _ in range(12):
            if frame is None:
                break
            pattern = frame.f_locals.get("pattern", frame.f_locals.get("p"))
            if frame.f_code.co_filename.endswith("_sre.py") and isinstance(pattern, (str, bytes)):
                return " (" + repr(pattern)[:200] + ")"
            frame = frame.f_back
        return ""

    class ShimLoader:
        def __init__(self, name):
            self.name = name

        def create_module(self, spec):
            return None

        def exec_module(self, module):
            module.__dict__["_polybridge_backend"] = backend
            code = compile(backend.shimSource(self.name), module.__spec__.origin, "exec")
            exec(code, module.__dict__)

    class PatchingLoader:
        def __init__(self, loader, patch):
            self._loader = loader
            self._patch = patch

        def create_module(self, spec):
            return self._loader.create_module(spec)

        def exec_module(self, module):
            self._loader.exec_module(module)
            self._patch(module)

        def __getattr__(self, name):
            return getattr(self._loader, name)

    class PolybridgeFinder:
        """Polybridge's shims, patches and refusals, asked before Python's own finders."""

        busy = set()

        @classmethod
        def find_spec(cls, name, path=None, target=None):
            if name in shims:
                return ModuleSpec(name, ShimLoader(name), origin="<polybridge>/" + name + ".py")
            if name in needs_switch and not native_modules:
                raise ImportError(
                    needs_switch[name] + regex_of_caller() + ", which this Polybridge context"
                    " does not allow. Create the context with " + switch + " to allow it.",
                    name=name,
                )
            patch = patches.get(name)
            if patch is None or name in cls.busy:
                return None
            cls.busy.add(name)
            try:
                for finder in sys.meta_path:
                    if finder is cls or not hasattr(finder, "find_spec"):
                        continue
                    spec = finder.find_spec(name, path, target)
                    if spec is not None:
                        if spec.loader is not None:
                            spec.loader = PatchingLoader(spec.loader, patch)
                        return spec
                return None
            finally:
                cls.busy.discard(name)

    sys.meta_path.insert(0, PolybridgeFinder)

    if native_modules:
        import _imp

        def _refuse(message, name):
            raise ImportError(message, name=name)

        home = __graalpython__.core_home
        guard = backend.guard(_imp.create_dynamic, _imp.create_builtin, _refuse, home + "/modules/")

        def create_dynamic(spec, file=None):
            return guard.createDynamic(spec, file)

        def create_builtin(spec):
            return guard.createBuiltin(spec)

        _imp.create_dynamic = create_dynamic
        _imp.__create_dynamic__ = create_dynamic
        _imp.create_builtin = create_builtin


_polybridge_install = _polybridge_stdlib
del _polybridge_stdlib
# Called from Java as a partial, not as a function: see PythonSupport.internalEntry.
__import__("_functools").partial(_polybridge_install)
