// Polybridge's Node layer for GraalJS, evaluated in a context when the context first uses it (see
// stub.js and NodeRuntime.java): the module system (require, ES module facades), node's globals and
// the web platform globals. Each global is a getter that loads its implementation on first touch.
// natives: GraalJS's TextEncoder and TextDecoder, which stub.js took off the global object;
// timers: the context's event loop (JsEventLoop.java): setTimeout, setInterval, clearTimeout and
// queueMicrotask. A global the script defined itself before the layer loaded stays as it is.
(function (host, folders, natives, timers) {
  'use strict';
  const G = globalThis;
  const cwd = folders.length > 0 ? folders[0] : '/';
  const coreCache = new Map();
  const moduleCache = Object.create(null);
  const resolutions = new Map();

  function hostError() {
    const text = host.error();
    const nl = text.indexOf('\n');
    return { code: text.slice(0, nl), message: text.slice(nl + 1) };
  }

  function codedError(code, message) {
    const e = new Error(message);
    e.code = code;
    return e;
  }

  // An fs-style error from the host's last failure: ENOENT: no such file or directory, open 'x'
  const FS_MESSAGES = {
    ENOENT: 'no such file or directory',
    EACCES: 'permission denied',
    ENOTDIR: 'not a directory',
    EISDIR: 'illegal operation on a directory',
    EIO: 'i/o error',
  };
  const ERRNO = { ENOENT: -2, EACCES: -13, ENOTDIR: -20, EISDIR: -21, EIO: -5 };
  function fsError() {
    const { code, message } = hostError();
    const [syscall, path] = message.split('\n');
    const e = new Error(`${code}: ${FS_MESSAGES[code] || code}, ${syscall} '${path}'`);
    e.errno = ERRNO[code];
    e.code = code;
    e.syscall = syscall;
    e.path = path;
    return e;
  }

  function dirname(p) {
    const i = p.lastIndexOf('/');
    return i <= 0 ? '/' : p.slice(0, i);
  }

  function loadCore(name) {
    let m = coreCache.get(name);
    if (m) return m.exports;
    const wrapper = host.core(name);
    if (wrapper === null) {
      throw codedError('ERR_UNKNOWN_BUILTIN_MODULE', `No such built-in module: node:${name}`);
    }
    m = { id: name, exports: {}, loaded: false };
    coreCache.set(name, m);
    try {
      wrapper.call(m.exports, m.exports, coreRequire, m, 'node:' + name, '/');
    } catch (e) {
      coreCache.delete(name);
      throw e;
    }
    m.loaded = true;
    return m.exports;
  }

  // What core modules require: other core modules, the bundled polyfills and the host.
  function coreRequire(name) {
    if (name === 'internal/host') return host;
    if (name === 'internal/loader') return loader;
    return loadCore(name.replace(/^node:/, ''));
  }

  function resolve(specifier, dir, esm) {
    if (typeof specifier !== 'string') {
      throw new TypeError(
        `The "id" argument must be of type string. Received ${specifier === null ? 'null' : typeof specifier}`);
    }
    // As node's Module._pathCache: a module tree requires the same relative names many times.
    const key = (esm ? 'i' : 'r') + dir + '\0' + specifier;
    let r = resolutions.get(key);
    if (r !== undefined) return r;
    r = host.resolve(specifier, host.realPathOf(dir), esm);
    if (r === null) {
      const { code, message } = hostError();
      throw codedError(code, message);
    }
    resolutions.set(key, r);
    return r;
  }

  function Module(id, parent) {
    this.id = id;
    this.path = dirname(id);
    this.exports = {};
    this.filename = id;
    this.loaded = false;
    this.children = [];
    this.paths = [];
    this.parent = parent;
    if (parent) parent.children.push(this);
  }
  Module.prototype.require = function (specifier) {
    return load(resolve(specifier, this.path, false), this);
  };

  function load(resolved, parent) {
    if (resolved.startsWith('node:')) return loadCore(resolved.slice(5));
    const cached = moduleCache[resolved];
    if (cached) return cached.exports;
    const format = host.format(resolved);
    if (format === 'esm') {
      // As node 22 does: require() of an ES module returns its namespace.
      const ns = host.importEsm(resolved);
      if (ns === null) throw fsError();
      return ns;
    }
    const m = new Module(resolved, parent);
    moduleCache[resolved] = m;
    let ok = false;
    try {
      if (format === 'json') {
        const text = host.readText(resolved);
        if (text === null) throw fsError();
        try {
          m.exports = JSON.parse(text);
        } catch (e) {
          e.message = resolved + ': ' + e.message;
          throw e;
        }
      } else {
        const fn = host.compile(resolved);
        if (fn === null) throw fsError();
        fn.call(m.exports, m.exports, makeRequire(m), m, resolved, m.path);
      }
      ok = true;
    } finally {
      if (!ok) delete moduleCache[resolved];
    }
    m.loaded = true;
    return m.exports;
  }

  function makeRequire(m, dir = m ? m.path : cwd) {
    const require = (specifier) => load(resolve(specifier, dir, false), m);
    require.resolve = (specifier) => {
      const r = resolve(specifier, dir, false);
      return r.startsWith('node:') ? specifier : r;
    };
    require.cache = moduleCache;
    require.main = undefined;
    return require;
  }

  // The ES module that stands for a CommonJS, JSON or core module an ES module imports: its
  // default export is module.exports, and each key of module.exports is a named export.
  const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;
  function facade(kind, target) {
    const ref = kind === 'core' ? 'node:' + target : target;
    const value = load(ref, null);
    const names =
      value !== null && (typeof value === 'object' || typeof value === 'function')
        ? Object.keys(value).filter((k) => k !== 'default' && IDENTIFIER.test(k))
        : [];
    let out = `const m = globalThis[Symbol.for('polybridge.load')](${JSON.stringify(ref)});\n` +
      'export default m;\n';
    names.forEach((n, i) => {
      out += `const e${i} = m[${JSON.stringify(n)}];\nexport { e${i} as ${n} };\n`;
    });
    return out;
  }

  const loader = {
    cwd,
    folders,
    load,
    makeRequire,
    resolve,
    fsError,
    facade,
    builtinModules: null,
    // What importModule means: require(name) from the first module folder; a relative name is
    // looked for in each module folder in turn, and "x.mjs" means "./x.mjs".
    importModule(name) {
      if (/\.(mjs|cjs|js)$/.test(name) && !/^(\.{1,2}\/|\/)/.test(name)) {
        const local = folders.find((dir) => host.resolve('./' + name, dir, false) !== null);
        if (local !== undefined) name = './' + name;
      }
      if (name.startsWith('./') || name.startsWith('../')) {
        for (const dir of folders) {
          const r = host.resolve(name, dir, false);
          if (r !== null) return load(r, null);
        }
        throw codedError('MODULE_NOT_FOUND', folders.length === 0
          ? `Cannot find module '${name}': the bridge has no jsModulePath to look in`
          : `Cannot find module '${name}' in the module folders ${folders.join(', ')}`);
      }
      return load(resolve(name, cwd, false), null);
    },
  };
  Object.defineProperty(G, Symbol.for('polybridge.load'), { value: (ref) => load(ref, null) });

  function define(name, value) {
    Object.defineProperty(G, name, { value, writable: true, configurable: true, enumerable: false });
  }
  // The layer's globals, each unless the script defined that name itself before the layer loaded
  // (none of them is the global object's own property until then: see stub.js).
  function userDefined(name) {
    return Object.prototype.hasOwnProperty.call(G, name);
  }
  function expose(name, value) {
    if (!userDefined(name)) define(name, value);
  }
  function lazy(name, get) {
    if (userDefined(name)) return;
    Object.defineProperty(G, name, {
      configurable: true,
      enumerable: false,
      get() {
        const value = get();
        define(name, value);
        return value;
      },
      set(value) {
        define(name, value);
      },
    });
  }

  // Node's timers give Timeout objects (ref, unref, hasRef, refresh); clear* accept either.
  expose('queueMicrotask', timers.queueMicrotask);
  class Timeout {
    constructor(start, callback, delay, args) {
      this._start = start;
      this._callback = callback;
      this._delay = delay;
      this._args = args;
      this._ref = true;
      this._id = start(callback, delay, ...args);
    }
    ref() { this._ref = true; return this; }
    unref() { this._ref = false; return this; }
    hasRef() { return this._ref; }
    refresh() {
      timers.clearTimeout(this._id);
      this._id = this._start(this._callback, this._delay, ...this._args);
      return this;
    }
    close() { timers.clearTimeout(this._id); return this; }
    [Symbol.toPrimitive]() { return this._id; }
  }
  const clear = (t) => {
    if (t instanceof Timeout) timers.clearTimeout(t._id);
    else if (t !== undefined && t !== null) timers.clearTimeout(Number(t));
  };
  expose('setTimeout', function setTimeout(callback, delay, ...args) {
    return new Timeout(timers.setTimeout, callback, delay, args);
  });
  expose('setInterval', function setInterval(callback, delay, ...args) {
    return new Timeout(timers.setInterval, callback, delay, args);
  });
  expose('clearTimeout', function clearTimeout(t) { clear(t); });
  expose('clearInterval', function clearInterval(t) { clear(t); });

  // GraalJS's own TextEncoder and TextDecoder (UTF-8, UTF-16), kept for internal/web.
  loader.native = natives;
  expose('global', G);
  expose('require', makeRequire(null));
  lazy('process', () => loadCore('process'));
  lazy('Buffer', () => loadCore('buffer').Buffer);
  lazy('URL', () => loadCore('url').URL);
  lazy('URLSearchParams', () => loadCore('url').URLSearchParams);
  for (const name of ['TextEncoder', 'TextDecoder', 'atob', 'btoa', 'structuredClone', 'crypto',
    'performance', 'DOMException', 'setImmediate', 'clearImmediate']) {
    lazy(name, () => loadCore('internal/web')[name]);
  }
  for (const name of ['AbortController', 'AbortSignal', 'Event', 'EventTarget']) {
    lazy(name, () => loadCore('internal/abort')[name]);
  }
  // GraalJS's console prints objects as [object Object]; node's formats them with util.inspect.
  lazy('console', () => loadCore('internal/console').create());
  return loader;
});
