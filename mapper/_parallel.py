"""Two pieces of work at once: one in a forked child process, one in this process.

The gazetteer's first build is the only user: wall time is what a user waits, and a machine has two cores
more often than one. The child is a fork (it shares what is already built, copy on write), sends its
result back pickled through a pipe, and is always waited for (no zombie). Whatever goes wrong in the child
(an exception, a crash, a result that does not arrive) is no error: this process then does that work
itself, so the outcome, and any exception, is the serial one. With one core, or no ``os.fork``, both
pieces run here, one after the other.
"""

from __future__ import annotations

import logging
import os
import pickle
import select
import signal
import time
from collections.abc import Callable
from typing import TypeVar

log = logging.getLogger(__name__)
A = TypeVar("A")
B = TypeVar("B")

#: Set to False to run every piece in this process (a test's switch, and a user's).
enabled: bool = True
#: How long this process waits for the child's result once its own piece is done: ``WAIT_TIMES`` its own
#: piece's time, and ``WAIT_AT_LEAST`` seconds. A child that sends nothing by then (stuck, say, on a lock
#: another thread held at the fork) is killed, and its piece done here.
WAIT_TIMES, WAIT_AT_LEAST = 4.0, 60.0


def cores() -> int:
    """The cores this process may run on."""
    try:
        return len(os.sched_getaffinity(0))
    except (AttributeError, OSError):
        return os.cpu_count() or 1


def can_fork() -> bool:
    """Whether :func:`both` runs its second piece in a child process."""
    return enabled and hasattr(os, "fork") and cores() >= 2


def both(here: Callable[[], A], there: Callable[[], B], fork: bool = True) -> tuple[A, B]:
    """``(here(), there())``, ``there`` run in a forked child meanwhile when ``fork`` and :func:`can_fork`.

    Parameters
    ----------
    here, there : callable
        Work of no side effect that matters to this process (the child's are lost); ``there``'s result
        must pickle.
    fork : bool
        False to run both here (work too small to be worth a process).

    Returns
    -------
    tuple
        Both results, as the serial ``(here(), there())`` gives them.
    """
    if not (fork and can_fork()):
        return here(), there()
    read_end, write_end = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child: never returns into the caller's code
        _child(read_end, write_end, there)
    os.close(write_end)
    done = False
    start = time.perf_counter(), time.process_time()
    try:
        first = here()
        waited = time.perf_counter(), time.process_time()
        result = _received(read_end, max(WAIT_AT_LEAST, WAIT_TIMES * (waited[0] - start[0])))
        done = result is not None
    finally:
        os.close(read_end)
        child = _reap(pid, kill=not done)
    if done:
        end = time.perf_counter(), time.process_time()
        log.debug("in two processes: here %.2f s (%.2f s CPU), then waited and read %.2f s (%.2f s CPU); "
                  "the child's CPU %.2f s", waited[0] - start[0], waited[1] - start[1], end[0] - waited[0],
                  end[1] - waited[1], child)
    return first, (there() if result is None else result[0])


def _child(read_end: int, write_end: int, there: Callable[[], object]) -> None:
    """Run ``there`` and write its result to the pipe; exit without running anything of the parent's
    (atexit handlers, buffered output, a test runner's teardown)."""
    status = 1
    try:
        os.close(read_end)
        value = there()
        with os.fdopen(write_end, "wb") as out:
            pickle.dump((value,), out, protocol=pickle.HIGHEST_PROTOCOL)
        status = 0
    except BaseException:  # noqa: BLE001 - the parent does the work again and meets the error itself
        pass
    finally:
        os._exit(status)


def _received(read_end: int, timeout: float) -> tuple | None:
    """The child's ``(result,)``, or None when it sent none whole, or began sending none in ``timeout`` s."""
    if not select.select([read_end], [], [], timeout)[0]:
        log.warning("the build's second process sent nothing in %.0f s; doing its share here", timeout)
        return None
    with os.fdopen(read_end, "rb", closefd=False) as pipe:
        try:
            got = pickle.load(pipe)
        except Exception as exc:  # noqa: BLE001 - EOF from a failed child, a cut pickle
            log.debug("forked build step sent nothing (%s); doing it here", exc)
            return None
    return got if isinstance(got, tuple) and len(got) == 1 else None


def _reap(pid: int, kill: bool) -> float:
    """Wait for the child (killed first when this process gave up on it); its CPU time."""
    if kill:
        try:
            os.kill(pid, signal.SIGKILL)
        except OSError:
            pass
    while True:
        try:
            usage = os.wait4(pid, 0)[2]
            return usage.ru_utime + usage.ru_stime
        except InterruptedError:
            continue
        except ChildProcessError:
            return 0.0
