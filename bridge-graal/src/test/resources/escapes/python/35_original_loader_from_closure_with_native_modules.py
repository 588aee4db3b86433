# attempt: take GraalPy's own create_dynamic back from the guard's closure and load libc with it
# expect: GuestException ImportError
# message: Polybridge refused to load the native library /lib/x86_64-linux-gnu/libc.so.6 (module libc): allowNativeModules lets Python load only GraalPy's own native modules (_cpython_sre, _sqlite3), never other shared libraries
# options: allowNativeModules
import _imp
import importlib.machinery
guard = _imp.create_dynamic.__closure__[0].cell_contents
spec = importlib.machinery.ModuleSpec("libc", None, origin="/lib/x86_64-linux-gnu/libc.so.6")
guard.createDynamic(spec, None)
