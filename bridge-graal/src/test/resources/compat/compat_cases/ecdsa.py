"""python3-ecdsa, as its documentation shows it."""

PACKAGE = "python3-ecdsa"


def run():
    import hashlib
    from ecdsa import NIST256p, SigningKey
    sk = SigningKey.from_secret_exponent(123456789, curve=NIST256p, hashfunc=hashlib.sha256)
    sig = sk.sign_deterministic(b"message")
    vk = sk.get_verifying_key()
    return [sig.hex(), vk.verify(sig, b"message"), vk.to_string("compressed").hex()]
