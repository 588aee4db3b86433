# attempt: load libc as an extension module where native modules are allowed
# expect: GuestException ImportError
# message: Polybridge refused to load the native library /lib/x86_64-linux-gnu/libc.so.6 (module libc): allowNativeModules lets Python load only GraalPy's own native modules (_cpython_sre, _sqlite3), never other shared libraries
# options: allowNativeModules
import importlib.machinery
import importlib.util
path = "/lib/x86_64-linux-gnu/libc.so.6"
loader = importlib.machinery.ExtensionFileLoader("libc", path)
importlib.util.module_from_spec(importlib.util.spec_from_file_location("libc", path, loader=loader))
