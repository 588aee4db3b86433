# attempt: read a host file outside the Python path
# expect: GuestException PermissionError
# message: [Errno 13] Permission denied: '{SECRET_FILE}'
open(SECRET_FILE).read()
