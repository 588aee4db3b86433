// attempt: start a worker thread
// expect: GuestException ReferenceError
// message: Worker is not defined
new Worker('1');
