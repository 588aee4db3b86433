# Times one compute workload inside CPython, the way JMH times it through the bridge: the workload
# file is loaded once, run(n) is called for a warm-up period, then each call in the measurement
# period is timed alone. Prints "result <value>" and then one "<milliseconds>" line per timed call.
#
#   python3 harness.py <workload.py> <n> <warmup seconds> <measure seconds>
import sys
import time


def main(path, n, warmup_s, measure_s):
    namespace = {"__name__": "workload"}
    with open(path) as f:
        exec(compile(f.read(), path, "exec"), namespace)
    run = namespace["run"]
    result = run(n)
    deadline = time.perf_counter() + warmup_s
    while time.perf_counter() < deadline:
        run(n)
    samples = []
    deadline = time.perf_counter() + measure_s
    while time.perf_counter() < deadline or len(samples) < 3:
        start = time.perf_counter_ns()
        run(n)
        samples.append((time.perf_counter_ns() - start) / 1e6)
    print("result %d" % result)
    for ms in samples:
        print("%.6f" % ms)


if __name__ == "__main__":
    main(sys.argv[1], int(sys.argv[2]), float(sys.argv[3]), float(sys.argv[4]))
