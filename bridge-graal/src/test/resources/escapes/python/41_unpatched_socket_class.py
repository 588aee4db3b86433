# attempt: go round Polybridge's socket refusal with GraalPy's own socket class
# expect: BridgeException
# message: Guest code called socket, which a Polybridge context does not offer (no sockets or other native system calls). Make the call from Java and pass the result to the guest.
import _socket
original = _socket.socket.__mro__[1]
original(_socket.AF_INET, _socket.SOCK_STREAM).connect(("127.0.0.1", 9))
