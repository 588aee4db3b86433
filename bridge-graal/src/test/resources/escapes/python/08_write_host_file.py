# attempt: create a file on the host
# expect: GuestException PermissionError
# message: [Errno 1] Operation not permitted: '{SENTINEL}'
with open(SENTINEL, 'w') as f:
    f.write('escaped')
