"""python3-rsa, as its documentation shows it."""

PACKAGE = "python3-rsa"


def run():
    import rsa
    from . import _rsa_key
    key = rsa.PrivateKey(*_rsa_key.NUMBERS)
    pub = rsa.PublicKey(key.n, key.e)
    sig = rsa.sign(b"hello", key, "SHA-256")
    return [sig.hex(), rsa.verify(b"hello", sig, pub), rsa.decrypt(rsa.encrypt(b"secret", pub), key).decode(),
            pub.save_pkcs1().decode()]
