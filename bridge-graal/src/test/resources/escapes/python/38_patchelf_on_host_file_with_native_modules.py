# attempt: run patchelf, the one program native modules need, on a file outside their folder
# expect: value -1
# options: allowNativeModules
import os
os.system("patchelf --set-soname x " + SECRET_FILE)
