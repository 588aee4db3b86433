// AbortController, AbortSignal, Event and EventTarget for the web platform globals.
const { AbortController, AbortSignal } = require('abort-controller');
const { Event, EventTarget } = require('event-target-shim');
module.exports = { AbortController, AbortSignal, Event, EventTarget };
