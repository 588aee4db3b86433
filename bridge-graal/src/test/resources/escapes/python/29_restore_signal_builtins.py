# attempt: get the real signal functions back by reloading the builtin module
# expect: GuestException PermissionError
# message: [Errno 1] signal.raise_signal() is not allowed in a Polybridge context: signals belong to the host JVM
import importlib
import sys
import _signal
del sys.modules['_signal']
fresh = importlib.import_module('_signal')
importlib.reload(fresh).raise_signal(15)
