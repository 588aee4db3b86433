# attempt: load libc with ctypes where GraalPy's native modules are allowed
# expect: GuestException ImportError
# message: No module named '_ctypes': ctypes loads arbitrary native code, which a Polybridge context never allows, not even with allowNativeModules
# options: allowNativeModules
import ctypes
ctypes.CDLL(None).system(b"touch " + SENTINEL.encode())
