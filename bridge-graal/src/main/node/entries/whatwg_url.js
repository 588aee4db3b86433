// WHATWG URL and URLSearchParams: whatwg-url, the specification's reference implementation.
module.exports = require('whatwg-url');
