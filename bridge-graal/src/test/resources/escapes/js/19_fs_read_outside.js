// attempt: read a host file outside the module folders with fs.readFileSync
// expect: GuestException Error
// message: EACCES: permission denied, open '{SECRET_FILE}'
require('fs').readFileSync(SECRET_FILE, 'utf8');
