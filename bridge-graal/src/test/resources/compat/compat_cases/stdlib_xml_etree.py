"""xml.etree.ElementTree (over pyexpat) on valid, invalid and hostile documents."""

PACKAGE = "stdlib"


def run():
    import io
    import xml.etree.ElementTree as ET

    from ._xml_corpus import HOSTILE, INVALID, VALID, outcome

    def tree(doc):
        root = ET.fromstring(doc)
        return [[e.tag, sorted(e.attrib.items()), e.text, e.tail] for e in root.iter()]

    def pull(doc):
        p = ET.XMLPullParser(["start", "end", "start-ns", "comment", "pi"])
        p.feed(doc[: len(doc) // 2])
        p.feed(doc[len(doc) // 2:])
        p.close()
        return [(ev, x if isinstance(x, tuple) else (x.text if callable(x.tag) else x.tag))
                for ev, x in p.read_events()]

    def iterparse(doc):
        return [(ev, el.tag) for ev, el in ET.iterparse(io.BytesIO(doc.encode()), events=("start", "end"))]

    def tostring(doc):
        return ET.tostring(ET.fromstring(doc), encoding="unicode")

    def bytes_doc(doc):
        return ET.fromstring(doc.encode("utf-16")).text

    out = []
    for doc in VALID:
        out.append([outcome(tree, doc), outcome(pull, doc), outcome(iterparse, doc), outcome(tostring, doc)])
    def count(doc):  # no recursion: ElementTree.iter() recurses, and deep documents are the point
        return sum(1 for _ in ET.iterparse(io.BytesIO(doc.encode())))

    for doc in INVALID:
        out.append(outcome(tree, doc))
    for doc in HOSTILE:
        out.append(outcome(count, doc))
    out.append(outcome(bytes_doc, '<?xml version="1.0" encoding="UTF-16"?><a>\u00e9</a>'))
    out.append(outcome(lambda d: ET.fromstring(d.encode("latin-1")).text,
                       '<?xml version="1.0" encoding="ISO-8859-1"?><a>\u00e9</a>'))
    out.append(ET.canonicalize('<a b="2"  a="1"><c/></a>'))
    return out
