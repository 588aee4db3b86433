// Bundles the npm packages of package.json into one CommonJS file per Node core module or web
// global that Polybridge offers to GraalJS (entries/*.js say which package each is), and writes
// the licenses of every package that ended up in a bundle into one NOTICE file.
//
//   node build.mjs <node_modules parent> <resource folder> <NOTICE file>
//
// A package that requires another core module ('buffer', 'events', 'process/', 'node:util', ...)
// gets it from Polybridge's module system at run time, not a second copy in its bundle.
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const [work, outDir, noticeFile] = process.argv.slice(2).map((p) => path.resolve(p));
// esbuild is installed with the packages, in the work folder.
const esbuild = createRequire(path.join(work, 'package.json'))('esbuild');
const here = path.dirname(new URL(import.meta.url).pathname);
const entriesDir = path.join(here, 'entries');

// Node's core modules: a require of one of these from a bundled package stays a require.
const CORE = new Set([
  'assert', 'async_hooks', 'buffer', 'child_process', 'cluster', 'console', 'constants', 'crypto',
  'dgram', 'diagnostics_channel', 'dns', 'domain', 'events', 'fs', 'http', 'http2', 'https',
  'inspector', 'module', 'net', 'os', 'path', 'perf_hooks', 'process', 'punycode', 'querystring',
  'readline', 'repl', 'stream', 'string_decoder', 'sys', 'timers', 'tls', 'trace_events', 'tty',
  'url', 'util', 'v8', 'vm', 'wasi', 'worker_threads', 'zlib',
]);

// The npm package each entry wraps: the entry itself may require it by its own name.
const OWN = {
  buffer: 'buffer/', events: 'events/', util: 'util/', punycode: 'punycode/',
  string_decoder: 'string_decoder/', url_legacy: 'url/', assert: 'assert/',
};

const coreModules = {
  name: 'polybridge-core-modules',
  setup(build) {
    build.onResolve({ filter: /.*/ }, (args) => {
      if (args.kind === 'entry-point') return undefined;
      const entry = path.basename(args.importer, '.js');
      if (path.dirname(args.importer) === entriesDir && OWN[entry] === args.path) return undefined;
      if (args.path === 'abort-controller') {
        // Its browser file expects the browser's own AbortController.
        return { path: path.join(work, 'node_modules/abort-controller/dist/abort-controller.js') };
      }
      const name = args.path.replace(/^node:/, '').replace(/\/$/, '');
      const root = name.split('/')[0];
      if (CORE.has(root) && (name === root || name === 'stream/promises' || name === 'util/types')) {
        return { path: name, external: true };
      }
      return undefined;
    });
  },
};

fs.mkdirSync(outDir, { recursive: true });
const packages = new Map();
for (const file of fs.readdirSync(entriesDir).sort()) {
  const result = await esbuild.build({
    entryPoints: [path.join(entriesDir, file)],
    absWorkingDir: work,
    nodePaths: [path.join(work, 'node_modules')],
    bundle: true,
    format: 'cjs',
    platform: 'browser',
    target: 'es2022',
    legalComments: 'none',
    charset: 'utf8',
    define: { global: 'globalThis' },
    outfile: path.join(outDir, file),
    metafile: true,
    logLevel: 'warning',
    plugins: [coreModules],
  });
  for (const input of Object.keys(result.metafile.inputs)) {
    const m = input.match(/node_modules\/((?:@[^/]+\/)?[^/]+)\//);
    if (m) {
      const list = packages.get(m[1]) || new Set();
      list.add(path.basename(file, '.js'));
      packages.set(m[1], list);
    }
  }
}

// NOTICE: each bundled package, its version, what it is bundled into, and its license text.
let notice =
  'Polybridge bundles the following npm packages, unmodified, as resources of bridge-graal\n' +
  '(dev/polybridge/graal/internal/lang/node/polyfills/). Their licenses follow.\n';
for (const name of [...packages.keys()].sort()) {
  const dir = path.join(work, 'node_modules', name);
  const pkg = JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8'));
  const licenseFile = fs.readdirSync(dir).find((f) => /^(licen[cs]e|copying)/i.test(f));
  if (!licenseFile) throw new Error(`${name} has no license file`);
  notice += `\n${'='.repeat(78)}\n${name} ${pkg.version} (${pkg.license || "license below"}), in: ` +
    `${[...packages.get(name)].sort().join(', ')}\n${'='.repeat(78)}\n\n` +
    fs.readFileSync(path.join(dir, licenseFile), 'utf8').trim() + '\n';
}
fs.mkdirSync(path.dirname(noticeFile), { recursive: true });
fs.writeFileSync(noticeFile, notice);
console.log(`bundled ${fs.readdirSync(entriesDir).length} polyfills from ${packages.size} packages`);
