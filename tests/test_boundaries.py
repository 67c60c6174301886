import geopandas as gpd
import pytest
from shapely.geometry import Point, Polygon, box

from mapper import BoundaryError, assign_regions, load_boundaries


def test_shipped_layer(boundaries):
    b = boundaries
    assert b.crs.to_epsg() == 4326
    assert b["region_code"].is_unique
    assert (b["country"] == "RU").sum() == 83 and (b["country"] == "UA").sum() == 27
    assert b.geometry.is_valid.all()
    crimea = b.set_index("region_code").loc[["UA-43", "UA-40"]]
    assert crimea["disputed"].all() and (crimea["country"] == "UA").all()
    assert b.set_index("region_code").loc["RU-KLU", "name_local"] == "Калужская область"


def test_shipped_layer_has_the_names_of_the_curation_table(boundaries):
    """The names reports use (aliases, standalone names) in regions.csv reach the shipped layer."""
    import csv
    from pathlib import Path

    table = Path(__file__).resolve().parents[1] / "data" / "boundaries" / "regions.csv"
    with open(table, encoding="utf-8") as fh:
        rows = {r["code"]: r for r in csv.DictReader(fh)}
    layer = boundaries.set_index("region_code")
    for code, row in rows.items():
        if code in layer.index:
            for col in ("aliases", "standalone"):
                assert (layer.loc[code, col] or "") == (row[col] or ""), (code, col)


@pytest.mark.parametrize("lon, lat, code", [
    (36.49, 55.20, "RU-KLU"),   # Borovsk
    (37.62, 55.75, "RU-MOW"),   # Moscow
    (37.18, 48.28, "UA-14"),    # Pokrovsk
    (33.52, 44.60, "UA-40"),    # Sevastopol
    (30.52, 50.45, "UA-30"),    # Kyiv
])
def test_assign_regions(boundaries, lon, lat, code):
    pts = gpd.GeoDataFrame(geometry=[Point(lon, lat)], crs=4326)
    assert assign_regions(pts, boundaries).tolist() == [code]


def test_point_just_off_the_coast_gets_the_region_beside_it(boundaries):
    pts = gpd.GeoDataFrame(geometry=[Point(37.5, 47.05), Point(0, 0)], crs=4326)  # Mariupol's shore; Gulf of Guinea
    assert assign_regions(pts, boundaries).tolist() == ["UA-14", None]


def _write(gdf, path, **kw):
    gdf.to_file(path, **kw)
    return path


def test_gadm_like_shapefile_in_another_crs(tmp_path):
    gdf = gpd.GeoDataFrame({"GID_1": ["XX.1_1", "XX.2_1"], "NAME_1": ["Alpha", "Beta"], "ISO_1": ["XX-A", "XX-B"],
                            "GID_0": ["RUS", "RUS"], "VARNAME_1": ["Alfa|Alpha Oblast", ""]},
                           geometry=[box(30, 50, 31, 51), box(31, 50, 32, 51)], crs=4326).to_crs(3857)
    layer = load_boundaries(_write(gdf, tmp_path / "gadm.shp"))
    assert list(layer["region_code"]) == ["XX-A", "XX-B"]
    assert list(layer["country"]) == ["RU", "RU"]
    assert layer.crs.to_epsg() == 4326
    assert abs(layer.total_bounds[0] - 30) < 1e-6
    assert layer.iloc[0]["aliases"] == "Alfa;Alpha Oblast"


def test_geoboundaries_geojson_and_ocha_geopackage(tmp_path):
    gb = gpd.GeoDataFrame({"shapeISO": ["UA-14"], "shapeName": ["Donetsk Oblast"], "shapeGroup": ["UKR"]},
                          geometry=[box(36, 47, 39, 49)], crs=4326)
    layer = load_boundaries(_write(gb, tmp_path / "gb.geojson", driver="GeoJSON"))
    assert layer.iloc[0][["region_code", "region_name", "country"]].tolist() == ["UA-14", "Donetsk Oblast", "UA"]
    ocha = gb.rename(columns={"shapeISO": "ADM1_PCODE", "shapeName": "ADM1_EN", "shapeGroup": "ADM0_EN"})
    ocha["ADM0_EN"] = "Ukraine"
    ocha["ADM1_UA"] = "Донецька область"
    layer = load_boundaries(_write(ocha, tmp_path / "ocha.gpkg", layer="adm1", driver="GPKG"), layer="adm1")
    assert layer.iloc[0][["region_name", "name_local", "country"]].tolist() == ["Donetsk Oblast",
                                                                              "Донецька область", "UA"]


def test_explicit_columns(tmp_path):
    gdf = gpd.GeoDataFrame({"kod": ["A"], "nazva": ["Alpha"]}, geometry=[box(0, 0, 1, 1)], crs=4326)
    path = _write(gdf, tmp_path / "x.geojson", driver="GeoJSON")
    with pytest.raises(BoundaryError, match="no region code or name column"):
        load_boundaries(path)
    layer = load_boundaries(path, code_col="kod", name_col="nazva")
    assert layer.iloc[0][["region_code", "region_name"]].tolist() == ["A", "Alpha"]
    with pytest.raises(BoundaryError, match="no column 'code'"):
        load_boundaries(path, code_col="code")


def test_invalid_geometry_is_repaired(tmp_path):
    bowtie = Polygon([(0, 0), (1, 1), (1, 0), (0, 1), (0, 0)])
    gdf = gpd.GeoDataFrame({"region_code": ["A"], "region_name": ["Alpha"]}, geometry=[bowtie], crs=4326)
    layer = load_boundaries(_write(gdf, tmp_path / "bad.geojson", driver="GeoJSON"))
    assert layer.geometry.is_valid.all() and layer.geometry.iloc[0].area > 0


