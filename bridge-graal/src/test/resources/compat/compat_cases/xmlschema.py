"""python3-xmlschema, as its documentation shows it."""

PACKAGE = "python3-xmlschema"


def run():
    import xmlschema
    xsd = """<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema">
    <xs:element name="note"><xs:complexType><xs:sequence>
    <xs:element name="to" type="xs:string"/><xs:element name="n" type="xs:integer"/>
    </xs:sequence></xs:complexType></xs:element></xs:schema>"""
    schema = xmlschema.XMLSchema(xsd)
    return [schema.is_valid("<note><to>T</to><n>3</n></note>"), schema.is_valid("<note><to>T</to><n>x</n></note>"),
            schema.to_dict("<note><to>T</to><n>3</n></note>")]
