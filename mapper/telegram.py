"""Telegram Desktop channel exports (``result.json``) as reports, streamed.

The export is one JSON object: the channel's ``name``, ``type`` and ``id``, then a ``messages``
list. Each message with text is a report: its ``text`` is a string or a list of strings and
entity pieces (``{"type": "link", "text": ...}``), joined; its ``date`` is the report's date; the
channel's name is its source; its id is ``<channel>/<message id>`` (the post's id in each output
row). Service messages (``"type": "service"``) are no reports and are passed over; edited and
forwarded posts are reports of their own. Messages are read one at a time with ``ijson``, so
memory does not grow with the export; a message without text (a photo alone) is listed as
skipped, never lost silently.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from pathlib import Path


from .exceptions import InputError
from .textfiles import display_path

log = logging.getLogger(__name__)

#: Suffix of an export named on the command line (folders are not searched for them).
TELEGRAM_SUFFIXES = {".json"}


def message_text(text: object) -> str:
    """The plain text of a message's ``text``: a string, or a list of strings and entity pieces."""
    if isinstance(text, str):
        return text
    if isinstance(text, list):
        return "".join(p if isinstance(p, str) else _piece_text(p) for p in text)
    return ""


def _piece_text(piece: object) -> str:
    """The text of an entity piece (``{"type": "bold", "text": ...}``): a string, or a number written
    out; nothing for a missing or null text (it was written as "None") or any other value."""
    text = piece.get("text") if isinstance(piece, dict) else None
    if isinstance(text, str):
        return text
    return str(text) if isinstance(text, (int, float)) and not isinstance(text, bool) else ""


#: Deepest nesting of objects and lists read; a message's text entities nest a few levels.
MAX_DEPTH = 100


def _events(fh, where: str) -> Iterator[tuple[int, str, object]]:
    """``(depth, event, value)`` of ijson's basic events (no prefixes: ijson builds the prefix of
    every event, which costs memory quadratic in the nesting), stopping past :data:`MAX_DEPTH`."""
    import ijson  # here: a run of text or CSV reports does without it

    depth = 0
    for event, value in ijson.basic_parse(fh, use_float=True):
        if event in ("start_map", "start_array"):
            depth += 1
            if depth > MAX_DEPTH:
                raise InputError(f"{where}: malformed Telegram export (nested too deeply, over {MAX_DEPTH} levels)")
        elif event in ("end_map", "end_array"):
            depth -= 1
        yield depth, event, value


def _item(first: tuple[int, str, object], events: Iterator[tuple[int, str, object]]) -> object:
    """One element of the messages list (depth 2), built from its events."""
    import ijson

    builder = ijson.ObjectBuilder()
    depth, event, value = first
    builder.event(event, value)
    while depth > 2:
        depth, event, value = next(events)
        builder.event(event, value)
    return builder.value


def _export(path: Path, where: str) -> Iterator[tuple[str, object]]:
    """``("name", name)``, ``("messages", None)`` where the list begins, then ``("message", msg)``
    for each of its elements, from the top-level object of an export, read one event at a time."""
    import ijson

    try:
        with open(path, "rb") as fh:
            events = _events(fh, where)
            if next(events, (0, "", None))[1] != "start_map":
                raise InputError(f"{where}: not a Telegram Desktop export (not a JSON object)")
            yield from _top_level(events)
    except ijson.JSONError as exc:
        raise InputError(f"{where}: malformed Telegram export ({_first_line(exc)})") from None
    except OSError as exc:
        raise InputError(f"{where}: cannot read ({exc.strerror or exc})") from None


def _top_level(events: Iterator[tuple[int, str, object]]) -> Iterator[tuple[str, object]]:
    """The ``name`` and the ``messages`` of the export's object (its other keys passed over)."""
    key = None
    for depth, event, value in events:
        if depth == 1 and event == "map_key":
            key = value
            continue
        if key == "name" and depth == 1 and event == "string":
            yield "name", value
        elif key == "messages" and depth == 2 and event == "start_array":
            yield "messages", None
            for first in events:
                if first[0] == 1:  # the list's end
                    break
                yield "message", _item(first, events)
        key = None if depth <= 1 else key


def channel_name(path: Path, where: str) -> str:
    """The export's ``name`` (read before its messages), or the file's stem."""
    for what, value in _export(path, where):
        if what == "name" and isinstance(value, str):
            return value
        if what == "messages":
            break
    return path.stem


def iter_messages(path: Path) -> Iterator[tuple[int, object]]:
    """``(position, message)`` of each message of the export, one at a time.

    Raises
    ------
    InputError
        The file is not JSON, is cut short, nests too deeply, or has no ``messages`` list.
    """
    where, seen, n = display_path(path), False, 0
    for what, value in _export(path, where):
        if what == "messages":
            seen = True
        elif what == "message":
            n += 1
            yield n, value
    if not seen:
        raise InputError(f"{where}: not a Telegram Desktop export (no messages list)")


def record_of(msg: object, channel: str) -> dict | str | None:
    """A message as a record of :func:`mapper.reports` (``id``, ``date``, ``source``, ``text``),
    None for a service message, or the reason a message without text is no report.
    ValueError for a message that is not an object."""
    if not isinstance(msg, dict):
        raise ValueError("a message that is not a JSON object")
    if msg.get("type") == "service":
        return None
    ident = _message_id(msg.get("id"))
    raw = msg.get("text")
    text = message_text(raw)
    if not text.strip():
        told = raw is None or isinstance(raw, (str, list))
        kind = {"int": "a number", "float": "a number", "bool": "true or false", "dict": "an object"}.get(
            type(raw).__name__, type(raw).__name__)
        return f"message {ident} has no text " + ("(media only)" if told else f"(its text is {kind}, not a string)")
    return {"id": None if ident is None else f"{channel}/{ident}", "date": msg.get("date"), "source": channel,
            "text": text, "lang": msg.get("lang")}


def _message_id(value: object) -> int | str | None:
    """A message's id: a number in Telegram's exports (or a string of its own), None when it has none (the
    report is then ``<channel>-<position>``); ValueError for any other value, which would give ids such as
    ``chan/True`` or ``chan/{'x': 1}``."""
    if value is None or (isinstance(value, int) and not isinstance(value, bool)):
        return value
    if isinstance(value, str) and value.strip():
        return value
    raise ValueError(f"a message id {value!r:.40} is not a number")


def _first_line(exc: Exception) -> str:
    return (str(exc).splitlines() or ["unknown error"])[0][:200]
