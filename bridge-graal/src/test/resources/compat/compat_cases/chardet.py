"""python3-chardet, as its documentation shows it."""

PACKAGE = "python3-chardet"


def run():
    import chardet
    return [chardet.detect("Grüße aus Köln, schöne Straße".encode("utf-8"))["encoding"],
            chardet.detect(b"plain ascii text")["encoding"],
            chardet.detect("Привет, как дела? Это тест кириллицы.".encode("koi8-r"))]
