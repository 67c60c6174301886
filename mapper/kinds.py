"""The kind of incident a sentence tells of: shoot-down, debris, strike or other."""

from __future__ import annotations

import re

from .lexicon import (AERIAL_WORDS, BACKGROUND_CUES, DESTROY_TRIGGERS, EVENT_PRIORITY, EVENT_TRIGGERS,
                      NEGATIONS)


def _trigger_re(words: tuple[str, ...]) -> re.Pattern:
    alts = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    return re.compile(r"\b(?:" + alts + ")", re.I)


_TRIGGERS = {kind: _trigger_re(EVENT_TRIGGERS[kind]) for kind in EVENT_PRIORITY}
_BACKGROUND = re.compile("|".join(r"\b" + re.escape(c) for c in BACKGROUND_CUES), re.I)
_WORD = re.compile(r"\w+")
_AERIAL_RE = "(?:" + "|".join(AERIAL_WORDS) + ")"
_AERIAL_AFTER = re.compile(r"\W+(?:\S+\s+){0,4}?" + _AERIAL_RE, re.I)
_AERIAL_PASSIVE = re.compile(_AERIAL_RE + r"\w*\W+(?:\S+\s+){0,4}?(?:was|were|been|be|are|is)\s+(?:\w+\s+){0,2}$", re.I)


def _negated(text: str, start: int) -> bool:
    return bool({w.lower() for w in _WORD.findall(text[max(0, start - 40):start])[-3:]} & NEGATIONS)


def event_kind(text: str) -> str:
    """Kind of incident a sentence tells of, by trigger words (debris first).

    A trigger within three words after a negation ("no damage", "no casualties or
    damage", "without casualties") does not count. "Destroyed" is a shoot-down only
    when a drone, missile or other aerial object is named; else a strike.
    """
    for kind in EVENT_PRIORITY:
        destroyed_only = False
        for m in _TRIGGERS[kind].finditer(text):
            if _negated(text, m.start()):
                continue
            if kind == "shootdown" and m.group().lower().startswith(DESTROY_TRIGGERS):
                # a shoot-down when drones were what was destroyed: "destroyed four drones",
                # "two drones were destroyed"; not "a drone strike destroyed an oil tank"
                after = text[m.end():m.end() + 40]
                before = text[max(0, m.start() - 60):m.start()]
                if _AERIAL_AFTER.match(after) or _AERIAL_PASSIVE.search(before):
                    return kind
                destroyed_only = True
                continue
            return kind
        if destroyed_only:
            return "strike"
    return "other"


def is_background(text: str) -> bool:
    """A sentence about what happened before or in general ("in recent months ...")."""
    return bool(_BACKGROUND.search(text))
