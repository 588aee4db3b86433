# attempt: make the JVM ignore SIGTERM
# expect: GuestException ValueError
# message: signal.signal() is not allowed in a Polybridge context: signal handlers belong to the host JVM
import signal
signal.signal(signal.SIGTERM, signal.SIG_IGN)
