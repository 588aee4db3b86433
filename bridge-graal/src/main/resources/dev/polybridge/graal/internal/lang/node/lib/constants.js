// node's constants.
'use strict';
module.exports = { F_OK: 0, R_OK: 4, W_OK: 2, X_OK: 1 };
