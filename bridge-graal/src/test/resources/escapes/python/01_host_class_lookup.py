# attempt: look up a Java class through Python's java module
# expect: GuestException KeyError
# message: 'host symbol java.lang.Runtime is not defined or access has been denied'
import java
java.type('java.lang.Runtime')