def test_rows_sharing_a_region_code_are_joined_and_said(tmp_path, caplog):
    gdf = gpd.GeoDataFrame({"region_code": ["A", "B", "A"], "region_name": ["Alpha", "Beta", "Alpha islands"]},
                           geometry=[box(0, 0, 1, 1), box(1, 0, 2, 1), box(5, 5, 6, 6)], crs=4326)
    with caplog.at_level("WARNING", logger="mapper.boundaries"):
        layer = load_boundaries(_write(gdf, tmp_path / "parts.geojson", driver="GeoJSON"))
    assert sorted(layer["region_code"]) == ["A", "B"]
    alpha = layer.set_index("region_code").loc["A"]
    assert alpha["region_name"] == "Alpha" and alpha.geometry.area == pytest.approx(2)
    assert any("2 rows share a region code with another row (A)" in r.getMessage() for r in caplog.records)


def test_rows_without_a_geometry_are_left_out_with_one_warning(tmp_path, caplog, capfd):
    from shapely.geometry import GeometryCollection

    gdf = gpd.GeoDataFrame({"region_code": ["A", "B", "C"], "region_name": ["Alpha", "Beta", "Gamma"]},
                           geometry=[box(0, 0, 1, 1), GeometryCollection(), None], crs=4326)
    path = _write(gdf, tmp_path / "empty.gpkg", driver="GPKG")
    capfd.readouterr()
    with caplog.at_level("WARNING", logger="mapper.boundaries"):
        layer = load_boundaries(path)
    assert list(layer["region_code"]) == ["A"]
    assert any("2 rows without a geometry left out" in r.getMessage() for r in caplog.records)
    assert "UserWarning" not in capfd.readouterr().err


def test_not_a_vector_file(tmp_path):
    p = tmp_path / "x.geojson"
    p.write_text("hello")
    with pytest.raises(BoundaryError, match="not a readable vector layer"):
        load_boundaries(p)
    with pytest.raises(BoundaryError, match="not found"):
        load_boundaries(tmp_path / "missing.shp")


def test_a_layer_is_read_once_while_unchanged_and_callers_get_their_own_copy(tmp_path):
    path = tmp_path / "regions.geojson"
    gpd.GeoDataFrame({"shapeISO": ["XX-A"], "shapeName": ["Alpha"]}, geometry=[box(0, 0, 1, 1)],
                     crs="EPSG:4326").to_file(path)
    first = load_boundaries(path)
    first.loc[0, "region_name"] = "changed by the caller"
    assert load_boundaries(path).loc[0, "region_name"] == "Alpha"
    gpd.GeoDataFrame({"shapeISO": ["XX-B", "XX-C"], "shapeName": ["Beta", "Gamma"]},
                     geometry=[box(0, 0, 1, 1), box(1, 0, 2, 1)], crs="EPSG:4326").to_file(path)
    assert list(load_boundaries(path)["region_code"]) == ["XX-B", "XX-C"]  # the file changed: read again


def test_a_file_of_several_layers_read_without_a_layer_named_says_which_is_read(tmp_path, caplog):
    """A GeoPackage of several layers was read by its first layer without a word."""
    path = tmp_path / "two.gpkg"
    for layer, code in (("admin1", "XX-A"), ("admin2", "XX-B")):
        gpd.GeoDataFrame({"shapeISO": [code], "shapeName": ["Alpha"]}, geometry=[box(0, 0, 1, 1)],
                         crs="EPSG:4326").to_file(path, layer=layer, driver="GPKG")
    with caplog.at_level("WARNING", logger="mapper"):
        assert list(load_boundaries(path)["region_code"]) == ["XX-A"]
    assert any("2 layers (admin1, admin2); the first, admin1, is read" in r.getMessage() for r in caplog.records)
    caplog.clear()
    with caplog.at_level("WARNING", logger="mapper"):
        assert list(load_boundaries(path, layer="admin2")["region_code"]) == ["XX-B"]
    assert not caplog.records


def test_rows_without_code_or_name_are_left_out_and_degrees_declared_as_metres_are_told(tmp_path, caplog):
    """A row with neither a code nor a name was kept as a region coded ""; longitude/latitude declared as
    EPSG:3857 landed within metres of 0°, 0° and every incident fell outside, without a word."""
    path = tmp_path / "r.geojson"
    gpd.GeoDataFrame({"shapeISO": ["XX-A", ""], "shapeName": ["Alpha", ""]},
                     geometry=[box(0, 0, 1, 1), box(1, 0, 2, 1)], crs="EPSG:4326").to_file(path)
    with caplog.at_level("WARNING", logger="mapper"):
        assert list(load_boundaries(path)["region_code"]) == ["XX-A"]
    assert any("1 rows with no region code or name left out" in r.getMessage() for r in caplog.records)
    blank = tmp_path / "blank.geojson"
    gpd.GeoDataFrame({"shapeISO": [""], "shapeName": [""]}, geometry=[box(0, 0, 1, 1)],
                     crs="EPSG:4326").to_file(blank)
    with pytest.raises(BoundaryError, match="no row has a region code or name"):
        load_boundaries(blank)
    metres = tmp_path / "m.geojson"
    gpd.GeoDataFrame({"shapeISO": ["XX-A", "XX-B"], "shapeName": ["Alpha", "Beta"]},
                     geometry=[box(36, 54, 37, 55), box(37, 54, 38, 55)], crs="EPSG:3857").to_file(metres)
    caplog.clear()
    with caplog.at_level("WARNING", logger="mapper"):
        load_boundaries(metres)
    assert any("declared in another CRS" in r.getMessage() for r in caplog.records)
