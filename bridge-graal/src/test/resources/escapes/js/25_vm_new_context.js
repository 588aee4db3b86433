// attempt: escape the sandbox through a new vm context
// expect: GuestException Error
// message: vm.runInNewContext is not offered: a Polybridge JavaScript context cannot create JavaScript contexts (evaluate code with Polybridge from Java instead)
require('vm').runInNewContext('this.constructor.constructor("return process")()');
