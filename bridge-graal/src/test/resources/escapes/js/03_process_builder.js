// attempt: start a process with ProcessBuilder
// expect: GuestException TypeError
// message: Access to host class java.lang.ProcessBuilder is not allowed or does not exist.
const ProcessBuilder = Java.type('java.lang.ProcessBuilder');
new ProcessBuilder(['touch', SENTINEL]).start();
