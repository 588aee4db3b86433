# attempt: listen on a TCP port
# expect: BridgeException
# message: Guest code called socket, which a Polybridge context does not offer (no sockets or other native system calls). Make the call from Java and pass the result to the guest.
import socket
server = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
server.bind(('127.0.0.1', 0))
server.listen()
