// Node's punycode module: punycode.js, the library Node itself bundles.
module.exports = require('punycode/');
