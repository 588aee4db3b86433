// Node's querystring module: querystring-es3, Node's own code published as a package.
module.exports = require('querystring-es3');
