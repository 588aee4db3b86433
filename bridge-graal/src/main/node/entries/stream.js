// Node's stream module: readable-stream, Node's streams published as a package.
module.exports = require('readable-stream');
