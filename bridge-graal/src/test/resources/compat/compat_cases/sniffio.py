"""python3-sniffio, as its documentation shows it."""

PACKAGE = "python3-sniffio"


def run():
    import asyncio
    import sniffio
    async def main():
        return sniffio.current_async_library()
    try:
        sniffio.current_async_library()
        outside = None
    except sniffio.AsyncLibraryNotFoundError as e:
        outside = type(e).__name__
    return [asyncio.run(main()), outside]
