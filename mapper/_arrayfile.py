"""A file of named numpy arrays that opens in a millisecond: a JSON header, then the arrays'
bytes, memory-mapped on reading (the page cache shares them between processes).

Layout: ``MAGIC``, the header's length (8 bytes, little-endian), the header (JSON: the arrays'
dtypes, shapes and offsets, a ``meta`` object, and the file's total size), then each array at an
offset aligned to 64 bytes. Written to a temporary file in the same folder and renamed into place,
so a reader sees a whole file or none, and builders running at once never mix their bytes.
"""

from __future__ import annotations

import json
import logging
import mmap
import os
import tempfile
from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import Path
from typing import TypeVar

import numpy as np

from . import settings
from ._cachefile import cache_file, stamp, write_json  # noqa: F401 - kept importable from here
from .exceptions import ArrayFileError

log = logging.getLogger(__name__)
T = TypeVar("T")

MAGIC = b"MAPPERA\x01"
_ALIGN = 64


class StringColumn(Sequence):
    """Strings kept as their UTF-8 bytes end to end, with the offset of each: a column of a
    million names that loads (memory-mapped) in no time and costs no Python object until read.

    Parameters
    ----------
    blob : numpy.ndarray
        ``uint8``: the strings' bytes.
    offsets : numpy.ndarray
        ``int64``, one more than the strings: string ``i`` is ``blob[offsets[i]:offsets[i + 1]]``.
    """

    __slots__ = ("blob", "offsets", "_bytes", "_off")

    def __init__(self, blob: np.ndarray, offsets: np.ndarray) -> None:
        if len(offsets) < 1 or offsets[0] != 0 or offsets[-1] != len(blob) or (np.diff(offsets) < 0).any():
            raise ValueError("string column offsets out of order")
        self.blob, self.offsets = blob, offsets
        self._bytes, self._off = memoryview(blob), memoryview(offsets)

    @classmethod
    def build(cls, strings: Iterable[str]) -> "StringColumn":
        """A column of ``strings``."""
        return cls.of_encoded(list(map(str.encode, strings)))  # UTF-8

    @classmethod
    def of_encoded(cls, encoded: list[bytes]) -> "StringColumn":
        """A column of strings given UTF-8 encoded."""
        offsets = np.zeros(len(encoded) + 1, dtype=np.int64)
        np.cumsum(np.fromiter(map(len, encoded), dtype=np.int64, count=len(encoded)), out=offsets[1:])
        return cls(np.frombuffer(b"".join(encoded), dtype=np.uint8), offsets)

    def __len__(self) -> int:
        """Return the number of strings."""
        return len(self._off) - 1

    def __getitem__(self, i):
        """String ``i`` (a list of them for a slice)."""
        if isinstance(i, slice):
            return [self[j] for j in range(*i.indices(len(self)))]
        if i < 0:
            i += len(self)
        if not 0 <= i < len(self):
            raise IndexError("string column index out of range")
        return str(self._bytes[self._off[i]:self._off[i + 1]], "utf-8")

    def raw(self, i: int) -> memoryview:
        """The UTF-8 bytes of string ``i`` (no bounds check)."""
        return self._bytes[self._off[i]:self._off[i + 1]]

    def __iter__(self) -> Iterator[str]:
        """The strings in order."""
        data, off = self._bytes, self._off
        return (str(data[off[i]:off[i + 1]], "utf-8") for i in range(len(self)))

    def __reduce__(self):
        """Pickle the arrays (copied out of the mapped file)."""
        return StringColumn, (np.array(self.blob), np.array(self.offsets))


