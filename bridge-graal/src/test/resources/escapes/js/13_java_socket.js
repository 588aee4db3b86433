// attempt: open a TCP connection with java.net.Socket
// expect: GuestException TypeError
// message: Access to host class java.net.Socket is not allowed or does not exist.
Java.type('java.net.Socket');
