// Node's events module: the events package, a port of Node's own EventEmitter.
module.exports = require('events/');
