// attempt: read a host file outside the module folders with load()
// expect: GuestException TypeError
// message: Cannot load script: {SECRET_FILE}
load(SECRET_FILE);
