// attempt: look up a Java class once the Java-backed crypto and fs modules are loaded
// expect: GuestException TypeError
// message: Access to host class java.lang.Runtime is not allowed or does not exist.
require('crypto').createHash('sha256').update('x').digest('hex');
require('fs').existsSync('/');
Java.type('java.lang.Runtime').getRuntime().exec('touch ' + SENTINEL);
