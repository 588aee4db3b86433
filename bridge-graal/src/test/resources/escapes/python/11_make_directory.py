# attempt: create a directory on the host
# expect: GuestException PermissionError
# message: [Errno 1] Operation not permitted: '{SENTINEL}'
import os
os.mkdir(SENTINEL)
