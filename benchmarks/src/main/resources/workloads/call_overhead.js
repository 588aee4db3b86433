// Functions CallOverheadBenchmark calls through raw Value.execute, Handle.call and a Java interface.
function inc(x) {
  return x + 1;
}

function strlen(s) {
  return s.length;
}

function mapsize(m) {
  return Object.keys(m).length;
}

var api = { inc: inc, strlen: strlen, mapsize: mapsize };
