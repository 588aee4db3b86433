exports.kind = 'cjs sync';
