# attempt: kill the JVM with os.kill
# expect: GuestException ProcessLookupError
# message: [Errno 3] No such process
import os
import signal
os.kill(os.getpid(), signal.SIGKILL)
