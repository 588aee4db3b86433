# attempt: listen on a TCP port
# expect: BridgeException
# message: GraalVM failed internally: com.oracle.graal.python.runtime.PosixSupportLibrary$UnsupportedPosixFeatureException: socket was excluded
import socket
server = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
server.bind(('127.0.0.1', 0))
server.listen()
