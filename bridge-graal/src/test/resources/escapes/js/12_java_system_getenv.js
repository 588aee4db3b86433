// attempt: read the host's environment through java.lang.System
// expect: GuestException TypeError
// message: Access to host class java.lang.System is not allowed or does not exist.
Java.type('java.lang.System').getenv();
