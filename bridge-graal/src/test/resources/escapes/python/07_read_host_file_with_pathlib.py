# attempt: read a host file outside the Python path with pathlib
# expect: GuestException PermissionError
# message: [Errno 13] Permission denied: '{SECRET_FILE}'
import pathlib
pathlib.Path(SECRET_FILE).read_text()
