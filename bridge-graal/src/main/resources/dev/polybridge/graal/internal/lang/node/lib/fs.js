// node's fs, reading what the context may read (a sandboxed context: its module folders) through
// the context's own file system. Nothing writes: each writing function throws an error naming it.
'use strict';
const host = require('internal/host');
const loader = require('internal/loader');
const { Buffer } = require('buffer');

function toPath(path) {
  if (path instanceof URL || (path && typeof path === 'object' && path.href && path.protocol)) {
    path = require('url').fileURLToPath(path);
  } else if (Buffer.isBuffer(path)) {
    path = path.toString('utf8');
  } else if (typeof path !== 'string') {
    const e = new TypeError(
      'The "path" argument must be of type string or an instance of Buffer or URL.' +
        ` Received ${path === null ? 'null' : typeof path}`);
    e.code = 'ERR_INVALID_ARG_TYPE';
    throw e;
  }
  path = host.realPathOf(path);
  return path.startsWith('/') ? path : require('path').resolve(loader.cwd, path);
}

function encodingOf(options) {
  if (typeof options === 'string') return options;
  return options && options.encoding ? options.encoding : null;
}

class Stats {
  constructor(s) {
    this._kind = s[0];
    this.dev = 0;
    this.mode = s[0] === 2 ? 0o40755 : 0o100644;
    this.nlink = 1;
    this.uid = 0;
    this.gid = 0;
    this.rdev = 0;
    this.blksize = 4096;
    this.ino = 0;
    this.size = s[1];
    this.blocks = Math.ceil(s[1] / 512);
    this.atimeMs = s[4];
    this.mtimeMs = s[2];
    this.ctimeMs = s[2];
    this.birthtimeMs = s[3];
    this.atime = new Date(s[4]);
    this.mtime = new Date(s[2]);
    this.ctime = new Date(s[2]);
    this.birthtime = new Date(s[3]);
  }
  isFile() { return this._kind === 1; }
  isDirectory() { return this._kind === 2; }
  isSymbolicLink() { return false; }
  isFIFO() { return false; }
  isSocket() { return false; }
  isBlockDevice() { return false; }
  isCharacterDevice() { return false; }
}

class Dirent {
  constructor(name, dir, kind) {
    this.name = name;
    this.parentPath = dir;
    this.path = dir;
    this._kind = kind;
  }
  isFile() { return this._kind === 1; }
  isDirectory() { return this._kind === 2; }
  isSymbolicLink() { return false; }
  isFIFO() { return false; }
  isSocket() { return false; }
  isBlockDevice() { return false; }
  isCharacterDevice() { return false; }
}

function readFileSync(path, options) {
  if (typeof path === 'number') {
    throw notOffered('readFileSync of a file descriptor');
  }
  const p = toPath(path);
  const encoding = encodingOf(options);
  if (encoding === 'utf8' || encoding === 'utf-8') {
    const text = host.readText(p);
    if (text === null) throw loader.fsError();
    return text;
  }
  const bytes = host.readLatin1(p);
  if (bytes === null) throw loader.fsError();
  const b = Buffer.from(bytes, 'latin1');
  return encoding ? b.toString(encoding) : b;
}

function statSync(path, options) {
  const s = host.stat(toPath(path));
  if (s === null) {
    if (options && options.throwIfNoEntry === false) return undefined;
    throw loader.fsError();
  }
  return new Stats(s);
}

function existsSync(path) {
  try {
    return host.stat(toPath(path)) !== null;
  } catch (e) {
    return false;
  }
}

function readdirSync(path, options) {
  const p = toPath(path);
  const names = host.list(p);
  if (names === null) throw loader.fsError();
  const list = Array.from(names);
  if (options && options.withFileTypes) {
    return list.map((n) => {
      const s = host.stat(p + '/' + n);
      return new Dirent(n, p, s === null ? 0 : s[0]);
    });
  }
  return list;
}

function realpathSync(path) {
  const r = host.realpath(toPath(path));
  if (r === null) throw loader.fsError();
  return r;
}
realpathSync.native = realpathSync;

function accessSync(path, mode = 0) {
  statSync(path);
  if (mode & 2) {
    const e = new Error(`EACCES: permission denied, access '${toPath(path)}'`);
    e.code = 'EACCES';
    e.errno = -13;
    e.syscall = 'access';
    e.path = toPath(path);
    throw e;
  }
}

function notOffered(name) {
  const e = new Error(
    `fs.${name} is not offered: a Polybridge JavaScript context may read files (its module` +
      ' folders when sandboxed) but never write them; write from Java instead');
  e.code = 'ERR_POLYBRIDGE_NOT_OFFERED';
  return e;
}

// The callback form of each reading function, node style: callback(err, value) later.
function callbackOf(fn) {
  return function (...args) {
    const callback = args.pop();
    if (typeof callback !== 'function') {
      const e = new TypeError(
        `The "cb" argument must be of type function. Received ${callback === null ? 'null' : typeof callback}`);
      e.code = 'ERR_INVALID_ARG_TYPE';
      throw e;
    }
    let result;
    let error = null;
    try {
      result = fn(...args);
    } catch (e) {
      error = e;
    }
    queueMicrotask(() => (error ? callback(error) : callback(null, result)));
  };
}

const fs = {
  constants: { F_OK: 0, R_OK: 4, W_OK: 2, X_OK: 1, O_RDONLY: 0 },
  F_OK: 0,
  R_OK: 4,
  W_OK: 2,
  X_OK: 1,
  Stats,
  Dirent,
  readFileSync,
  statSync,
  lstatSync: statSync,
  existsSync,
  readdirSync,
  realpathSync,
  accessSync,
  readFile: callbackOf(readFileSync),
  stat: callbackOf(statSync),
  lstat: callbackOf(statSync),
  readdir: callbackOf(readdirSync),
  realpath: callbackOf(realpathSync),
  access: callbackOf((path, mode) => accessSync(path, mode)),
  exists(path, callback) {
    const r = existsSync(path);
    queueMicrotask(() => callback(r));
  },
  createReadStream(path, options) {
    const data = readFileSync(path);
    const { Readable } = require('stream');
    const encoding = encodingOf(options);
    return Readable.from([encoding ? data.toString(encoding) : data], { objectMode: false });
  },
};
for (const name of ['writeFileSync', 'appendFileSync', 'mkdirSync', 'mkdtempSync', 'rmSync',
  'rmdirSync', 'unlinkSync', 'renameSync', 'copyFileSync', 'cpSync', 'symlinkSync', 'linkSync',
  'chmodSync', 'chownSync', 'utimesSync', 'truncateSync', 'openSync', 'writeSync', 'closeSync',
  'readSync', 'fsyncSync', 'writeFile', 'appendFile', 'mkdir', 'mkdtemp', 'rm', 'rmdir', 'unlink',
  'rename', 'copyFile', 'cp', 'symlink', 'link', 'chmod', 'chown', 'utimes', 'truncate', 'open',
  'write', 'close', 'read', 'fsync', 'createWriteStream', 'watch', 'watchFile']) {
  fs[name] = function () {
    throw notOffered(name);
  };
}
fs.notOffered = notOffered;
module.exports = fs;
