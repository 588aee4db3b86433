"""python3-bs4, as its documentation shows it."""

PACKAGE = "python3-bs4"


def run():
    from bs4 import BeautifulSoup
    html = "<html><head><title>T</title></head><body><p class='x'>One <b>bold</b></p><p id='y'>Two</p><a href='/a'>A</a></body></html>"
    soup = BeautifulSoup(html, "html.parser")
    return [soup.title.string, [p.get_text() for p in soup.find_all("p")], soup.find(id="y").text,
            [a["href"] for a in soup.select("a[href]")], soup.p.b.name, str(soup.select_one("p.x"))]
