// Node's console: util.format for the arguments, log/info/debug to stdout, warn/error/trace to
// stderr, plus count, time, group, table, dir and assert as node prints them.
'use strict';
const host = require('internal/host');

exports.create = function create() {
  let util;
  const format = (args) => {
    if (args.length === 1 && typeof args[0] === 'string') return args[0];
    if (args.every((a) => typeof a === 'string') && !args[0].includes('%')) return args.join(' ');
    util = util || require('util');
    return util.format(...args);
  };
  let indent = '';
  const out = (fd, args) => {
    let text = format(args);
    if (indent) text = indent + text.split('\n').join('\n' + indent);
    host.write(fd, text + '\n');
  };
  const counts = new Map();
  const timers = new Map();
  const console = {
    log: (...a) => out(1, a),
    info: (...a) => out(1, a),
    debug: (...a) => out(1, a),
    warn: (...a) => out(2, a),
    error: (...a) => out(2, a),
    trace: (...a) => {
      const e = new Error(format(a));
      e.name = 'Trace';
      out(2, [String(e.stack).split('\n').filter((l, i) => i !== 1).join('\n')]);
    },
    dir: (obj, options) => {
      util = util || require('util');
      out(1, [util.inspect(obj, Object.assign({ customInspect: false }, options))]);
    },
    dirxml: (...a) => out(1, a),
    assert: (condition, ...a) => {
      if (!condition) {
        if (a.length > 0 && typeof a[0] === 'string') a[0] = 'Assertion failed: ' + a[0];
        else a.unshift('Assertion failed');
        out(2, a);
      }
    },
    clear: () => {},
    count: (label = 'default') => {
      const n = (counts.get(String(label)) || 0) + 1;
      counts.set(String(label), n);
      out(1, [`${label}: ${n}`]);
    },
    countReset: (label = 'default') => {
      counts.delete(String(label));
    },
    group: (...a) => {
      if (a.length > 0) out(1, a);
      indent += '  ';
    },
    groupEnd: () => {
      indent = indent.slice(2);
    },
    time: (label = 'default') => {
      timers.set(String(label), host.now());
    },
    timeEnd: (label = 'default') => {
      const start = timers.get(String(label));
      if (start === undefined) return;
      timers.delete(String(label));
      out(1, [`${label}: ${(host.now() - start).toFixed(3)}ms`]);
    },
    timeLog: (label = 'default', ...a) => {
      const start = timers.get(String(label));
      if (start === undefined) return;
      out(1, [`${label}: ${(host.now() - start).toFixed(3)}ms`, ...a]);
    },
    table: (data) => out(1, [data]),
  };
  console.groupCollapsed = console.group;
  return console;
};
