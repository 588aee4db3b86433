// node's timers: the context's own timer functions.
'use strict';
const web = require('internal/web');
module.exports = {
  setTimeout: (...a) => globalThis.setTimeout(...a),
  clearTimeout: (t) => globalThis.clearTimeout(t),
  setInterval: (...a) => globalThis.setInterval(...a),
  clearInterval: (t) => globalThis.clearInterval(t),
  setImmediate: web.setImmediate,
  clearImmediate: web.clearImmediate,
  get promises() {
    return require('timers/promises');
  },
};
