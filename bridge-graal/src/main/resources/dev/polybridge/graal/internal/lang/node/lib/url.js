// node's url: WHATWG URL and URLSearchParams (whatwg-url), the legacy parse/format/resolve (the url
// package), and the file: URL helpers.
'use strict';
const legacy = require('internal/url_legacy');
const whatwg = require('internal/whatwg_url');
const { URLSearchParams } = whatwg;

// whatwg-url's URL, failing as node's does: TypeError 'Invalid URL', code ERR_INVALID_URL.
class URL extends whatwg.URL {
  constructor(url, base) {
    try {
      if (arguments.length < 2) super(url);
      else super(url, base);
    } catch (e) {
      if (!(e instanceof TypeError)) throw e;
      const err = new TypeError('Invalid URL');
      err.code = 'ERR_INVALID_URL';
      err.input = String(url);
      if (arguments.length >= 2) err.base = String(base);
      throw err;
    }
  }
  static canParse(url, base) {
    try {
      new URL(url, base);
      return true;
    } catch (e) {
      return false;
    }
  }
}
const punycode = require('punycode');

function fileURLToPath(url) {
  const u = typeof url === 'string' ? new URL(url) : url;
  if (!u || u.protocol !== 'file:') {
    const e = new TypeError('The URL must be of scheme file');
    e.code = 'ERR_INVALID_URL_SCHEME';
    throw e;
  }
  if (u.hostname !== '') {
    const e = new TypeError('File URL host must be "localhost" or empty on linux');
    e.code = 'ERR_INVALID_FILE_URL_HOST';
    throw e;
  }
  if (/%2f/i.test(u.pathname)) {
    const e = new TypeError('File URL path must not include encoded / characters');
    e.code = 'ERR_INVALID_FILE_URL_PATH';
    throw e;
  }
  return decodeURIComponent(u.pathname);
}

function pathToFileURL(path) {
  const resolved = require('path').resolve(path);
  const trailing = path.endsWith('/') && !resolved.endsWith('/') ? '/' : '';
  const u = new URL('file://');
  u.pathname = (resolved + trailing).replace(/%/g, '%25').replace(/\n/g, '%0A')
    .replace(/\r/g, '%0D').replace(/\t/g, '%09').replace(/#/g, '%23').replace(/\?/g, '%3F');
  return u;
}

function domainToASCII(domain) {
  try {
    return new URL('ws://' + domain).hostname;
  } catch (e) {
    return '';
  }
}

function domainToUnicode(domain) {
  const ascii = domainToASCII(domain);
  return ascii === '' ? '' : punycode.toUnicode(ascii);
}

function urlToHttpOptions(url) {
  return {
    protocol: url.protocol,
    hostname: url.hostname.startsWith('[') ? url.hostname.slice(1, -1) : url.hostname,
    hash: url.hash,
    search: url.search,
    pathname: url.pathname,
    path: `${url.pathname || ''}${url.search || ''}`,
    href: url.href,
    ...(url.port !== '' ? { port: Number(url.port) } : {}),
    ...(url.username || url.password
      ? { auth: `${decodeURIComponent(url.username)}:${decodeURIComponent(url.password)}` }
      : {}),
  };
}

module.exports = {
  URL,
  URLSearchParams,
  Url: legacy.Url,
  parse: legacy.parse,
  format(u, options) {
    if (u instanceof URL) {
      const o = Object.assign({ auth: true, fragment: true, search: true, unicode: false }, options);
      let out = u.protocol;
      if (u.host !== '' || u.protocol === 'file:') out += '//';
      if (o.auth && (u.username || u.password)) {
        out += u.username + (u.password ? ':' + u.password : '') + '@';
      }
      out += o.unicode ? domainToUnicode(u.hostname) + (u.port ? ':' + u.port : '') : u.host;
      out += u.pathname;
      if (o.search) out += u.search;
      if (o.fragment) out += u.hash;
      return out;
    }
    return legacy.format(u);
  },
  resolve: legacy.resolve,
  resolveObject: legacy.resolveObject,
  fileURLToPath,
  pathToFileURL,
  domainToASCII,
  domainToUnicode,
  urlToHttpOptions,
};
