"""Every error mapper raises on purpose, in one place.

The CLI turns each of these into a one-line message and a non-zero exit status.
"""

from __future__ import annotations


class MapperError(Exception):
    """Base class of every error raised on purpose by mapper."""


class InputError(MapperError):
    """A report file or folder cannot be read as reports."""


class BadRecordError(InputError):
    """One record (a JSON line, a CSV row) is malformed.

    Parameters
    ----------
    source : str
        The file the record came from.
    line : int
        1-based line number of the record.
    reason : str
        What is wrong with it.
    """

    def __init__(self, source: str, line: int, reason: str) -> None:
        self.source, self.line, self.reason = source, line, reason
        super().__init__(f"{source}:{line}: {reason}")


class BoundaryError(MapperError):
    """A boundary layer is missing, unreadable or lacks the needed columns."""


class GazetteerError(MapperError):
    """A gazetteer file is missing or malformed."""


class ArrayFileError(MapperError, ValueError):
    """A cache file is not a whole array file of its format (truncated, foreign, or damaged); the
    caches catch it and compute their contents again."""


class OutputError(MapperError):
    """An output folder or file cannot be written."""


class OutputLockedError(OutputError):
    """Another run is writing into the same output folder."""


class UsageError(MapperError, ValueError):
    """An option has a value that cannot be used (a chunk size below 1, a metric the map has not, ...);
    a ValueError too, as Python's own functions raise for such values."""


class OfflineError(MapperError):
    """A map would need the network (an asset that is not vendored)."""


class RulesError(MapperError):
    """A file of language rules (``mapper/rules/<lang>/*.toml``) is malformed.

    Parameters
    ----------
    path : str
        The file.
    entry : str
        The key or pattern id at fault (empty for the whole file).
    reason : str
        What is wrong with it.
    """

    def __init__(self, path: str, entry: str, reason: str) -> None:
        self.path, self.entry, self.reason = path, entry, reason
        super().__init__(f"{path}: {entry}: {reason}" if entry else f"{path}: {reason}")


class Terminated(KeyboardInterrupt):
    """The process was asked to stop (SIGTERM); raised so that cleanup code runs, like Ctrl-C."""


def check_flag(value: object, name: str) -> bool:
    """``value`` when it is True or False, else a :class:`UsageError` naming the option ``name``.

    Parameters
    ----------
    value : object
        What a caller gave for a yes-or-no option.
    name : str
        The option's name, for the message.

    Returns
    -------
    bool

    Raises
    ------
    UsageError
        ``value`` is no bool: ``"no"`` or ``"False"`` would be taken as true, ``None`` or ``0.0`` as false.
    """
    if not isinstance(value, bool):
        raise UsageError(f"{name}: True or False, not {value!r:.40}")
    return value
