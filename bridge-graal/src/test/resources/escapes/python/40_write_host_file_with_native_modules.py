# attempt: write a host file where native modules are allowed (their folder is GraalPy's alone)
# expect: GuestException PermissionError
# message: [Errno 1] Operation not permitted: '{SENTINEL}'
# options: allowNativeModules
open(SENTINEL, "w").write("escaped")
