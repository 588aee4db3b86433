// node's util: the util package, with what node 20 adds (TextEncoder, TextDecoder,
// isDeepStrictEqual, stripVTControlCharacters, toUSVString, parseArgs is not offered).
'use strict';
const util = require('internal/util');
const web = require('internal/web');
const out = Object.assign({}, util);
// node's util.format: %s %d %i %f %j %o %O %c %%; the arguments left over are appended, strings
// as they are and the rest inspected (the util package knows only %s %d %j and quotes strings).
function formatValue(a) {
  return typeof a === 'string' ? a : util.inspect(a);
}
out.format = function format(first, ...args) {
  if (typeof first !== 'string') return [first, ...args].map(formatValue).join(' ');
  let i = 0;
  let text = first.replace(/%([sdifjoOc%])/g, (m, f) => {
    if (f === '%') return '%';
    if (i >= args.length) return m;
    const a = args[i++];
    switch (f) {
      case 's':
        if (typeof a === 'bigint') return a + 'n';
        if (typeof a === 'object' && a !== null) return util.inspect(a, { depth: 0 });
        return Object.is(a, -0) ? '-0' : String(a);
      case 'd':
        if (typeof a === 'bigint') return a + 'n';
        return typeof a === 'object' && a !== null ? 'NaN' : String(Number(a));
      case 'i':
        if (typeof a === 'bigint') return a + 'n';
        return String(parseInt(a));
      case 'f':
        return String(parseFloat(a));
      case 'j':
        try {
          return JSON.stringify(a);
        } catch (e) {
          return '[Circular]';
        }
      case 'o':
        return util.inspect(a, { showHidden: true, depth: 4 });
      case 'O':
        return util.inspect(a);
      default:
        return '';
    }
  });
  for (; i < args.length; i++) text += ' ' + formatValue(args[i]);
  return text;
};
out.TextEncoder = web.TextEncoder;
out.TextDecoder = web.TextDecoder;
out.isDeepStrictEqual = (a, b) => {
  try {
    require('assert').deepStrictEqual(a, b);
    return true;
  } catch (e) {
    return false;
  }
};
out.stripVTControlCharacters = (s) =>
  String(s).replace(/[\u001B\u009B][[\]()#;?]*(?:(?:(?:(?:;[-a-zA-Z\d/#&.:=?%@~_]+)*|[a-zA-Z\d]+(?:;[-a-zA-Z\d/#&.:=?%@~_]*)*)?\u0007)|(?:(?:\d{1,4}(?:;\d{0,4})*)?[\dA-PR-TZcf-ntqry=><~]))/g, '');
out.toUSVString = (s) => String(s).toWellFormed();
out.types = Object.assign({}, util.types, {
  isPromise: (v) => v instanceof Promise,
  isNativeError: (v) => v instanceof Error,
});
module.exports = out;
