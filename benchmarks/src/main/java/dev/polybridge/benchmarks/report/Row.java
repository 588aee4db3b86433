package dev.polybridge.benchmarks.report;

/**
 * One line of the results table: a Polybridge measurement, optionally a peer's measurement of the
 * same work, and optionally the target for it. Times are seconds per operation (throughput
 * is inverted), so {@link #speedUp()} above 1 always means Polybridge is faster.
 */
public record Row(
    String section, String label, Measure ours, String peerName, Measure peer, Target target) {

  /** A value from one result: its mean, or the mean of one measurement iteration. */
  public record Measure(Result result, int iteration) {
    static Measure of(Result result) {
      return result == null ? null : new Measure(result, -1);
    }

    static Measure iteration(Result result, int index) {
      return result == null ? null : new Measure(result, index);
    }

    /** In the result's own unit. */
    public double value() {
      return iteration < 0 ? result.score() : result.iteration(iteration);
    }

    public double seconds() {
      return result.toSeconds(value());
    }

    public String text() {
      String unit = result.unit();
      String err =
          iteration < 0 && Double.isFinite(result.error())
              ? " ± " + Report.number(result.error())
              : "";
      return Report.number(value()) + err + " " + unit;
    }
  }

  /** A goal from the issue: met or not, and how to say it. */
  public record Target(String text, Kind kind, double bound) {
    /** How {@link #bound} is read. */
    public enum Kind {
      /** ours / peer time at most bound. */
      MAX_SLOWDOWN,
      /** peer / ours time at least bound. */
      MIN_SPEEDUP,
      /** ours at most bound seconds per operation. */
      MAX_SECONDS,
      /** ours at least bound operations per second. */
      MIN_OPS_PER_SECOND
    }

    boolean met(Row row) {
      switch (kind) {
        case MAX_SLOWDOWN:
          return row.peer != null && 1.0 / row.speedUp() <= bound;
        case MIN_SPEEDUP:
          return row.peer != null && row.speedUp() >= bound;
        case MAX_SECONDS:
          return row.ours.seconds() <= bound;
        default:
          return 1.0 / row.ours.seconds() >= bound;
      }
    }
  }

  /** Whether both sides ran. */
  public boolean complete() {
    return ours != null && (peerName == null || peer != null);
  }

  /** Peer time over Polybridge time: above 1, Polybridge is faster. NaN without a peer. */
  public double speedUp() {
    if (ours == null || peer == null) {
      return Double.NaN;
    }
    return peer.seconds() / ours.seconds();
  }

  /** True or false when there is a target and both sides ran, else null. */
  public Boolean met() {
    if (target == null || !complete()) {
      return null;
    }
    return target.met(this);
  }
}
