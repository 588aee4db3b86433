// N-body simulation of the Jovian planets: the same program as nbody.py, line for line.
var PI = 3.14159265358979323;
var SOLAR_MASS = 4 * PI * PI;
var DAYS_PER_YEAR = 365.24;

function makeBodies() {
  // x, y, z, vx, vy, vz, mass
  return [
    [0.0, 0.0, 0.0, 0.0, 0.0, 0.0, SOLAR_MASS],
    [4.84143144246472090e+00, -1.16032004402742839e+00, -1.03622044471123109e-01,
      1.66007664274403694e-03 * DAYS_PER_YEAR, 7.69901118419740425e-03 * DAYS_PER_YEAR,
      -6.90460016972063023e-05 * DAYS_PER_YEAR, 9.54791938424326609e-04 * SOLAR_MASS],
    [8.34336671824457987e+00, 4.12479856412430479e+00, -4.03523417114321381e-01,
      -2.76742510726862411e-03 * DAYS_PER_YEAR, 4.99852801234917238e-03 * DAYS_PER_YEAR,
      2.30417297573763929e-05 * DAYS_PER_YEAR, 2.85885980666130812e-04 * SOLAR_MASS],
    [1.28943695621391310e+01, -1.51111514016986312e+01, -2.23307578892655734e-01,
      2.96460137564761618e-03 * DAYS_PER_YEAR, 2.37847173959480950e-03 * DAYS_PER_YEAR,
      -2.96589568540237556e-05 * DAYS_PER_YEAR, 4.36624404335156298e-05 * SOLAR_MASS],
    [1.53796971148509165e+01, -2.59193146099879641e+01, 1.79258772950371181e-01,
      2.68067772490389322e-03 * DAYS_PER_YEAR, 1.62824170038242295e-03 * DAYS_PER_YEAR,
      -9.51592254519715870e-05 * DAYS_PER_YEAR, 5.15138902046611451e-05 * SOLAR_MASS],
  ];
}

function offsetMomentum(bodies) {
  var px = 0.0, py = 0.0, pz = 0.0;
  for (var k = 0; k < bodies.length; k++) {
    var b = bodies[k];
    px += b[3] * b[6];
    py += b[4] * b[6];
    pz += b[5] * b[6];
  }
  var sun = bodies[0];
  sun[3] = -px / SOLAR_MASS;
  sun[4] = -py / SOLAR_MASS;
  sun[5] = -pz / SOLAR_MASS;
}

function advance(bodies, dt, steps) {
  var n = bodies.length;
  for (var s = 0; s < steps; s++) {
    for (var i = 0; i < n; i++) {
      var bi = bodies[i];
      for (var j = i + 1; j < n; j++) {
        var bj = bodies[j];
        var dx = bi[0] - bj[0];
        var dy = bi[1] - bj[1];
        var dz = bi[2] - bj[2];
        var d2 = dx * dx + dy * dy + dz * dz;
        var mag = dt / (d2 * Math.sqrt(d2));
        var mi = bi[6] * mag;
        var mj = bj[6] * mag;
        bi[3] -= dx * mj;
        bi[4] -= dy * mj;
        bi[5] -= dz * mj;
        bj[3] += dx * mi;
        bj[4] += dy * mi;
        bj[5] += dz * mi;
      }
    }
    for (var k = 0; k < n; k++) {
      var b = bodies[k];
      b[0] += dt * b[3];
      b[1] += dt * b[4];
      b[2] += dt * b[5];
    }
  }
}

function energy(bodies) {
  var e = 0.0;
  var n = bodies.length;
  for (var i = 0; i < n; i++) {
    var bi = bodies[i];
    e += 0.5 * bi[6] * (bi[3] * bi[3] + bi[4] * bi[4] + bi[5] * bi[5]);
    for (var j = i + 1; j < n; j++) {
      var bj = bodies[j];
      var dx = bi[0] - bj[0];
      var dy = bi[1] - bj[1];
      var dz = bi[2] - bj[2];
      e -= bi[6] * bj[6] / Math.sqrt(dx * dx + dy * dy + dz * dz);
    }
  }
  return e;
}

function run(n) {
  var bodies = makeBodies();
  offsetMomentum(bodies);
  advance(bodies, 0.01, n);
  return Math.trunc(-energy(bodies) * 1e9);
}

if (typeof module !== "undefined" && module.exports) {
  module.exports = { run: run };
}
