// attempt: read a host file outside the module folders with require()
// expect: GuestException TypeError
// message: Cannot load module: '{SECRET_FILE}'
require(SECRET_FILE);
