// attempt: load Java classes from a host folder
// expect: GuestException Error
// message: Host class loading is not allowed.
Java.addToClasspath(SENTINEL);
