// node's querystring: querystring-es3, plus escape and unescape, which it lacks.
'use strict';
const qs = Object.assign({}, require('internal/querystring'));
qs.escape = (s) => encodeURIComponent(String(s));
qs.unescape = (s) => {
  try {
    return decodeURIComponent(String(s));
  } catch (e) {
    return unescape(String(s));
  }
};
qs.decode = qs.parse;
qs.encode = qs.stringify;
module.exports = qs;
