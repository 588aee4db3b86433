// attempt: evaluate Python from inside JavaScript
// expect: GuestException ReferenceError
// message: Polyglot is not defined
Polyglot.eval('python', '1 + 1');
