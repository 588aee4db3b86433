// attempt: read the host's environment variables through process.env
// expect: value 0
Object.keys(process.env).length;
