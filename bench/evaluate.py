"""Accuracy of mapper on the labelled set in ``bench/eval/labels*.jsonl``, beside geotext.

Usage::

    python -m bench.evaluate [--labels bench/eval/labels.jsonl ...] [--lang ru] [--markdown out.md]

By default every ``labels*.jsonl`` in ``bench/eval`` is read: ``labels.jsonl`` (English text),
``labels_ru.jsonl`` and ``labels_uk.jsonl`` (Russian and Ukrainian text, whose items carry a ``lang``
field). With more than one language, each gets a row of its own; ``--lang`` keeps one.

Metrics:

- region precision / recall / F1 (micro): regions with an incident, per paragraph;
- place accuracy: each labelled place, found under its name and resolved to the same GeoNames id
  (exact) or to a point within 161 km;
- count exactness: labelled (paragraph, region) counts matched exactly;
- unresolved share: place mentions left unresolved (mapper only).
"""

from __future__ import annotations

import argparse
import json
import math
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
KM = 161.0


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0 * math.asin(math.sqrt(a))


@dataclass
class Score:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    places: int = 0
    exact: int = 0
    near: int = 0
    counts: int = 0
    counts_exact: int = 0
    mentions: int = 0
    unresolved: int = 0
    errors: list[str] = field(default_factory=list)

    def regions(self, gold: set[str], pred: set[str], rid: str) -> None:
        self.tp += len(gold & pred)
        self.fp += len(pred - gold)
        self.fn += len(gold - pred)
        for code in sorted(pred - gold):
            self.errors.append(f"{rid}: extra region {code}")
        for code in sorted(gold - pred):
            self.errors.append(f"{rid}: missed region {code}")

    def place(self, gold: dict, found: tuple[int, float, float] | None, rid: str) -> None:
        self.places += 1
        if found is None:
            self.errors.append(f"{rid}: place {gold['name']} not found")
            return
        gid, lat, lon = found
        self.exact += int(gid == gold["geonameid"])
        near = haversine_km(lat, lon, gold["lat"], gold["lon"]) <= KM
        self.near += int(near)
        if gid != gold["geonameid"]:
            self.errors.append(f"{rid}: place {gold['name']} resolved to {gid}" + ("" if near else " (far)"))

    def count(self, gold: int, pred: int | None, rid: str, code: str) -> None:
        self.counts += 1
        self.counts_exact += int(pred == gold)
        if pred != gold:
            self.errors.append(f"{rid}: count in {code} {pred}, labelled {gold}")

    def __iadd__(self, other: "Score") -> "Score":
        for name in ("tp", "fp", "fn", "places", "exact", "near", "counts", "counts_exact", "mentions",
                     "unresolved"):
            setattr(self, name, getattr(self, name) + getattr(other, name))
        self.errors += other.errors
        return self

    def row(self, name: str, counting: bool = True, unresolved: bool = True) -> str:
        p = self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0
        r = self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0
        f1 = 2 * p * r / (p + r) if p + r else 0.0
        acc = self.exact / self.places if self.places else 0.0
        near = self.near / self.places if self.places else 0.0
        cnt = f"{self.counts_exact / self.counts:.2f}" if counting and self.counts else "–"
        unr = f"{self.unresolved / self.mentions:.2f}" if unresolved and self.mentions else "–"
        return f"| {name} | {p:.2f} | {r:.2f} | {f1:.2f} | {acc:.2f} | {near:.2f} | {cnt} | {unr} |"


