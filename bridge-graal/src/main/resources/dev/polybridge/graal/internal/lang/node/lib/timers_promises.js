// node's timers/promises: setTimeout and setImmediate that resolve a promise.
'use strict';
const web = require('internal/web');
module.exports = {
  setTimeout: (delay, value) => new Promise((resolve) => globalThis.setTimeout(() => resolve(value), delay)),
  setImmediate: (value) => new Promise((resolve) => web.setImmediate(() => resolve(value))),
  scheduler: {
    wait: (delay) => new Promise((resolve) => globalThis.setTimeout(resolve, delay)),
    yield: () => new Promise((resolve) => web.setImmediate(resolve)),
  },
};
