// attempt: read the host's environment variables
// expect: GuestException ReferenceError
// message: process is not defined
process.env.HOME;
