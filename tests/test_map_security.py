"""Hostile input never reaches a template engine, and the map is the same bytes on every run.

Every field a run's input can carry into the map (report text, id, source and date; the
names of a user's boundary layer; the names of a user's gazetteer; the map title) is
filled with Jinja, HTML and JavaScript payloads. The map must show them as text: they
travel as JSON in one ``<script type="application/json">`` block, escaped so that no
``</script>`` can close it.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import subprocess
import sys
from pathlib import Path

import geopandas as gpd
import pytest
from shapely.geometry import box

import mapper
from mapper import settings

ROOT = Path(__file__).resolve().parent.parent

PAYLOADS = [
    "{{ 7*7 }}",
    "{% for x in range(3) %}x{% endfor %}",
    "{{ lipsum.__globals__['os'].system('touch PWNED') }}",
    "{{ }}",
    "{#",
    "</script><script>alert(1)</script>",
    "<img src=x onerror=alert(1)>",
    "\"'\u2028\u2029",
    "${alert(1)}",
]
#: Made-up place names the hostile gazetteer knows (as alternate names of payload-named places).
WORDS = ["Zorvik", "Brellan", "Talvest", "Quorin", "Mirdale", "Vostrel", "Kelmar", "Drusk", "Fennor"]
TITLE = "Title " + " ".join(PAYLOADS)
#: What a template engine would have made of the payloads after one of the labels used below.
EVALUATED = re.compile(r"\b(?:Area|Local|Note|XX-|src|id|Ghost|Title|Zorvik)\d* (?:49|xxx)\b")
DATA_BLOCK = re.compile(r'<script type="application/json" id="([\w-]+)">(.*?)</script>', re.S)


def write_hostile_inputs(folder: Path) -> dict[str, Path]:
    """A boundary layer, a GeoNames dump and JSON Lines reports, every name a payload.

    Region ``i`` is the box lon 30+i..31+i, lat 50..51; the gazetteer's place ``i`` (main
    name ``"<WORDS[i]> <payload i>"``, alternate name ``WORDS[i]``) lies at its centre.
    """
    folder.mkdir(parents=True, exist_ok=True)
    n = len(PAYLOADS)
    layer = gpd.GeoDataFrame({
        "region_code": [f"XX-{i} {p}" for i, p in enumerate(PAYLOADS)],
        "region_name": [f"Area{i} {p}" for i, p in enumerate(PAYLOADS)],
        "name_local": [f"Local{i} {p}" for i, p in enumerate(PAYLOADS)],
        "country": ["RU"] * n,
        "disputed": [i % 2 == 0 for i in range(n)],
        "disputed_note": [f"Note{i} {p}" for i, p in enumerate(PAYLOADS)],
    }, geometry=[box(30 + i, 50, 31 + i, 51) for i in range(n)], crs=4326)
    paths = {"boundaries": folder / "regions.geojson", "gazetteer": folder / "gazetteer.txt",
             "reports": folder / "reports.jsonl"}
    layer.to_file(paths["boundaries"], driver="GeoJSON", engine="pyogrio")
    rows = []
    for i, (word, p) in enumerate(zip(WORDS, PAYLOADS)):
        name = f"{word} {p}"
        # GeoNames columns: id, name, asciiname, alternatenames, lat, lon, class, code, country, cc2,
        # admin1..4, population, elevation, dem, timezone, modified
        rows.append("\t".join([str(9_100_000 + i), name, name, f"{word},{name}",
                               "50.5", f"{30.5 + i}", "P", "PPL", "RU", "", "48", "", "", "", "1000", "",
                               "", "Europe/Moscow", "2024-01-01"]))
    paths["gazetteer"].write_text("\n".join(rows) + "\n", encoding="utf-8")
    records = [{"id": f"id{i} {p}", "source": f"src{i} {p}", "date": f"2024-05-0{1 + i % 3}",
                "text": f"A drone was shot down over {word} {p}. Debris fell in the village of Ghost{i} {p}."}
               for i, (word, p) in enumerate(zip(WORDS, PAYLOADS))]
    # a date with a payload after it: a timestamp is read by its day, or the record is skipped
    records.append({"id": "dated", "source": "s", "date": "2024-05-01T{{ 7*7 }}", "text": "A drone hit Zorvik."})
    paths["reports"].write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records),
                                encoding="utf-8")
    return paths


def snapshot(folder: Path) -> dict[str, str]:
    """``relative path -> sha1`` of every file under ``folder``."""
    return {str(p.relative_to(folder)): hashlib.sha1(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file()}


def data_strings(html: str) -> list[str]:
    """Every string in the map's JSON data block (checked to be escaped for a script element)."""
    blocks = DATA_BLOCK.findall(html)
    assert len(blocks) == 1, "one JSON data block"
    text = blocks[0][1]
    for raw in ("<", ">", "&", "\u2028", "\u2029"):
        assert raw not in text
    out: list[str] = []

    def walk(v):
        if isinstance(v, str):
            out.append(v)
        elif isinstance(v, dict):
            for k, x in v.items():
                out.append(k)
                walk(x)
        elif isinstance(v, list):
            for x in v:
                walk(x)

    walk(json.loads(text))
    return out


