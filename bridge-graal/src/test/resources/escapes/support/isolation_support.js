// Guest code for the isolation tests: work that never ends, and allocation that never stops.
'use strict';

function spin() {
  while (true) {}
}

// Catches whatever stops it and goes on: only a cancel ends this.
function swallowInterrupts() {
  while (true) {
    try {
      while (true) {}
    } catch (e) {
      // keep going
    }
  }
}

// A generator that never produces its first element.
function* endless() {
  spin();
  yield 1;
}

function bomb() {
  const a = [];
  while (true) {
    a.push(new Array(100000).fill(1.5));
  }
}

function call(f) {
  return f();
}

function callTimes(f, n) {
  for (let i = 0; i < n; i++) {
    f();
  }
  return n;
}

class Spinner {
  spin() {
    spin();
  }

  toString() {
    spin();
  }
}

module.exports = { spin, swallowInterrupts, endless, bomb, call, callTimes, Spinner };
