"""Names by which reports refer to admin-1 regions, built from a boundary layer."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

import pandas as pd

from ..rules import load_lexicon
from ..text import normalize

_LEX = load_lexicon()


def _split(value: object) -> list[str]:
    if value is None or (isinstance(value, float) and pd.isna(value)):
        return []
    return [v.strip() for v in str(value).split(";") if v.strip() and v.strip().lower() != "nan"]


def _stem(name: str) -> str:
    words = [w for w in re.split(r"\s+", name.strip()) if normalize(w) not in _LEX.region_type_words]
    return " ".join(words)


@dataclass
class RegionNames:
    """Lookup tables from normalised names to region codes.

    Attributes
    ----------
    full : dict
        Whole names that carry their own region word ("Kaluga Oblast",
        "Republic of Tatarstan", "Калужская область").
    stems : dict
        Names that denote the region when a region word follows ("Kaluga" in
        "Kaluga region", "Moscow" in "the Moscow region").
    standalone : dict
        Names that denote the region on their own ("Crimea", "Tatarstan").
    names : dict
        ``region_code -> (English name, country)``.
    """

    full: dict[str, str] = field(default_factory=dict)
    stems: dict[str, str] = field(default_factory=dict)
    standalone: dict[str, str] = field(default_factory=dict)
    names: dict[str, tuple[str, str]] = field(default_factory=dict)

    @property
    def max_words(self) -> int:
        keys = list(self.full) + list(self.stems) + list(self.standalone)
        return max((k.count(" ") + 1 for k in keys), default=1)

    @classmethod
    def from_boundaries(cls, regions: pd.DataFrame) -> "RegionNames":
        """Build the tables from a layer returned by :func:`mapper.load_boundaries`."""
        out = cls()
        for row in regions.itertuples(index=False):
            code = row.region_code
            out.names[code] = (row.region_name, row.country)
            for name in [row.region_name, row.name_local]:
                if not name or name == "nan":
                    continue
                if _LEX.region_name_re.search(name):
                    out.full.setdefault(normalize(name), code)
                stem = _stem(name)
                if stem and stem != name:
                    out.stems.setdefault(normalize(stem), code)
            for alias in _split(row.aliases):
                out.stems.setdefault(normalize(alias), code)
            for alias in _split(row.standalone):
                out.standalone.setdefault(normalize(alias), code)
                out.stems.setdefault(normalize(alias), code)
        for word in _LEX.region_words:
            out.stems.pop(word, None)
        return out
