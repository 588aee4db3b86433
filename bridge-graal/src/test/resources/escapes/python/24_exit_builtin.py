# attempt: stop the JVM with the exit() builtin
# expect: GuestException NameError
# message: name 'exit' is not defined
exit(3)
