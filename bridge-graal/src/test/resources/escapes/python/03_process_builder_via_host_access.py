# attempt: start a process with ProcessBuilder through host access
# expect: GuestException KeyError
# message: 'host symbol java.lang.ProcessBuilder is not defined or access has been denied'
import java
java.type('java.lang.ProcessBuilder')(['touch', SENTINEL]).start()
