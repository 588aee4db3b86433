// Times one compute workload inside Node, the way JMH times it through the bridge: the workload
// file is loaded once, run(n) is called for a warm-up period, then each call in the measurement
// period is timed alone. Prints "result <value>" and then one "<milliseconds>" line per timed call.
//
//   node harness.js <workload.js> <n> <warmup seconds> <measure seconds>
"use strict";
const path = require("path");

function main(file, n, warmupS, measureS) {
  const { run } = require(path.resolve(file));
  const result = run(n);
  const now = () => Number(process.hrtime.bigint()) / 1e9;
  let deadline = now() + warmupS;
  while (now() < deadline) {
    run(n);
  }
  const samples = [];
  deadline = now() + measureS;
  while (now() < deadline || samples.length < 3) {
    const start = process.hrtime.bigint();
    run(n);
    samples.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  console.log("result " + result);
  for (const ms of samples) {
    console.log(ms.toFixed(6));
  }
}

main(process.argv[2], parseInt(process.argv[3], 10), parseFloat(process.argv[4]), parseFloat(process.argv[5]));
