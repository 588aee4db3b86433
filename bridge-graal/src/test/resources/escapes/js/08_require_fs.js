// attempt: get Node's file system module
// expect: GuestException TypeError
// message: Cannot load module: 'fs'
require('fs').writeFileSync(SENTINEL, 'escaped');
