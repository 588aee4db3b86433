# attempt: open a TCP connection
# expect: GuestException gaierror
# message: [Errno -4] this Polybridge context has no network access (ContextOptions.builder().allowIO(true) allows sockets)
import socket
socket.create_connection(('127.0.0.1', 9), timeout=1)
