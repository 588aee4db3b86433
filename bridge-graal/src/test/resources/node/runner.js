// Runs a cases file (an object of name -> function) and answers a JSON object of name -> what the
// function returned (awaited), written the same way in node and in Polybridge, so that the tests
// can compare the two. A case that throws answers "throws " and the error.
'use strict';

function show(v, seen) {
  if (v === undefined) return 'undefined';
  if (v === null) return 'null';
  const t = typeof v;
  if (t === 'number') return Object.is(v, -0) ? '-0' : String(v);
  if (t === 'bigint') return v + 'n';
  if (t === 'string') return JSON.stringify(v);
  if (t === 'boolean' || t === 'symbol') return String(v);
  if (t === 'function') return `[Function ${v.name}]`;
  if (seen.has(v)) return '[Circular]';
  seen.add(v);
  try {
    if (Array.isArray(v)) return '[' + v.map((x) => show(x, seen)).join(',') + ']';
    if (ArrayBuffer.isView(v)) {
      const name = typeof Buffer !== 'undefined' && Buffer.isBuffer(v) ? 'Buffer' : v.constructor.name;
      return `${name}(${Array.from(v instanceof DataView ? new Uint8Array(v.buffer) : v).join(',')})`;
    }
    if (v instanceof ArrayBuffer) return `ArrayBuffer(${new Uint8Array(v).join(',')})`;
    if (v instanceof Map) {
      return 'Map{' + [...v].map(([k, x]) => show(k, seen) + '=>' + show(x, seen)).join(',') + '}';
    }
    if (v instanceof Set) return 'Set{' + [...v].map((x) => show(x, seen)).join(',') + '}';
    if (v instanceof Date) return `Date(${isNaN(v) ? 'Invalid' : v.toISOString()})`;
    if (v instanceof RegExp) return String(v);
    if (v instanceof Error) {
      return `${v.name}: ${v.message}` + (v.code !== undefined ? ` [${v.code}]` : '');
    }
    if (typeof URL !== 'undefined' && v instanceof URL) return `URL(${v.href})`;
    if (typeof v.then === 'function') return '[Promise]';
    const proto = Object.getPrototypeOf(v);
    const name = proto && proto !== Object.prototype && proto.constructor ? proto.constructor.name : '';
    return name + '{' + Object.keys(v).map((k) => JSON.stringify(k) + ':' + show(v[k], seen)).join(',') + '}';
  } finally {
    seen.delete(v);
  }
}

module.exports = async function run(cases) {
  const out = {};
  for (const name of Object.keys(cases)) {
    try {
      out[name] = show(await cases[name](), new Set());
    } catch (e) {
      out[name] = 'throws ' + show(e, new Set());
    }
  }
  return JSON.stringify(out);
};

// node runner.js <cases file>: prints the answers.
if (require.main === module) {
  module.exports(require(require('path').resolve(process.argv[2]))).then((s) => process.stdout.write(s));
}
