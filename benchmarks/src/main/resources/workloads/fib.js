// Recursive Fibonacci: calls and integer arithmetic. The same program as fib.py.
function fib(n) {
  if (n < 2) {
    return n;
  }
  return fib(n - 1) + fib(n - 2);
}

function run(n) {
  return fib(n);
}

if (typeof module !== "undefined" && module.exports) {
  module.exports = { run: run };
}
