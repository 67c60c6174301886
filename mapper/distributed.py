"""Run the pipeline's chunks on Dask, for corpora that outgrow one process or machine.

Chunks of reports are streamed from the reader and submitted as tasks, a bounded
number at a time, so the client never holds the whole corpus; results come back
in order and are combined exactly as the local engine combines them, so both
engines give identical results. With an active ``dask.distributed`` client
(``Client(LocalCluster(...))`` or a real cluster) the tasks run there; without
one, on Dask's local process pool.
"""

from __future__ import annotations

import logging
from collections import deque
from collections.abc import Iterable, Iterator

from .exceptions import MapperError
from .reports import Report

log = logging.getLogger(__name__)

#: Chunks in flight at once, per worker.
IN_FLIGHT_PER_WORKER = 2


def _process_chunk(pipeline, chunk: list[Report]):
    return pipeline.process(chunk)


def process_with_dask(pipeline, chunks: Iterable[list[Report]]) -> Iterator:
    """Yield :class:`mapper.pipeline.ChunkResult` objects, in order, computed on Dask."""
    try:
        import dask
    except ImportError:
        raise MapperError("the dask engine needs dask: pip install 'mapper[dask]'") from None
    try:
        from distributed import default_client

        client = default_client()
    except (ImportError, ValueError):
        client = None
    if client is not None:
        workers = max(1, len(client.scheduler_info().get("workers", {})))
        log.info("dask: %d workers at %s", workers, client.scheduler.address)
        remote = client.scatter(pipeline, broadcast=True)
        window: deque = deque()
        for chunk in chunks:
            window.append(client.submit(_process_chunk, remote, chunk, pure=False))
            while len(window) >= workers * IN_FLIGHT_PER_WORKER:
                yield window.popleft().result()
        while window:
            yield window.popleft().result()
        return
    log.info("dask: no distributed client; using the local process pool")
    batch: list = []
    size = dask.config.get("num_workers", None) or 2
    for chunk in chunks:
        batch.append(dask.delayed(_process_chunk)(pipeline, chunk))
        if len(batch) >= size * IN_FLIGHT_PER_WORKER:
            yield from dask.compute(*batch, scheduler="processes")
            batch = []
    if batch:
        yield from dask.compute(*batch, scheduler="processes")
