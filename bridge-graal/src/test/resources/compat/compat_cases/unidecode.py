"""python3-unidecode, as its documentation shows it."""

PACKAGE = "python3-unidecode"


def run():
    from unidecode import unidecode
    return [unidecode("Příliš žluťoučký kůň úpěl ďábelské ódy"), unidecode("北京 Ελλάδα Москва ÄÖÜß")]
