# attempt: create a module in the Python home, a cache other JVMs import from
# expect: GuestException PermissionError
# message: [Errno 1] Operation not permitted: '{PYTHON_STDLIB}/polybridge_escape_probe.py'
import os
with open(os.path.join(os.path.dirname(os.__file__), 'polybridge_escape_probe.py'), 'w') as f:
    f.write('escaped = True')
