"""python3-html5lib, as its documentation shows it."""

PACKAGE = "python3-html5lib"


def run():
    import html5lib
    import xml.etree.ElementTree as ET
    doc = html5lib.parse("<p>unclosed <b>bold<p>next", namespaceHTMLElements=False)
    frag = html5lib.parseFragment("<td>cell", container="tr", namespaceHTMLElements=False)
    return [ET.tostring(doc, encoding="unicode"), ET.tostring(frag, encoding="unicode")]
