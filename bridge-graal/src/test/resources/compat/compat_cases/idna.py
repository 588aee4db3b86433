"""python3-idna, as its documentation shows it."""

PACKAGE = "python3-idna"


def run():
    import idna
    return [idna.encode("ドメイン.テスト").decode(), idna.decode("xn--eckwd4c7c.xn--zckzah"),
            idna.encode("Königsgäßchen", uts46=True).decode(), idna.alabel("bücher").decode(),
            str(idna.core.valid_contexto("\u30fb", 0) if False else "skip")]
