# attempt: open a TCP connection
# expect: BridgeException
# message: Guest code called getaddrinfo, which a Polybridge context does not offer (no sockets or other native system calls). Make the call from Java and pass the result to the guest.
import socket
socket.create_connection(('127.0.0.1', 9), timeout=1)
