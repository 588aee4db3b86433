// node's module: createRequire and the list of built-in modules.
'use strict';
const loader = require('internal/loader');
const BUILTIN = ['assert', 'assert/strict', 'async_hooks', 'buffer', 'child_process', 'cluster',
  'console', 'constants', 'crypto', 'dgram', 'diagnostics_channel', 'dns', 'domain', 'events', 'fs',
  'fs/promises', 'http', 'http2', 'https', 'inspector', 'module', 'net', 'os', 'path',
  'path/posix', 'perf_hooks', 'process', 'punycode', 'querystring', 'readline', 'repl', 'stream',
  'stream/promises', 'string_decoder', 'sys', 'timers', 'timers/promises', 'tls', 'trace_events',
  'tty', 'url', 'util', 'util/types', 'v8', 'vm', 'wasi', 'worker_threads', 'zlib'];
function createRequire(filename) {
  let f = filename;
  if (typeof f === 'object' && f !== null && f.href) f = f.href;
  if (typeof f === 'string' && f.startsWith('file:')) f = require('url').fileURLToPath(f);
  const dir = f.endsWith('/') ? f.slice(0, -1) : f.slice(0, f.lastIndexOf('/')) || '/';
  return loader.makeRequire(null, dir);
}
module.exports = {
  createRequire,
  builtinModules: BUILTIN,
  isBuiltin: (name) => BUILTIN.includes(String(name).replace(/^node:/, '')),
};
