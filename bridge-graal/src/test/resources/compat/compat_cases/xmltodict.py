"""python3-xmltodict, as its documentation shows it."""

PACKAGE = "python3-xmltodict"


def run():
    import xmltodict
    d = xmltodict.parse("<r a='1'><x>t</x><x>u</x><y xmlns='urn:y'>v</y></r>", process_namespaces=True)
    return [d, xmltodict.unparse({"r": {"@a": "1", "x": ["t", "<u>"]}}, pretty=True)]
