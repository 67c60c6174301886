"""Read a language's rule files into one :class:`Lexicon`, checking every entry on the way."""

from __future__ import annotations

import json
import logging
import re
import sys
from dataclasses import fields
from functools import cache, partial
from pathlib import Path
from types import MappingProxyType
from typing import Any, Callable

from .. import settings
from .._cachefile import cache_file, write_json
from ..exceptions import RulesError
from ._lexicon import FAMILIES, Family, Lexicon, Pattern

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

log = logging.getLogger(__name__)

#: Folder of the shipped rules: one sub-folder per language.
RULES_FOLDER = Path(__file__).resolve().parent
_ID_RE = re.compile(r"^[a-z][a-z0-9_]*(\.[a-z0-9_]+)+$")
_COUNTRY_RE = re.compile(r"^[A-Z]{2}$")
_SPECS = {f.name: f.metadata for f in fields(Lexicon) if f.metadata and not f.metadata["derived"]}
#: Families whose patterns' ``words`` must not repeat across patterns (a word gives one id).
_UNIQUE_WORDS = ("trigger", "background", "place_cue")


def load_lexicon(lang: str = "en") -> Lexicon:
    """The shipped rules of a language, read and checked once per process (lazily: a language's
    files are read the first time a report in it is met).

    English is complete by itself; another language's folder (``ru``, ``uk``) holds its own
    words, and what it does not name (a file, a key, a fixed pattern) is English's: facts such
    as ``geography.toml`` and windows are shared, word lists are the language's own.

    Raises
    ------
    RulesError
        A rule file is missing or malformed (the message names the file and entry), or the
        language has no rules.
    """
    return _load_lexicon(lang)


@cache
def _load_lexicon(lang: str) -> Lexicon:
    """:func:`load_lexicon`, kept by language (``load_lexicon()`` and ``load_lexicon("en")`` read the files once)."""
    folder = RULES_FOLDER / lang
    if not lang.isalpha() or not folder.is_dir():
        raise RulesError(str(folder), "", f"no rules for language {lang!r}")
    return read_lexicon(folder, lang, None if lang == "en" else _load_lexicon("en"))


def read_lexicon(folder: str | Path, lang: str | None = None, base: Lexicon | None = None) -> Lexicon:
    """Read and check the rule files in ``folder`` (not cached; for tests and other folders);
    with ``base``, what the files leave out is ``base``'s (see :func:`load_lexicon`).

    Raises
    ------
    RulesError
        A file is missing, is not TOML, or holds an unknown key, an empty list,
        a value of the wrong type, a duplicate, a pattern id used twice, or a
        regex that does not compile.
    """
    folder = Path(folder)
    wanted = {m["file"] for m in _SPECS.values()} | {fam.file for fam in FAMILIES.values()}
    extra = sorted(p.name for p in folder.glob("*.toml") if p.name not in wanted)
    if extra:
        raise RulesError(str(folder / extra[0]), "", f"unknown rule file (known: {', '.join(sorted(wanted))})")
    values: dict[str, Any] = {}
    raw_patterns: list[tuple[str, Path, dict]] = []
    for name in sorted(wanted):
        path = folder / name
        if base is not None and not path.exists():
            continue
        for key, value in _read_toml(path).items():
            if key in FAMILIES and FAMILIES[key].file == name:
                if not isinstance(value, list) or not all(isinstance(t, dict) for t in value):
                    raise RulesError(str(path), key, "must be an array of tables ([[" + key + "]])")
                raw_patterns.extend((key, path, table) for table in value)
            elif key in _SPECS and _SPECS[key]["file"] == name:
                values[key] = _convert(value, _SPECS[key]["type"], str(path), key)
            else:
                raise RulesError(str(path), key, _unknown_key(key, name))
    for key, meta in _SPECS.items():
        if key not in values and base is not None:
            values[key] = getattr(base, key)
        elif key not in values and meta["optional"]:
            values[key] = _EMPTY.get(meta["type"], frozenset())  # empty, of the field's type
        elif key not in values:
            raise RulesError(str(folder / meta["file"]), key, "missing")
    _check_values(values, folder)
    patterns = _patterns(raw_patterns, values["kind_priority"], folder, base)
    return Lexicon(lang=lang or folder.name, folder=str(folder), **values, **_derived(values, patterns))


