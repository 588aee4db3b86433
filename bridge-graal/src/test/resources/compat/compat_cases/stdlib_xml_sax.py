"""xml.sax with a ContentHandler, namespaces on and off, errors with their positions."""

PACKAGE = "stdlib"


def run():
    import xml.sax
    from xml.sax.handler import feature_namespaces

    from ._xml_corpus import HOSTILE, INVALID, VALID, outcome

    class Recorder(xml.sax.ContentHandler):
        def __init__(self):
            super().__init__()
            self.events = []

        def startElement(self, name, attrs):
            self.events.append(("start", name, sorted(attrs.items())))

        def endElement(self, name):
            self.events.append(("end", name))

        def startElementNS(self, name, qname, attrs):
            self.events.append(("startNS", name, qname, sorted(attrs.items())))

        def endElementNS(self, name, qname):
            self.events.append(("endNS", name, qname))

        def startPrefixMapping(self, prefix, uri):
            self.events.append(("prefix", prefix, uri))

        def characters(self, content):
            self.events.append(("chars", content))

        def processingInstruction(self, target, data):
            self.events.append(("pi", target, data))

    def parse(doc, namespaces=False):
        h = Recorder()
        p = xml.sax.make_parser()
        p.setFeature(feature_namespaces, namespaces)
        p.setContentHandler(h)
        import io
        p.parse(io.BytesIO(doc.encode()))
        return h.events

    out = []
    for doc in VALID:
        out.append([outcome(parse, doc), outcome(lambda d: parse(d, True), doc)])
    for doc in INVALID + HOSTILE:
        out.append(outcome(parse, doc) if len(doc) < 5000 else str(outcome(parse, doc))[:60])
    return out
