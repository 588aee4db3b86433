// AbortController, AbortSignal and EventTarget for the web platform globals (abort-controller,
// event-target-shim), with a minimal Event class, which event-target-shim 5 does not export.
const { AbortController, AbortSignal } = require('abort-controller');
const { EventTarget } = require('event-target-shim');

class Event {
  constructor(type, init = {}) {
    if (arguments.length === 0) throw new TypeError('The "type" argument must be specified');
    this.type = String(type);
    this.bubbles = Boolean(init.bubbles);
    this.cancelable = Boolean(init.cancelable);
    this.composed = Boolean(init.composed);
    this.defaultPrevented = false;
    this.timeStamp = Date.now();
  }
  preventDefault() {
    if (this.cancelable) this.defaultPrevented = true;
  }
  stopPropagation() {}
  stopImmediatePropagation() {}
}

module.exports = { AbortController, AbortSignal, Event, EventTarget };
