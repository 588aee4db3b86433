// The web platform globals of the WinterCG Minimum Common API that GraalJS lacks: TextEncoder and
// TextDecoder (every WHATWG encoding Java has), atob/btoa, structuredClone, crypto (getRandomValues,
// randomUUID), performance, DOMException, setImmediate/clearImmediate. Each behaves as node 20's.
'use strict';
const host = require('internal/host');
const loader = require('internal/loader');
const labels = require('internal/encodings');

class DOMException extends Error {
  constructor(message = '', name = 'Error') {
    super(message);
    Object.defineProperty(this, 'name', { value: name, configurable: true, writable: true });
  }
  get code() {
    return DOMException.CODES[this.name] || 0;
  }
}
DOMException.CODES = {
  IndexSizeError: 1, HierarchyRequestError: 3, WrongDocumentError: 4, InvalidCharacterError: 5,
  NoModificationAllowedError: 7, NotFoundError: 8, NotSupportedError: 9, InvalidStateError: 11,
  SyntaxError: 12, InvalidModificationError: 13, NamespaceError: 14, InvalidAccessError: 15,
  TypeMismatchError: 17, SecurityError: 18, NetworkError: 19, AbortError: 20, URLMismatchError: 21,
  QuotaExceededError: 22, TimeoutError: 23, InvalidNodeTypeError: 24, DataCloneError: 25,
};

function bufferOf(input) {
  if (input instanceof ArrayBuffer) return [input, 0, input.byteLength];
  if (ArrayBuffer.isView(input)) return [input.buffer, input.byteOffset, input.byteLength];
  if (typeof SharedArrayBuffer !== 'undefined' && input instanceof SharedArrayBuffer) {
    return [input, 0, input.byteLength];
  }
  throw new TypeError(
    'The "input" argument must be an instance of ArrayBuffer or ArrayBufferView.' +
      ` Received ${input === null ? 'null' : typeof input}`);
}

const NativeEncoder = loader.native.TextEncoder;
const NativeDecoder = loader.native.TextDecoder;

class TextEncoder {
  get encoding() {
    return 'utf-8';
  }
  encode(input = '') {
    return encoder.encode(String(input));
  }
  encodeInto(src, dest) {
    return encoder.encodeInto(String(src), dest);
  }
}
const encoder = new NativeEncoder();

function unsupported(label) {
  const e = new RangeError(`The "${label}" encoding is not supported`);
  e.code = 'ERR_ENCODING_NOT_SUPPORTED';
  return e;
}

const UNICODE = new Set(['utf-8', 'utf-16le', 'utf-16be']);

