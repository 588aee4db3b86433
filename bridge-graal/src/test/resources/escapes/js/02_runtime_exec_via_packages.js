// attempt: run a process with Runtime.exec through the Packages global
// expect: GuestException TypeError
// message: (intermediate value).java.lang.Runtime.getRuntime is not a function
Packages.java.lang.Runtime.getRuntime().exec(['touch', SENTINEL]);
