// node's sys.
'use strict';
module.exports = require('util');