class TextDecoder {
  #name;
  #fatal;
  #ignoreBOM;
  #impl;
  constructor(label = 'utf-8', options = {}) {
    const key = String(label).trim().toLowerCase();
    const name = labels[key];
    if (name === undefined || name === 'replacement') {
      throw unsupported(label);
    }
    this.#name = name.toLowerCase();
    this.#fatal = Boolean(options && options.fatal);
    this.#ignoreBOM = Boolean(options && options.ignoreBOM);
    if (UNICODE.has(this.#name)) {
      this.#impl = new NativeDecoder(this.#name, { fatal: this.#fatal, ignoreBOM: this.#ignoreBOM });
    } else {
      this.#impl = host.decoder(name, this.#fatal);
      if (this.#impl === null) {
        throw unsupported(label);
      }
    }
  }
  get encoding() {
    return this.#name;
  }
  get fatal() {
    return this.#fatal;
  }
  get ignoreBOM() {
    return this.#ignoreBOM;
  }
  decode(input = new Uint8Array(0), options = {}) {
    const stream = Boolean(options && options.stream);
    if (this.#impl instanceof NativeDecoder) {
      try {
        return this.#impl.decode(input, { stream });
      } catch (e) {
        if (e instanceof TypeError && this.#fatal) {
          const err = new TypeError('The encoded data was not valid for encoding ' + this.#name);
          err.code = 'ERR_ENCODING_INVALID_ENCODED_DATA';
          throw err;
        }
        throw e;
      }
    }
    const [buffer, offset, length] = bufferOf(input);
    const text = this.#impl.decode(buffer, offset, length, stream);
    if (text === null) {
      const err = new TypeError('The encoded data was not valid for encoding ' + this.#name);
      err.code = 'ERR_ENCODING_INVALID_ENCODED_DATA';
      throw err;
    }
    return text;
  }
}

// Forgiving base64, as the HTML standard and node define atob and btoa.
const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
function btoa(data) {
  if (arguments.length === 0) {
    const e = new TypeError('The "data" argument must be specified');
    e.code = 'ERR_MISSING_ARGS';
    throw e;
  }
  const s = String(data);
  let out = '';
  for (let i = 0; i < s.length; i += 3) {
    const a = s.charCodeAt(i);
    const b = i + 1 < s.length ? s.charCodeAt(i + 1) : 0;
    const c = i + 2 < s.length ? s.charCodeAt(i + 2) : 0;
    if (a > 255 || b > 255 || c > 255) throw new DOMException('Invalid character', 'InvalidCharacterError');
    const n = (a << 16) | (b << 8) | c;
    out += ALPHABET[(n >> 18) & 63] + ALPHABET[(n >> 12) & 63] +
      (i + 1 < s.length ? ALPHABET[(n >> 6) & 63] : '=') + (i + 2 < s.length ? ALPHABET[n & 63] : '=');
  }
  return out;
}
function atob(data) {
  if (arguments.length === 0) {
    const e = new TypeError('The "data" argument must be specified');
    e.code = 'ERR_MISSING_ARGS';
    throw e;
  }
  let s = String(data).replace(/[\t\n\f\r ]/g, '');
  if (s.length % 4 === 0) s = s.replace(/={1,2}$/, '');
  if (s.length % 4 === 1 || /[^A-Za-z0-9+/]/.test(s)) {
    throw new DOMException('Invalid character', 'InvalidCharacterError');
  }
  let out = '';
  let bits = 0;
  let count = 0;
  for (let i = 0; i < s.length; i++) {
    bits = (bits << 6) | ALPHABET.indexOf(s[i]);
    count += 6;
    if (count >= 8) {
      count -= 8;
      out += String.fromCharCode((bits >> count) & 255);
    }
  }
  return out;
}

// The structured clone algorithm, for the types node clones.
function structuredClone(value, options) {
  if (arguments.length === 0) {
    const e = new TypeError('The "value" argument must be specified');
    e.code = 'ERR_MISSING_ARGS';
    throw e;
  }
  const seen = new Map();
  const fail = (v) => {
    throw new DOMException(`${describe(v)} could not be cloned.`, 'DataCloneError');
  };
  const describe = (v) => (typeof v === 'symbol' ? v.toString() : String(v));
  const clone = (v) => {
    if (v === null || (typeof v !== 'object' && typeof v !== 'function')) {
      if (typeof v === 'symbol') fail(v);
      return v;
    }
    if (typeof v === 'function') fail(v);
    if (seen.has(v)) return seen.get(v);
    let out;
    const tag = Object.prototype.toString.call(v);
    if (tag === '[object Date]') out = new Date(v.getTime());
    else if (tag === '[object RegExp]') out = new RegExp(v.source, v.flags);
    else if (tag === '[object Boolean]') out = Object(Boolean.prototype.valueOf.call(v));
    else if (tag === '[object Number]') out = Object(Number.prototype.valueOf.call(v));
    else if (tag === '[object String]') out = Object(String.prototype.valueOf.call(v));
    else if (tag === '[object BigInt]') out = Object(BigInt.prototype.valueOf.call(v));
    else if (v instanceof ArrayBuffer) out = v.slice(0);
    else if (ArrayBuffer.isView(v)) {
      const buffer = clone(v.buffer);
      out = v instanceof DataView
        ? new DataView(buffer, v.byteOffset, v.byteLength)
        : new v.constructor(buffer, v.byteOffset, v.length);
    } else if (v instanceof Map) {
      out = new Map();
      seen.set(v, out);
      for (const [k, x] of v) out.set(clone(k), clone(x));
      return out;
    } else if (v instanceof Set) {
      out = new Set();
      seen.set(v, out);
      for (const x of v) out.add(clone(x));
      return out;
    } else if (v instanceof Error) {
      const names = { EvalError, RangeError, ReferenceError, SyntaxError, TypeError, URIError };
      const C = names[v.name] || Error;
      out = Object.create(C.prototype);
      seen.set(v, out);
      for (const key of ['message', 'stack']) {
        if (Object.prototype.hasOwnProperty.call(v, key)) {
          Object.defineProperty(out, key, { value: String(v[key]), writable: true, configurable: true });
        }
      }
      if ('cause' in v) out.cause = clone(v.cause);
      return out;
    } else if (Array.isArray(v)) {
      out = new Array(v.length);
      seen.set(v, out);
      for (const key of Object.keys(v)) out[key] = clone(v[key]);
      return out;
    } else if (tag === '[object Object]' || tag === '[object Arguments]') {
      out = {};
      seen.set(v, out);
      for (const key of Object.keys(v)) out[key] = clone(v[key]);
      return out;
    } else {
      fail(v);
    }
    seen.set(v, out);
    return out;
  };
  return clone(value);
}

// crypto: node's globalThis.crypto (webcrypto), from the JVM's SecureRandom. No subtle.
const INTEGER_ARRAYS = [Int8Array, Uint8Array, Uint8ClampedArray, Int16Array, Uint16Array,
  Int32Array, Uint32Array, BigInt64Array, BigUint64Array];
function getRandomValues(array) {
  if (!INTEGER_ARRAYS.some((C) => array instanceof C)) {
    throw new DOMException(
      'The data argument must be an integer-type TypedArray', 'TypeMismatchError');
  }
  if (array.byteLength > 65536) {
    throw new DOMException('The requested length exceeds 65,536 bytes', 'QuotaExceededError');
  }
  const bytes = host.random(array.byteLength);
  const view = new Uint8Array(array.buffer, array.byteOffset, array.byteLength);
  for (let i = 0; i < bytes.length; i++) view[i] = bytes.charCodeAt(i);
  return array;
}
class Crypto {
  getRandomValues(array) {
    return getRandomValues(array);
  }
  randomUUID() {
    return host.uuid();
  }
  get subtle() {
    return undefined;
  }
}
const crypto = new Crypto();

const timeOrigin = host.timeOrigin();
const performance = {
  now: () => host.now(),
  timeOrigin,
  toJSON: () => ({ timeOrigin }),
  mark() {},
  measure() {},
  clearMarks() {},
  clearMeasures() {},
  getEntries: () => [],
  getEntriesByName: () => [],
  getEntriesByType: () => [],
};

// setImmediate: after the current callback and its microtasks, as a zero-delay timer.
class Immediate {
  constructor(callback, args) {
    this._onImmediate = callback;
    this._timer = setTimeout(() => callback(...args), 0);
  }
  ref() { return this; }
  unref() { return this; }
  hasRef() { return true; }
}
function setImmediate(callback, ...args) {
  if (typeof callback !== 'function') {
    const e = new TypeError(
      `The "callback" argument must be of type function. Received ${callback === null ? 'null' : typeof callback}`);
    e.code = 'ERR_INVALID_ARG_TYPE';
    throw e;
  }
  return new Immediate(callback, args);
}
function clearImmediate(immediate) {
  if (immediate instanceof Immediate) clearTimeout(immediate._timer);
}

module.exports = {
  TextEncoder, TextDecoder, atob, btoa, structuredClone, crypto, getRandomValues, performance,
  DOMException, setImmediate, clearImmediate,
};
