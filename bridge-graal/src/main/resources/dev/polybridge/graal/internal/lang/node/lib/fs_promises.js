// node's fs/promises: the reading functions of fs, as promises; writing ones reject.
'use strict';
const fs = require('fs');
const later = (fn) => (...args) => new Promise((resolve) => resolve(fn(...args)));
const promises = {
  readFile: later(fs.readFileSync),
  stat: later(fs.statSync),
  lstat: later(fs.statSync),
  readdir: later(fs.readdirSync),
  realpath: later(fs.realpathSync),
  access: later(fs.accessSync),
  constants: fs.constants,
};
for (const name of ['writeFile', 'appendFile', 'mkdir', 'mkdtemp', 'rm', 'rmdir', 'unlink',
  'rename', 'copyFile', 'cp', 'symlink', 'link', 'chmod', 'chown', 'utimes', 'truncate', 'open']) {
  promises[name] = () => Promise.reject(fs.notOffered('promises.' + name));
}
module.exports = promises;
