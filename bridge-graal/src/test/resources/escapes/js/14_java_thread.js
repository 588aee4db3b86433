// attempt: start a thread with java.lang.Thread
// expect: GuestException TypeError
// message: Access to host class java.lang.Thread is not allowed or does not exist.
const Thread = Java.type('java.lang.Thread');
new Thread(() => {}).start();
