// node's path/posix.
'use strict';
module.exports = require('path');
