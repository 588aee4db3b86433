"""pyexpat's own API: every handler, buffer_text, ordered and specified attributes, namespaces,
declarations, errors and their attributes."""

PACKAGE = "stdlib"

DOC = ('<?xml version="1.0" encoding="utf-8"?>\n'
       '<!DOCTYPE r [\n<!ELEMENT r (a|b)*>\n<!ELEMENT a EMPTY>\n<!ELEMENT b (#PCDATA)>\n'
       '<!ATTLIST a k CDATA #REQUIRED d CDATA "dv" f CDATA #FIXED "fv">\n'
       '<!ENTITY ent "ent value">\n<!ENTITY ext SYSTEM "ext.xml">\n'
       '<!NOTATION png SYSTEM "image/png">\n<!ENTITY pic SYSTEM "p.png" NDATA png>\n]>\n'
       '<r xmlns:n="urn:n">\n<a k="1"/><b>x &ent; y\nz<![CDATA[c\nd]]></b><!--com--><?t d?>'
       '<n:e n:q="v"/></r>')


def run():
    import pyexpat

    def record(separator, buffer_text=False, ordered=False, specified=False):
        events = []
        p = pyexpat.ParserCreate(namespace_separator=separator)
        p.buffer_text = buffer_text
        p.ordered_attributes = ordered
        p.specified_attributes = specified
        for name in ("StartElementHandler", "EndElementHandler", "CharacterDataHandler",
                     "ProcessingInstructionHandler", "CommentHandler", "StartCdataSectionHandler",
                     "EndCdataSectionHandler", "StartNamespaceDeclHandler", "EndNamespaceDeclHandler",
                     "XmlDeclHandler", "StartDoctypeDeclHandler", "EndDoctypeDeclHandler",
                     "EntityDeclHandler", "NotationDeclHandler", "ElementDeclHandler",
                     "AttlistDeclHandler"):
            setattr(p, name, lambda *args, _n=name: events.append([_n] + list(args)))
        p.Parse(DOC, True)
        return events

    errors = []
    for doc in ("<a></b>", "<a>", "<a/><b/>", "<a>&x;</a>"):
        p = pyexpat.ParserCreate()
        try:
            p.Parse(doc, True)
        except pyexpat.ExpatError as e:
            errors.append([str(e), e.code, e.lineno, e.offset, pyexpat.ErrorString(e.code),
                           pyexpat.errors.messages[e.code], p.ErrorCode, p.ErrorLineNumber])
    p = pyexpat.ParserCreate()
    p.Parse("<a/>", True)
    try:
        p.Parse("<b/>", True)
    except pyexpat.ExpatError as e:
        errors.append(str(e))
    return [record(None), record(" ", buffer_text=True), record("}", ordered=True, specified=True),
            errors, pyexpat.errors.XML_ERROR_TAG_MISMATCH, pyexpat.model.XML_CTYPE_MIXED,
            pyexpat.EXPAT_VERSION.startswith("expat_"), type(pyexpat.ParserCreate()).__name__]
