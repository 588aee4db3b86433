# attempt: start a thread with _thread
# expect: BridgeException
# message: GraalVM failed internally: java.lang.IllegalStateException: Creating threads is not allowed.
import _thread
_thread.start_new_thread(lambda: None, ())
