# attempt: run a process with Runtime.exec through host access
# expect: GuestException KeyError
# message: 'host symbol java.lang.Runtime is not defined or access has been denied'
import java
java.type('java.lang.Runtime').getRuntime().exec(['touch', SENTINEL])
