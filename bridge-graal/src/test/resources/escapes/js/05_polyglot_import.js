// attempt: read a value another language exported
// expect: GuestException ReferenceError
// message: Polyglot is not defined
Polyglot.import('secret');
