# Dict- and string-heavy work: counting keys, building, joining, splitting and grouping strings.
# Runs on CPython 3, GraalPy and Jython 2.7.


def run(n):
    counts = {}
    parts = []
    for i in range(n):
        key = "k" + str((i * 7919) % 4093)
        counts[key] = counts.get(key, 0) + 1
        if i % 7 == 0:
            parts.append(key.upper())
    text = "-".join(parts)
    total = len(text)
    for key in sorted(counts):
        total += counts[key] * len(key)
    groups = {}
    for word in text.split("-"):
        groups.setdefault(word[:3], []).append(word)
    for prefix in groups:
        total += len(groups[prefix]) * len(prefix)
    return total
