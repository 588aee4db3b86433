"""python3-certifi, as its documentation shows it."""

PACKAGE = "python3-certifi"


def run():
    import certifi
    return [certifi.where().endswith(".crt") or certifi.where().endswith(".pem")]
