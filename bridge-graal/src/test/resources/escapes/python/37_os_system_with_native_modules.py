# attempt: run a shell command where native modules are allowed (GraalPy may run patchelf there)
# expect: value -1
# options: allowNativeModules
import os
os.system("touch " + SENTINEL)