#: What an optional field a language leaves out holds, by its type (word lists: an empty frozenset).
_EMPTY: dict[str, Any] = {"phrases": (), "int": 0, "int_map": MappingProxyType({}), "str_map": MappingProxyType({}),
                          "float_map": MappingProxyType({}), "code_map": MappingProxyType({}),
                          "phrase_map": MappingProxyType({})}


def _read_toml(path: Path) -> dict:
    """The rule file's values, parsed once per version of its bytes: the parse (most of the cost of reading
    the rules, every process) is kept as JSON in the cache folder under a digest of the bytes and of the
    parser, so an edit is parsed again and a damaged or missing cache file only costs the parse. The
    checks run on the values either way."""
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise RulesError(str(path), "", "rule file missing") from None
    if not settings.use_cache:
        return _parse_toml(path, data)
    kept = cache_file("rules", (sys.version, tomllib.__name__, data), suffix=".json")
    try:
        values = json.loads(kept.read_bytes())
        if isinstance(values, dict):
            return values
    except FileNotFoundError:
        pass
    except (OSError, ValueError) as exc:
        log.warning("cache file %s unreadable (%s); parsing %s again", kept, exc, path.name)
    values = _parse_toml(path, data)
    try:
        write_json(kept, values)
    except (OSError, TypeError, ValueError) as exc:  # a read-only folder; a TOML date JSON cannot hold
        log.debug("rules of %s not cached: %s", path.name, exc)
    return values


