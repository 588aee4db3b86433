// node's crypto: randomness from the JVM's SecureRandom, createHash and createHmac from Java's
// MessageDigest and Mac (md5, sha1, sha224, sha256, sha384, sha512, sha512-224/256, sha3-*).
'use strict';
const host = require('internal/host');
const { Buffer } = require('buffer');
const web = require('internal/web');

function toBuffer(data, encoding, name) {
  if (typeof data === 'string') return Buffer.from(data, encoding || 'utf8');
  if (Buffer.isBuffer(data)) return data;
  if (ArrayBuffer.isView(data)) return Buffer.from(data.buffer, data.byteOffset, data.byteLength);
  if (data instanceof ArrayBuffer) return Buffer.from(data);
  const e = new TypeError(
    `The "${name}" argument must be of type string or an instance of Buffer, TypedArray, or` +
      ` DataView. Received ${data === null ? 'null' : typeof data}`);
  e.code = 'ERR_INVALID_ARG_TYPE';
  throw e;
}

function invalidDigest(algorithm) {
  const e = new Error('Digest method not supported');
  e.code = 'ERR_CRYPTO_INVALID_DIGEST';
  e.message = `Invalid digest: ${algorithm}`;
  return e;
}

class Hash {
  #impl;
  #done = false;
  constructor(impl) {
    this.#impl = impl;
  }
  update(data, encoding) {
    if (this.#done) {
      const e = new Error('Digest already called');
      e.code = 'ERR_CRYPTO_HASH_FINALIZED';
      throw e;
    }
    const b = toBuffer(data, encoding, 'data');
    this.#impl.update(b.buffer, b.byteOffset, b.byteLength);
    return this;
  }
  digest(encoding) {
    if (this.#done) {
      const e = new Error('Digest already called');
      e.code = 'ERR_CRYPTO_HASH_FINALIZED';
      throw e;
    }
    this.#done = true;
    const out = Buffer.from(this.#impl.digest(), 'latin1');
    return encoding === undefined || encoding === 'buffer' ? out : out.toString(encoding);
  }
}

function createHash(algorithm) {
  const impl = host.hash(String(algorithm));
  if (impl === null) throw new Error('Digest method not supported');
  return new Hash(impl);
}

function createHmac(algorithm, key, options) {
  const k = toBuffer(key, options && options.encoding, 'key');
  const impl = host.hmac(String(algorithm), k.buffer, k.byteOffset, k.byteLength);
  if (impl === null) throw invalidDigest(algorithm);
  return new Hash(impl);
}

function randomBytes(size, callback) {
  if (typeof size !== 'number' || !(size >= 0) || size > 2 ** 31 - 1 || !Number.isInteger(size)) {
    const e = new RangeError(
      `The value of "size" is out of range. It must be >= 0 && <= 2147483647. Received ${size}`);
    e.code = 'ERR_OUT_OF_RANGE';
    throw e;
  }
  const b = Buffer.from(host.random(size), 'latin1');
  if (typeof callback === 'function') {
    queueMicrotask(() => callback(null, b));
    return undefined;
  }
  return b;
}

function randomInt(min, max, callback) {
  if (max === undefined || typeof max === 'function') {
    callback = max;
    max = min;
    min = 0;
  }
  const range = max - min;
  if (!Number.isSafeInteger(min) || !Number.isSafeInteger(max) || range <= 0 || range > 2 ** 48) {
    const e = new RangeError(
      `The value of "max" is out of range. It must be greater than the value of "min" (${min}). Received ${max}`);
    e.code = 'ERR_OUT_OF_RANGE';
    throw e;
  }
  const limit = 2 ** 48 - (2 ** 48 % range);
  let n;
  do {
    n = randomBytes(6).readUIntBE(0, 6);
  } while (n >= limit);
  const value = min + (n % range);
  if (typeof callback === 'function') {
    queueMicrotask(() => callback(null, value));
    return undefined;
  }
  return value;
}

function timingSafeEqual(a, b) {
  const x = toBuffer(a, undefined, 'buf1');
  const y = toBuffer(b, undefined, 'buf2');
  if (x.length !== y.length) {
    const e = new RangeError('Input buffers must have the same byte length');
    e.code = 'ERR_CRYPTO_TIMING_SAFE_EQUAL_LENGTH';
    throw e;
  }
  let diff = 0;
  for (let i = 0; i < x.length; i++) diff |= x[i] ^ y[i];
  return diff === 0;
}

function notOffered(name) {
  return function () {
    const e = new Error(
      `crypto.${name} is not offered: Polybridge's crypto module has hashes, HMACs and random` +
        ' values only; do other cryptography in Java');
    e.code = 'ERR_POLYBRIDGE_NOT_OFFERED';
    throw e;
  };
}

module.exports = {
  createHash,
  createHmac,
  randomBytes,
  pseudoRandomBytes: randomBytes,
  randomFillSync(buf, offset = 0, size) {
    const view = new Uint8Array(buf.buffer || buf, buf.byteOffset || 0, buf.byteLength);
    const n = size === undefined ? view.length - offset : size;
    const r = host.random(n);
    for (let i = 0; i < n; i++) view[offset + i] = r.charCodeAt(i);
    return buf;
  },
  randomInt,
  randomUUID: () => host.uuid(),
  getRandomValues: (a) => web.getRandomValues(a),
  getHashes: () => Array.from(host.hashes()),
  timingSafeEqual,
  webcrypto: web.crypto,
  createCipheriv: notOffered('createCipheriv'),
  createDecipheriv: notOffered('createDecipheriv'),
  createSign: notOffered('createSign'),
  createVerify: notOffered('createVerify'),
  generateKeyPairSync: notOffered('generateKeyPairSync'),
  pbkdf2Sync: notOffered('pbkdf2Sync'),
  scryptSync: notOffered('scryptSync'),
  constants: {},
};
