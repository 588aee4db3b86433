# attempt: start a thread with threading
# expect: BridgeException
# message: GraalVM failed internally: java.lang.IllegalStateException: Creating threads is not allowed.
import threading
threading.Thread(target=lambda: None).start()
