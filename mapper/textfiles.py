"""Bytes to text for report files: encodings, lines, and paths shown as text.

A BOM is honoured. Bytes that are UTF-8 are read as UTF-8, and so are bytes that
are UTF-8 but for a few invalid bytes: those are errors on their own lines, never
a reason to read the whole file in another encoding. Anything else goes to
charset-normalizer, which guesses among the single-byte Cyrillic and Latin
encodings (:data:`GUESSED`: cp1251, KOI8-R, cp1252, ...); a guess it is not sure
of, or one that decodes to control characters, is an error naming the file.
UTF-16 and UTF-32 are read with a BOM, or without one when the bytes hold NULs
that only they explain.
"""

from __future__ import annotations

import codecs
import io
import logging
import os
from functools import lru_cache
from pathlib import Path
from typing import BinaryIO

from .exceptions import InputError, UsageError

log = logging.getLogger(__name__)

#: Bytes looked at to tell the encoding of a file read as a stream.
HEAD_BYTES = 1 << 16
#: Most "mess" (charset-normalizer's chaos, 0 to 1) in a guessed encoding's text.
MAX_CHAOS = 0.2
#: Encodings charset-normalizer may find for a file that is not UTF-8: those of Russian,
#: Ukrainian and Belarusian (Cyrillic) and of western and central European text.
GUESSED = ["cp1251", "koi8_r", "koi8_u", "cp866", "iso8859_5", "mac_cyrillic", "cp1252", "latin_1",
           "iso8859_15", "cp1250", "iso8859_2"]

