"""python3-natsort, as its documentation shows it."""

PACKAGE = "python3-natsort"


def run():
    from natsort import natsorted, ns
    return [natsorted(["a10", "a2", "a1", "b1", "A3"]), natsorted(["a10", "a2", "A3"], alg=ns.IGNORECASE),
            natsorted(["1.10", "1.9", "1.2.3"], alg=ns.FLOAT), natsorted(["x-1", "x-10", "x-2"])]
