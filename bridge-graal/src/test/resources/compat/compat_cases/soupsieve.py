"""python3-soupsieve, as its documentation shows it."""

PACKAGE = "python3-soupsieve"


def run():
    import soupsieve as sv
    from bs4 import BeautifulSoup
    soup = BeautifulSoup("<div><p>a</p><p class='k'>b</p><span>c</span></div>", "html.parser")
    return [[t.text for t in sv.select("div > p:not(.k), span", soup)], sv.match("p.k", soup.find(class_="k"))]
