"""zlib, gzip, lzma and zipfile (GraalPy's Java back-ends) round trips."""

PACKAGE = "stdlib"


def run():
    import gzip
    import io
    import lzma
    import zipfile
    import zlib

    data = b"Polybridge " * 100
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("a.txt", data)
    with zipfile.ZipFile(io.BytesIO(buf.getvalue())) as z:
        unzipped = z.read("a.txt") == data
    return [zlib.decompress(zlib.compress(data)) == data, zlib.crc32(data), zlib.adler32(data),
            gzip.decompress(gzip.compress(data)) == data, lzma.decompress(lzma.compress(data)) == data,
            lzma.decompress(lzma.compress(data, format=lzma.FORMAT_ALONE)) == data, unzipped]
