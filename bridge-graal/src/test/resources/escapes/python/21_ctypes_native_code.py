# attempt: load native code with ctypes
# expect: GuestException ImportError
# message: cannot import name '_memmove_addr' from '_ctypes' (unknown location)
import ctypes
ctypes.CDLL(None)
