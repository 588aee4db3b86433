# attempt: schedule SIGALRM, which a host thread would raise at the JVM
# expect: GuestException PermissionError
# message: [Errno 1] signal.alarm() is not allowed in a Polybridge context: signals belong to the host JVM
import signal
signal.alarm(1)
