// attempt: read a host file outside the module folders with require()
// expect: GuestException Error
// message: Cannot find module '{SECRET_FILE}' from {SUPPORT}: tried [{SECRET_FILE}, {SECRET_FILE}.js, {SECRET_FILE}.json, {SECRET_FILE}/index.js, {SECRET_FILE}/index.json]
require(SECRET_FILE);
