# attempt: replace the JVM process with a shell
# expect: GuestException PermissionError
# message: [Errno 1] Operation not permitted
import os
os.execv('/bin/sh', ['sh', '-c', 'touch ' + SENTINEL])
