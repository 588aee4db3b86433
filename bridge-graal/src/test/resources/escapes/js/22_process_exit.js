// attempt: end the host JVM with process.exit
// expect: GuestException Error
// message: process.exit(3) is not offered: a Polybridge JavaScript context cannot end the host process; throw an error or return a value instead
process.exit(3);
