# attempt: open a TCP connection
# expect: BridgeException
# message: GraalVM failed internally: com.oracle.graal.python.runtime.PosixSupportLibrary$UnsupportedPosixFeatureException: getaddrinfo was excluded
import socket
socket.create_connection(('127.0.0.1', 9), timeout=1)
