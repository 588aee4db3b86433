# attempt: run a shell command with os.system
# expect: BridgeException
# message: GraalVM failed internally: java.lang.SecurityException: Process creation is not allowed, to enable it set Context.Builder.allowCreateProcess(true).
import os
os.system('touch ' + SENTINEL)
