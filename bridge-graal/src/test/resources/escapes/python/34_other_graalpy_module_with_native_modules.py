# attempt: load a native module of GraalPy's home that is not on the allowed list (_testcapi)
# expect: GuestException ImportError
# message: Polybridge refused to load the native library {PYTHON_CORE}/modules/_testcapi.graalpy250-312-native-x86_64-linux.so (module _testcapi): allowNativeModules lets Python load only GraalPy's own native modules (_cpython_sre, _sqlite3), never other shared libraries
# options: allowNativeModules
import _testcapi
