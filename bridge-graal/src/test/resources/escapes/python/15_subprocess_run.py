# attempt: start a process with subprocess
# expect: GuestException FileNotFoundError
# message: [Errno 2] No such file or directory
import subprocess
subprocess.run(['touch', SENTINEL])
