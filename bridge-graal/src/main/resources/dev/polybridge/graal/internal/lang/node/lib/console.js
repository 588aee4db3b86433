// node's console.
'use strict';
module.exports = globalThis.console;