def check_hostile_map(html: str) -> None:
    """Payloads are in the data, as written; nothing evaluated them; no markup made of them."""
    assert html
    assert not EVALUATED.search(html), EVALUATED.search(html)
    strings = data_strings(html)
    for i, (word, p) in enumerate(zip(WORDS, PAYLOADS)):
        assert f"Area{i} {p}" in strings                     # boundary names
        assert f"Local{i} {p}" in strings
        assert f"Note{i} {p}" in strings
        assert any(f"src{i} {p}" in s for s in strings)       # report source
        assert any(f"id{i} {p}" in s for s in strings)        # report id
        assert f"{word} {p}" in strings                       # gazetteer name
        if "\u2028" not in p:                                 # report text (line separators become spaces)
            assert any(f"village of Ghost{i} {p}" in s for s in strings)
    # outside the data block, no payload is left as markup or code
    rest = DATA_BLOCK.sub("", html)
    for p in PAYLOADS:
        assert p not in rest
    assert "alert(" not in rest and "<img src=x" not in rest


@pytest.fixture()
def hostile(tmp_path):
    paths = write_hostile_inputs(tmp_path / "work")
    return tmp_path, paths


def test_cli_run_on_hostile_input(hostile):
    tmp, paths = hostile
    work = paths["reports"].parent
    before = snapshot(tmp)
    env = {**os.environ, "MAPPER_CACHE": str(tmp / "cache")}
    for out in ("out1", "out2"):
        proc = subprocess.run([sys.executable, "-m", "mapper", "run", "reports.jsonl", "-q", "--skip-bad",
                               "--boundaries", "regions.geojson", "--gazetteer", "gazetteer.txt", "-o", out],
                              cwd=work, env=env, capture_output=True, text=True, timeout=600)
        assert proc.returncode == 0, proc.stderr
    after = snapshot(tmp)
    changed = {k for k in before.keys() | after.keys() if before.get(k) != after.get(k)}
    assert changed and all(k.startswith(("work/out1/", "work/out2/", "cache/")) for k in changed), changed
    assert not list(tmp.rglob("PWNED")) and not (ROOT / "PWNED").exists()
    html = (work / "out1" / "map.html").read_text(encoding="utf-8")
    check_hostile_map(html)
    # the same input gives the same bytes
    assert (work / "out1" / "map.html").read_bytes() == (work / "out2" / "map.html").read_bytes()


def compiled_sources(monkeypatch) -> list[str]:
    """From now on, the source of every Jinja template compiled (a list that fills up)."""
    import jinja2

    sources: list[str] = []
    real = jinja2.Environment.compile

    def compile_(self, source, *args, **kwargs):
        sources.append(source if isinstance(source, str) else "")
        return real(self, source, *args, **kwargs)

    monkeypatch.setattr(jinja2.Environment, "compile", compile_)
    return sources


def hostile_result(paths: dict[str, Path]):
    return mapper.run(paths["reports"], boundaries=paths["boundaries"], gazetteer=paths["gazetteer"],
                      skip_bad=True)


def test_result_map_on_hostile_input(hostile, monkeypatch):
    tmp, paths = hostile
    monkeypatch.setattr(settings, "use_cache", False)
    monkeypatch.chdir(paths["reports"].parent)
    before = snapshot(tmp)
    result = hostile_result(paths)
    assert result.incidents["region_code"].nunique() == len(PAYLOADS)
    sources = compiled_sources(monkeypatch)
    html = result.map(title=TITLE).get_root().render()
    assert sources, "the map is rendered with Jinja"
    for source in sources:                          # no template was made of the run's data
        assert not any(w in source for w in WORDS + ["Area0", "Local0", "src0", "Title "]), source[:300]
    assert snapshot(tmp) == before
    assert not list(tmp.rglob("PWNED"))
    check_hostile_map(html)
    assert TITLE in data_strings(html)
    assert result._repr_html_()                     # Jupyter's inline view renders too


@pytest.mark.parametrize("payload", PAYLOADS)
def test_payload_in_every_report_field(analyse, payload, tmp_path, monkeypatch):
    """With the shipped layer and gazetteer: text, id and source of a report around known places."""
    from datetime import date

    monkeypatch.chdir(tmp_path)
    text = f"Drones were shot down over Kursk region {payload}. A drone hit Belgorod {payload} at night."
    r = analyse(mapper.Report(f"id0 {payload}", text, f"src0 {payload}", date(2024, 5, 1)))
    html = r.map(title=f"Title0 {payload}").get_root().render()
    assert not EVALUATED.search(html)
    strings = data_strings(html)
    assert f"Title0 {payload}" in strings
    assert any(f"src0 {payload}" in s for s in strings)
    assert any(f"id0 {payload}" in s for s in strings)
    if "\u2028" not in payload:
        assert any(f"Kursk region {payload}" in s for s in strings)
    rest = DATA_BLOCK.sub("", html)
    assert payload not in rest
    assert not list(tmp_path.iterdir())

