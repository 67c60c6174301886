"""Stage 1: read reports from text, JSON Lines and CSV files.

Every file read yields :class:`Report` objects; every record that cannot be used
is either an error (the default) or, with ``skip_bad=True``, a :class:`Skipped`
entry with its reason (a file that cannot be read at all is one entry, at line
0), so that nothing is lost silently. Every report gets an id of its own: a
report whose id was taken by an earlier one is renamed after its file and line,
and listed (:class:`Renamed`).

Lines are read as bytes and decoded one by one (:mod:`mapper.textfiles`), so an
error names the line it is on, and one bad line or CSV record is skipped without
losing the lines after it.
"""

from __future__ import annotations

import csv
import dataclasses
import json
import io
import logging
import os
import re
import tempfile
from array import array
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import IO, BinaryIO

import dateutil.parser

from . import settings
from .exceptions import BadRecordError, InputError, UsageError
from .lang import language_of
from .text import clean_text
from .telegram import TELEGRAM_SUFFIXES, channel_name, iter_messages, record_of
from .textfiles import decode, decode_problem, display_path, open_lines, read_line

log = logging.getLogger(__name__)

TEXT_SUFFIXES = {".txt", ".text", ".md"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
CSV_SUFFIXES = {".csv", ".tsv"}
#: A folder's own documentation, passed over when the folder is read (named alone, it is read as a report).
DOC_STEMS = frozenset({"readme", "license", "licence", "changelog", "changes", "notice", "authors", "contributing"})
TEXT_COLUMNS = ("text", "body", "content", "article", "message")
#: Every column of a record mapper reads.
READ_COLUMNS = frozenset(TEXT_COLUMNS) | {"id", "date", "source", "url", "lang"}
_DATE_IN_NAME = re.compile(r"(\d{4})-(\d{2})-(\d{2})")
_SURROGATE = re.compile("[\ud800-\udfff]")


@dataclass(frozen=True)
class Report:
    """One news report.

    Attributes
    ----------
    id : str
        Unique identifier (file stem, JSON ``id`` or CSV ``id``).
    text : str
        The report's text, in Unicode NFC and without the invisible marks that would cut a name in
        two (soft hyphens, zero-width spaces, direction marks, stress accents: :func:`mapper.text.clean_text`).
    source : str
        Where it came from: an outlet name, URL or file path.
    date : datetime.date or None
        The day the report refers to, when known. A string in a format reports use
        (``"2024-03-20"``, ``"March 20, 2024"``, ``"20.03.2024"``, see :func:`parse_date`)
        or a ``datetime`` is turned into the day it names.
    lang : str
        ``en``, ``ru`` or ``uk``: the language given with it (a ``lang`` field or column), or else
        the one its text is in (:func:`mapper.lang.detect_language`).

    Raises
    ------
    InputError
        ``date`` is not a whole date, ``text`` or ``source`` is not a string, or ``id`` is
        neither a string nor a whole number (written as a string) (the message names the report).
    """

    id: str
    text: str
    source: str = ""
    date: date | None = None
    lang: str = ""

    def __post_init__(self) -> None:
        """Every report knows its language (the one given, else the one its text is in) and its day."""
        self._check_types()
        object.__setattr__(self, "text", clean_text(self.text))  # "Bor\u00adovsk" is Borovsk
        object.__setattr__(self, "lang", language_of(self.text, self.lang))
        if self.date is not None and type(self.date) is not date:
            object.__setattr__(self, "date", parse_date(self.date, f"report {self.id!r}"))

    def _check_types(self) -> None:
        """Refuse a text, source or language that is not a string; an id that is a whole number becomes a string."""
        if isinstance(self.id, int) and not isinstance(self.id, bool):
            object.__setattr__(self, "id", str(self.id))
        if not isinstance(self.id, str):
            raise InputError(f"report id {self.id!r}: an id is a string, not {type(self.id).__name__}")
        if self.source is None:
            object.__setattr__(self, "source", "")
        if self.lang is None:
            object.__setattr__(self, "lang", "")
        for name in ("text", "source", "lang"):
            value = getattr(self, name)
            if not isinstance(value, str):
                raise InputError(f"report {self.id!r}: its {name} is a string, not {type(value).__name__}")


@dataclass(frozen=True)
class Skipped:
    """A record that was not read, with the reason (line 0: the whole file)."""

    source: str
    line: int
    reason: str


@dataclass(frozen=True)
class Renamed:
    """A report whose id an earlier report had, and the id it got instead (line 0: a text file)."""

    source: str
    line: int
    id: str
    new_id: str


@dataclass
class ReadLog:
    """What reading saw: how many reports were read, the skipped records and the renamed ids."""

    read: int = 0
    skipped: list[Skipped] = field(default_factory=list)
    renamed: list[Renamed] = field(default_factory=list)
    bytes_total: int = 0  #: size of the files to read (known once reading has begun)
    bytes_done: int = 0  #: bytes of them read so far
    _file: tuple[int, int] = (0, 0)  # where the file being read starts in bytes_done, and its size

    def start_file(self, size: int) -> None:
        """A file of ``size`` bytes is read next."""
        self._file = (self.bytes_done, size)

    def at(self, offset: int) -> None:
        """Reading has come to byte ``offset`` of the current file."""
        start, size = self._file
        self.bytes_done = start + min(max(offset, 0), size)

    def end_file(self) -> None:
        """The current file is read (or given up)."""
        start, size = self._file
        self.bytes_done = start + size


_DEFAULTS = (datetime(2000, 1, 1), datetime(2001, 2, 2))
#: A time after a date of digits ("10:00", ", 10:00:00 +0300", "T10:00Z").
_TIME = r"(?:[\sT,]+\d{1,2}:\d{2}(?::\d{2}(?:[.,]\d+)?)?\s*(?:Z|[+-]\d{2}(?::?\d{2})?)?)?\s*$"
#: A date of digits, day or month first ("13.03.2024", "01/03/2024 10:00", "13 3 2024"), and year first.
_NUMERIC = re.compile(r"^\s*(\d{1,2})\s*([./-]|\s)\s*(\d{1,2})\s*\2\s*(\d{2}|\d{4})" + _TIME)
_YEAR_FIRST = re.compile(r"^\s*\d{4}\s*([./-]|\s)\s*\d{1,2}\s*\1\s*\d{1,2}" + _TIME)


def parse_date(value: object, where: str = "") -> date | None:
    """The day a report's date names, or None when it has none.

    Accepts what reports use: ISO 8601 (``2024-03-13``, ``2024-03-13T23:30:00+03:00``: the
    day as written, not converted to UTC), ``March 13, 2024``, ``13 March 2024``, ``Mar 13
    2024``, ``13.03.2024`` and ``13.03.2024 10:00`` (day first, as in Europe); a ``date`` or
    ``datetime`` is taken as it is. Parsing is python-dateutil's; a date missing its day, month or
    year, ``03/04/2024`` (which could be either month first), and digits in no form above (``1 2
    3``, ``240313``, two dates) are refused rather than guessed.

    Raises
    ------
    InputError
        The value is not a whole date (the message starts with ``where``).
    """
    if value is None or value != value or value == "":  # None, NaN, NaT, ""
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    text = str(value).strip()
    if not text:
        return None
    try:
        return _parse_text(text)
    except ValueError as exc:
        raise InputError(f"{where}: date {text[:40]!r} {exc}") from None


_NOT_A_DATE = "is not a date (e.g. 2024-03-13, March 13, 2024 or 13.03.2024)"


def _parse_text(text: str) -> date:
    """``text`` as a day; ValueError saying why not."""
    try:
        return date.fromisoformat(text) if len(text) == 10 else datetime.fromisoformat(text).date()
    except ValueError:
        pass
    m = _NUMERIC.match(text)
    if m and m[2] not in ".-" and int(m[1]) <= 12 and int(m[3]) <= 12 and m[1] != m[3]:
        raise ValueError("is ambiguous (day and month could be either way); write it as YYYY-MM-DD")
    if not m and not _YEAR_FIRST.match(text) and not any(c.isalpha() for c in text):
        raise ValueError(_NOT_A_DATE)  # digits alone: dateutil would guess ("1 2 3", "240313")
    dayfirst = bool(m) and m[2] in ".-"
    try:
        first, second = (dateutil.parser.parse(text, default=d, dayfirst=dayfirst) for d in _DEFAULTS)
    except (ValueError, OverflowError):
        raise ValueError(_NOT_A_DATE) from None
    if first.date() != second.date():
        raise ValueError("is not a whole date (it needs a day, a month and a year)")
    return first.date()


def _read_bytes(path: Path, where: str) -> bytes:
    """The file's bytes, up to ``settings.max_record_bytes`` (a report, as a JSON line or CSV record is)."""
    limit = settings.max_record_bytes
    try:
        with open(path, "rb") as fh:
            data = fh.read(limit + 1)
    except OSError as exc:
        raise InputError(f"{where}: cannot read ({exc.strerror or exc})") from None
    if len(data) > limit:
        raise InputError(f"{where}: larger than {limit} bytes, more than one report can be "
                         f"(mapper.settings.max_record_bytes)")
    return data


def read_text_file(path: Path, rid: str | None = None) -> Report:
    """One report from a plain text file (id: its stem unless given); a date in the file name is used."""
    where = display_path(path)
    text = decode(_read_bytes(path, where), where)
    if not text.strip():
        raise InputError(f"{where}: empty file")
    m = _DATE_IN_NAME.search(path.name)
    day = None
    if m:
        try:
            day = date(int(m[1]), int(m[2]), int(m[3]))
        except ValueError:
            day = None
    return Report(id=rid or display_path(path.stem), text=text, source=where, date=day)


def _unicode(value: str, what: str) -> str:
    m = _SURROGATE.search(value)
    if m:
        raise ValueError(f"{what} holds a lone surrogate (\\u{ord(m[0]):04x}), which is not text")
    return value


def _record_text(rec: dict) -> str | None:
    """The text of a record: its first text field holding a string (None when none does); ValueError
    when another one holds a different text, which would be lost."""
    texts = [(col, rec[col]) for col in TEXT_COLUMNS if isinstance(rec.get(col), str) and rec[col].strip()]
    other = next((col for col, text in texts if text != texts[0][1]), None)
    if other is not None:
        raise ValueError(f"text in both {texts[0][0]!r} and {other!r}: one would be lost (keep one of the text "
                         f"fields {', '.join(TEXT_COLUMNS)})")
    return next((rec[col] for col in TEXT_COLUMNS if isinstance(rec.get(col), str)), None)


def _record_to_report(rec: dict, where: str, default_id: str) -> Report:
    text = _record_text(rec)
    if text is None:
        given = next((col for col in TEXT_COLUMNS if rec.get(col) is not None), None)
        if given is not None:
            raise ValueError(f"its {given} is a JSON {type(rec[given]).__name__}, not a string")
        raise ValueError(f"no text field (one of {', '.join(TEXT_COLUMNS)})")
    if not text.strip():
        raise ValueError("empty text")
    rid = _scalar(rec, "id")
    rid = default_id if rid in (None, "") else str(rid)
    try:
        day = parse_date(rec.get("date"), f"report {rid!r}")
    except InputError as exc:
        raise ValueError(str(exc)) from None
    source = str(_scalar(rec, "source") or _scalar(rec, "url") or where)
    return Report(id=_unicode(rid, "id"), text=_unicode(text, "text"), source=_unicode(source, "source"), date=day,
                  lang=str(rec.get("lang") or ""))


def _scalar(rec: dict, key: str) -> str | int | float | None:
    """A record's ``id``, ``source`` or ``url``: a string or a number (or null); ValueError for a JSON
    object, list or boolean, which would become text such as ``{'x': 1}`` or ``True``."""
    value = rec.get(key)
    if value is None or isinstance(value, str) or (isinstance(value, (int, float)) and not isinstance(value, bool)):
        return value
    raise ValueError(f"its {key} is a JSON {_JSON_TYPES.get(type(value), type(value).__name__)}, "
                     "not a string or number")


_JSON_TYPES = {dict: "object", list: "array", bool: "boolean"}


def _bad(where: str, line: int, reason: str, skip_bad: bool, log_: ReadLog | None) -> None:
    """Stop on a bad record, or (``skip_bad``) log it and list it as skipped."""
    if not skip_bad:
        raise BadRecordError(where, line, reason + " (use --skip-bad to go on)")
    log.warning("%s:%d: skipped: %s", where, line, reason)
    if log_ is not None:
        log_.skipped.append(Skipped(where, line, reason))


def _json_object(line: str) -> dict:
    """The JSON object of one line; a byte-order mark opening it (files joined by ``cat``) is left out."""
    twice: list[tuple[dict, list[str]]] = []  # the objects that name a key twice, with those names
    try:
        rec = json.loads(line[1:] if line.startswith("\ufeff") else line,
                         object_pairs_hook=lambda pairs: _unique(pairs, twice))
    except RecursionError:
        raise ValueError("malformed JSON (nested too deeply)") from None
    except ValueError as exc:
        msg = f"{exc.msg}: column {exc.colno}" if isinstance(exc, json.JSONDecodeError) else str(exc).splitlines()[0]
        raise ValueError(f"malformed JSON ({msg})") from None
    if not isinstance(rec, dict):
        raise ValueError("not a JSON object")
    names = next((names for obj, names in twice if obj is rec), None)  # nested objects are not read
    if names:
        raise ValueError(f"key {names[0]!r} given twice (one value would be lost)")
    return rec


def _unique(pairs: list[tuple[str, object]], twice: list[tuple[dict, list[str]]]) -> dict:
    """One JSON object's pairs as a dict; if it names a key more than once, it is added to ``twice``."""
    rec = dict(pairs)
    if len(rec) != len(pairs):
        names = [k for k, _ in pairs]
        twice.append((rec, sorted({k for k in names if names.count(k) > 1})))
    return rec


def _decode_line(raw: bytes | None, encoding: str) -> str:
    if raw is None:
        raise ValueError(f"line longer than {settings.max_record_bytes} bytes")
    try:
        return raw.decode(encoding)
    except UnicodeDecodeError as exc:
        raise ValueError(decode_problem(raw, exc.start, encoding)) from None


def _jsonl_records(path: Path, where: str, skip_bad: bool, log_: ReadLog | None) -> Iterator[tuple[int, Report]]:
    fh, encoding = open_lines(path, where, guess=False)  # JSON is UTF-8 (RFC 8259)
    stem = display_path(path.stem)
    with fh:
        n = 0
        while True:
            raw, _ = read_line(fh, settings.max_record_bytes)
            if raw == b"":
                return
            if log_ is not None:
                log_.at(fh.tell())
            n += 1
            try:
                line = _decode_line(raw, encoding)
                if line.strip():
                    yield n, _record_to_report(_json_object(line), f"{where}:{n}", f"{stem}-{n}")
            except ValueError as exc:
                _bad(where, n, str(exc), skip_bad, log_)


def iter_jsonl(path: Path, skip_bad: bool = False, log_: ReadLog | None = None) -> Iterator[Report]:
    """Stream reports from a JSON Lines file, one object per line.

    Lines are read one at a time, so memory does not grow with the file.
    """
    for _, rep in _jsonl_records(Path(path), display_path(path), skip_bad, log_):
        yield rep


class _RecordTooLarge(Exception):
    pass


class _Lines:
    """The lines of a CSV file for :func:`csv.reader`, decoded one at a time.

    It knows the line each record starts on, and can go back to the line after it
    when the record turns out to be malformed (a quote never closed swallows the
    lines after it; those are read again as records of their own).
    """

    def __init__(self, fh: BinaryIO, encoding: str) -> None:
        self.fh, self.encoding = fh, encoding
        self.line = 0
        self.offset = fh.tell()
        self.next_record()

    def next_record(self) -> None:
        """The next line handed out starts a record."""
        self.first, self.resume, self.size, self.problem = self.line + 1, None, 0, None

    def rewind(self) -> bool:
        """Go back to the line after the current record's first; False if there is none."""
        if self.resume is None:
            return False
        self.fh.seek(self.resume)
        self.line, self.offset = self.first, self.resume
        self.next_record()
        return True

    def __iter__(self) -> "_Lines":
        return self

    def __next__(self) -> str:
        raw, taken = read_line(self.fh, settings.max_record_bytes)
        if raw == b"":
            raise StopIteration
        self.line += 1
        self.offset += taken
        if self.line == self.first:
            self.resume = self.offset
        self.size += taken
        if raw is None or self.size > settings.max_record_bytes:
            raise _RecordTooLarge
        try:
            return raw.decode(self.encoding)
        except UnicodeDecodeError as exc:
            if self.problem is None:
                self.problem = f"line {self.line}: {decode_problem(raw, exc.start, self.encoding)}"
            return raw.decode(self.encoding, errors="replace")


def _csv_records(fh: BinaryIO, encoding: str, delimiter: str) -> Iterator[tuple[int, list[str] | None, str | None]]:
    """``(first line, fields, problem)`` of each record; fields are None for one that could not be parsed."""
    lines = _Lines(fh, encoding)
    if csv.field_size_limit() < settings.max_record_bytes:  # records are bounded by _Lines instead
        csv.field_size_limit(settings.max_record_bytes)
    while True:
        try:
            for fields in csv.reader(lines, delimiter=delimiter, strict=True):
                first, problem = lines.first, lines.problem
                lines.next_record()
                if fields:
                    yield first, fields, problem
            return
        except _RecordTooLarge:
            reason = f"record larger than {settings.max_record_bytes} bytes (or a quote never closed)"
        except csv.Error as exc:
            reason = f"malformed CSV ({exc})"
        yield lines.first, None, reason
        if not lines.rewind():
            return


def _csv_header(records: Iterator, where: str) -> list[str]:
    first = next(records, None)
    if first is None:
        raise InputError(f"{where}: empty file")
    line, fields, problem = first
    if fields is None or problem:
        raise InputError(f"{where}:{line}: unreadable header ({problem})")
    cols = [c.strip().lower() for c in fields]
    if not any(c in TEXT_COLUMNS for c in cols):
        raise InputError(f"{where}: no text column (expected one of: {', '.join(TEXT_COLUMNS)}); "
                         f"columns are: {', '.join(cols) or 'none'}")
    twice = [c for c, n in Counter(cols).items() if n > 1 and c in READ_COLUMNS]
    if twice:  # one of them would be read, the other lost without a word
        raise InputError(f"{where}:{line}: the header names the column {twice[0]!r} twice")
    return cols


def _csv_file_records(path: Path, where: str, skip_bad: bool, log_: ReadLog | None) -> Iterator[tuple[int, Report]]:
    delimiter = "\t" if path.suffix.lower() == ".tsv" else ","
    fh, encoding = open_lines(path, where)
    stem = display_path(path.stem)
    with fh:
        records = _csv_records(fh, encoding, delimiter)
        cols = _csv_header(records, where)
        for n, fields, problem in records:
            if log_ is not None:
                log_.at(fh.tell())
            try:
                if fields is None or problem:
                    raise ValueError(problem)
                if len(fields) > len(cols):
                    raise ValueError(f"{len(fields)} fields, the header has {len(cols)} (an unquoted comma?)")
                yield n, _record_to_report(dict(zip(cols, fields)), f"{where}:{n}", f"{stem}-{n}")
            except ValueError as exc:
                _bad(where, n, str(exc), skip_bad, log_)


def iter_csv(path: Path, skip_bad: bool = False, log_: ReadLog | None = None) -> Iterator[Report]:
    """Reports from a CSV (or TSV) file with a text column, read as a stream.

    Errors name the line a record starts on (or the line of a byte that is not
    text); a malformed record is skipped alone (``skip_bad``), and the lines a
    quote never closed would have swallowed are read as records of their own.
    """
    for _, rep in _csv_file_records(Path(path), display_path(path), skip_bad, log_):
        yield rep


def _walk(root: Path, is_output: Callable[[Path], bool] | None) -> list[Path]:
    """Report files in a folder and its sub-folders, but hidden ones, the folder's documentation (README.md) and
    mapper's outputs."""
    found = []
    for folder, dirs, files in os.walk(root):
        dirs[:] = [d for d in dirs if not d.startswith(".")]
        for name in files:
            p = Path(folder, name)
            if name.startswith(".") or p.suffix.lower() not in TEXT_SUFFIXES | JSONL_SUFFIXES | CSV_SUFFIXES:
                continue
            if is_output is not None and is_output(p):
                log.info("%s: not read: an output of mapper", display_path(p))
                continue
            if p.stem.lower() in DOC_STEMS:
                log.info("%s: not read: the folder's documentation, not a report (name the file to read it)",
                         display_path(p))
                continue
            found.append(p)  # a FIFO or a broken link too: refused when read, never passed over unsaid
    return sorted(found)


def _files(paths: Iterable[str | Path],
           is_output: Callable[[Path], bool] | None) -> list[tuple[Path, str | None, bool]]:
    """Every file to read, the id of each text file (its stem, or its path when another has that stem), and
    whether it was found in a folder (where only regular files are reports: a FIFO named there would block)."""
    files: list[Path] = []
    walked: set[Path] = set()
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            found = _walk(path, is_output)
            walked.update(found)
            if not found:
                raise InputError(f"{display_path(path)}: folder holds no .txt, .jsonl or .csv reports")
            files.extend(found)
        elif not path.exists():
            raise InputError(f"{display_path(path)}: no such file or folder")
        else:
            files.append(path)
    files = _once(files)
    stems = Counter(p.stem for p in files if _kind(p) == "text")
    return [(p, None if _kind(p) != "text" else display_path(p.stem if stems[p.stem] == 1 else p.with_suffix("")),
             p in walked) for p in files]


def _once(files: list[Path]) -> list[Path]:
    """Each file once, however often it was named (``mapper run reports/ reports/a.txt``): its reports
    read twice would be counted twice."""
    seen: set[str] = set()
    out = []
    for p in files:
        key = os.path.realpath(p)
        if key in seen:
            log.warning("%s: named more than once; read once", display_path(p))
            continue
        seen.add(key)
        out.append(p)
    return out


def _kind(path: Path) -> str:
    suffix = path.suffix.lower()
    if suffix in TELEGRAM_SUFFIXES:  # ruuk: a Telegram Desktop export
        return "telegram"
    return "jsonl" if suffix in JSONL_SUFFIXES else "csv" if suffix in CSV_SUFFIXES else "text"


def _telegram_records(path: Path, where: str, skip_bad: bool, log_: ReadLog | None) -> Iterator[tuple[int, Report]]:
    """The messages of a Telegram Desktop export as reports (see :mod:`mapper.telegram`)."""
    channel = channel_name(path, where)
    for n, msg in iter_messages(path):
        try:
            rec = record_of(msg, channel)
            if isinstance(rec, str):  # a photo or file alone: no report, listed (not an error)
                if log_ is not None:
                    log_.skipped.append(Skipped(where, n, rec))
            elif rec is not None:
                yield n, _record_to_report(rec, f"{where}:message {n}", f"{channel}-{n}")
        except ValueError as exc:
            _bad(where, n, str(exc), skip_bad, log_)


class ReportIds:
    """Report ids numbered in the order first given, the ids themselves kept in a file (or in a
    buffer), so that memory holds 8 bytes per report, not a Python string.

    Parameters
    ----------
    store : binary file, optional
        Where the ids go (UTF-8, one after the other); an in-memory buffer by default.
    """

    def __init__(self, store: IO[bytes] | None = None) -> None:
        self._store = io.BytesIO() if store is None else store
        self._ends = array("Q")
        self._at_end = True  # appending: no seek needed (a seek flushes a file's buffer)

    def __len__(self) -> int:
        """How many ids are numbered."""
        return len(self._ends)

    def add(self, report_id: str) -> int:
        """Number one more id (not looked up: the caller knows it is new); its number."""
        data = report_id.encode("utf-8", "surrogatepass")
        if not self._at_end:
            self._store.seek(0, io.SEEK_END)
            self._at_end = True
        self._store.write(data)
        self._ends.append((self._ends[-1] if self._ends else 0) + len(data))
        return len(self._ends) - 1

    def get(self, numbers: Iterable[int]) -> list[str]:
        """The ids of these numbers, in their order."""
        out, ends, store = [], self._ends, self._store
        self._at_end = False
        for n in numbers:
            start = ends[n - 1] if n else 0
            store.seek(start)
            out.append(store.read(ends[n] - start).decode("utf-8", "surrogatepass"))
        return out

    def close(self) -> None:
        """Close the store (a temporary file is removed)."""
        self._store.close()


class _IdSet:
    """An exact set of report ids in about 30 bytes each, not a Python string: each id's 64-bit hash
    in an open-addressing table, beside its number in a :class:`ReportIds` (the ids themselves in a
    spooled temporary file), read back only when a hash is met again, so that two ids of one hash
    stay two ids."""

    def __init__(self) -> None:
        self.ids = ReportIds(tempfile.SpooledTemporaryFile(max_size=1 << 16))
        self._hashes = array("q", bytes(8 * 1024))  # 0: an empty slot
        self._numbers = array("I", bytes(4 * 1024))

    def _slot(self, report_id: str, h: int) -> tuple[int, bool]:
        """The slot of ``report_id`` (of hash ``h``), and whether it is there."""
        hashes, mask = self._hashes, len(self._hashes) - 1
        i = h & mask
        while hashes[i]:
            if hashes[i] == h and self.ids.get((self._numbers[i],))[0] == report_id:
                return i, True
            i = (i + 1) & mask
        return i, False

    def __contains__(self, report_id: str) -> bool:
        return self._slot(report_id, hash(report_id) or 1)[1]

    def add(self, report_id: str) -> None:
        """Add an id (if not there already)."""
        h = hash(report_id) or 1
        i, there = self._slot(report_id, h)
        if there:
            return
        self._hashes[i], self._numbers[i] = h, self.ids.add(report_id)
        if 2 * len(self.ids) > len(self._hashes):
            self._grow()

    def _grow(self) -> None:
        """Twice the slots, every hash put in again (the ids are not read)."""
        old = zip(self._hashes, self._numbers)
        self._hashes = array("q", bytes(16 * len(self._hashes)))
        self._numbers = array("I", bytes(8 * len(self._numbers)))
        hashes, numbers, mask = self._hashes, self._numbers, len(self._hashes) - 1
        for h, n in old:
            if h:
                i = h & mask
                while hashes[i]:
                    i = (i + 1) & mask
                hashes[i], numbers[i] = h, n

    def close(self) -> None:
        """Let the ids go."""
        self.ids.close()


class _Ids:
    """Gives each report an id no earlier report had: ``id@file:line`` when its own is taken, and
    ``,`` for each ``;`` of an id, as ``;`` joins the ids of the outputs' lists ("x;y" would be two)."""

    def __init__(self, log_: ReadLog | None) -> None:
        self.seen = _IdSet()
        self.log = log_

    def unique(self, rep: Report, where: str, line: int) -> Report:
        """``rep`` with an id of its own (every renaming logged and listed in the read log)."""
        new = rep.id.replace(";", ",")
        if new in self.seen:
            base = f"{new}@{where}" + (f":{line}" if line else "")
            new, k = base, 1
            while new in self.seen:
                k += 1
                new = f"{base}#{k}"
        if new != rep.id:
            log.info("%s: id %r taken by an earlier report or holding a ';'; now %r", where, rep.id, new)
            if self.log is not None:
                self.log.renamed.append(Renamed(where, line, rep.id, new))
            rep = dataclasses.replace(rep, id=new)
        self.seen.add(rep.id)
        return rep


def unique_reports(reports: Iterable[Report], log_: ReadLog) -> Iterator[Report]:
    """Reports given in memory (:func:`mapper.analyse`), each checked to be a :class:`Report` and
    given an id no earlier one had (``id@reports:<position>``, listed in ``log_.renamed``).

    Raises
    ------
    UsageError
        ``reports`` is a string or a single report, or holds something that is not a Report.
    InputError
        A report's id, text or source holds a lone surrogate, which no output file can hold.
    """
    if isinstance(reports, (str, bytes, Report)) or not isinstance(reports, Iterable):
        raise UsageError(f"reports: an iterable of mapper.Report, not a {type(reports).__name__}")
    ids = _Ids(log_)
    for n, rep in enumerate(reports, 1):
        if not isinstance(rep, Report):
            raise UsageError(f"reports: item {n} is a {type(rep).__name__}, not a mapper.Report(id, text, ...)")
        _check_text(rep, n)
        log_.read += 1
        yield ids.unique(rep, "reports", n)


def _check_text(rep: Report, n: int) -> None:
    """Refuse a report given in memory whose id, text or source holds a lone surrogate (U+D800 to U+DFFF alone):
    no file can hold it (a JSON line with one is a bad record too)."""
    for name in ("id", "text", "source"):
        try:
            _unicode(getattr(rep, name), name)
        except ValueError as exc:
            raise InputError(f"reports: item {n} (report {rep.id!r:.60}): {exc}") from None


def _records(path: Path, where: str, text_id: str | None, skip_bad: bool,
             log_: ReadLog | None) -> Iterator[tuple[int, Report]]:
    kind = _kind(path)
    if kind == "jsonl":
        return _jsonl_records(path, where, skip_bad, log_)
    if kind == "csv":
        return _csv_file_records(path, where, skip_bad, log_)
    if kind == "telegram":
        return _telegram_records(path, where, skip_bad, log_)
    return iter([(0, read_text_file(path, text_id))])


def path_list(paths: object) -> list:
    """``paths`` as a list of paths: one path, or an iterable of them.

    Parameters
    ----------
    paths : str, Path or iterable of them
        What a caller named.

    Returns
    -------
    list
        The paths (one path is a list of one, never the letters of its name).

    Raises
    ------
    UsageError
        ``paths`` is not a path nor an iterable of them (None, a number, bytes, a dict), or names none.
    """
    if isinstance(paths, (str, os.PathLike)):
        return [paths]
    if isinstance(paths, (bytes, dict)) or not isinstance(paths, Iterable):
        raise UsageError(f"paths: a path or a list of paths (str or Path), not {type(paths).__name__}")
    paths = list(paths)
    if not paths:  # else "no reports found in " and nothing after it
        raise UsageError("paths: no report file or folder named (an empty list)")
    for p in paths:
        if not isinstance(p, (str, os.PathLike)):
            raise UsageError(f"paths: a report path is a str or Path, not {type(p).__name__} ({p!r:.60})")
    return paths


def iter_reports(paths: Iterable[str | Path] | str | Path, skip_bad: bool = False, log_: ReadLog | None = None, *,
                 is_output: Callable[[Path], bool] | None = None) -> Iterator[Report]:
    """Yield the reports in files and folders, streaming where the format allows.

    Parameters
    ----------
    paths : str, Path or iterable of them
        ``.txt`` files (one report each; ``.text``, ``.md`` too), ``.jsonl`` files (``{"id", "date", "source",
        "text"}`` per line; ``.ndjson`` too), ``.csv`` or ``.tsv`` files with a text column, a Telegram Desktop
        export's ``.json`` (when named), or folders of these (read recursively, in name order; hidden files and
        folders, mapper's own outputs and a folder's README, LICENSE ... files are passed over).
    skip_bad : bool
        Skip malformed records, and files that cannot be read, instead of failing
        (logged and listed in ``log_``).
    log_ : ReadLog, optional
        Collects counts, skipped records and renamed ids.
    is_output : callable, optional
        Tells mapper's own output files, which are never read as reports: passed
        over in folders, refused when named.

    Raises
    ------
    InputError
        A path is missing, or (without ``skip_bad``) a file is unreadable, empty, binary or malformed.
    UsageError
        ``paths`` is not a path nor an iterable of them.
    """
    log_ = ReadLog() if log_ is None else log_
    ids = _Ids(log_)
    files = _files(path_list(paths), is_output)
    log_.bytes_total = sum(_size(path) for path, _, _ in files)
    for path, text_id, in_folder in files:
        where = display_path(path)
        log_.start_file(_size(path))
        try:
            _check_file(path, where, in_folder, is_output)
            for line, rep in _records(path, where, text_id, skip_bad, log_):
                rep = ids.unique(rep, where, line)
                log_.read += 1
                yield rep
        except BadRecordError:
            raise
        except InputError as exc:
            if not skip_bad:
                raise
            reason = str(exc).removeprefix(f"{where}: ")
            log.warning("%s: skipped: %s", where, reason)
            log_.skipped.append(Skipped(where, 0, reason))
        finally:
            log_.end_file()


def _check_file(path: Path, where: str, in_folder: bool, is_output: Callable[[Path], bool] | None) -> None:
    """Refuse mapper's own outputs, and what a folder holds under a report's name but is no regular file
    (a FIFO would block the run, a broken link has nothing to read): an error, or skipped and counted."""
    if is_output is not None and is_output(path):
        raise InputError(f"{where}: an output of mapper, not reports")
    if in_folder and not path.is_file():
        raise InputError(f"{where}: not a regular file (a broken link, FIFO, socket or device)")


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0


def read_reports(paths: Iterable[str | Path] | str | Path, skip_bad: bool = False,
                 log_: ReadLog | None = None) -> list[Report]:
    """Read all reports into a list (see :func:`iter_reports`)."""
    paths = path_list(paths)
    reports = list(iter_reports(paths, skip_bad, log_))
    if not reports:
        raise InputError("no reports found in " + ", ".join(display_path(p) for p in paths))
    return reports
