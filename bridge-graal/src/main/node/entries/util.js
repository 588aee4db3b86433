// Node's util module: the util package (format, inspect, promisify, inherits, types, ...).
module.exports = require('util/');
