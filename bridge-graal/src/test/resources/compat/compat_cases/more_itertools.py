"""python3-more-itertools, as its documentation shows it."""

PACKAGE = "python3-more-itertools"


def run():
    import more_itertools as mi
    return [list(mi.chunked(range(7), 3)), list(mi.windowed([1, 2, 3, 4], 2)),
            sorted(mi.distinct_permutations([1, 1, 2])), mi.first([], default="none"),
            list(mi.flatten([[1], [2, 3]])), list(mi.unique_everseen("AAAABBBCCDAABBB"))]
