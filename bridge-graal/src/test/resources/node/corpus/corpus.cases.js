// The npm compatibility corpus: popular pure-JS packages (src/test/packages/corpus/package.json,
// pinned), each called as its README shows. NpmCompatibilityCorpusTest runs this file in node and
// in a sandboxed Polybridge context, in the folder where the corpus is installed, and compares the
// answers case by case. Answers must not depend on time, randomness or the machine: random output
// is checked for its shape. ES-module-only packages are loaded with import(), as their READMEs do.
'use strict';

module.exports = {
  'lodash: chunk, groupBy, template': () => {
    const _ = require('lodash');
    return [_.chunk([1, 2, 3, 4, 5], 2), _.groupBy([6.1, 4.2, 6.3], Math.floor),
      _.template('hello <%= user %>!')({ user: 'fred' }), _.camelCase('Foo Bar')];
  },
  'uuid: v5, validate and a v4 shape': async () => {
    const { v4, v5, validate, version } = await import('uuid');
    const id = v4();
    return [v5('hello.example.com', v5.DNS), validate(id), version(id), /^[0-9a-f-]{36}$/.test(id)];
  },
  'nanoid: default and custom alphabets': async () => {
    const { nanoid, customAlphabet } = await import('nanoid');
    const digits = customAlphabet('0123456789', 10)();
    return [nanoid().length, /^[A-Za-z0-9_-]{21}$/.test(nanoid()), /^[0-9]{10}$/.test(digits)];
  },
  'yaml: parse and stringify': () => {
    const YAML = require('yaml');
    const doc = YAML.parse('a: 1\nb: [x, y]\nc: { d: true }\n');
    return [doc, YAML.stringify({ list: [1, 'two'], nested: { ok: null } })];
  },
  'js-yaml: load and dump': () => {
    const yaml = require('js-yaml');
    return [yaml.load('greeting: hello\nitems:\n  - 1\n  - 2.5\n'), yaml.dump({ a: [1, { b: 'c' }] })];
  },
  'qs: nested parse and stringify': () => {
    const qs = require('qs');
    return [qs.parse('a[b][c]=d&e[]=1&e[]=2'), qs.stringify({ a: { b: ['x', 'y'] } }, { encode: false }),
      qs.stringify({ q: 'ä b&c' })];
  },
  'markdown-it: render with a link and punycode host': () => {
    const md = require('markdown-it')({ linkify: true });
    return md.render('# Title\n\nSome *text* and http://münchen.example/ and `code`.\n');
  },
  'marked: parse': async () => {
    const { marked } = await import('marked');
    return marked.parse('# Marked\n\n- one\n- **two**\n');
  },
  'iconv-lite: decode and encode legacy charsets': () => {
    const iconv = require('iconv-lite');
    return [iconv.decode(Buffer.from([0x68, 0xe9, 0x6c, 0x6c, 0x6f]), 'win1252'),
      Array.from(iconv.encode('Grüße', 'latin1')), iconv.encodingExists('shift_jis'),
      iconv.decode(iconv.encode('日本', 'shift_jis'), 'shift_jis')];
  },
  'xml2js: parseString and Builder': async () => {
    const xml2js = require('xml2js');
    const parsed = await xml2js.parseStringPromise('<root a="1"><item>x</item><item>y</item></root>');
    return [parsed, new xml2js.Builder({ headless: true }).buildObject({ note: { to: 'Ann', body: 'Hi' } })];
  },
  'chalk: styles at a forced color level': async () => {
    const { Chalk } = await import('chalk');
    const chalk = new Chalk({ level: 1 });
    return [chalk.blue('hello'), chalk.bold.red('!'), new Chalk({ level: 0 }).green('plain')];
  },
  'jsonpath-plus: queries': () => {
    const { JSONPath } = require('jsonpath-plus');
    const json = { store: { book: [{ author: 'A', price: 8 }, { author: 'B', price: 12 }] } };
    return [JSONPath({ path: '$.store.book[*].author', json }),
      JSONPath({ path: '$..book[?(@.price < 10)].author', json })];
  },
  'commander: parse options and arguments': () => {
    const { Command } = require('commander');
    const program = new Command();
    program.exitOverride().option('-d, --debug', 'debug').option('-p, --pizza-type <type>', 'flavour')
      .argument('<file>');
    program.parse(['--debug', '-p', 'cheese', 'in.txt'], { from: 'user' });
    return [program.opts(), program.args];
  },
  'csv-parse: the sync API from csv-parse/sync': () => {
    const { parse } = require('csv-parse/sync');
    return parse('a,b\n1,"x, y"\n2,z\n', { columns: true, skip_empty_lines: true });
  },
  'csv-parse: the stream API': async () => {
    const { parse } = require('csv-parse');
    const rows = [];
    const parser = parse({ delimiter: ';' });
    parser.on('readable', () => { let r; while ((r = parser.read()) !== null) rows.push(r); });
    const done = new Promise((resolve, reject) => { parser.on('end', resolve); parser.on('error', reject); });
    parser.write('1;2\n3;4\n');
    parser.end();
    await done;
    return rows;
  },
  'dayjs: parse, add, format in UTC': () => {
    const dayjs = require('dayjs');
    dayjs.extend(require('dayjs/plugin/utc'));
    const d = dayjs.utc('2024-02-28T10:00:00Z').add(2, 'day');
    return [d.format('YYYY-MM-DD HH:mm'), d.day(), dayjs.utc('2024-01-01').diff(dayjs.utc('2023-01-01'), 'day')];
  },
  'date-fns: format, add, differences': () => {
    const { format, addDays, differenceInCalendarDays, isLeapYear } = require('date-fns');
    const d = new Date(2024, 1, 27);
    return [format(addDays(d, 3), 'yyyy-MM-dd EEEE'), differenceInCalendarDays(new Date(2024, 11, 25), d),
      isLeapYear(d)];
  },
  'validator: emails, URLs, UUIDs': () => {
    const validator = require('validator');
    return [validator.isEmail('foo@bar.com'), validator.isEmail('nope@'), validator.isURL('https://x.org/a?b=c'),
      validator.isUUID('6ec0bd7f-11c0-43da-975e-2a8ad9ebae0b'), validator.escape('<a href="x">')];
  },
  'semver: compare, satisfy, coerce': () => {
    const semver = require('semver');
    return [semver.valid('1.2.3'), semver.gt('1.2.3', '9.8.7'), semver.satisfies('1.2.3', '1.x || >=2.5.0'),
      semver.coerce('v2').version, semver.maxSatisfying(['1.2.3', '1.3.0', '2.0.0'], '^1.2.0')];
  },
  'ajv: compile and validate a schema': () => {
    const Ajv = require('ajv');
    const ajv = new Ajv();
    const validate = ajv.compile({ type: 'object', properties: { foo: { type: 'integer' } }, required: ['foo'] });
    const ok = validate({ foo: 1 });
    const bad = validate({ foo: 'x' });
    return [ok, bad, validate.errors.map((e) => e.instancePath + ' ' + e.message)];
  },
  'zod: parse and safeParse': () => {
    const { z } = require('zod');
    const User = z.object({ name: z.string(), age: z.number().int().min(0) });
    const bad = User.safeParse({ name: 'Ann', age: -1 });
    return [User.parse({ name: 'Ann', age: 3 }), bad.success, bad.error.issues.map((i) => i.path.join('.') + ': ' + i.code)];
  },
  'immer: produce': () => {
    const { produce } = require('immer');
    const base = [{ title: 'Learn', done: true }, { title: 'Try', done: false }];
    const next = produce(base, (draft) => { draft[1].done = true; draft.push({ title: 'Tweet', done: false }); });
    return [next, base[1].done, next[0] === base[0], Object.isFrozen(next)];
  },
  'ramda: compose and curry': () => {
    const R = require('ramda');
    const f = R.pipe(R.filter((x) => x % 2 === 1), R.map(R.multiply(3)), R.sum);
    return [f([1, 2, 3, 4, 5]), R.groupBy(R.prop('k'), [{ k: 'a' }, { k: 'b' }, { k: 'a' }])];
  },
  'mustache: render': () => {
    const Mustache = require('mustache');
    return Mustache.render('Hi {{name}}! {{#items}}[{{.}}]{{/items}} {{{raw}}} {{esc}}',
      { name: 'Ann', items: [1, 2], raw: '<b>', esc: '<i>' });
  },
  'handlebars: compile with a helper': () => {
    const Handlebars = require('handlebars');
    Handlebars.registerHelper('loud', (s) => s.toUpperCase());
    return Handlebars.compile('{{#each people}}{{loud this}} {{/each}}{{title}}')({ people: ['a', 'b'], title: '<t>' });
  },
  'ejs: render a template string': () => {
    const ejs = require('ejs');
    return ejs.render('<% if (user) { %><h2><%= user.name %></h2><% } %><%- raw %>', { user: { name: 'A&B' }, raw: '<br>' });
  },
  'he: encode and decode entities': () => {
    const he = require('he');
    return [he.encode('foo © bar ≠ baz 𝌆'), he.decode('&lt;p&gt;&eacute;&#x1D306;&amp;'), he.escape('<img src="x">')];
  },
  'entities: encode and decode': async () => {
    const entities = await import('entities');
    return [entities.decodeHTML('&lt;p&gt;&eacute;&amp;'), entities.encodeXML('<a & "b">'), entities.escapeUTF8('ä<')];
  },
  'htmlparser2: parseDocument and the callback parser': async () => {
    const htmlparser2 = await import('htmlparser2');
    const seen = [];
    const parser = new htmlparser2.Parser({
      onopentag(name, attrs) { seen.push('open ' + name + ' ' + JSON.stringify(attrs)); },
      ontext(text) { seen.push('text ' + text); },
    });
    parser.write('<p class="x">Hi <b>there</b></p>');
    parser.end();
    const doc = htmlparser2.parseDocument('<ul><li>a</li><li>b</li></ul>');
    return [seen, doc.children[0].children.length];
  },
  'fast-xml-parser: parse and build': () => {
    const { XMLParser, XMLBuilder } = require('fast-xml-parser');
    const obj = new XMLParser({ ignoreAttributes: false }).parse('<a x="1"><b>2</b><b>3</b></a>');
    return [obj, new XMLBuilder({}).build({ root: { k: 'v' } })];
  },
  'minimist: parse arguments': () => require('minimist')(['-x', '3', '-y', '4', '-n5', '-abc', '--beep=boop', 'foo', 'bar']),
  'yargs-parser: parse arguments': async () => {
    const { default: parser } = await import('yargs-parser');
    return parser(['--foo', '33', '--bar-baz', 'x', '-v', '-v', 'rest'], { count: ['v'] });
  },
  'ms: durations both ways': () => {
    const ms = require('ms');
    return [ms('2 days'), ms('1.5h'), ms(60000), ms(2 * 60000, { long: true })];
  },
  'bytes: format and parse': () => {
    const bytes = require('bytes');
    return [bytes(1024), bytes(1000, { thousandsSeparator: ' ' }), bytes('1KB'), bytes.parse('1.5MB')];
  },
  'deep-equal: objects, Maps and Dates': () => {
    const equal = require('deep-equal');
    return [equal({ a: [1, { b: 2 }] }, { a: [1, { b: 2 }] }), equal(new Map([[1, 'a']]), new Map([[1, 'b']])),
      equal(new Date(0), new Date(0)), equal(1, '1'), equal(1, '1', { strict: true })];
  },
  'fast-deep-equal: objects and arrays': () => {
    const equal = require('fast-deep-equal');
    return [equal({ foo: 'bar', n: [1, 2] }, { foo: 'bar', n: [1, 2] }), equal([1], [2])];
  },
  'object-hash: sha1 and md5 of objects': () => {
    const hash = require('object-hash');
    return [hash({ foo: 'bar' }), hash({ b: 1, a: 2 }) === hash({ a: 2, b: 1 }), hash([1, 2], { algorithm: 'md5' })];
  },
  'crypto-js: hashes, HMAC and AES round trip': () => {
    const CryptoJS = require('crypto-js');
    const secret = CryptoJS.AES.encrypt('my message', 'secret key 123').toString();
    return [CryptoJS.SHA256('Message').toString(), CryptoJS.HmacSHA1('Message', 'Key').toString(),
      CryptoJS.AES.decrypt(secret, 'secret key 123').toString(CryptoJS.enc.Utf8), CryptoJS.enc.Base64.stringify(CryptoJS.enc.Utf8.parse('hi'))];
  },
  'base64-js: byte arrays both ways': () => {
    const base64 = require('base64-js');
    return [base64.fromByteArray(new Uint8Array([1, 2, 3, 250])), Array.from(base64.toByteArray('AQID+g==')), base64.byteLength('AQID+g==')];
  },
  'pako: deflate and inflate': () => {
    const pako = require('pako');
    const packed = pako.deflate(new TextEncoder().encode('hello hello hello hello'));
    const text = (bytes) => new TextDecoder().decode(bytes);
    return [Array.from(packed), text(pako.inflate(packed)), text(pako.ungzip(pako.gzip('zip me')))];
  },
  'jszip: a zip in memory': async () => {
    const JSZip = require('jszip');
    const zip = new JSZip();
    zip.file('hello.txt', 'Hello World\n');
    zip.folder('images').file('a.txt', 'A');
    const data = await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
    const back = await JSZip.loadAsync(data);
    return [Object.keys(back.files), await back.file('hello.txt').async('string')];
  },
  'decimal.js: exact arithmetic': () => {
    const Decimal = require('decimal.js');
    return [new Decimal(0.1).plus(0.2).toString(), new Decimal(2).sqrt().toFixed(30), Decimal.pow(2, 100).toString()];
  },
  'big.js: exact arithmetic': () => {
    const Big = require('big.js');
    return [new Big(0.1).plus(0.2).toString(), new Big('123.4567').round(2).toString(), new Big(1).div(3).toString()];
  },
  'mathjs: evaluate, units, matrices': () => {
    const math = require('mathjs');
    return [math.evaluate('sqrt(3^2 + 4^2)'), math.evaluate('12.7 cm to inch').toString(),
      math.format(math.multiply([[1, 2], [3, 4]], [[5], [6]])), math.fraction('1/3').add(math.fraction('1/6')).toFraction()];
  },
  'moment: parse and format in UTC': () => {
    const moment = require('moment');
    const m = moment.utc('2024-03-10 14:30', 'YYYY-MM-DD HH:mm');
    return [m.format('dddd, MMMM Do YYYY, h:mm a'), m.clone().add(1, 'month').toISOString(), m.isLeapYear()];
  },
  'luxon: DateTime and Duration in a fixed zone': () => {
    const { DateTime, Duration } = require('luxon');
    const dt = DateTime.fromISO('2024-05-06T07:08:09', { zone: 'utc' });
    return [dt.plus({ days: 30 }).toISODate(), dt.toFormat('yyyy LLL dd HH:mm'), Duration.fromObject({ hours: 2, minutes: 7 }).toISO()];
  },
  'escape-html: escape': () => require('escape-html')('<a href="x">\'&\'</a>'),
  'slugify: slugs': () => {
    const slugify = require('slugify');
    return [slugify('some string'), slugify('Ünïcödé & Straße', { lower: true }), slugify('a_b c', '_')];
  },
  'pluralize: plural and singular': () => {
    const pluralize = require('pluralize');
    return [pluralize('test'), pluralize('person', 5, true), pluralize.singular('geese'), pluralize.isPlural('mice')];
  },
  'change-case: cases': async () => {
    const cc = await import('change-case');
    return [cc.camelCase('Test String'), cc.snakeCase('fooBar baz'), cc.kebabCase('Foo Bar'), cc.pascalCase('a-b c')];
  },
};