def _aligned(n: int) -> int:
    return -(-n // _ALIGN) * _ALIGN


def _layout(arrays: dict[str, np.ndarray], meta: dict) -> tuple[bytes, list[tuple[int, np.ndarray]], int]:
    """The header bytes, ``(offset, array)`` of each array (the first after the header), and the size."""
    specs = {name: [arr.dtype.str, list(arr.shape), 0, int(arr.nbytes)] for name, arr in arrays.items()}
    start = 0
    while True:  # offsets depend on the header's length, which depends (a little) on them
        pos, placed = start, []
        for name, arr in arrays.items():
            specs[name][2] = pos
            placed.append((pos, arr))
            pos = _aligned(pos + arr.nbytes)
        header = json.dumps({"meta": meta, "arrays": specs, "size": max(pos, start)}, sort_keys=True).encode()
        need = _aligned(len(MAGIC) + 8 + len(header))
        if need <= start:
            return header, placed, max(pos, start)
        start = need


def write(path: Path, arrays: dict[str, np.ndarray], meta: dict) -> None:
    """Write ``arrays`` (contiguous, little-endian or byte-sized) and ``meta`` to ``path`` atomically.

    Parameters
    ----------
    path : Path
        The file; its folder must exist.
    arrays : dict
        Name to numpy array.
    meta : dict
        JSON-serialisable data kept in the header.
    """
    header, placed, size = _layout({k: np.ascontiguousarray(v) for k, v in arrays.items()}, meta)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(MAGIC + len(header).to_bytes(8, "little") + header)
            for offset, arr in placed:
                fh.write(b"\0" * (offset - fh.tell()))
                fh.write(arr.tobytes())
            fh.write(b"\0" * (size - fh.tell()))
            fh.flush()
            os.fsync(fh.fileno())
        os.chmod(tmp, 0o644)  # as a file written the usual way (mkstemp makes it private)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def read(path: Path) -> tuple[dict, dict[str, np.ndarray]]:
    """``(meta, arrays)`` of an array file, the arrays read-only views of the mapped file.

    Raises
    ------
    ArrayFileError
        The file is not a whole array file of this format.
    OSError
        The file cannot be opened.
    """
    with open(path, "rb") as fh:
        size = os.fstat(fh.fileno()).st_size
        if size < len(MAGIC) + 8:
            raise ArrayFileError(f"{path}: truncated")
        mapped = mmap.mmap(fh.fileno(), 0, access=mmap.ACCESS_READ)
    if mapped[:len(MAGIC)] != MAGIC:
        raise ArrayFileError(f"{path}: not a mapper array file")
    length = int.from_bytes(mapped[len(MAGIC):len(MAGIC) + 8], "little")
    try:
        head = json.loads(mapped[len(MAGIC) + 8:len(MAGIC) + 8 + length])
        if head["size"] != size:
            raise ArrayFileError(f"{path}: {size} bytes, header says {head['size']} (truncated?)")
        arrays = {name: _view(mapped, spec, size) for name, spec in head["arrays"].items()}
        return head["meta"], arrays
    except (ValueError, KeyError, TypeError, IndexError) as exc:
        raise ArrayFileError(f"{path}: damaged header ({exc})") from None


def _view(mapped: mmap.mmap, spec: list, size: int) -> np.ndarray:
    """The array a header entry ``[dtype, shape, offset, nbytes]`` describes, checked against the file."""
    dtype, shape, offset, nbytes = np.dtype(spec[0]), tuple(int(n) for n in spec[1]), int(spec[2]), int(spec[3])
    count = int(np.prod(shape)) if shape else 1
    if dtype.hasobject or count * dtype.itemsize != nbytes or offset < 0 or offset + nbytes > size:
        raise ArrayFileError(f"array out of bounds or of a bad type ({spec})")
    return np.frombuffer(mapped, dtype=dtype, count=count, offset=offset).reshape(shape)


def cached(kind: str, parts: Iterable[bytes | str], compute: Callable[[], tuple[dict[str, np.ndarray], dict]],
           decode: Callable[[dict, dict[str, np.ndarray]], T]) -> T:
    """``decode(meta, arrays)`` of what ``compute()`` gives, kept in the cache folder
    (``settings.cache_folder``) under a digest of ``kind`` and ``parts`` (everything the result depends
    on) and read from there next time. The value is decoded from the arrays either way, so that it is
    the same whether it was cached or not.

    Parameters
    ----------
    kind : str
        What is cached (the start of the file's name).
    parts : iterable of bytes or str
        The inputs the result depends on, hashed.
    compute : callable
        Gives ``(arrays, meta)`` when the cache has no readable file.
    decode : callable
        The value of ``(meta, arrays)``.

    Returns
    -------
    object
        What ``decode`` gives.
    """
    if not settings.use_cache:
        arrays, meta = compute()
        return decode(meta, arrays)
    path = cache_file(kind, parts)
    if path.is_file():
        try:
            return decode(*read(path))
        except Exception as exc:  # noqa: BLE001 - whatever a damaged file holds, the value is computed again
            log.warning("cache file %s unreadable (%s); computing it again", path, exc)
    arrays, meta = compute()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        write(path, arrays, meta)
    except OSError as exc:
        log.warning("cannot cache %s in %s: %s", kind, path.parent, exc)
    return decode(meta, arrays)


def wkb_arrays(geoms) -> dict[str, np.ndarray]:
    """Geometries (shapely, None allowed) as their WKB end to end and offsets (``wkb``, ``wkb.offsets``)."""
    import shapely

    wkb = [b"" if g is None else g for g in shapely.to_wkb(np.asarray(geoms, dtype=object))]
    offsets = np.zeros(len(wkb) + 1, dtype=np.int64)
    np.cumsum([len(w) for w in wkb], out=offsets[1:])
    return {"wkb": np.frombuffer(b"".join(wkb), dtype=np.uint8), "wkb.offsets": offsets}


def wkb_geometries(arrays: dict[str, np.ndarray]) -> np.ndarray:
    """The geometries :func:`wkb_arrays` stored (an array of shapely geometries)."""
    import shapely

    blob, offsets = arrays["wkb"].tobytes(), arrays["wkb.offsets"].tolist()
    if not offsets or offsets[-1] != len(blob) or any(b < a for a, b in zip(offsets, offsets[1:])):
        raise ArrayFileError("geometry offsets out of order")
    return shapely.from_wkb([blob[a:b] or None for a, b in zip(offsets, offsets[1:])])
