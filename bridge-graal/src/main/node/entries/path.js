// Node's path module (POSIX): path-browserify, Node's path.posix published as a package.
module.exports = require('path-browserify');
