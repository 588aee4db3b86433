// The legacy half of Node's url module (parse, format, resolve): the url package.
module.exports = require('url/');
