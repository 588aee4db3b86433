// node's process, as a sandboxed view: env is empty unless the host sets values
// (js.global("process").get("env").set("KEY", "value")), argv is ['node', '<first module folder>'],
// cwd() is the first module folder, exit() and everything that would reach the host process is
// refused with an error that says so.
'use strict';
const host = require('internal/host');
const loader = require('internal/loader');
const EventEmitter = require('events');

function refused(name, what) {
  return function () {
    const e = new Error(
      `process.${name}() is not offered: a Polybridge JavaScript context cannot ${what}`);
    e.code = 'ERR_POLYBRIDGE_NOT_OFFERED';
    throw e;
  };
}

const process = new EventEmitter();
process.title = 'node';
process.version = 'v20.19.0';
process.versions = { node: '20.19.0', polybridge: '1' };
process.release = { name: 'node' };
process.arch = 'x64';
process.platform = 'linux';
process.env = {};
process.argv = ['node', loader.cwd];
process.argv0 = 'node';
process.execArgv = [];
process.execPath = '/usr/local/bin/node';
process.pid = 1;
process.ppid = 0;
process.exitCode = undefined;
process.features = {};
process.config = { variables: {} };
process.allowedNodeEnvironmentFlags = new Set();
process.cwd = () => loader.cwd;
process.chdir = refused('chdir', 'change the working directory');
process.exit = function exit(code) {
  const e = new Error(
    `process.exit(${code === undefined ? '' : code}) is not offered: a Polybridge JavaScript` +
      ' context cannot end the host process; throw an error or return a value instead');
  e.code = 'ERR_POLYBRIDGE_NOT_OFFERED';
  throw e;
};
process.reallyExit = process.exit;
process.abort = refused('abort', 'end the host process');
process.kill = refused('kill', 'signal processes');
process.dlopen = refused('dlopen', 'load native code');
process.binding = refused('binding', "reach node's internals");
process.umask = () => 0o22;
process.uptime = () => host.now() / 1000;
process.hrtime = function hrtime(previous) {
  const ns = Math.round(host.now() * 1e6);
  let s = Math.floor(ns / 1e9);
  let n = ns % 1e9;
  if (previous) {
    s -= previous[0];
    n -= previous[1];
    if (n < 0) {
      s -= 1;
      n += 1e9;
    }
  }
  return [s, n];
};
process.hrtime.bigint = () => BigInt(Math.round(host.now() * 1e6));
process.memoryUsage = () => ({ rss: 0, heapTotal: 0, heapUsed: 0, external: 0, arrayBuffers: 0 });
process.memoryUsage.rss = () => 0;
process.cpuUsage = () => ({ user: 0, system: 0 });
process.resourceUsage = () => ({});
process.nextTick = function nextTick(callback, ...args) {
  if (typeof callback !== 'function') {
    const e = new TypeError(
      `The "callback" argument must be of type function. Received ${callback === null ? 'null' : typeof callback}`);
    e.code = 'ERR_INVALID_ARG_TYPE';
    throw e;
  }
  queueMicrotask(() => callback(...args));
};
process.emitWarning = function emitWarning(warning, type) {
  const name = typeof type === 'string' ? type : (warning && warning.name) || 'Warning';
  const message = warning instanceof Error ? warning.message : String(warning);
  host.write(2, `(node:1) ${name}: ${message}\n`);
};
function stream(fd) {
  return {
    fd,
    isTTY: false,
    writable: true,
    columns: undefined,
    write(chunk, encoding, callback) {
      if (typeof encoding === 'function') callback = encoding;
      host.write(fd, typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8'));
      if (typeof callback === 'function') queueMicrotask(callback);
      return true;
    },
    end() {},
    on() { return this; },
    once() { return this; },
    emit() { return false; },
    removeListener() { return this; },
    getColorDepth: () => 1,
    hasColors: () => false,
  };
}
process.stdout = stream(1);
process.stderr = stream(2);
process.stdin = { fd: 0, isTTY: false, readable: false, on() { return this; }, resume() {}, pause() {} };
module.exports = process;
