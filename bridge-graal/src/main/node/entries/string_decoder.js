// Node's string_decoder module: the string_decoder package, copied from Node's sources.
module.exports = require('string_decoder/');