def _parse_toml(path: Path, data: bytes) -> dict:
    try:
        return tomllib.loads(data.decode("utf-8"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise RulesError(str(path), "", f"not valid TOML ({exc})") from None


def _unknown_key(key: str, file: str) -> str:
    if key in _SPECS:
        return f"belongs in {_SPECS[key]['file']}, not {file}"
    if key in FAMILIES:
        return f"patterns of this family belong in {FAMILIES[key].file}, not {file}"
    known = sorted(k for k, m in _SPECS.items() if m["file"] == file)
    known += sorted(f"[[{k}]]" for k, fam in FAMILIES.items() if fam.file == file)
    return f"unknown key (known here: {', '.join(known)})"


def _strings(value: Any, path: str, entry: str, lower: bool) -> list[str]:
    if not isinstance(value, list):
        raise RulesError(path, entry, "must be a list of strings")
    if not value:
        raise RulesError(path, entry, "empty list")
    seen: set[str] = set()
    for item in value:
        if not isinstance(item, str) or not item.strip():
            raise RulesError(path, entry, f"{item!r} is not a non-empty string")
        if item != item.strip():
            raise RulesError(path, entry, f"{item!r} has spaces around it")
        if lower and item != item.lower():
            raise RulesError(path, entry, f"{item!r} must be lower case (text is matched in lower case)")
        if item in seen:
            raise RulesError(path, entry, f"{item!r} is listed twice")
        seen.add(item)
    return value


def _convert(value: Any, kind: str, path: str, entry: str) -> Any:
    """A file's value as the field or parameter type ``kind`` wants, or a RulesError."""
    return _CONVERTERS[kind](value, path, entry)  # the schema names only the types there


def _number(value: Any, path: str, entry: str, integer: bool) -> int | float:
    ok = isinstance(value, int) if integer else isinstance(value, (int, float))
    if isinstance(value, bool) or not ok or value < 0:
        raise RulesError(path, entry, f"must be a non-negative {'integer' if integer else 'number'}")
    return value


def _string(value: Any, path: str, entry: str) -> str:
    if not isinstance(value, str) or not value.strip():
        raise RulesError(path, entry, "must be a non-empty string")
    return value


def _regex(value: Any, path: str, entry: str) -> re.Pattern:
    if not isinstance(value, str) or not value:
        raise RulesError(path, entry, "must be a regular expression (a string)")
    try:
        return re.compile(value, re.I)
    except re.error as exc:
        raise RulesError(path, entry, f"regex does not compile ({exc})") from None


def _phrase_map(value: Any, path: str, entry: str) -> MappingProxyType:
    if not isinstance(value, dict) or not value:
        raise RulesError(path, entry, "must be a table of lists of phrases")
    _strings(list(value), path, entry, lower=True)
    return MappingProxyType({k: tuple(_strings(v, path, f"{entry}.{k}", lower=True)) for k, v in value.items()})


def _table(value: Any, typ: type, path: str, entry: str) -> MappingProxyType:
    if not isinstance(value, dict):
        raise RulesError(path, entry, "must be a table")
    if not value:
        raise RulesError(path, entry, "empty table")
    _strings(list(value), path, entry, lower=True)
    for k, v in value.items():
        if isinstance(v, bool) or not isinstance(v, typ):
            raise RulesError(path, f"{entry}.{k}", f"must be a {'string' if typ is str else 'number'}")
    return MappingProxyType(dict(value))


def _codes(value: Any, path: str, entry: str) -> MappingProxyType:
    """A table of codes ("RU-MOW" = "RU-MOS"): keys and values are non-empty strings of any case."""
    if not isinstance(value, dict) or not value:
        raise RulesError(path, entry, "must be a table of codes")
    for k, v in value.items():
        if not isinstance(v, str) or not v.strip() or not k.strip():
            raise RulesError(path, f"{entry}.{k}", "must be a non-empty string")
    return MappingProxyType(dict(value))


def _countries(value: Any, path: str, entry: str) -> MappingProxyType:
    if not isinstance(value, dict) or not value:
        raise RulesError(path, entry, "must be a table of countries")
    out, seen = {}, set()
    for code, spec in value.items():
        where = f"{entry}.{code}"
        if not _COUNTRY_RE.match(code):
            raise RulesError(path, where, "not an ISO 3166-1 alpha-2 code")
        if not isinstance(spec, dict) or "names" not in spec or set(spec) - {"names", "demonyms"}:
            raise RulesError(path, where, "must hold names (and may hold demonyms), nothing else")
        words = {k: tuple(_strings(v, path, f"{where}.{k}", lower=True)) for k, v in spec.items()}
        for w in (w for ws in words.values() for w in ws):
            if w in seen:
                raise RulesError(path, where, f"{w!r} already names another country")
            seen.add(w)
        out[code] = MappingProxyType({"names": words["names"], "demonyms": words.get("demonyms", ())})
    return MappingProxyType(out)


#: type name (in ``_SPECS`` and the patterns' parameters) -> (value, path, entry) -> the value checked
_CONVERTERS: dict[str, Callable[[Any, str, str], Any]] = {
    "words": lambda v, p, e: frozenset(_strings(v, p, e, lower=True)),
    "names": lambda v, p, e: frozenset(_strings(v, p, e, lower=False)),
    "phrases": lambda v, p, e: tuple(_strings(v, p, e, lower=True)),
    "int": partial(_number, integer=True),
    "float": partial(_number, integer=False),
    "str": _string,
    "kind": _string,
    "regex": _regex,
    "int_map": lambda v, p, e: _table(v, int, p, e),
    "str_map": lambda v, p, e: _table(v, str, p, e),
    "float_map": lambda v, p, e: _table(v, (int, float), p, e),
    "countries": _countries,
    "code_map": _codes,
    "phrase_map": _phrase_map,
}


#: What a ``[[casualty]]`` pattern's ``column`` and ``position`` may be.
CASUALTY_CHOICES = {"column": ("killed", "injured"), "position": ("before", "after", "one")}


def _check_casualties(patterns: dict[str, Pattern]) -> None:
    for p in patterns.values():
        for key, allowed in CASUALTY_CHOICES.items() if p.family == "casualty" else ():
            if p[key] not in allowed:
                raise RulesError(p.file, f"{p.id}.{key}", f"{p[key]!r} is not one of {', '.join(allowed)}")
        if p.family == "casualty" and (p["position"] == "one") != ("people" in p.params):
            raise RulesError(p.file, f"{p.id}.people", "a 'people' list goes with position 'one', and only there")


def _check_values(values: dict, folder: Path) -> None:
    kinds = set(values["object_kinds"])
    for noun, kind in {**values["object_nouns"], **(values.get("launched_object_nouns") or {})}.items():
        if kind not in kinds:
            raise RulesError(str(folder / "objects.toml"), f"object_nouns.{noun}",
                             f"{kind!r} is not one of object_kinds ({', '.join(values['object_kinds'])})")
    for code in values.get("home_countries") or ():
        if not _COUNTRY_RE.match(code):
            raise RulesError(str(folder / "places.toml"), "home_countries",
                             f"{code!r} is not an ISO 3166-1 alpha-2 code")


def _patterns(raw: list[tuple[str, Path, dict]], kinds: tuple[str, ...], folder: Path,
              base: Lexicon | None = None) -> MappingProxyType:
    out: dict[str, Pattern] = {}
    for family_name, path, table in raw:
        p = _pattern(family_name, FAMILIES[family_name], str(path), table, kinds)
        if p.id in out:
            raise RulesError(str(path), p.id, f"pattern id used twice (also in {out[p.id].file})")
        out[p.id] = p
    for p in (base.patterns.values() if base is not None else ()):
        if FAMILIES[p.family].ids is not None and p.id not in out:
            out[p.id] = p  # a fixed (code) rule the language leaves as it is
    for family_name, fam in FAMILIES.items():
        for rule_id in fam.ids or ():
            if rule_id not in out:
                raise RulesError(str(folder / fam.file), rule_id, f"missing [[{family_name}]] pattern")
    for family_name in _UNIQUE_WORDS:
        owner: dict[str, str] = {}
        for p in out.values():
            if p.family == family_name:
                for w in p["words"]:
                    if w in owner:
                        raise RulesError(p.file, p.id, f"{w!r} is already a word of {owner[w]}")
                    owner[w] = p.id
    _check_casualties(out)
    return MappingProxyType(out)


def _pattern(family_name: str, fam: Family, path: str, table: dict, kinds: tuple[str, ...]) -> Pattern:
    rule_id = table.get("id")
    if not isinstance(rule_id, str) or not _ID_RE.match(rule_id):
        raise RulesError(path, f"[[{family_name}]] {rule_id!r}", "needs an id of dotted lower-case words "
                                                                  "(e.g. count.ellipsis)")
    if fam.ids is not None and rule_id not in fam.ids:
        raise RulesError(path, rule_id, f"unknown {family_name} rule (known: {', '.join(fam.ids)}); "
                                        "these rules are code: change their words, or add a new one in code")
    specs = fam.ids[rule_id] if fam.ids is not None else fam.params
    required = set(specs) if fam.ids is not None else set(fam.required)
    example = table.get("example")
    if not isinstance(example, str) or not example.strip():
        raise RulesError(path, rule_id, "needs an example (a phrase it handles)")
    params = {}
    for key, value in table.items():
        if key in ("id", "example"):
            continue
        if key not in specs:
            raise RulesError(path, rule_id, f"unknown key {key!r} (known: {', '.join(sorted(specs)) or 'none'})")
        params[key] = _convert(value, specs[key], path, f"{rule_id}.{key}")
        if specs[key] == "kind" and params[key] not in kinds:
            raise RulesError(path, f"{rule_id}.{key}", f"{params[key]!r} is not one of kind_priority")
    missing = sorted(required - set(params))
    if missing:
        raise RulesError(path, rule_id, f"missing {', '.join(missing)}")
    return Pattern(rule_id, family_name, path, example, MappingProxyType(params))


def _derived(v: dict, patterns: MappingProxyType) -> dict[str, Any]:
    countries = v["countries"]
    return {
        "all_stopwords": v["stopwords"] | v["months"] | v["month_abbreviations"] | v["weekdays"],
        "all_abbreviations": v["abbreviations"] | v["month_abbreviations"],
        "month_words": v["months"] | v["month_abbreviations"],
        "object_max_words": max(k.count(" ") + 1 for k in v["object_nouns"]),
        "country_cues": MappingProxyType({w: code for code, c in countries.items()
                                          for w in c["names"] + c["demonyms"]}),
        "country_names": frozenset(w for c in countries.values() for w in c["names"]),
        "region_name_re": re.compile(r"\b(" + "|".join(re.escape(w) for w in v["region_name_words"]) + r")\b",
                                     re.I),
        "patterns": patterns,
    }
