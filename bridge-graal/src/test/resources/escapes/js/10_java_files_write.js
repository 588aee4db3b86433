// attempt: write a file through java.nio.file.Files
// expect: GuestException TypeError
// message: Access to host class java.nio.file.Files is not allowed or does not exist.
Java.type('java.nio.file.Files');
