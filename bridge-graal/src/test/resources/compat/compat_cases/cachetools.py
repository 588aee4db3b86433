"""python3-cachetools, as its documentation shows it."""

PACKAGE = "python3-cachetools"


def run():
    from cachetools import LRUCache, TTLCache, cached
    c = LRUCache(maxsize=2)
    c["a"] = 1
    c["b"] = 2
    c["a"]
    c["c"] = 3
    calls = []
    @cached(cache={})
    def sq(x):
        calls.append(x)
        return x * x
    return [sorted(c.keys()), sq(3), sq(3), calls, TTLCache(maxsize=1, ttl=10).maxsize]
