// node's util: the util package, with what node 20 adds (TextEncoder, TextDecoder,
// isDeepStrictEqual, stripVTControlCharacters, toUSVString, parseArgs is not offered).
'use strict';
const util = require('internal/util');
const web = require('internal/web');
const out = Object.assign({}, util);
// node prints the strings among the arguments as they are when the first is not a format string.
out.format = function format(first, ...rest) {
  if (typeof first === 'string') return util.format(first, ...rest);
  return [first, ...rest].map((a) => (typeof a === 'string' ? a : util.inspect(a))).join(' ');
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
