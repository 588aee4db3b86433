// JavaScript-side helpers of Polybridge, evaluated once per context; nothing is left in the
// global scope. Each gives a Handle operation JavaScript's exact semantics and errors.
(function () {
  'use strict';
  if (typeof globalThis.queueMicrotask !== 'function') {
    // As in browsers and Node: the callback runs as a microtask; a throw is reported, not lost.
    globalThis.queueMicrotask = (callback) => {
      if (typeof callback !== 'function') {
        throw new TypeError('queueMicrotask needs a function');
      }
      Promise.resolve().then(() => {
        try {
          callback();
        } catch (e) {
          console.error('Uncaught exception in a microtask: ' + (e && e.stack ? e.stack : e));
        }
      });
    };
  }
  const describe = (v) => (v === null ? 'null' : typeof v);
  return {
    undefined: undefined,
    identity: (x) => x,
    get: (o, k) => o[k],
    set: (o, k, v) => { o[k] = v; },
    has: (o, k) => o !== null && o !== undefined && (k in Object(o)),
    call: (f, ...args) => {
      if (typeof f !== 'function') {
        throw new TypeError(`${String(f)} is not a function (it is ${describe(f)})`);
      }
      return f(...args);
    },
    invoke: (o, m, ...args) => {
      const f = o[m];
      if (typeof f !== 'function') {
        throw new TypeError(`${m} is not a function (it is ${describe(f)})`);
      }
      return f.apply(o, args);
    },
    newInstance: (C, ...args) => new C(...args),
    size: (o) => {
      if (typeof o === 'string' || Array.isArray(o) || ArrayBuffer.isView(o)) return o.length;
      if (o instanceof ArrayBuffer) return o.byteLength;
      if (o instanceof Map || o instanceof Set) return o.size;
      if (o !== null && typeof o === 'object') return Object.keys(o).length;
      throw new TypeError(`a ${describe(o)} has no size`);
    },
    iterate: (o) => o[Symbol.iterator](),
    isPlainObject: (o) => {
      if (o === null || typeof o !== 'object') return false;
      const p = Object.getPrototypeOf(o);
      return p === Object.prototype || p === null;
    },
    newArray: (n) => new Array(n),
    newObject: () => ({}),
    bytesFromLatin1: (s) => {
      const a = new Uint8Array(s.length);
      for (let i = 0; i < s.length; i++) a[i] = s.charCodeAt(i);
      return a;
    },
    bigInt: (s) => BigInt(s),
    errorInfo: (e) => {
      if (e instanceof Error) return [e.name, e.message];
      return [describe(e), String(e)];
    },
    string: (v) => String(v),
    newDate: (ms) => new Date(ms),
    newSet: (items) => new Set(items),
    isPromise: (v) => v instanceof Promise,
    moduleNotFound: (name, why) => {
      const e = new Error(`Cannot find module '${name}' (${why})`);
      e.code = 'MODULE_NOT_FOUND';
      throw e;
    },
  };
})()
