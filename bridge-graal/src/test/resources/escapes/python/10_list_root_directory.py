# attempt: list the host's root directory
# expect: GuestException PermissionError
# message: [Errno 13] Permission denied: '/'
import os
os.listdir('/')
