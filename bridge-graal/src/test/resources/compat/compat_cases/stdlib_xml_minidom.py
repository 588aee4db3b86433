"""xml.dom.minidom (over pyexpat's expatbuilder) on valid, invalid and hostile documents."""

PACKAGE = "stdlib"


def run():
    import xml.dom.minidom as md

    from ._xml_corpus import HOSTILE, INVALID, VALID, outcome

    def dom(doc):
        d = md.parseString(doc)
        dt = d.doctype
        info = None if dt is None else [dt.name, dt.publicId, dt.systemId, sorted(dt.entities.item(i).nodeName for i in range(dt.entities.length))]
        return [d.toxml(), info, d.documentElement.tagName]

    out = [outcome(dom, doc) for doc in VALID]
    out += [outcome(dom, doc) if len(doc) < 5000 else str(outcome(dom, doc))[:60] for doc in INVALID + HOSTILE]
    out.append(md.parseString("<a><b>t</b><c x='1'/></a>").toprettyxml(indent="  "))
    return out
