"""The language of a report's text: English, Russian or Ukrainian, told offline and cheaply.

Latin against Cyrillic letters tells English from the other two; among Cyrillic texts, the
letters only Ukrainian has (і, ї, є, ґ) against those only Russian has (ы, э, ъ, ё), and a
few frequent words of each, tell Russian from Ukrainian. A ``lang`` given with a report
(a JSON field or CSV column) wins over this guess (:func:`language_of`).
"""

from __future__ import annotations

import re

#: Languages mapper reads; each has its rules in ``mapper/rules/<lang>/``.
LANGUAGES = ("en", "ru", "uk")
_LATIN = re.compile(r"[A-Za-z]")
_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
_UK_LETTERS = re.compile(r"[іїєґІЇЄҐ]")
_RU_LETTERS = re.compile(r"[ыэъёЫЭЪЁ]")
_WORD = re.compile(r"[^\W\d_]+")
_UK_WORDS = frozenset({"що", "та", "від", "було", "збито", "області", "року", "під", "це", "який", "які",
                       "над", "унаслідок", "внаслідок", "також", "через", "дронів", "уламків", "ворог"})
_RU_WORDS = frozenset({"что", "и", "от", "было", "сбито", "области", "года", "под", "это", "который", "которые",
                       "в", "результате", "также", "через", "дронов", "обломков", "противник", "по"})
_ALIASES = {"english": "en", "eng": "en", "russian": "ru", "rus": "ru", "ukrainian": "uk", "ukr": "uk", "ua": "uk"}
#: Letters read at most: the start of a long report tells its language.
_SAMPLE = 4000


def detect_language(text: str) -> str:
    """``"en"``, ``"ru"`` or ``"uk"``: the language ``text`` is most likely in.

    Examples
    --------
    >>> detect_language("Над областью збито дев'ять дронів.")
    'uk'
    >>> detect_language("Над областью сбиты девять дронов.")
    'ru'
    >>> detect_language("Nine drones were shot down.")
    'en'
    """
    sample = text[:_SAMPLE]
    if sample.isascii():  # no Cyrillic letter: what the count below would tell, without it
        return "en"
    cyrillic = len(_CYRILLIC.findall(sample))
    if cyrillic <= len(_LATIN.findall(sample)):
        return "en"
    uk = 2 * len(_UK_LETTERS.findall(sample))
    ru = 2 * len(_RU_LETTERS.findall(sample))
    for word in _WORD.findall(sample.lower()):
        uk += word in _UK_WORDS
        ru += word in _RU_WORDS
    return "uk" if uk > ru else "ru"


def language_of(text: str, given: object = None) -> str:
    """The language given with a report when it is one mapper reads (``"uk"``, ``"Ukrainian"``),
    else the one :func:`detect_language` tells."""
    if isinstance(given, str) and given.strip():
        code = given.strip().lower().split("-")[0].split("_")[0]
        code = _ALIASES.get(code, code)
        if code in LANGUAGES:
            return code
    return detect_language(text)
