# re.Scanner's work for Polybridge contexts (see regex_scanner in startup.py). CPython's Scanner
# compiles its phrases, parsed, into one pattern; GraalPy can run such a pattern only on its native
# engine. Here each phrase stays a string pattern of its own, tried in order at each place, which
# is what the combined pattern does: the first phrase that matches wins. Matches look as CPython's
# Scanner's do: lastindex names the phrase (1 for the first), and the groups are the phrase's own.
import re as _re
import sys as _sys


class _PhraseMatch:
    __slots__ = ("_own", "lastindex", "re", "string", "pos", "endpos")

    def __init__(self, own, index, combined, pos, endpos):
        self._own = own
        self.lastindex = index
        self.re = combined
        self.string = own.string
        self.pos = pos
        self.endpos = endpos

    @property
    def lastgroup(self):
        return None

    def group(self, *groups):
        return self._own.group(*groups)

    def __getitem__(self, group):
        return self._own[group]

    def groups(self, default=None):
        return self._own.groups(default)

    def groupdict(self, default=None):
        return self._own.groupdict(default)

    def start(self, group=0):
        return self._own.start(group)

    def end(self, group=0):
        return self._own.end(group)

    def span(self, group=0):
        return self._own.span(group)

    def expand(self, template):
        return self._own.expand(template)

    def __repr__(self):
        return "<re.Match object; span=%r, match=%r>" % (self.span(), self.group())


class _PhraseScanner:
    def __init__(self, combined, string, pos, endpos):
        self._combined = combined
        self._string = string
        self._pos = pos
        self._endpos = min(endpos, len(string))
        self._must_advance = False

    def _next(self, anchored):
        pos = self._pos
        if pos > self._endpos:
            return None
        best = None
        for index, phrase in enumerate(self._combined.phrases, 1):
            find = phrase.match if anchored else phrase.search
            start = pos
            m = find(self._string, start, self._endpos)
            while m is not None and self._must_advance and m.end() == pos and m.start() == pos:
                if anchored or start >= self._endpos:
                    m = None
                    break
                start += 1
                m = find(self._string, start, self._endpos)
            if m is not None and (best is None or m.start() < best[0].start()):
                best = (m, index)
                if m.start() == pos:
                    break
        if best is None:
            self._pos = self._endpos + 1
            return None
        m, index = best
        self._must_advance = m.end() == m.start()
        self._pos = m.end()
        return _PhraseMatch(m, index, self._combined, pos, self._endpos)

    def match(self):
        return self._next(True)

    def search(self):
        return self._next(False)


class _Phrases:
    """Stands for the combined pattern: scanner() as Pattern.scanner, match and search too."""

    def __init__(self, phrases, flags):
        self.phrases = [_re.compile(p, flags) for p in phrases]
        self.flags = flags
        self.pattern = "|".join("(%s)" % p for p in phrases)
        self.groups = len(phrases)
        self.groupindex = {}

    def scanner(self, string, pos=0, endpos=_sys.maxsize):
        return _PhraseScanner(self, string, pos, endpos)

    def match(self, string, pos=0, endpos=_sys.maxsize):
        return _PhraseScanner(self, string, pos, endpos).match()

    def search(self, string, pos=0, endpos=_sys.maxsize):
        return _PhraseScanner(self, string, pos, endpos).search()


def init(self, lexicon, flags=0):
    self.lexicon = lexicon
    self.scanner = _Phrases([phrase for phrase, action in lexicon], flags)


def scan(self, string):
    result = []
    append = result.append
    match = self.scanner.scanner(string).match
    i = 0
    while True:
        m = match()
        if not m:
            break
        j = m.end()
        if i == j:
            break
        action = self.lexicon[m.lastindex - 1][1]
        if callable(action):
            self.match = m
            action = action(self, m.group())
        if action is not None:
            append(action)
        i = j
    return result, string[i:]
