# attempt: start a thread with threading
# expect: BridgeException
# message: Guest code tried to start a thread, which a Polybridge context never allows. For parallel work, call several contexts from Java threads (Bridge.pool).
import threading
threading.Thread(target=lambda: None).start()
