"""A dictionary that keeps its most recently used entries in memory and the rest in SQLite.

Used for the dated incidents that may still merge with a later report, so that a
streaming run's memory stays bounded however many days and regions a corpus covers.
"""

from __future__ import annotations

import heapq
import pickle
import sqlite3
import tempfile
from collections import OrderedDict
from collections.abc import Callable, Iterator
from pathlib import Path


class SpillDict:
    """``key -> value`` with at most ``capacity`` values in memory; older ones go to disk.

    Parameters
    ----------
    capacity : int or None
        Values kept in memory; ``None`` keeps all (nothing goes to disk).
    folder : str or Path, optional
        Where the SQLite file is made (a temporary file, removed on :meth:`close`).
    order : callable
        Sort key of the values, for :meth:`values_sorted` (an int).
    """

    def __init__(self, capacity: int | None, order: Callable[[object], int], folder: str | Path | None = None) -> None:
        self.capacity = capacity
        self.order = order
        self._mem: OrderedDict = OrderedDict()
        self._folder = folder
        self._db: sqlite3.Connection | None = None
        self._tmp = None
        self.spilled = 0

    def _conn(self) -> sqlite3.Connection:
        if self._db is None:
            self._tmp = tempfile.NamedTemporaryFile(suffix=".sqlite", dir=self._folder, delete=False)
            self._tmp.close()
            self._db = sqlite3.connect(self._tmp.name)
            self._db.execute("CREATE TABLE spill (key BLOB PRIMARY KEY, ord INTEGER, value BLOB)")
            self._db.execute("CREATE INDEX spill_ord ON spill (ord)")
        return self._db

    def get(self, key):
        """The value of ``key`` (brought back to memory), or None."""
        if key in self._mem:
            self._mem.move_to_end(key)
            return self._mem[key]
        if self._db is None:
            return None
        k = pickle.dumps(key)
        row = self._db.execute("SELECT value FROM spill WHERE key = ?", (k,)).fetchone()
        if row is None:
            return None
        self._db.execute("DELETE FROM spill WHERE key = ?", (k,))
        value = pickle.loads(row[0])
        self.put(key, value)
        return value

    def put(self, key, value) -> None:
        """Set ``key``; past capacity, the least recently used half goes to disk."""
        self._mem[key] = value
        self._mem.move_to_end(key)
        if self.capacity is not None and len(self._mem) > self.capacity:
            rows = []
            for _ in range(max(1, len(self._mem) // 2)):
                k, v = self._mem.popitem(last=False)
                rows.append((pickle.dumps(k), self.order(v), pickle.dumps(v, protocol=pickle.HIGHEST_PROTOCOL)))
            self._conn().executemany("INSERT OR REPLACE INTO spill VALUES (?, ?, ?)", rows)
            self.spilled += len(rows)

    def values_sorted(self) -> Iterator:
        """Every value, in ``order``, from memory and disk."""
        in_memory = sorted(self._mem.values(), key=self.order)
        if self._db is None:
            return iter(in_memory)
        on_disk = (pickle.loads(v) for (v,) in self._db.execute("SELECT value FROM spill ORDER BY ord"))
        return heapq.merge(in_memory, on_disk, key=self.order)

    def close(self) -> None:
        """Remove the disk file, if any."""
        if self._db is not None:
            self._db.close()
            self._db = None
            Path(self._tmp.name).unlink(missing_ok=True)
