# attempt: start another interpreter with multiprocessing
# expect: BridgeException
# message: Guest code tried to start another interpreter (multiprocessing, a subinterpreter), which a Polybridge context never allows. Use more contexts from Java (Bridge.pool) instead.
import multiprocessing
multiprocessing.Process(target=print).start()
