// The core modules a Polybridge context does not offer (child_process, net, http, worker_threads,
// vm, zlib, ...). Each loads, so a package that only requires one at load time works; calling one
// of its functions throws an error naming the function and saying the context does not offer it.
'use strict';
const name = module.id;
const WHY = {
  child_process: 'start processes',
  cluster: 'start processes',
  worker_threads: 'start threads',
  vm: 'create JavaScript contexts (evaluate code with Polybridge from Java instead)',
  net: 'open sockets',
  dgram: 'open sockets',
  dns: 'look up host names',
  http: 'open sockets',
  https: 'open sockets',
  http2: 'open sockets',
  tls: 'open sockets',
  zlib: 'compress data',
  inspector: 'debug itself',
  repl: 'read a terminal',
  readline: 'read a terminal',
  v8: "reach V8's internals",
  wasi: 'run WASI programs',
  trace_events: 'trace itself',
  async_hooks: 'track asynchronous resources',
  diagnostics_channel: 'publish diagnostics',
  domain: 'use domains',
};
const FUNCTIONS = {
  child_process: ['spawn', 'spawnSync', 'exec', 'execSync', 'execFile', 'execFileSync', 'fork',
    'ChildProcess'],
  cluster: ['fork', 'setupPrimary', 'setupMaster'],
  worker_threads: ['Worker', 'MessageChannel', 'MessagePort', 'BroadcastChannel', 'receiveMessageOnPort',
    'markAsUntransferable', 'moveMessagePortToContext'],
  vm: ['Script', 'createContext', 'isContext', 'runInContext', 'runInNewContext', 'runInThisContext',
    'compileFunction', 'measureMemory', 'SourceTextModule'],
  net: ['createServer', 'createConnection', 'connect', 'Socket', 'Server', 'BlockList', 'SocketAddress'],
  dgram: ['createSocket', 'Socket'],
  dns: ['lookup', 'resolve', 'resolve4', 'resolve6', 'reverse', 'lookupService', 'Resolver'],
  http: ['createServer', 'request', 'get', 'Server', 'Agent', 'ClientRequest', 'IncomingMessage',
    'ServerResponse', 'OutgoingMessage'],
  https: ['createServer', 'request', 'get', 'Server', 'Agent'],
  http2: ['createServer', 'createSecureServer', 'connect'],
  tls: ['createServer', 'connect', 'createSecureContext', 'TLSSocket', 'Server'],
  zlib: ['createGzip', 'createGunzip', 'createDeflate', 'createInflate', 'gzip', 'gunzip',
    'gzipSync', 'gunzipSync', 'deflate', 'deflateSync', 'inflate', 'inflateSync', 'deflateRaw',
    'deflateRawSync', 'inflateRaw', 'inflateRawSync', 'brotliCompress', 'brotliCompressSync',
    'brotliDecompress', 'brotliDecompressSync', 'unzip', 'unzipSync'],
  inspector: ['open', 'close', 'url', 'waitForDebugger', 'Session'],
  repl: ['start'],
  readline: ['createInterface', 'clearLine', 'clearScreenDown', 'cursorTo', 'moveCursor',
    'emitKeypressEvents', 'Interface'],
  v8: ['getHeapStatistics', 'getHeapSnapshot', 'serialize', 'deserialize', 'setFlagsFromString',
    'writeHeapSnapshot'],
  wasi: ['WASI'],
  trace_events: ['createTracing', 'getEnabledCategories'],
  async_hooks: ['createHook', 'executionAsyncId', 'triggerAsyncId', 'executionAsyncResource'],
  diagnostics_channel: ['channel', 'subscribe', 'unsubscribe', 'tracingChannel'],
  domain: ['create', 'Domain'],
};
for (const fn of FUNCTIONS[name] || []) {
  exports[fn] = function () {
    const e = new Error(
      `${name}.${fn} is not offered: a Polybridge JavaScript context cannot ${WHY[name] || 'do this'}`);
    e.code = 'ERR_POLYBRIDGE_NOT_OFFERED';
    throw e;
  };
}
// The data and flags that packages read when they load.
if (name === 'worker_threads') {
  exports.isMainThread = true;
  exports.parentPort = null;
  exports.workerData = null;
  exports.threadId = 0;
  exports.resourceLimits = {};
  exports.SHARE_ENV = Symbol('SHARE_ENV');
}
if (name === 'http' || name === 'https') {
  exports.METHODS = ['ACL', 'BIND', 'CHECKOUT', 'CONNECT', 'COPY', 'DELETE', 'GET', 'HEAD', 'LINK',
    'LOCK', 'M-SEARCH', 'MERGE', 'MKACTIVITY', 'MKCALENDAR', 'MKCOL', 'MOVE', 'NOTIFY', 'OPTIONS',
    'PATCH', 'POST', 'PROPFIND', 'PROPPATCH', 'PURGE', 'PUT', 'QUERY', 'REBIND', 'REPORT', 'SEARCH',
    'SOURCE', 'SUBSCRIBE', 'TRACE', 'UNBIND', 'UNLINK', 'UNLOCK', 'UNSUBSCRIBE'];
  exports.STATUS_CODES = { 200: 'OK', 201: 'Created', 204: 'No Content', 301: 'Moved Permanently',
    302: 'Found', 304: 'Not Modified', 400: 'Bad Request', 401: 'Unauthorized', 403: 'Forbidden',
    404: 'Not Found', 405: 'Method Not Allowed', 409: 'Conflict', 410: 'Gone',
    418: "I'm a Teapot", 429: 'Too Many Requests', 500: 'Internal Server Error',
    501: 'Not Implemented', 502: 'Bad Gateway', 503: 'Service Unavailable', 504: 'Gateway Timeout' };
  exports.globalAgent = {};
}
if (name === 'net') {
  const v4 = /^(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}$/;
  exports.isIPv4 = (s) => v4.test(String(s));
  exports.isIPv6 = (s) => {
    try {
      return String(s).includes(':') && new URL(`http://[${s}]`).hostname.length > 2;
    } catch (e) {
      return false;
    }
  };
  exports.isIP = (s) => (exports.isIPv4(s) ? 4 : exports.isIPv6(s) ? 6 : 0);
}
if (name === 'zlib') exports.constants = {};
if (name === 'async_hooks') {
  exports.AsyncLocalStorage = class AsyncLocalStorage {
    run(store, fn, ...args) {
      const previous = this._store;
      this._store = store;
      try {
        return fn(...args);
      } finally {
        this._store = previous;
      }
    }
    getStore() { return this._store; }
    enterWith(store) { this._store = store; }
    disable() { this._store = undefined; }
  };
  exports.AsyncResource = class AsyncResource {
    runInAsyncScope(fn, thisArg, ...args) { return fn.apply(thisArg, args); }
    emitDestroy() { return this; }
    bind(fn) { return fn; }
    static bind(fn) { return fn; }
  };
}
