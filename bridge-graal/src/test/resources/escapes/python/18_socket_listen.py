# attempt: listen on a TCP port
# expect: GuestException PermissionError
# message: [Errno 13] this Polybridge context has no network access (ContextOptions.builder().allowIO(true) allows sockets)
import socket
server = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
server.bind(('127.0.0.1', 0))
server.listen()
