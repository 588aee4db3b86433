// Node's core modules, each called as node's documentation shows; NodeCoreModulesTest compares
// the answers with node's. Cases that depend on the host (process.env, os.hostname) are not here:
// the sandboxed view has its own tests.
'use strict';
const fixtures = __dirname;
module.exports = {
  'events: on, once, emit, listenerCount': () => {
    const EventEmitter = require('events');
    const e = new EventEmitter();
    const seen = [];
    e.on('x', (a, b) => seen.push(['on', a, b]));
    e.once('x', (a) => seen.push(['once', a]));
    e.emit('x', 1, 2);
    e.emit('x', 3);
    return [seen, e.listenerCount('x'), e.eventNames()];
  },
  'events: error without a listener throws': () => new (require('node:events'))().emit('error', new TypeError('boom')),
  'events: once as a promise': async () => {
    const { once, EventEmitter } = require('events');
    const e = new EventEmitter();
    setTimeout(() => e.emit('ready', 42, 'x'), 1);
    return once(e, 'ready');
  },
  'buffer: from, toString in encodings': () => {
    const b = Buffer.from('héllo wörld');
    return [b.length, b.toString('hex'), b.toString('base64'), b.toString('latin1'), Buffer.from('aGk', 'base64url').toString()];
  },
  'buffer: alloc, concat, slice, compare, equals': () => {
    const { Buffer } = require('buffer');
    const a = Buffer.alloc(3, 1);
    const c = Buffer.concat([a, Buffer.from([2, 3])]);
    return [c, c.subarray(1, 3), Buffer.compare(a, c), c.equals(Buffer.from([1, 1, 1, 2, 3])), c.indexOf(2)];
  },
  'buffer: read and write numbers': () => {
    const b = Buffer.alloc(12);
    b.writeUInt32BE(0xdeadbeef, 0);
    b.writeInt16LE(-2, 4);
    b.writeDoubleLE(1.5, 4);
    return [b.readUInt32BE(0), b.readDoubleLE(4), b.readUInt8(0), b.toJSON().data.length];
  },
  'buffer: isBuffer, byteLength, kMaxLength type': () => [Buffer.isBuffer(Buffer.alloc(1)), Buffer.isBuffer(new Uint8Array(1)), Buffer.byteLength('€'), typeof require('buffer').kMaxLength],
  'util: format': () => {
    const util = require('util');
    return [util.format('%s is %d years and %i, %f', 'Bob', 42.5, 42.5, 1.5), util.format('%j', { a: 1 }), util.format('%o', [1]), util.format('%%', 'x'), util.format(1, 'a', { b: [2] })];
  },
  'util: inspect of plain values': () => {
    const { inspect } = require('node:util');
    return [inspect({ a: 1, b: 'x', c: [1, 2, { d: null }], e: undefined }), inspect('str'), inspect({ deep: { deeper: { deepest: { gone: 1 } } } })];
  },
  'util: promisify and callbackify': async () => {
    const util = require('util');
    const twice = util.promisify((x, cb) => setTimeout(() => cb(null, x * 2), 1));
    const cb = util.callbackify(async (x) => x + 1);
    const viaCallback = await new Promise((resolve) => cb(1, (err, v) => resolve(v)));
    return [await twice(21), viaCallback];
  },
  'util: inherits, deprecate, types': () => {
    const util = require('util');
    function A() {}
    function B() {}
    util.inherits(B, A);
    return [new B() instanceof A, util.types.isDate(new Date()), util.types.isRegExp(/x/), util.types.isPromise(Promise.resolve()), util.isDeepStrictEqual({ a: [1] }, { a: [1] }), util.isDeepStrictEqual([1], ['1'])];
  },
  'path: join, resolve, relative, parse, format': () => {
    const path = require('path');
    return [path.join('/a/b', '../c', './d'), path.resolve('/x', 'y', '..', 'z'), path.relative('/data/a/b', '/data/c'), path.parse('/home/u/file.tar.gz'), path.format({ dir: '/x', name: 'y', ext: '.z' }), path.sep, path.delimiter, path.isAbsolute('a'), path.extname('a.b.c'), path.basename('/a/b.js', '.js'), path.dirname('/a/b/c'), path.normalize('/a//b/../c/.'), path.posix === path];
  },
  'string_decoder: a split character across writes': () => {
    const { StringDecoder } = require('string_decoder');
    const d = new StringDecoder('utf8');
    return [d.write(Buffer.from([0xe2, 0x82])), d.write(Buffer.from([0xac])), d.end(Buffer.from([0x61]))];
  },
  'punycode: encode, decode, toASCII, toUnicode': () => {
    const punycode = require('punycode');
    return [punycode.encode('mañana'), punycode.decode('maana-pta'), punycode.toASCII('mañana.com'), punycode.toUnicode('xn--maana-pta.com')];
  },
  'url: parse, format, resolve (legacy)': () => {
    const url = require('url');
    const u = url.parse('http://user:pass@host.com:8080/p/a/t/h?query=string#hash', true);
    return [u.protocol, u.auth, u.host, u.pathname, u.query, u.hash, url.format({ protocol: 'https', hostname: 'example.com', pathname: '/x', query: { a: '1' } }), url.resolve('/one/two/three', 'four'), url.resolve('http://example.com/a/b', '../c')];
  },
  'url: fileURLToPath, pathToFileURL, domainToASCII': () => {
    const url = require('node:url');
    return [url.fileURLToPath('file:///tmp/a%20b.txt'), url.pathToFileURL('/tmp/a b#c.txt').href, url.domainToASCII('español.com'), url.domainToUnicode('xn--espaol-zwa.com'), url.URL === URL];
  },
  'url: format of a WHATWG URL': () => require('url').format(new URL('https://a:b@测试.com/x?y#z'), { unicode: true, auth: false, fragment: false }),
  'querystring: parse and stringify': () => {
    const qs = require('querystring');
    return [qs.parse('a=1&b=2&a=3&c=%20x+y'), qs.stringify({ w: 'a b', x: [1, 2], y: '' }), qs.escape('a b&c'), qs.unescape('a%20b')];
  },
  'assert: passes and fails': () => {
    const assert = require('assert');
    assert.strictEqual(1, 1);
    assert.deepStrictEqual({ a: [1, 2] }, { a: [1, 2] });
    const out = [];
    for (const f of [() => assert.strictEqual(1, 2), () => assert.ok(false), () => assert.deepStrictEqual([1], [2]), () => assert.throws(() => {}), () => assert.notStrictEqual(1, 1)]) {
      try {
        f();
        out.push('passed');
      } catch (e) {
        out.push([e.name, e.code, e instanceof assert.AssertionError]);
      }
    }
    return out;
  },
  'assert: throws with a matcher, rejects': async () => {
    const assert = require('node:assert/strict');
    assert.throws(() => { throw new TypeError('bad value'); }, { name: 'TypeError', message: /bad/ });
    await assert.rejects(Promise.reject(new Error('no')), /no/);
    return 'ok';
  },
  'timers: setTimeout and setImmediate from the module': () => new Promise((resolve) => {
    const timers = require('timers');
    const seen = [];
    // The immediate is set first: a timeout set first could fall due before it on a loaded
    // machine, in node (timers run before the check phase) as here, and the answer would race.
    timers.setImmediate(() => seen.push('immediate'));
    timers.setTimeout(() => { seen.push('timeout'); resolve(seen); }, 5);
  }),
  'timers/promises: setTimeout resolves the value': () => require('timers/promises').setTimeout(2, 'done'),
  'stream: Readable.from and async iteration': async () => {
    const { Readable } = require('stream');
    const out = [];
    for await (const chunk of Readable.from(['a', 'b', 'c'])) out.push(chunk);
    return out;
  },
  'stream: Transform through pipeline': async () => {
    const { Readable, Transform, Writable, pipeline } = require('node:stream');
    const chunks = [];
    const upper = new Transform({ transform(chunk, enc, cb) { cb(null, chunk.toString().toUpperCase()); } });
    const sink = new Writable({ write(chunk, enc, cb) { chunks.push(chunk.toString()); cb(); } });
    await new Promise((resolve, reject) => pipeline(Readable.from(['ab', 'cd']), upper, sink, (err) => (err ? reject(err) : resolve())));
    return chunks;
  },
  'stream/promises: pipeline': async () => {
    const { pipeline } = require('stream/promises');
    const { Readable, Writable } = require('stream');
    let total = '';
    await pipeline(Readable.from(['x', 'y']), new Writable({ write(c, e, cb) { total += c; cb(); } }));
    return total;
  },
  'crypto: hashes in hex and base64': () => {
    const crypto = require('crypto');
    return ['md5', 'sha1', 'sha256', 'sha512'].map((a) => crypto.createHash(a).update('The quick brown fox').update(Buffer.from(' jumps')).digest('hex'))
      .concat([crypto.createHash('sha256').update('').digest('base64'), crypto.createHash('SHA256').update('é', 'latin1').digest('hex')]);
  },
  'crypto: hmac': () => {
    const crypto = require('node:crypto');
    return [crypto.createHmac('sha256', 'secret').update('message').digest('hex'), crypto.createHmac('sha1', Buffer.from('k')).update('m').digest('base64'), crypto.createHmac('md5', '').update('x').digest('hex')];
  },
  'crypto: digest twice throws': () => {
    const h = require('crypto').createHash('sha1');
    h.digest();
    return h.digest();
  },
  'crypto: unknown hash throws': () => require('crypto').createHash('nope'),
  'crypto: randomBytes, randomUUID, randomInt, timingSafeEqual': () => {
    const crypto = require('crypto');
    const n = crypto.randomInt(10);
    return [crypto.randomBytes(16).length, crypto.randomUUID().length, n >= 0 && n < 10, crypto.timingSafeEqual(Buffer.from('ab'), Buffer.from('ab')), crypto.getHashes().includes('sha256')];
  },
  'fs: readFileSync of a module-folder file': () => require('fs').readFileSync(require('path').join(fixtures, 'data', 'hello.txt'), 'utf8'),
  'fs: readFileSync as a Buffer': () => require('fs').readFileSync(require('path').join(fixtures, 'data', 'hello.txt')).subarray(0, 5),
  'fs: existsSync, statSync, readdirSync': () => {
    const fs = require('fs');
    const dir = require('path').join(fixtures, 'data');
    const s = fs.statSync(dir + '/hello.txt');
    return [fs.existsSync(dir), fs.existsSync(dir + '/none'), s.isFile(), s.isDirectory(), s.size, fs.readdirSync(dir), fs.readdirSync(dir, { withFileTypes: true }).map((d) => [d.name, d.isDirectory()])];
  },
  'fs: a missing file is ENOENT': () => require('fs').readFileSync(require('path').join(fixtures, 'data', 'missing.txt')),
  'fs: readFile with a callback': () => new Promise((resolve) => require('fs').readFile(require('path').join(fixtures, 'data', 'hello.txt'), 'utf8', (err, text) => resolve([err, text.length]))),
  'fs/promises: readFile and readdir': async () => {
    const fsp = require('fs/promises');
    const dir = require('path').join(fixtures, 'data');
    return [await fsp.readFile(dir + '/hello.txt', 'utf8'), await fsp.readdir(dir)];
  },
  'os: EOL, endianness, platform': () => {
    const os = require('os');
    return [os.EOL, os.endianness(), os.platform(), typeof os.cpus().length];
  },
  'process: nextTick runs before promises, hrtime': () => new Promise((resolve) => {
    const order = [];
    Promise.resolve().then(() => order.push('promise'));
    process.nextTick(() => order.push('tick'));
    setTimeout(() => resolve([order.length, typeof process.hrtime()[0], typeof process.hrtime.bigint(), typeof process.version, process.platform]), 5);
  }),
  'module: createRequire and builtinModules': () => {
    const m = require('module');
    const r = m.createRequire(require('path').join(fixtures, 'x.js'));
    return [r('./data/answer.json'), m.builtinModules.includes('fs'), m.isBuiltin('node:path')];
  },
  'child_process loads, and spawning throws': () => {
    const cp = require('child_process');
    return [typeof cp.spawn, typeof cp.exec];
  },
  'worker_threads loads': () => require('worker_threads').isMainThread,
  'http METHODS and STATUS_CODES': () => [require('http').METHODS.includes('GET'), require('http').STATUS_CODES[404]],
  'node: names are the same modules': () => [require('node:fs') === require('fs'), require('node:path') === require('path'), require('node:buffer').Buffer === Buffer],
  'require.resolve of a core module': () => [require.resolve('fs'), require.resolve('node:path')],
  'tty.isatty': () => require('tty').isatty(1),
};
