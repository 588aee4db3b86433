// A CommonJS module whose text holds "import(" where it is no call: its source is left as written.
const text = "import('node:x') and reimport(y)";
const reimport = (s) => s.length;
module.exports = async () => [text, reimport(text), (await import('./lib.cjs')).default.count, `import('${'node:path'}')`];
