// What every JavaScript context gets of the Node layer before it is used (see NodeRuntime.java): a
// Proxy between the global object and Object.prototype that answers for the globals bootstrap.js
// defines. A global the script itself does not define is looked up along the global object's
// prototype chain, so the first touch of one of these names, as an identifier (`require`, `typeof
// process`) or as a property (`globalThis.Buffer`, `'console' in globalThis`), reaches the Proxy,
// which puts Object.prototype back in its place and loads the layer. A context that never uses the
// layer pays for two deletes and one Proxy: defining an accessor for each of the 26 names in every
// new context cost more than the context itself until the JIT had compiled the loop.
// Returns touch(name): loads the layer if name is one of its globals (or if name is undefined).
(function (load) {
  'use strict';
  const G = globalThis;
  const proto = Object.getPrototypeOf(G);
  // GraalJS's own encoders, which the layer wraps; deleted so that these names reach the Proxy too.
  // (The context is made without GraalJS's console: js.console=false, see ContextFactory.)
  const natives = { TextEncoder: G.TextEncoder, TextDecoder: G.TextDecoder };
  delete G.TextEncoder;
  delete G.TextDecoder;
  let loaded = false;

  function ours(name) {
    switch (name) {
      case 'global': case 'require': case 'process': case 'Buffer': case 'URL':
      case 'URLSearchParams': case 'TextEncoder': case 'TextDecoder': case 'atob': case 'btoa':
      case 'structuredClone': case 'crypto': case 'performance': case 'DOMException':
      case 'setImmediate': case 'clearImmediate': case 'AbortController': case 'AbortSignal':
      case 'Event': case 'EventTarget': case 'console': case 'setTimeout': case 'setInterval':
      case 'clearTimeout': case 'clearInterval': case 'queueMicrotask':
        return true;
      default:
        return false;
    }
  }

  function fire() {
    if (!loaded) {
      loaded = true;
      Object.setPrototypeOf(G, proto);
      load(natives);
    }
  }

  Object.setPrototypeOf(G, new Proxy(proto, {
    has(target, name) {
      if (ours(name)) {
        fire();
        return name in G;
      }
      return Reflect.has(target, name);
    },
    get(target, name, receiver) {
      if (ours(name)) {
        fire();
        return G[name];
      }
      return Reflect.get(target, name, receiver);
    },
    set(target, name, value, receiver) {
      if (ours(name)) {
        fire();
        G[name] = value;
        return true;
      }
      return Reflect.set(target, name, value, receiver);
    },
  }));

  return (name) => {
    if (name === undefined || ours(name)) fire();
  };
});
