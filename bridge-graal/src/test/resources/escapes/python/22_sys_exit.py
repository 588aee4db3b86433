# attempt: stop the JVM with sys.exit
# expect: BridgeException
# message: Guest code asked to exit with status 4; Polybridge never lets a guest stop the JVM
import sys
sys.exit(4)
