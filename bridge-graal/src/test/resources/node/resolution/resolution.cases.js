// Module resolution as node does it: exports sub-paths, conditions and patterns, imports, main,
// folder index.js, .cjs/.mjs/.json, self-reference, scoped names, ES modules and CommonJS
// importing each other. NodeResolutionTest copies this folder, packages/ becoming node_modules/.
'use strict';
module.exports = {
  'exports "." with the require condition': () => require('exp-sub'),
  'exports sub-path with the require condition': () => require('exp-sub/sync').kind,
  'exports pattern': () => require('exp-sub/features/a.js'),
  'exports null excludes a pattern': () => require('exp-sub/features/private/x.js'),
  'exports lacks a sub-path': () => require('exp-sub/missing'),
  'exports "./package.json"': () => require('exp-sub/package.json').name,
  'import() takes the import condition': async () => (await import('exp-sub')).default,
  'import() of a sub-path': async () => (await import('exp-sub/sync')).kind,
  'main without an extension': () => require('main-only'),
  'a folder index.js': () => require('dir-index'),
  'relative .json and extensionless requires': () => { const m = require('cjs-with-json'); return [m.name, m.twice(2), m.version]; },
  'nested conditions for require': () => require('nested-conditions'),
  'nested conditions for import': async () => (await import('nested-conditions')).default,
  'a package requires itself by name': () => require('self-ref'),
  'a scoped package': () => require('@scope/pkg'),
  'an ES module importing CommonJS, packages, imports and core modules': async () => (await import('./main.mjs')).summary,
  'import() of CommonJS gives module.exports as default': async () => { const ns = await import('./lib.cjs'); return [ns.default, ns.greeting]; },
  'import() of a core module': async () => { const ns = await import('node:path'); return [ns.default.sep, typeof ns.join]; },
  'import() of a core module by both names': async () => { const a = await import('path'); const b = await import('node:path'); return [a.default === b.default, a.join === b.join, typeof a.join]; },
  'import() in a CommonJS module that mentions import( in a string': () => require('./mentions-import.cjs')(),
  'require.resolve of a package file': () => require.resolve('cjs-with-json').split('/').slice(-2).join('/'),
  'require.cache holds a loaded module': () => Object.keys(require.cache).some((k) => k.endsWith('cjs-with-json/index.js')),
  'a relative file that does not exist': () => { try { require('./nope'); } catch (e) { return e.code; } },
};
