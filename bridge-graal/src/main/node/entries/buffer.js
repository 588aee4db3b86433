// Node's buffer module: feross/buffer, the one browserify and webpack use.
module.exports = require('buffer/');
