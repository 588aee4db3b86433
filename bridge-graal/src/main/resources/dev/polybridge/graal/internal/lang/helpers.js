// JavaScript-side helpers of Polybridge, evaluated once per context when an operation first
// needs one; nothing is left in the global scope. Each gives a Handle operation JavaScript's exact semantics and errors. A helper
// that both languages have bears the same name in helpers.py.
(function () {
  'use strict';
  const describe = (v) => (v === null ? 'null' : typeof v);
  const get = (o, k) => o[k];
  const set = (o, k, v) => { o[k] = v; };
  return {
    none: undefined,
    identity: (x) => x,
    getattr_of: get,
    setattr_of: set,
    getitem: get,
    setitem: set,
    hasattr_of: (o, k) => o !== null && o !== undefined && (k in Object(o)),
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
    new_instance: (C, ...args) => new C(...args),
    len_of: (o) => {
      if (typeof o === 'string' || Array.isArray(o) || ArrayBuffer.isView(o)) return o.length;
      if (o instanceof ArrayBuffer) return o.byteLength;
      if (o instanceof Map || o instanceof Set) return o.size;
      if (o !== null && typeof o === 'object') return Object.keys(o).length;
      throw new TypeError(`a ${describe(o)} has no size`);
    },
    iterate: (o) => o[Symbol.iterator](),
    is_dict: (o) => {
      if (o === null || typeof o !== 'object') return false;
      const p = Object.getPrototypeOf(o);
      return p === Object.prototype || p === null;
    },
    new_list: (n) => new Array(n),
    new_dict: () => ({}),
    new_set: (items) => new Set(items),
    bytes_from_latin1: (s) => {
      const a = new Uint8Array(s.length);
      for (let i = 0; i < s.length; i++) a[i] = s.charCodeAt(i);
      return a;
    },
    big_int: (s) => BigInt(s),
    error_info: (e) => {
      if (e instanceof Error) return [e.name, e.message];
      return [describe(e), String(e)];
    },
    rethrow: (e) => { throw e; },
    str_of: (v) => String(v),
    // queueMicrotask, as in browsers and Node: the callback runs as a microtask; a throw is
    // reported, not lost. The global of that name (JsEventLoop) calls this on first use.
    queue_microtask: (callback) => {
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
    },
    new_date: (ms) => new Date(ms),
    module_not_found: (name, why) => {
      const e = new Error(`Cannot find module '${name}' (${why})`);
      e.code = 'MODULE_NOT_FOUND';
      throw e;
    },
  };
})()
