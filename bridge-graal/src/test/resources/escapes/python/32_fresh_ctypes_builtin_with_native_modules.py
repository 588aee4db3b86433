# attempt: create the _ctypes builtin module directly, past the import system
# expect: GuestException ImportError
# message: No module named '_ctypes': ctypes loads arbitrary native code, which a Polybridge context never allows, not even with allowNativeModules
# options: allowNativeModules
import _imp
import importlib.machinery
spec = importlib.machinery.ModuleSpec("_ctypes", importlib.machinery.BuiltinImporter)
_imp.create_builtin(spec).dlopen(None)