_BOMS = [(codecs.BOM_UTF32_LE, "utf-32-le"), (codecs.BOM_UTF32_BE, "utf-32-be"), (codecs.BOM_UTF8, "utf-8"),
         (codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be")]
_WIDE = ["utf_16_le", "utf_16_be", "utf_32_le", "utf_32_be"]
_ALLOWED_CONTROLS = set("\t\n\r\f")


def display_path(path: str | os.PathLike) -> str:
    r"""``path`` as text that prints on one line and writes as UTF-8.

    Bytes of a file name that are not UTF-8 and control characters are shown as
    backslash escapes (``r\xff.txt``), so no name can break an output file or a
    one-line error message.
    """
    return printable(os.fsencode(path).decode("utf-8", "backslashreplace"))


def as_path(value: object, what: str) -> Path | None:
    """``value`` as a Path (None and "" stay None), or a UsageError naming ``what`` for any other type.

    Parameters
    ----------
    value : str, os.PathLike or None
    what : str
        The argument's name, for the message.

    Returns
    -------
    Path or None
    """
    if value is None or value == "":
        return None
    if not isinstance(value, (str, os.PathLike)):
        raise UsageError(f"{what} is a path (str or Path), not {type(value).__name__}")
    return Path(value)


def printable(text: str) -> str:
    r"""``text`` with control characters and other unprintable ones as backslash escapes (``\x1b``,
    ``\n``): one line on a terminal, and no escape sequence of a name (a region's in a user's
    boundary file) reaches it."""
    if text.isprintable():
        return text
    return "".join(c if c.isprintable() else c.encode("unicode_escape").decode("ascii") for c in text)


def ascii_compatible(encoding: str) -> bool:
    """True if ``encoding`` writes ASCII as ASCII (so a file in it can be split into lines as bytes)."""
    return _ascii_compatible(codecs.lookup(encoding).name)


@lru_cache(maxsize=None)
def _ascii_compatible(name: str) -> bool:
    ascii_ = bytes(range(128))
    try:
        return ascii_.decode(name) == ascii_.decode("ascii") and "\n".encode(name) == b"\n"
    except (UnicodeError, LookupError):
        return False


def _looks_like_text(text: str) -> bool:
    """No control characters but tab, newlines and form feed."""
    return not any((c < " " and c not in _ALLOWED_CONTROLS) or "\x7f" <= c < "\xa0" for c in text)


def _guess(data: bytes, **options) -> str | None:
    """The encoding charset-normalizer finds for ``data``, if it is sure enough; else None."""
    from charset_normalizer import from_bytes

    best = from_bytes(data, threshold=MAX_CHAOS, **options).best()
    if best is None or best.chaos > MAX_CHAOS or not _looks_like_text(str(best)):
        return None
    return best.encoding


def _utf8_ok(data: bytes, complete: bool) -> bool:
    try:
        codecs.getincrementaldecoder("utf-8")().decode(data, final=complete)
    except UnicodeDecodeError:
        return False
    return True


def _mostly_utf8(data: bytes) -> bool:
    """True if ``data`` holds more valid multi-byte UTF-8 characters than invalid bytes."""
    text = data.decode("utf-8", errors="replace")
    bad = text.count("\ufffd")
    good = sum(1 for c in text if c > "\x7f") - bad
    return good >= bad


def sniff(data: bytes, where: str, complete: bool = True, guess: bool = True) -> tuple[str, int]:
    """The encoding of a file starting with ``data``, and the length of its BOM.

    Parameters
    ----------
    data : bytes
        The file, or its first bytes (``complete=False``).
    where : str
        The file's name, for errors.
    guess : bool
        Guess an encoding when the bytes are not UTF-8; else (JSON, which is UTF-8
        by definition) read them as UTF-8, and let their invalid bytes be errors.

    Raises
    ------
    InputError
        The bytes look binary, or are in no encoding that can be told with confidence.
    """
    for bom, name in _BOMS:
        if data.startswith(bom):
            return name, len(bom)
    if b"\x00" in data[:4096]:
        wide = _guess(data, cp_isolation=_WIDE)
        if wide is None:
            raise InputError(f"{where}: looks like a binary file, not text")
        return wide, 0
    if not guess or _utf8_ok(data, complete) or _mostly_utf8(data):
        return "utf-8", 0
    found = _guess(data, cp_isolation=GUESSED)
    if found is None:
        raise InputError(f"{where}: not UTF-8, and no other text encoding fits it with confidence "
                         "(binary file? else save it as UTF-8)")
    log.info("%s: read as %s (detected)", where, found)
    return found, 0


def decode_problem(data: bytes, at: int, encoding: str) -> str:
    """What is wrong with the byte at ``at`` of ``data``, which did not decode, in a few words."""
    column = len(data[data.rfind(b"\n", 0, at) + 1:at].decode(encoding, errors="replace")) + 1
    return f"not valid {codecs.lookup(encoding).name.upper()} text (byte 0x{data[at]:02x} at column {column})"


def decode(data: bytes, where: str) -> str:
    """Decode the whole of a file's bytes (see :func:`sniff` for the encodings read).

    Raises
    ------
    InputError
        The bytes look binary, their encoding cannot be told, or they hold bytes
        that are invalid in it (the error names the line).
    """
    encoding, bom = sniff(data, where)
    try:
        return data[bom:].decode(encoding)
    except UnicodeDecodeError as exc:
        at = bom + exc.start
        if ascii_compatible(encoding):
            line = data.count(b"\n", 0, at) + 1
            raise InputError(f"{where}:{line}: {decode_problem(data, at, encoding)}") from None
        raise InputError(f"{where}: not valid {encoding} text at byte {at}") from None


def open_lines(path: Path, where: str, guess: bool = True) -> tuple[BinaryIO, str]:
    """A report file open at its first line, and an ASCII-compatible encoding its lines decode in.

    Only the file's first :data:`HEAD_BYTES` are read to tell the encoding; files
    in UTF-16 or UTF-32 are decoded whole and handed back as UTF-8 bytes.

    Raises
    ------
    InputError
        The file cannot be read, or :func:`sniff` refuses it.
    """
    try:
        fh = open(path, "rb")
    except OSError as exc:
        raise InputError(f"{where}: cannot read ({exc.strerror or exc})") from None
    try:
        head = fh.read(HEAD_BYTES)
        encoding, bom = sniff(head, where, complete=len(head) < HEAD_BYTES, guess=guess)
        if ascii_compatible(encoding):
            fh.seek(bom)
            return fh, encoding
        text = decode(head + fh.read(), where)
    except OSError as exc:
        fh.close()
        raise InputError(f"{where}: cannot read ({exc.strerror or exc})") from None
    except BaseException:
        fh.close()
        raise
    fh.close()
    return io.BytesIO(text.encode("utf-8")), "utf-8"


def read_line(fh: BinaryIO, limit: int) -> tuple[bytes | None, int]:
    """The next line of ``fh`` (with its newline) and the bytes it took; ``None`` for a
    line longer than ``limit`` bytes (read past without keeping it); ``b""`` at the end."""
    raw = fh.readline(limit + 1)
    if len(raw) <= limit or raw.endswith(b"\n"):
        return raw, len(raw)
    taken = len(raw)
    while (more := fh.readline(1 << 20)):
        taken += len(more)
        if more.endswith(b"\n"):
            break
    return None, taken
