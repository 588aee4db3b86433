// attempt: reach node internals through process.binding
// expect: GuestException Error
// message: process.binding() is not offered: a Polybridge JavaScript context cannot reach node's internals
process.binding('fs');
