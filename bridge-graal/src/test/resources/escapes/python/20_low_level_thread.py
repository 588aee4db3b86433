# attempt: start a thread with _thread
# expect: BridgeException
# message: Guest code tried to start a thread, which a Polybridge context never allows. For parallel work, call several contexts from Java threads (Bridge.pool).
import _thread
_thread.start_new_thread(lambda: None, ())
