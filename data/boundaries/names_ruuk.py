"""Add Russian and Ukrainian region names to ``regions.csv`` (columns ``name_ru``, ``name_uk``).

The names come from the ISO 3166-2 translations that ship with ``pycountry`` (iso-codes, LGPL
data): Ukrainian names of Russian and Ukrainian regions, Russian names of Ukrainian ones; a
Russian region's Russian name is its ``name_local``. ``forms_ru`` and ``forms_uk`` (names a
region goes by on its own: "Крым", "Подмосковье", "Харківщина") are written by hand in the CSV
and kept. Run once after changing the curation table: ``python data/boundaries/names_ruuk.py``.
"""

from __future__ import annotations

import gettext
from pathlib import Path

import pandas as pd
import pycountry

HERE = Path(__file__).resolve().parent


def _translator(lang: str):
    return gettext.translation("iso3166-2", pycountry.LOCALES_DIR, languages=[lang])


def _name(code: str, tr, fallback: str) -> str:
    sub = pycountry.subdivisions.get(code=code)
    if sub is None:
        return fallback
    name = tr.gettext(sub.name)
    return name if any("\u0400" <= c <= "\u04ff" for c in name) else fallback


def main() -> None:
    table = pd.read_csv(HERE / "regions.csv", keep_default_na=False, dtype=str)
    ru, uk = _translator("ru"), _translator("uk")
    for col in ("name_ru", "name_uk", "forms_ru", "forms_uk"):
        if col not in table:
            table[col] = ""
    for i, row in table.iterrows():
        if row["code"][:2] not in ("RU", "UA"):
            continue
        local = row["name_local"]
        table.at[i, "name_ru"] = row["name_ru"] or (local if row["code"].startswith("RU") else _name(row["code"], ru, ""))
        table.at[i, "name_uk"] = row["name_uk"] or (local if row["country"] == "UA" and not row["code"].startswith("RU")
                                                    and row["ne_admin"] == "Ukraine" else _name(row["code"], uk, ""))
    table.to_csv(HERE / "regions.csv", index=False)


if __name__ == "__main__":
    main()
