// Node's assert module: the assert package, a port of Node's assert.
module.exports = require('assert/');
