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

import ijson

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
        return "".join(p if isinstance(p, str) else str(p.get("text", "")) if isinstance(p, dict) else ""
                       for p in text)
    return ""


def channel_name(path: Path, where: str) -> str:
    """The export's ``name`` (read before its messages), or the file's stem."""
    try:
        with open(path, "rb") as fh:
            for prefix, event, value in ijson.parse(fh):
                if prefix == "name" and event == "string":
                    return value
                if prefix == "messages":
                    break
                if prefix == "" and event not in ("start_map", "map_key", "end_map"):
                    raise InputError(f"{where}: not a Telegram Desktop export (not a JSON object)")
    except ijson.JSONError as exc:
        raise InputError(f"{where}: malformed Telegram export ({_first_line(exc)})") from None
    except OSError as exc:
        raise InputError(f"{where}: cannot read ({exc.strerror or exc})") from None
    return path.stem


def iter_messages(path: Path) -> Iterator[tuple[int, dict]]:
    """``(position, message)`` of each message of the export, one at a time.

    Raises
    ------
    InputError
        The file is not JSON, is cut short, or has no ``messages`` list.
    """
    where, seen = display_path(path), False
    try:
        with open(path, "rb") as fh:
            for n, msg in enumerate(ijson.items(fh, "messages.item", use_float=True), 1):
                seen = True
                yield n, msg
    except ijson.JSONError as exc:
        raise InputError(f"{where}: malformed Telegram export ({_first_line(exc)})") from None
    except OSError as exc:
        raise InputError(f"{where}: cannot read ({exc.strerror or exc})") from None
    if not seen and not _has_messages(path):
        raise InputError(f"{where}: not a Telegram Desktop export (no messages list)")


def _has_messages(path: Path) -> bool:
    with open(path, "rb") as fh:
        return any(prefix == "messages" and event == "start_array" for prefix, event, _ in ijson.parse(fh))


def record_of(msg: object, channel: str) -> dict | str | None:
    """A message as a record of :func:`mapper.reports` (``id``, ``date``, ``source``, ``text``),
    None for a service message, or the reason a message without text is no report.
    ValueError for a message that is not an object."""
    if not isinstance(msg, dict):
        raise ValueError("a message that is not a JSON object")
    if msg.get("type") == "service":
        return None
    text = message_text(msg.get("text"))
    if not text.strip():
        return f"message {msg.get('id')} has no text (media only)"
    return {"id": f"{channel}/{msg.get('id')}", "date": msg.get("date"), "source": channel, "text": text,
            "lang": msg.get("lang")}


def _first_line(exc: Exception) -> str:
    return (str(exc).splitlines() or ["unknown error"])[0][:200]
