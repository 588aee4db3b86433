// The web platform globals, each called as node 20 is; NodeGlobalsTest compares with node.
'use strict';
const bytes = (...b) => new Uint8Array(b);
module.exports = {
  'TextEncoder encodes UTF-8': () => new TextEncoder().encode('héllo €𝄞'),
  'TextEncoder replaces a lone surrogate': () => new TextEncoder().encode('a\ud800b'),
  'TextEncoder encodeInto reports read and written': () => {
    const dest = new Uint8Array(4);
    const r = new TextEncoder().encodeInto('aé€', dest);
    return [r.read, r.written, dest];
  },
  'TextEncoder encoding': () => new TextEncoder().encoding,
  'TextDecoder decodes UTF-8': () => new TextDecoder().decode(bytes(0x68, 0xc3, 0xa9, 0xe2, 0x82, 0xac)),
  'TextDecoder strips the BOM': () => new TextDecoder().decode(bytes(0xef, 0xbb, 0xbf, 0x41)),
  'TextDecoder keeps the BOM with ignoreBOM': () =>
    new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes(0xef, 0xbb, 0xbf, 0x41)).length,
  'TextDecoder replaces invalid UTF-8': () => new TextDecoder().decode(bytes(0x61, 0xff, 0xc3, 0x62, 0xe2, 0x82)),
  'TextDecoder fatal throws on invalid UTF-8': () => new TextDecoder('utf-8', { fatal: true }).decode(bytes(0xff)).length,
  'TextDecoder streams a split character': () => {
    const d = new TextDecoder();
    return d.decode(bytes(0xe2, 0x82), { stream: true }) + '|' + d.decode(bytes(0xac));
  },
  'TextDecoder utf-16le': () => new TextDecoder('utf-16le').decode(bytes(0x41, 0, 0xac, 0x20)),
  'TextDecoder label latin1 is windows-1252': () => {
    const d = new TextDecoder('latin1');
    return [d.encoding, d.decode(bytes(0xe9, 0x41))];
  },
  'TextDecoder iso-8859-2': () => new TextDecoder('iso-8859-2').decode(bytes(0xa1, 0xb3)),
  'TextDecoder shift_jis': () => new TextDecoder('sjis').decode(bytes(0x82, 0xa0, 0x93, 0xfa)),
  'TextDecoder gbk': () => new TextDecoder('gb2312').decode(bytes(0xc4, 0xe3, 0xba, 0xc3)),
  'TextDecoder euc-kr': () => new TextDecoder('euc-kr').decode(bytes(0xc7, 0xd1)),
  'TextDecoder big5': () => new TextDecoder('big5').decode(bytes(0xa4, 0xa4)),
  'TextDecoder koi8-r': () => new TextDecoder('koi8-r').decode(bytes(0xc1, 0xc2)),
  'TextDecoder windows-1251 encoding name': () => new TextDecoder('cp1251').encoding,
  'TextDecoder unknown label': () => new TextDecoder('no-such-encoding'),
  'TextDecoder decodes an ArrayBuffer and a DataView': () => {
    const b = bytes(0x61, 0x62, 0x63);
    return [new TextDecoder().decode(b.buffer), new TextDecoder().decode(new DataView(b.buffer, 1))];
  },
  'URL href is normalized': () => new URL('HTTP://User:Pa ss@EXAMPLE.com:80/a/./b/../c?q=a b#frag ment').href,
  'URL parts': () => {
    const u = new URL('https://user:pw@sub.example.com:8443/p/a/t/h?query=string#hash');
    return [u.protocol, u.username, u.password, u.host, u.hostname, u.port, u.pathname, u.search, u.hash, u.origin];
  },
  'URL relative to a base': () => new URL('../x/y?z#w', 'http://example.com/a/b/c').href,
  'URL IDN host': () => new URL('http://münchen.de/straße').href,
  'URL IPv6 and IPv4 hosts': () => [new URL('http://[::1]:8080/').host, new URL('http://0x7f.1/').hostname],
  'URL file URL': () => new URL('file:///tmp/a b/%7E').pathname,
  'URL invalid throws': () => new URL('not a url'),
  'URL setters': () => {
    const u = new URL('http://example.com/');
    u.pathname = '/a b';
    u.searchParams.set('k', 'v w');
    u.hash = 'x';
    u.port = '8080';
    return u.href;
  },
  'URL toJSON and String': () => [JSON.stringify({ u: new URL('http://a.b/c') }), String(new URL('http://a.b'))],
  'URL.canParse': () => [URL.canParse('http://x'), URL.canParse('nope')],
  'URLSearchParams parse and iterate': () => [...new URLSearchParams('?a=1&b=2&a=3&c=%20x+y')],
  'URLSearchParams getAll, has, sort, toString': () => {
    const p = new URLSearchParams({ z: '1', a: '2 3', m: 'é' });
    p.append('a', '4');
    p.sort();
    return [p.getAll('a'), p.has('m'), p.toString(), p.size];
  },
  'atob and btoa': () => [btoa('hello, world'), atob('aGVsbG8sIHdvcmxk'), atob(' aGk= ')],
  'btoa rejects a wide character': () => btoa('€'),
  'atob rejects an invalid character': () => atob('*'),
  'structuredClone copies nested values': () => {
    const src = { d: new Date(0), m: new Map([[1, { s: new Set([1, 2]) }]]), a: [1, 'x', null], r: /a+/gi, u8: new Uint8Array([1, 2]) };
    const c = structuredClone(src);
    return [c, c.d !== src.d, c.m.get(1).s.has(2)];
  },
  'structuredClone keeps cycles': () => {
    const a = { name: 'a' };
    a.self = a;
    const c = structuredClone(a);
    return [c.self === c, c !== a];
  },
  'structuredClone refuses a function': () => structuredClone({ f() {} }),
  'structuredClone clones an Error': () => {
    const e = structuredClone(new RangeError('bad'));
    return [e instanceof RangeError, e.message];
  },
  'crypto.getRandomValues fills the array': () => {
    const a = new Uint32Array(8);
    return [crypto.getRandomValues(a) === a, a.length, a.some((x) => x !== 0)];
  },
  'crypto.getRandomValues refuses a Float64Array': () => crypto.getRandomValues(new Float64Array(2)),
  'crypto.getRandomValues refuses more than 65536 bytes': () => crypto.getRandomValues(new Uint8Array(65537)),
  'crypto.randomUUID is a version 4 UUID': () =>
    /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/.test(crypto.randomUUID()),
  'setImmediate runs after microtasks': () =>
    new Promise((resolve) => {
      const order = [];
      setImmediate((x) => { order.push('immediate ' + x); resolve(order); }, 1);
      Promise.resolve().then(() => order.push('microtask'));
      order.push('sync');
    }),
  'clearImmediate cancels it': () =>
    new Promise((resolve) => {
      const seen = [];
      const i = setImmediate(() => seen.push('cancelled'));
      clearImmediate(i);
      setTimeout(() => resolve(seen), 20);
    }),
  'setTimeout gives a Timeout with unref and hasRef': () => {
    const t = setTimeout(() => {}, 1000);
    const r = [typeof t.unref, t.unref() === t, t.hasRef(), typeof t.ref];
    clearTimeout(t);
    return r;
  },
  'performance.now grows': () => {
    const a = performance.now();
    let x = 0;
    for (let i = 0; i < 1e5; i++) x += i;
    const b = performance.now();
    return [typeof a, b >= a, a >= 0, typeof performance.timeOrigin];
  },
  'queueMicrotask runs before timers': () =>
    new Promise((resolve) => {
      const order = [];
      setTimeout(() => { order.push('timeout'); resolve(order); }, 0);
      queueMicrotask(() => order.push('microtask'));
    }),
  'console methods exist': () =>
    ['log', 'info', 'debug', 'warn', 'error', 'trace', 'dir', 'assert', 'count', 'countReset', 'group', 'groupEnd', 'time', 'timeEnd', 'timeLog', 'table']
      .map((m) => typeof console[m]),
  'global is globalThis': () => global === globalThis,
  'Buffer is global': () => Buffer.from('hi').toString('hex'),
  'AbortController aborts its signal': () => {
    const c = new AbortController();
    const seen = [];
    c.signal.addEventListener('abort', () => seen.push('abort event'));
    c.abort();
    return [c.signal.aborted, seen];
  },
  'EventTarget dispatches an Event': () => {
    const t = new EventTarget();
    let type = null;
    t.addEventListener('ping', (e) => { type = e.type; });
    t.dispatchEvent(new Event('ping'));
    return type;
  },
  'DOMException has name and code': () => {
    const e = new DOMException('gone', 'NotFoundError');
    return [e.name, e.message, e.code, e instanceof Error];
  },
};
