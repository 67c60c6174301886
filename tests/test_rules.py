"""The language rules as data: the shipped files load, and each kind of bad file is refused."""

from __future__ import annotations

import re
import shutil
import sys
from pathlib import Path

import pytest

from mapper.exceptions import RulesError
from mapper.rules import RULES_FOLDER, load_lexicon, read_lexicon

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture
def rules(tmp_path):
    """A copy of the English rules to break."""
    folder = tmp_path / "en"
    shutil.copytree(RULES_FOLDER / "en", folder)
    return folder


def edit(folder: Path, file: str, old: str, new: str) -> None:
    path = folder / file
    text = path.read_text(encoding="utf-8")
    assert text.count(old) == 1, f"{old!r} not once in {file}"
    path.write_text(text.replace(old, new), encoding="utf-8")


class TestShipped:
    def test_english_loads_once(self):
        assert load_lexicon("en") is load_lexicon("en")

    def test_lexicon_is_frozen(self):
        lex = load_lexicon()
        with pytest.raises(AttributeError):
            lex.negations = frozenset()
        with pytest.raises(TypeError):
            lex.number_words["zillion"] = 10**9  # a read-only mapping
        assert isinstance(lex.stopwords, frozenset)

    def test_month_names_are_stop_words_and_abbreviations(self):
        lex = load_lexicon()
        assert {"may", "november", "nov"} <= lex.all_stopwords
        assert "nov" in lex.all_abbreviations and "nov" not in lex.abbreviations
        assert lex.month_words == lex.months | lex.month_abbreviations

    def test_every_pattern_has_an_id_and_an_example(self):
        lex = load_lexicon()
        assert len(lex.patterns) >= 40
        for rule_id, p in lex.patterns.items():
            assert p.id == rule_id and p.example
            assert Path(p.file).parent == RULES_FOLDER / "en"

    def test_rule_files_ship_with_the_package(self):
        with open(ROOT / "pyproject.toml", "rb") as fh:
            setup = tomllib.load(fh)["tool"]["setuptools"]
        assert "*/*.toml" in setup["package-data"]["mapper.rules"]
        packages = {str(p.parent.relative_to(ROOT)).replace("/", ".") for p in (ROOT / "mapper").rglob("__init__.py")}
        assert packages <= set(setup["packages"])


