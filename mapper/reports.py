"""Stage 1: read reports from text, JSON Lines and CSV files.

Every file read yields :class:`Report` objects; every record that cannot be used
is either an error (the default) or, with ``skip_bad=True``, a :class:`Skipped`
entry with its reason, so that nothing is lost silently.
"""

from __future__ import annotations

import csv
import io
import json
import logging
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from .exceptions import BadRecordError, InputError

log = logging.getLogger(__name__)

TEXT_SUFFIXES = {".txt", ".text", ".md"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
CSV_SUFFIXES = {".csv", ".tsv"}
TEXT_COLUMNS = ("text", "body", "content", "article", "message")
_DATE_IN_NAME = re.compile(r"(\d{4})-(\d{2})-(\d{2})")


@dataclass(frozen=True)
class Report:
    """One news report.

    Attributes
    ----------
    id : str
        Unique identifier (file stem, JSON ``id`` or CSV ``id``).
    text : str
        The report's text.
    source : str
        Where it came from: an outlet name, URL or file path.
    date : datetime.date or None
        The day the report refers to, when known.
    """

    id: str
    text: str
    source: str = ""
    date: date | None = None


@dataclass(frozen=True)
class Skipped:
    """A record that was not read, with the reason."""

    source: str
    line: int
    reason: str


@dataclass
class ReadLog:
    """What reading saw: the skipped records and how many reports were read."""

    read: int = 0
    skipped: list[Skipped] = field(default_factory=list)


def parse_date(value: object, where: str = "") -> date | None:
    """Parse an ISO date (``2024-05-01`` or a timestamp starting with one)."""
    if value in (None, ""):
        return None
    text = str(value).strip()
    try:
        return date.fromisoformat(text[:10])
    except ValueError:
        raise InputError(f"{where}: date {text[:40]!r} is not an ISO date (YYYY-MM-DD)") from None


def decode(data: bytes, source: str) -> str:
    """Decode file bytes: UTF-8 (with or without BOM), UTF-16 with BOM, or cp1251.

    Raises
    ------
    InputError
        If the bytes look binary or decode in none of these.
    """
    if data.startswith(b"\xff\xfe") or data.startswith(b"\xfe\xff"):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError:
            raise InputError(f"{source}: invalid UTF-16 text") from None
    if b"\x00" in data[:4096]:
        raise InputError(f"{source}: looks like a binary file, not text")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    text = data.decode("cp1251", errors="replace")
    letters = sum(ch.isalpha() for ch in text)
    if "\ufffd" in text or letters < 0.5 * len(text.replace(" ", "").replace("\n", "")):
        raise InputError(f"{source}: not UTF-8, UTF-16 or cp1251 text (binary file?)")
    log.info("%s: decoded as cp1251", source)
    return text


def _read_bytes(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except OSError as exc:
        raise InputError(f"{path}: cannot read ({exc.strerror or exc})") from None


def read_text_file(path: Path) -> Report:
    """One report from a plain text file; a date in the file name is used."""
    text = decode(_read_bytes(path), str(path))
    if not text.strip():
        raise InputError(f"{path}: empty file")
    m = _DATE_IN_NAME.search(path.name)
    day = None
    if m:
        try:
            day = date(int(m[1]), int(m[2]), int(m[3]))
        except ValueError:
            day = None
    return Report(id=path.stem, text=text, source=str(path), date=day)


def _record_to_report(rec: dict, where: str, default_id: str) -> Report:
    text = None
    for col in TEXT_COLUMNS:
        if isinstance(rec.get(col), str):
            text = rec[col]
            break
    if text is None:
        raise ValueError(f"no text field (one of {', '.join(TEXT_COLUMNS)})")
    if not text.strip():
        raise ValueError("empty text")
    rid = rec.get("id")
    rid = default_id if rid in (None, "") else str(rid)
    try:
        day = parse_date(rec.get("date"), where)
    except InputError as exc:
        raise ValueError(str(exc).split(": ", 1)[-1]) from None
    return Report(id=rid, text=text, source=str(rec.get("source") or rec.get("url") or where), date=day)


def iter_jsonl(path: Path, skip_bad: bool = False, log_: ReadLog | None = None) -> Iterator[Report]:
    """Stream reports from a JSON Lines file, one object per line.

    Lines are read one at a time, so memory does not grow with the file.
    """
    try:
        fh = open(path, "rb")
    except OSError as exc:
        raise InputError(f"{path}: cannot read ({exc.strerror or exc})") from None
    with fh:
        head = fh.read(4)
        fh.seek(0)
        if head.startswith((b"\xff\xfe", b"\xfe\xff")):
            stream = io.TextIOWrapper(fh, encoding="utf-16")
        else:
            stream = io.TextIOWrapper(fh, encoding="utf-8-sig", errors="strict")
        n = 0
        while True:
            n += 1
            try:
                line = stream.readline()
            except UnicodeDecodeError:
                raise InputError(f"{path}:{n}: not UTF-8 text") from None
            if not line:
                break
            if not line.strip():
                continue
            try:
                rec = json.loads(line)
                if not isinstance(rec, dict):
                    raise ValueError("not a JSON object")
                yield _record_to_report(rec, f"{path}:{n}", f"{path.stem}-{n}")
            except ValueError as exc:
                reason = str(exc).splitlines()[0]
                if isinstance(exc, json.JSONDecodeError):
                    reason = f"malformed JSON ({exc.msg})"
                if not skip_bad:
                    raise BadRecordError(str(path), n, reason + " (use --skip-bad to go on)") from None
                log.warning("%s:%d: skipped: %s", path, n, reason)
                if log_ is not None:
                    log_.skipped.append(Skipped(str(path), n, reason))


def _csv_rows(path: Path, delimiter: str) -> tuple[list[str], Iterator[dict]]:
    """Header and rows of a CSV file: streamed when it is UTF-8, else decoded whole first."""
    try:
        fh = open(path, encoding="utf-8-sig", newline="")
        head = fh.read(65536)
        fh.seek(0)
        if "\x00" in head:
            fh.close()
            raise UnicodeDecodeError("utf-8", b"", 0, 1, "NUL bytes")
        reader = csv.DictReader(fh, delimiter=delimiter)
        fields = reader.fieldnames or []
    except UnicodeDecodeError:
        text = decode(_read_bytes(path), str(path))
        reader = csv.DictReader(io.StringIO(text, newline=""), delimiter=delimiter)
        fields = reader.fieldnames or []
    except OSError as exc:
        raise InputError(f"{path}: cannot read ({exc.strerror or exc})") from None

    def rows() -> Iterator[dict]:
        try:
            yield from reader
        except UnicodeDecodeError:
            raise InputError(f"{path}: not valid UTF-8 past its start; re-encode it as UTF-8") from None
        except csv.Error as exc:
            raise InputError(f"{path}:{reader.line_num}: malformed CSV ({exc})") from None

    return [f or "" for f in fields], rows()


def iter_csv(path: Path, skip_bad: bool = False, log_: ReadLog | None = None) -> Iterator[Report]:
    """Reports from a CSV (or TSV) file with a text column, read as a stream."""
    delimiter = "\t" if path.suffix.lower() == ".tsv" else ","
    fields, rows = _csv_rows(path, delimiter)
    if not fields:
        raise InputError(f"{path}: empty file")
    cols = [c.strip().lower() for c in fields]
    if not any(c in TEXT_COLUMNS for c in cols):
        raise InputError(f"{path}: no text column (expected one of: {', '.join(TEXT_COLUMNS)}); "
                         f"columns are: {', '.join(cols) or 'none'}")
    for n, row in enumerate(rows, start=2):
        rec = {(k or "").strip().lower(): v for k, v in row.items()}
        try:
            yield _record_to_report(rec, f"{path}:{n}", f"{path.stem}-{n}")
        except ValueError as exc:
            if not skip_bad:
                raise BadRecordError(str(path), n, f"{exc} (use --skip-bad to go on)") from None
            log.warning("%s:%d: skipped: %s", path, n, exc)
            if log_ is not None:
                log_.skipped.append(Skipped(str(path), n, str(exc)))


def _files(path: Path) -> list[Path]:
    if path.is_dir():
        found = sorted(p for p in path.rglob("*") if p.is_file()
                       and p.suffix.lower() in TEXT_SUFFIXES | JSONL_SUFFIXES | CSV_SUFFIXES)
        if not found:
            raise InputError(f"{path}: folder holds no .txt, .jsonl or .csv reports")
        return found
    if not path.exists():
        raise InputError(f"{path}: no such file or folder")
    return [path]


def iter_reports(paths: Iterable[str | Path], skip_bad: bool = False,
                 log_: ReadLog | None = None) -> Iterator[Report]:
    """Yield the reports in files and folders, streaming where the format allows.

    Parameters
    ----------
    paths : iterable of str or Path
        ``.txt`` files (one report each), ``.jsonl`` files (``{"id", "date",
        "source", "text"}`` per line), ``.csv`` files with a text column, or
        folders of these (read recursively, in name order).
    skip_bad : bool
        Skip malformed records (logged and listed in ``log_``) instead of failing.
    log_ : ReadLog, optional
        Collects counts and skipped records.

    Raises
    ------
    InputError
        A path is missing, unreadable, empty, binary or of an unknown format.
    """
    seen: set[str] = set()
    for raw in paths:
        for path in _files(Path(raw)):
            suffix = path.suffix.lower()
            if suffix in JSONL_SUFFIXES:
                reports: Iterable[Report] = iter_jsonl(path, skip_bad, log_)
            elif suffix in CSV_SUFFIXES:
                reports = iter_csv(path, skip_bad, log_)
            else:
                reports = [read_text_file(path)]
            for rep in reports:
                if rep.id in seen:
                    rep = Report(f"{rep.id}@{path.name}", rep.text, rep.source, rep.date)
                seen.add(rep.id)
                if log_ is not None:
                    log_.read += 1
                yield rep


def read_reports(paths: Iterable[str | Path] | str | Path, skip_bad: bool = False,
                 log_: ReadLog | None = None) -> list[Report]:
    """Read all reports into a list (see :func:`iter_reports`)."""
    paths = [paths] if isinstance(paths, (str, Path)) else list(paths)
    reports = list(iter_reports(paths, skip_bad, log_))
    if not reports:
        raise InputError("no reports found in " + ", ".join(map(str, paths)))
    return reports
