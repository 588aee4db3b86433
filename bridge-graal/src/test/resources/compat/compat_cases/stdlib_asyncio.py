"""asyncio as its documentation shows it: run, gather, sleep, tasks, timeouts, queues, async for."""

PACKAGE = "stdlib"


def run():
    import asyncio

    async def worker(name, queue, results):
        while True:
            item = await queue.get()
            await asyncio.sleep(0.001 * item)
            results.append((name, item))
            queue.task_done()

    async def ticker(n):
        for i in range(n):
            await asyncio.sleep(0)
            yield i

    async def main():
        queue = asyncio.Queue()
        results = []
        for i in (3, 1, 2):
            queue.put_nowait(i)
        tasks = [asyncio.create_task(worker("w%d" % n, queue, results)) for n in range(2)]
        await queue.join()
        for t in tasks:
            t.cancel()
        gathered = await asyncio.gather(*tasks, return_exceptions=True)
        try:
            await asyncio.wait_for(asyncio.sleep(5), 0.01)
            timed_out = False
        except asyncio.TimeoutError:
            timed_out = True
        ticks = [i async for i in ticker(3)]
        done = await asyncio.gather(asyncio.sleep(0.02, "slow"), asyncio.sleep(0.01, "fast"))
        event = asyncio.Event()
        asyncio.get_running_loop().call_later(0.01, event.set)
        await event.wait()
        return [sorted(item for _, item in results), [type(g).__name__ for g in gathered], timed_out,
                ticks, done, event.is_set()]

    return asyncio.run(main())