class TestBadFiles:
    """Each kind of mistake stops with a RulesError naming the file and the entry."""

    def check(self, folder, file, entry, reason):
        with pytest.raises(RulesError) as err:
            read_lexicon(folder)
        assert err.value.path == str(folder / file)
        assert err.value.entry == entry
        assert re.search(reason, err.value.reason), err.value.reason
        assert str(err.value).startswith(f"{folder / file}: ")

    def test_copy_loads(self, rules):
        assert read_lexicon(rules).patterns.keys() == load_lexicon().patterns.keys()

    def test_home_countries_are_country_codes(self, rules):
        path = rules / "places.toml"
        text = path.read_text(encoding="utf-8")
        first = text.index("\n[")
        path.write_text(text[:first] + '\nhome_countries = ["Russia"]\n' + text[first:], encoding="utf-8")
        self.check(rules, "places.toml", "home_countries", "not an ISO 3166-1 alpha-2 code")

    def test_unknown_key(self, rules):
        edit(rules, "kinds.toml", "negation_chars = 40", "negation_chars = 40\nnegation_chrs = 40")
        self.check(rules, "kinds.toml", "negation_chrs", "unknown key")

    def test_key_in_the_wrong_file(self, rules):
        edit(rules, "kinds.toml", "negation_chars = 40", "negation_chars = 40\nname_words = 3")
        self.check(rules, "kinds.toml", "name_words", "belongs in places.toml")

    def test_missing_key(self, rules):
        edit(rules, "kinds.toml", "negation_chars = 40\n", "")
        self.check(rules, "kinds.toml", "negation_chars", "missing")

    def test_empty_list(self, rules):
        edit(rules, "kinds.toml", 'negations = ["no", "not", "without", "nor", "never", "threat", "danger", "risk"]',
             "negations = []")
        self.check(rules, "kinds.toml", "negations", "empty list")

    def test_word_listed_twice(self, rules):
        edit(rules, "kinds.toml", '"nor", "never",', '"nor", "never", "no",')
        self.check(rules, "kinds.toml", "negations", "'no' is listed twice")

    def test_capitals_in_a_lower_case_list(self, rules):
        edit(rules, "kinds.toml", '"nor", "never",', '"nor", "Never",')
        self.check(rules, "kinds.toml", "negations", "lower case")

    def test_wrong_type(self, rules):
        edit(rules, "kinds.toml", "negation_chars = 40", 'negation_chars = "forty"')
        self.check(rules, "kinds.toml", "negation_chars", "non-negative integer")

    def test_not_toml(self, rules):
        edit(rules, "kinds.toml", "negation_chars = 40", "negation_chars = = 40")
        self.check(rules, "kinds.toml", "", "not valid TOML")

    def test_unknown_file(self, rules):
        (rules / "extra.toml").write_text("x = 1\n", encoding="utf-8")
        self.check(rules, "extra.toml", "", "unknown rule file")

    def test_missing_file(self, rules):
        (rules / "calendar.toml").unlink()
        self.check(rules, "calendar.toml", "", "missing")

    def test_duplicate_pattern_id(self, rules):
        edit(rules, "kinds.toml", 'id = "kind.strike.fire"', 'id = "kind.strike.damage"')
        self.check(rules, "kinds.toml", "kind.strike.damage", "used twice")

    def test_regex_that_does_not_compile(self, rules):
        edit(rules, "events.toml", r"regex = '\b(including", r"regex = '\b((including")
        self.check(rules, "events.toml", "total.including.regex", "does not compile")

    def test_pattern_without_id(self, rules):
        edit(rules, "kinds.toml", 'id = "kind.strike.fire"\n', "")
        self.check(rules, "kinds.toml", "[[trigger]] None", "needs an id")

    def test_badly_formed_id(self, rules):
        edit(rules, "kinds.toml", 'id = "kind.strike.fire"', 'id = "Fire"')
        self.check(rules, "kinds.toml", "[[trigger]] 'Fire'", "dotted lower-case")

    def test_pattern_without_example(self, rules):
        edit(rules, "kinds.toml", 'example = "a refinery caught fire"\n', "")
        self.check(rules, "kinds.toml", "kind.strike.fire", "needs an example")

    def test_unknown_pattern_key(self, rules):
        edit(rules, "kinds.toml", 'words = ["fire broke", "caught fire"]', 'word = ["fire broke", "caught fire"]')
        self.check(rules, "kinds.toml", "kind.strike.fire", "unknown key 'word'")

    def test_pattern_missing_a_parameter(self, rules):
        edit(rules, "numbers.toml", "lookback = 4\n", "")
        self.check(rules, "numbers.toml", "count.skip.platform", "missing lookback")

    def test_trigger_of_an_unknown_kind(self, rules):
        edit(rules, "kinds.toml", 'kind = "strike"\nwords = ["fire broke"', 'kind = "fire"\nwords = ["fire broke"')
        self.check(rules, "kinds.toml", "kind.strike.fire.kind", "not one of kind_priority")

    def test_trigger_word_in_two_groups(self, rules):
        edit(rules, "kinds.toml", '["fire broke", "caught fire"]', '["fire broke", "caught fire", "damage"]')
        self.check(rules, "kinds.toml", "kind.strike.damage", "already a word of kind.strike.fire")

    def test_code_rule_that_does_not_exist(self, rules):
        edit(rules, "numbers.toml", 'id = "count.skip.date"', 'id = "count.skip.dates"')
        self.check(rules, "numbers.toml", "count.skip.dates", "unknown count rule")

    def test_object_noun_of_an_unknown_kind(self, rules):
        edit(rules, "objects.toml", 'drone = "drone"', 'drone = "drones"')
        self.check(rules, "objects.toml", "object_nouns.drone", "not one of object_kinds")

    def test_country_code(self, rules):
        edit(rules, "countries.toml", "KZ = {", "Kz = {")
        self.check(rules, "countries.toml", "countries.Kz", "ISO 3166-1")

    def test_pattern_in_the_wrong_file(self, rules):
        edit(rules, "events.toml", "[[event]]\nid = \"total.retold\"", "[[count]]\nid = \"total.retold\"")
        self.check(rules, "events.toml", "count", "belong in numbers.toml")


class TestIds:
    """Every id the code names is in the files, and each trigger and background cue is found by its example."""

    ID = re.compile(r"^(count|region|place|role|kind|event|total|background)\.[a-z0-9_.]+$")

    def test_ids_named_in_the_code_exist(self):
        import ast

        named = set()
        for path in (ROOT / "mapper").rglob("*.py"):
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
                if isinstance(node, ast.Constant) and isinstance(node.value, str) and self.ID.match(node.value):
                    named.add(node.value)
        assert named and named <= set(load_lexicon().patterns), named - set(load_lexicon().patterns)

    @pytest.mark.parametrize("pattern", load_lexicon().family("trigger"), ids=lambda p: p.id)
    def test_trigger_example(self, pattern):
        from mapper.extract import event_kind

        assert event_kind(pattern.example) == (pattern["kind"], pattern.id)

    def test_destroyed_without_an_aerial_object_is_a_strike(self):
        from mapper.extract import event_kind

        assert event_kind("Russian troops destroyed a gas pipeline.") == ("strike", "kind.shootdown.destroyed")
        assert event_kind("There was no damage.") == ("other", "")

    @pytest.mark.parametrize("pattern", load_lexicon().family("background"), ids=lambda p: p.id)
    def test_background_example(self, pattern):
        from mapper.extract import background_rule

        assert background_rule(pattern.example) == pattern.id


