"""python3-cryptography, as its documentation shows it."""

PACKAGE = "python3-cryptography"


def run():
    from cryptography.hazmat.primitives import hashes
    h = hashes.Hash(hashes.SHA256())
    h.update(b"x")
    return [h.finalize().hex()]
