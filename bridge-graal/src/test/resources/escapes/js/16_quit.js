// attempt: stop the JVM with quit()
// expect: GuestException ReferenceError
// message: quit is not defined
quit(1);
