# attempt: load a shared library through SQLite's load_extension()
# expect: GuestException OperationalError
# message: not authorized
# options: allowNativeModules
import sqlite3
sqlite3.connect(":memory:").execute("select load_extension('/lib/x86_64-linux-gnu/libc.so.6')")
