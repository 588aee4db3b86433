"""python3-anyio, as its documentation shows it."""

PACKAGE = "python3-anyio"


def run():
    import anyio
    async def child(results, n):
        await anyio.sleep(0.01 * n)
        results.append(n)
    async def main():
        results = []
        async with anyio.create_task_group() as tg:
            for n in (3, 1, 2):
                tg.start_soon(child, results, n)
        with anyio.move_on_after(0.01) as scope:
            await anyio.sleep(1)
        return sorted(results), scope.cancel_called
    return list(anyio.run(main))
