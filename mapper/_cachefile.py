"""Files of the cache folder (``settings.cache_folder``): their names, digests of what they keep, and JSON
written whole or not at all. Light on purpose (no numpy): the rules' cache uses it before anything heavy is
imported; :mod:`mapper._arrayfile` keeps arrays on top of it.
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
from collections.abc import Iterable
from pathlib import Path

from . import settings


def stamp(path: str | Path | None) -> tuple:
    """What tells an edited or replaced file, for cache keys.

    Parameters
    ----------
    path : str, Path or None
        The file (a user's gazetteer or boundaries), or None.

    Returns
    -------
    tuple
        ``(path, size, modification time, inode, change time)``, times in ns: an edit that keeps the size and
        sets the modification time back still changes the change time; ``(path,)`` for a file that cannot be
        read, ``()`` for none.
    """
    if path is None:
        return ()
    try:
        st = os.stat(path)
    except OSError:
        return (str(path),)
    return str(path), st.st_size, st.st_mtime_ns, st.st_ino, st.st_ctime_ns


def cache_file(kind: str, parts: Iterable[bytes | str], suffix: str = ".idx") -> Path:
    """The file of the cache folder (``settings.cache_folder``) that keeps a ``kind`` of value for ``parts``.

    Parameters
    ----------
    kind : str
        What is kept (the start of the file's name).
    parts : iterable of bytes or str
        Everything the value depends on, hashed with each part's length, so that no two lists of parts
        join into the same bytes.
    suffix : str
        The file's ending.

    Returns
    -------
    Path
        ``{cache folder}/{kind}-{digest}{suffix}``, the digest's first 20 hex digits.
    """
    digest = hashlib.sha1(kind.encode())
    for part in parts:
        data = part.encode() if isinstance(part, str) else part
        digest.update(len(data).to_bytes(8, "little") + data)
    return Path(settings.cache_folder) / f"{kind}-{digest.hexdigest()[:20]}{suffix}"


def write_json(path: Path, value) -> None:
    """Store ``value`` as JSON in ``path`` (a cache file): written to a temporary file beside it, readable by all,
    then renamed, so that a reader never meets half a file; the temporary file goes on any failure.

    Raises
    ------
    OSError
        The folder cannot be created or written.
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            json.dump(value, fh, ensure_ascii=False)
        os.chmod(tmp, 0o644)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
