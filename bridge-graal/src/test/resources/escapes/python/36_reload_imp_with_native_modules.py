# attempt: reload _imp to get GraalPy's unguarded loaders back, then load libc
# expect: GuestException ImportError
# message: Polybridge refused to load the native library /lib/x86_64-linux-gnu/libc.so.6 (module libc): allowNativeModules lets Python load only GraalPy's own native modules (_cpython_sre, _sqlite3), never other shared libraries
# options: allowNativeModules
import importlib
import importlib.machinery
import sys
import _imp
del sys.modules["_imp"]
fresh = importlib.reload(importlib.import_module("_imp"))
spec = importlib.machinery.ModuleSpec("libc", None, origin="/lib/x86_64-linux-gnu/libc.so.6")
fresh.create_dynamic(spec)
