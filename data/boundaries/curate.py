"""Build ``admin1.geojson`` and ``countries.geojson`` from Natural Earth.

Source: ``world_map.gpkg`` from Debian's ``qgis-common`` package (Natural Earth
1:10m Admin 1 v4.1.0 and Admin 0 v4.1.0, generalised by the QGIS project; public
domain). ``regions.csv`` beside this script is the hand-checked curation table:
one row per Natural Earth polygon, giving its ISO 3166-2 code, English and local
name, type, and a note for disputed territory.

Run from the repository root::

    python data/boundaries/curate.py [/usr/share/qgis/resources/data/world_map.gpkg]
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import geopandas as gpd
import pandas as pd
from shapely import set_precision

HERE = Path(__file__).resolve().parent
DEFAULT_GPKG = "/usr/share/qgis/resources/data/world_map.gpkg"
PRECISION = 1e-4  # about 11 m: far below the generalisation already applied


def build_admin1(gpkg: str) -> gpd.GeoDataFrame:
    table = pd.read_csv(HERE / "regions.csv", keep_default_na=False, dtype=str)
    src = gpd.read_file(gpkg, layer="states_provinces")
    src = src[src["admin"].isin(set(table["ne_admin"]))].copy()
    src["ne_name"] = src["name"].fillna("")
    merged = src.merge(table, left_on=["ne_name", "admin"], right_on=["ne_name", "ne_admin"],
                       how="left", validate="one_to_one")
    missing = merged[merged["code"].isna()]
    if len(missing):
        raise SystemExit(f"uncurated polygons: {sorted(missing['ne_name'])}")
    merged["geometry"] = merged.geometry.make_valid()
    out = merged.dissolve(by="code", as_index=False, aggfunc="first")
    out["disputed"] = out["disputed_note"].astype(bool)
    out = out.rename(columns={"code": "region_code", "name_en": "region_name"})
    out = out[["region_code", "region_name", "name_local", "country", "type", "disputed",
               "disputed_note", "aliases", "standalone", "geometry"]]
    out["geometry"] = set_precision(out.geometry.values, PRECISION)
    return out.sort_values("region_code").reset_index(drop=True)


def build_countries(gpkg: str) -> gpd.GeoDataFrame:
    src = gpd.read_file(gpkg, layer="countries")
    out = src[["iso_a2", "NAME", "geometry"]].rename(columns={"iso_a2": "country", "NAME": "name"})
    out["geometry"] = out.geometry.make_valid().simplify(0.05, preserve_topology=True)
    out["geometry"] = set_precision(out.geometry.values, 1e-2)
    return out[~out.geometry.is_empty].reset_index(drop=True)


def main(gpkg: str = DEFAULT_GPKG) -> None:
    admin1 = build_admin1(gpkg)
    expected = set(pd.read_csv(HERE / "regions.csv", dtype=str)["code"])
    assert set(admin1["region_code"]) == expected, "every curated code has a polygon"
    admin1.to_file(HERE / "admin1.geojson", driver="GeoJSON", COORDINATE_PRECISION=4)
    build_countries(gpkg).to_file(HERE / "countries.geojson", driver="GeoJSON",
                                  COORDINATE_PRECISION=2)
    print(json.dumps({"regions": len(admin1)}))


if __name__ == "__main__":
    main(*sys.argv[1:])
