"""Russian and Ukrainian names of regions in all their case forms, by stem key.

From ``data/boundaries/regions.csv``: ``name_ru``, ``name_uk`` and ``name_local`` give the
adjective of each oblast or krai ("Курская область": "Курской области", "Курській області") and
the name of each republic ("Республика Татарстан"); ``forms_ru`` and ``forms_uk`` the names a
region has on its own ("Крым", "Подмосковье", "Харківщина", "Одещина").
"""

from __future__ import annotations

import csv
from dataclasses import dataclass, field
from pathlib import Path

from .. import settings
from ..rules import load_lexicon
from ..text import normalize
from ._morph import stem_key
from ._regionnames import RegionNames

_NAME_COLUMNS = ("name_local", "name_ru", "name_uk")
_FORM_COLUMNS = ("forms_ru", "forms_uk")


@dataclass
class SlavicRegions:
    """``stem key -> region code`` for adjectives (before a region word) and names alone."""

    adjectives: dict[str, str] = field(default_factory=dict)
    standalone: dict[str, str] = field(default_factory=dict)

    @classmethod
    def build(cls, regions: RegionNames, lang: str) -> "SlavicRegions":
        """The tables for the regions of the boundary layer that ``regions.csv`` names."""
        out = cls()
        types = load_lexicon(lang).region_type_words | load_lexicon("ru").region_type_words \
            | load_lexicon("uk").region_type_words
        for row in _rows():
            code = row.get("code", "")
            if code not in regions.names:
                continue
            for col in _NAME_COLUMNS:
                out._add_name(row.get(col, ""), code, types)
            for col in _FORM_COLUMNS:
                for form in filter(None, (f.strip() for f in row.get(col, "").split(";"))):
                    for variant in (form, *_oblique(form)):
                        out.standalone.setdefault(stem_key(variant), code)
        return out

    def _add_name(self, name: str, code: str, types: frozenset[str]) -> None:
        words = normalize(name).split()
        if len(words) < 2:
            return
        rest = [w for w in words if w not in types]
        if not rest:
            return
        if words[0] in types:  # "Республика Татарстан": the name after the word
            self.standalone.setdefault(stem_key(" ".join(rest)), code)
        else:  # "Курская область": the adjective before it; "Івано-Франківська": its words together
            self.adjectives.setdefault(stem_key(" ".join(rest[:-1] + [rest[-1]]) if len(rest) > 1 and "-" in name
                                                else rest[0]), code)

    def adjective(self, word: str) -> str | None:
        """The region whose adjective ``word`` is in any case form ("Курской" -> RU-KRS)."""
        return self.adjectives.get(stem_key(word)) if len(word) > 3 else None

    def adjective_with(self, word: str, region_word: tuple[str, ...]) -> str | None:
        """The region of an adjective and the region word after it (the same as :meth:`adjective`
        today; kept apart for adjectives two regions share with different words)."""
        return self.adjective(word)

    def standalone_of(self, name: str) -> str | None:
        """The region a name stands for on its own ("Харківщині" -> UA-63)."""
        return self.standalone.get(stem_key(name))


#: A name ending in "-ия"/"-ія" in its other cases: the stem keys of "Осетии", "Чувашії" differ from the
#: nominative's ("ос*т" beside "осети"), so the genitive, dative and locative are added as forms of their own,
#: with an adjective before them in the same case ("Северной Осетии", "Північній Осетії").
_OBLIQUE = ((("ия", "ии"), ("ая", "ой")), (("ія", "ії"), ("а", "ій")))


def _oblique(form: str) -> list[str]:
    """The genitive/dative/locative of a region's name whose last word ends in "-ия" or "-ія"."""
    words = form.split()
    out = []
    for (noun, noun_oblique), (adj, adj_oblique) in _OBLIQUE:
        if words[-1].endswith(noun):
            out.append(" ".join([w[:-len(adj)] + adj_oblique if w.endswith(adj) else w for w in words[:-1]]
                                + [words[-1][:-len(noun)] + noun_oblique]))
    return out


def _rows() -> list[dict[str, str]]:
    path = Path(settings.data_folder) / "regions.csv"
    if not path.exists():  # a layer of the user's own: no Russian or Ukrainian names but its local ones
        return []
    with open(path, encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))
