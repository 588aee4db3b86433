"""python3-elementpath, as its documentation shows it."""

PACKAGE = "python3-elementpath"


def run():
    import xml.etree.ElementTree as ET
    import elementpath
    root = ET.fromstring("<a><b x='1'>t</b><b x='2'/><c/></a>")
    return [elementpath.select(root, "//b/@x"), elementpath.select(root, "count(//b)"),
            [e.tag for e in elementpath.select(root, "/a/*[position() > 1]")], elementpath.select(root, "string(/a/b[1])")]
