// node's os with fixed, harmless answers: a sandboxed context learns nothing about its host.
'use strict';
const cpu = { model: 'unknown', speed: 0, times: { user: 0, nice: 0, sys: 0, idle: 0, irq: 0 } };
module.exports = {
  EOL: '\n',
  devNull: '/dev/null',
  arch: () => 'x64',
  machine: () => 'x86_64',
  platform: () => 'linux',
  type: () => 'Linux',
  release: () => '0.0.0',
  version: () => '#1 Polybridge',
  hostname: () => 'localhost',
  homedir: () => '/',
  tmpdir: () => '/tmp',
  endianness: () => 'LE',
  cpus: () => [Object.assign({}, cpu)],
  availableParallelism: () => 1,
  totalmem: () => 0,
  freemem: () => 0,
  loadavg: () => [0, 0, 0],
  uptime: () => 0,
  networkInterfaces: () => ({}),
  userInfo: () => ({ uid: -1, gid: -1, username: 'polybridge', homedir: '/', shell: null }),
  getPriority: () => 0,
  setPriority: () => {},
  constants: { signals: {}, errno: {}, priority: {} },
};
