// node's tty: no stream of a context is a terminal.
'use strict';
class ReadStream {}
class WriteStream {}
module.exports = { isatty: () => false, ReadStream, WriteStream };
