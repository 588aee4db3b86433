"""python3-feedparser, as its documentation shows it."""

PACKAGE = "python3-feedparser"


def run():
    import feedparser
    rss = """<?xml version="1.0"?><rss version="2.0"><channel><title>News &amp; more</title><link>https://example.org/</link>
    <item><title>First</title><link>https://example.org/1</link><pubDate>Tue, 10 Jun 2003 04:00:00 GMT</pubDate>
    <description>&lt;b&gt;Bold&lt;/b&gt; text</description></item></channel></rss>"""
    atom = """<feed xmlns="http://www.w3.org/2005/Atom"><title>A</title><entry><title>E</title><id>urn:1</id>
    <updated>2003-12-13T18:30:02Z</updated><link href="http://example.org/e"/></entry></feed>"""
    f, g = feedparser.parse(rss), feedparser.parse(atom)
    return [f.bozo, f.feed.title, [(e.title, e.link, e.published, e.summary) for e in f.entries], f.version,
            g.version, [(e.title, e.id, e.updated, e.link) for e in g.entries]]
