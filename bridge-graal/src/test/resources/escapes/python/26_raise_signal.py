# attempt: stop the JVM by raising SIGTERM in it
# expect: GuestException PermissionError
# message: [Errno 1] signal.raise_signal() is not allowed in a Polybridge context: signals belong to the host JVM
import signal
signal.raise_signal(signal.SIGTERM)
