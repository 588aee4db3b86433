"""XML documents for the stdlib XML cases: valid, invalid and hostile."""

VALID = [
    '<a x="1"><b y="2">hi</b>tail<c/></a>',
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><root><!-- c --><?pi data?><x/></root>',
    '<r xmlns="urn:a" xmlns:p="urn:p"><p:x p:k="v" k2="w"><y xmlns=""/></p:x></r>',
    '<a>line one\nline two &amp; &lt;three&gt; &#65;&#x42;</a>',
    '<a><![CDATA[<not markup> & stuff\nmore]]></a>',
    '<!DOCTYPE a [<!ENTITY e "hello"><!ELEMENT a (#PCDATA|b)*><!ATTLIST a k CDATA "dflt">]><a>&e; world</a>',
    '<!DOCTYPE note SYSTEM "note.dtd"><note><to>T</to></note>',
    '<a>\u00e9\u4e2d\U0001f600</a>',
    '  <a/>  ',
    '<a b="x&#10;y" c=\'q"uote\'/>',
]

INVALID = [
    "<a></b>", "<a>", "", "<a/><b/>", "<a>&foo;</a>", '<a x="1" x="2"/>', "<a><</a>", "hello",
    "<p:a/>", "<a>&#0;</a>", "<a b=c/>", "<a><!-- -- --></a>", "<?xml version='1.0'?><?xml version='1.0'?><a/>",
    "<a>]]></a>", "<a\n  b='1'>\n<c>\n</a>", "<a><![CDATA[x</a>",
]

_LOL = ('<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
        + "".join('<!ENTITY lol%d "%s">' % (i, ("&lol%d;" % (i - 1) if i > 1 else "&lol;") * 10)
                  for i in range(1, 10))
        + "]><lolz>&lol9;</lolz>")

HOSTILE = [
    _LOL,
    '<!DOCTYPE a [<!ENTITY x SYSTEM "file:///etc/passwd">]><a>&x;</a>',
    '<!DOCTYPE a SYSTEM "file:///etc/passwd"><a>&foo;</a>',
    '<!DOCTYPE a [<!ENTITY % p SYSTEM "http://127.0.0.1:9/x.dtd"> %p;]><a/>',
    "<a>" * 20000 + "</a>" * 20000,
    '<!DOCTYPE a [<!ENTITY a "&b;"><!ENTITY b "&a;">]><a>&a;</a>',
]


def outcome(f, doc):
    try:
        return f(doc)
    except Exception as e:  # the error is the answer
        return "%s: %s" % (type(e).__name__, e)
