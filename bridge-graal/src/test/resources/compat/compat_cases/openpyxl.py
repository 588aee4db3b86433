"""python3-openpyxl, as its documentation shows it."""

PACKAGE = "python3-openpyxl"


def run():
    import io
    from openpyxl import Workbook, load_workbook
    wb = Workbook()
    ws = wb.active
    ws.title = "Data"
    ws.append(["name", "n"])
    ws.append(["a", 1])
    ws.append(["ü", 2.5])
    ws["C2"] = "=B2*2"
    buf = io.BytesIO()
    wb.save(buf)
    back = load_workbook(io.BytesIO(buf.getvalue()))
    return [back.sheetnames, [[c.value for c in row] for row in back["Data"].iter_rows()]]
