"""python3-mpmath, as its documentation shows it."""

PACKAGE = "python3-mpmath"


def run():
    from mpmath import mp, mpf, quad, sin, pi, sqrt, zeta
    mp.dps = 30
    return [str(mp.pi), str(quad(sin, [0, pi])), str(sqrt(mpf(2))), str(zeta(3)), str(mpf(1) / 3)]
