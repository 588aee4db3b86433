"""python3-pyasn1, as its documentation shows it."""

PACKAGE = "python3-pyasn1"


def run():
    from pyasn1.codec.der import decoder, encoder
    from pyasn1.type import namedtype, univ
    class Record(univ.Sequence):
        componentType = namedtype.NamedTypes(namedtype.NamedType("id", univ.Integer()),
                                             namedtype.NamedType("name", univ.OctetString()))
    r = Record()
    r["id"] = 12345
    r["name"] = b"abc"
    der = encoder.encode(r)
    back, rest = decoder.decode(der, asn1Spec=Record())
    return [der.hex(), int(back["id"]), bytes(back["name"]).decode(), rest == b""]