@pytest.mark.parametrize("lang", ["en", "ru", "uk"])
def test_every_lexicon_value_has_its_fields_type(lang):
    """The compiled build checks each field's type on construction: an optional list of phrases that a
    language leaves out was filled with an empty frozenset where a tuple is declared, which only the compiled
    build refused (at import)."""
    import dataclasses
    import typing

    from mapper.rules._lexicon import Lexicon

    hints, lex = typing.get_type_hints(Lexicon), load_lexicon(lang)
    for f in dataclasses.fields(Lexicon):
        declared = typing.get_origin(hints[f.name]) or hints[f.name]
        declared = (int, float) if declared is float else declared
        if isinstance(declared, type) or isinstance(declared, tuple):
            assert isinstance(getattr(lex, f.name), declared), (lang, f.name, type(getattr(lex, f.name)))


@pytest.mark.parametrize("lang", ["ru", "uk"])
def test_other_languages_scope_words_are_never_plain_ascii(lang):
    # counting looks for them only in non-ASCII text, so that English runs read no other language's rules:
    # an ASCII word here (not English's too) would go unseen in an ASCII sentence
    en, lex = load_lexicon("en"), load_lexicon(lang)
    assert not [w for w in lex.local_scope if w.isascii() and w not in en.local_scope]
    assert not [w for w in lex.wide_scope if w.isascii() and w not in en.wide_scope]
    # geocoding looks up a word in Latin letters after a name among English's facilities alone
    assert not [w for w in lex.organisation_words if w.isascii() and w not in en.organisation_words]


def test_the_default_language_is_read_once():
    assert load_lexicon() is load_lexicon("en")


def test_an_english_run_reads_no_other_languages_rules():
    import subprocess

    probe = ("import sys, mapper.rules._load as L\n"
             "langs = []\n"
             "read = L.read_lexicon\n"
             "L.read_lexicon = lambda folder, lang=None, base=None: langs.append(lang) or read(folder, lang, base)\n"
             "import mapper\n"
             "mapper.analyse([mapper.Report('a', 'Air defences destroyed 11 drones over the Kaluga region.')])\n"
             "print(sorted(langs))\n")
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "['en']"


class TestParseCache:
    """Each rule file's parse is kept in the cache folder under a digest of its bytes."""

    @pytest.fixture
    def cache(self, tmp_path, monkeypatch):
        import mapper

        monkeypatch.setattr(mapper.settings, "cache_folder", tmp_path / "cache")
        monkeypatch.setattr(mapper.settings, "use_cache", True)
        return tmp_path / "cache"

    def test_the_kept_parse_is_the_parse(self, rules, cache):
        from mapper.rules import _load

        first = read_lexicon(rules)
        assert len(list(cache.glob("rules-*.json"))) == len(list(rules.glob("*.toml")))
        assert repr(read_lexicon(rules)) == repr(first)  # read back from the cache
        for path in rules.glob("*.toml"):  # the same values, types and key order as the parse
            kept = _load._read_toml(path)
            assert kept == tomllib.loads(path.read_text(encoding="utf-8")), path.name
            assert repr(kept) == repr(tomllib.loads(path.read_text(encoding="utf-8"))), path.name

    def test_a_second_read_parses_nothing(self, rules, cache, monkeypatch):
        from mapper.rules import _load

        read_lexicon(rules)
        monkeypatch.setattr(_load, "_parse_toml", lambda path, data: pytest.fail(f"{path.name} parsed again"))
        assert read_lexicon(rules).lang == "en"

    def test_an_edit_is_parsed_again_and_checked(self, rules, cache):
        read_lexicon(rules)
        edit(rules, "kinds.toml", "negation_chars = 40", "negation_chars = 40\nnegation_chrs = 40")
        with pytest.raises(RulesError, match="negation_chrs"):
            read_lexicon(rules)

    def test_a_damaged_cache_file_is_parsed_again(self, rules, cache, caplog):
        first = read_lexicon(rules)
        for kept in cache.glob("rules-*.json"):
            kept.write_text('{"half": [1, 2', encoding="utf-8")
        with caplog.at_level("WARNING", logger="mapper.rules._load"):
            assert repr(read_lexicon(rules)) == repr(first)
        assert "unreadable" in caplog.text
        assert repr(read_lexicon(rules)) == repr(first)

    def test_no_cache_writes_nothing(self, rules, cache, monkeypatch):
        import mapper

        monkeypatch.setattr(mapper.settings, "use_cache", False)
        read_lexicon(rules)
        assert not cache.exists()

    def test_an_unwritable_folder_still_reads(self, rules, tmp_path, monkeypatch):
        import mapper

        blocker = tmp_path / "file"
        blocker.write_text("not a folder")
        monkeypatch.setattr(mapper.settings, "cache_folder", blocker / "cache")
        monkeypatch.setattr(mapper.settings, "use_cache", True)
        assert read_lexicon(rules).lang == "en"
