// What every JavaScript context gets of the Node layer before it is used (see NodeRuntime.java):
// accessors for the globals that bootstrap.js defines. Touching any of them runs bootstrap.js,
// which replaces them all, so a context that never uses the layer pays only for this loop.
(function (load) {
  'use strict';
  const G = globalThis;
  // What bootstrap.js wraps or keeps, taken before the accessors below hide it.
  const originals = {
    setTimeout: G.setTimeout,
    setInterval: G.setInterval,
    clearTimeout: G.clearTimeout,
    clearInterval: G.clearInterval,
    TextEncoder: G.TextEncoder,
    TextDecoder: G.TextDecoder,
    console: G.console,
  };
  const names = ['global', 'require', 'process', 'Buffer', 'URL', 'URLSearchParams', 'TextEncoder',
    'TextDecoder', 'atob', 'btoa', 'structuredClone', 'crypto', 'performance', 'DOMException',
    'setImmediate', 'clearImmediate', 'AbortController', 'AbortSignal', 'Event', 'EventTarget',
    'console'];
  if (typeof originals.setTimeout === 'function') {
    names.push('setTimeout', 'setInterval', 'clearTimeout', 'clearInterval');
  }
  for (const name of names) {
    Object.defineProperty(G, name, {
      configurable: true,
      enumerable: false,
      get() {
        load(originals);
        return G[name];
      },
      set(value) {
        load(originals);
        G[name] = value;
      },
    });
  }
});
