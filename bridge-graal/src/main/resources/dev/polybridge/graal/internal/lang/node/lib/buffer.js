// node's buffer: feross/buffer, plus the base64url encoding node has and buffer 6 lacks.
'use strict';
const buffer = require('internal/buffer');
const { Buffer } = buffer;
const toBase64 = (s) => String(s).replace(/-/g, '+').replace(/_/g, '/');
const from = Buffer.from;
Buffer.from = function (value, encodingOrOffset, length) {
  if (typeof value === 'string' && String(encodingOrOffset).toLowerCase() === 'base64url') {
    return from.call(Buffer, toBase64(value), 'base64');
  }
  return from.call(Buffer, value, encodingOrOffset, length);
};
const toString = Buffer.prototype.toString;
Buffer.prototype.toString = function (encoding, start, end) {
  if (String(encoding).toLowerCase() === 'base64url') {
    return toString.call(this, 'base64', start, end).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
  }
  return toString.apply(this, arguments);
};
const isEncoding = Buffer.isEncoding;
Buffer.isEncoding = (e) => String(e).toLowerCase() === 'base64url' || isEncoding(e);
const byteLength = Buffer.byteLength;
Buffer.byteLength = function (value, encoding) {
  if (typeof value === 'string' && String(encoding).toLowerCase() === 'base64url') {
    return byteLength(toBase64(value), 'base64');
  }
  return byteLength.apply(Buffer, arguments);
};
module.exports = buffer;
