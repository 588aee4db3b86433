// attempt: look up a Java class with Java.type
// expect: GuestException TypeError
// message: Access to host class java.lang.Runtime is not allowed or does not exist.
Java.type('java.lang.Runtime');
