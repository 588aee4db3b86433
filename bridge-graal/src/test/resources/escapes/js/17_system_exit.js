// attempt: stop the JVM with System.exit through the java global
// expect: GuestException TypeError
// message: (intermediate value).lang.System.exit is not a function
java.lang.System.exit(1);
