# attempt: stop the JVM with os._exit
# expect: BridgeException
# message: Guest code asked to exit with status 5; Polybridge never lets a guest stop the JVM
import os
os._exit(5)
