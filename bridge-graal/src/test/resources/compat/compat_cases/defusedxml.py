"""python3-defusedxml, as its documentation shows it."""

PACKAGE = "python3-defusedxml"


def run():
    import defusedxml
    import defusedxml.ElementTree as DET
    import defusedxml.minidom
    ok = DET.fromstring("<a><b x='1'/></a>")
    try:
        DET.fromstring('<!DOCTYPE x [<!ENTITY a "aaaa"><!ENTITY b "&a;&a;">]><x>&b;</x>')
        bomb = None
    except defusedxml.EntitiesForbidden as e:
        bomb = str(e)
    try:
        DET.fromstring('<!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]><x>&e;</x>')
        ext = None
    except defusedxml.DefusedXmlException as e:
        ext = type(e).__name__
    return [ok.find("b").get("x"), bomb, ext, defusedxml.minidom.parseString("<a>t</a>").documentElement.tagName]