def load(path: Path) -> list[dict]:
    with open(path, encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def evaluate_mapper(items: list[dict]) -> dict[str, Score]:
    import mapper
    from mapper.text import normalize

    # Undated: each paragraph is scored on its own, so two paragraphs of the same day and region
    # are not merged into one incident across reports (within a report, tellings still merge).
    reports = [mapper.Report(it["id"], it["text"], it.get("source", ""), None, it.get("lang") or "") for it in items]
    result = mapper.analyse(reports, merge=True)
    scores: dict[str, Score] = {}
    inc = result.incidents
    for it in items:
        rid = it["id"]
        score = scores[rid] = Score()
        # A boolean mask even when there is no incident (an empty object Series would select columns).
        mine = inc.loc[inc["report_ids"].str.split(";").apply(lambda ids, rid=rid: rid in ids).astype(bool)]
        score.regions(set(it["regions"]), set(mine["region_code"]), rid)
        places = result.placed[result.placed["report_id"] == rid]
        for gold in it.get("places", []):
            # A place may be labelled with its dictionary form and, in inflected text, the form written.
            names = {normalize(gold["name"]), normalize(gold.get("written") or gold["name"])}
            hit = places[places["name"].map(normalize).isin(names)]
            if hit.empty:  # told in another spelling than mapper's lemma ("Сизрань" / "Сызрань"): the same place
                hit = places[places["geonameid"] == gold["geonameid"]]
            score.place(gold, None if hit.empty else (int(hit.iloc[0]["geonameid"]), hit.iloc[0]["lat"],
                                                      hit.iloc[0]["lon"]), rid)
        for code, n in it.get("counts", {}).items():
            objs = mine.loc[mine["region_code"] == code, "objects"].dropna()
            score.count(n, int(objs.sum()) if len(objs) else None, rid, code)
        ment = result.mentions[(result.mentions["report_id"] == rid) & (result.mentions["kind"] == "place")]
        score.mentions += len(ment)
        score.unresolved += int(((result.unresolved["report_id"] == rid)
                                 & (result.unresolved["kind"] == "place")).sum())
    return scores


def evaluate_geotext(items: list[dict]) -> dict[str, Score]:
    """geotext finds city names; each is taken as its most populous namesake, then joined to regions."""
    import geopandas as gpd
    from geotext import GeoText

    import mapper
    from mapper.text import normalize

    gaz = mapper.OfflineGazetteer()
    regions = mapper.load_boundaries()
    scores: dict[str, Score] = {}
    for it in items:
        rid = it["id"]
        score = scores[rid] = Score()
        cities = list(dict.fromkeys(GeoText(it["text"]).cities))
        located = {c: gaz.geocode(c) for c in cities}
        located = {c: loc for c, loc in located.items() if loc is not None}
        pts = gpd.GeoDataFrame(geometry=gpd.points_from_xy([loc.longitude for loc in located.values()],
                                                           [loc.latitude for loc in located.values()]), crs=4326)
        codes = dict(zip(located, mapper.assign_regions(pts, regions).tolist())) if located else {}
        score.regions(set(it["regions"]), {c for c in codes.values() if c}, rid)
        by_name = {normalize(c): loc for c, loc in located.items()}
        for gold in it.get("places", []):
            loc = by_name.get(normalize(gold["name"]))
            score.place(gold, None if loc is None else (loc.raw["geonameid"], loc.latitude, loc.longitude), rid)
    return scores


def side(item: dict) -> str:
    """Which side's reporting a paragraph follows: ``ru`` or ``ua`` (its ``side`` field or id prefix)."""
    return item.get("side") or item["id"].split("-")[0]


def lang(item: dict) -> str:
    """The language of a paragraph's text: its ``lang`` field, English when it has none."""
    return item.get("lang") or "en"


def total(scores: dict[str, Score], items: list[dict], keep=lambda it: True) -> Score:
    """The scores of the items ``keep`` accepts, added up."""
    out = Score()
    for it in items:
        if keep(it):
            out += scores[it["id"]]
    return out


HEADER = ["| tool | region P | region R | region F1 | place exact | place ≤161 km | counts exact | unresolved |",
          "|---|---|---|---|---|---|---|---|"]


def breakdown(scores: dict[str, Score], items: list[dict]) -> str:
    """mapper's scores per language, per side, per set and per phrasing class."""
    groups = [(f"lang {g}", lambda it, g=g: lang(it) == g) for g in sorted({lang(it) for it in items})]
    groups += [(f"side {s}", lambda it, s=s: side(it) == s) for s in sorted({side(it) for it in items})]
    groups += [(f"set {s}", lambda it, s=s: it.get("set") == s)
               for s in sorted({it.get("set", "") for it in items}) if s]
    classes = sorted({c for it in items for c in it.get("class", [])})
    groups += [(f"class {c}", lambda it, c=c: c in it.get("class", [])) for c in classes]
    rows = []
    for name, keep in groups:
        n = sum(1 for it in items if keep(it))
        rows.append(total(scores, items, keep).row(f"{name} ({n})"))
    return "\n".join(HEADER + rows) + "\n"


def main(argv: list[str] | None = None) -> None:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--labels", nargs="+", help="labelled files (default: every bench/eval/labels*.jsonl)")
    p.add_argument("--lang", help="only paragraphs in this language (en, ru, uk)")
    p.add_argument("--markdown", help="also write the table to this file")
    p.add_argument("--errors", action="store_true", help="list every error")
    p.add_argument("--breakdown", action="store_true", help="mapper's scores per language, side, set and class")
    a = p.parse_args(argv)
    paths = [Path(x) for x in a.labels] if a.labels else sorted((HERE / "eval").glob("labels*.jsonl"))
    items = [it for path in paths for it in load(path) if not a.lang or lang(it) == a.lang]
    per_item = evaluate_mapper(items)
    m = total(per_item, items)
    rows = [m.row("mapper")]
    langs = sorted({lang(it) for it in items})
    if len(langs) > 1:
        for code in langs:
            n = sum(1 for it in items if lang(it) == code)
            rows.append(total(per_item, items, lambda it, c=code: lang(it) == c).row(f"mapper, {code} ({n})"))
    try:
        g = total(evaluate_geotext(items), items)
        rows.append(g.row("geotext 0.4 + most populous namesake", counting=False, unresolved=False))
    except ImportError:
        g = None
        rows.append("| geotext | not installed (pip install geotext) | | | | | | |")
    table = "\n".join([f"Labelled paragraphs: {len(items)}.", "", *HEADER, *rows]) + "\n"
    print(table)
    if a.breakdown:
        print(breakdown(per_item, items))
    if a.errors:
        for e in m.errors:
            print("mapper:", e)
        for e in (g.errors if g else []):
            print("geotext:", e)
    if a.markdown:
        Path(a.markdown).write_text(table, encoding="utf-8")


if __name__ == "__main__":
    main()
