from mapper.text import loose_key, normalize, transliterate


def test_normalize_folds_case_diacritics_apostrophes_and_yo():
    assert normalize("Budogoshch’") == normalize("budogoshch") == "budogoshch"
    assert normalize("Orël") == "orel"
    assert normalize("Орёл") == normalize("Орел")
    assert normalize("Rostov-on-Don") == "rostov on don"
    assert normalize("  Kam'yanske ") == "kamyanske"


def test_transliterate_russian_and_ukrainian():
    assert transliterate("Будогощь") == "Budogoshch"
    assert transliterate("Красноармейск") == "Krasnoarmeysk"
    assert transliterate("Харків") == "Kharkiv"
    assert transliterate("Щёкино") == "Shchekino"


def test_loose_key_joins_transliteration_variants():
    assert loose_key("Kryvyi Rih") == loose_key("Kryvyy Rih")
    assert loose_key("Zaporizhzhia") == loose_key("Zaporizhzhya")
    assert loose_key("Kharkiv") != loose_key("Kherson")


def test_caseless_pattern_matches_as_re_ignorecase():
    import re

    from mapper.text import CaselessPattern

    source = r"\b(?:shot down|drones?|ſhahed)\b"  # the last word is not ASCII: no folding
    ascii_only = CaselessPattern(r"\b(?:shot down|drones?)\b")
    assert ascii_only.folded is not None and CaselessPattern(source).folded is None
    assert CaselessPattern(r"\bKursk\b").folded is None  # capitals in the pattern: no folding
    texts = ["Two DRONES were Shot Down", "a Drone over Kursk; drones", "no match here", "drone’s Ωmega DRONE",
             "ſhot down: the drone"]
    for text in texts:
        expected = re.compile(r"\b(?:shot down|drones?)\b", re.I)
        assert [m.span() for m in ascii_only.finditer(text)] == [m.span() for m in expected.finditer(text)]
        assert [w.lower() for w in ascii_only.findall(text)] == [w.lower() for w in expected.findall(text)]
        assert bool(ascii_only.search(text)) == bool(expected.search(text))
        assert bool(ascii_only.match(text)) == bool(expected.match(text))


def test_word_prefixes_end_runs_that_no_name_continues():
    from mapper.text import word_prefixes

    keys = {"rostov on don", "kirov", "velikiy novgorod"}
    assert word_prefixes(keys) == {"rostov", "rostov on", "velikiy"}
    # the key of a run of words begins with the key of its first words
    assert normalize("Rostov-on-Don Oblast").startswith(normalize("Rostov-on") + " ")


def test_trie_alternation_finds_what_the_longest_first_alternation_finds():
    import re

    from hypothesis import given, settings
    from hypothesis import strategies as st

    from mapper.text import trie_alternation

    letters = st.text(alphabet="abd -", min_size=1, max_size=5)

    @settings(max_examples=300, deadline=None)
    @given(st.lists(letters, min_size=1, max_size=8), st.text(alphabet="abd -.ABD", max_size=30))
    def check(words, text):
        plain = "(?:" + "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)) + ")"
        for before, after in (("\\b", ""), ("\\b", "\\b"), ("", "")):
            want = re.compile(before + plain + after, re.I)
            got = re.compile(before + trie_alternation(words) + after, re.I)
            assert [(m.span(), m.group()) for m in got.finditer(text)] == \
                [(m.span(), m.group()) for m in want.finditer(text)]

    check()  # pylint: disable=no-value-for-parameter
    assert trie_alternation(["drone", "drones", "dog"]) == "(?:d(?:og|rone(?:s|)))"
    assert trie_alternation(["UAV", "uav"]) == "(?:UAV|uav)"  # capitals: the plain alternation


def test_plain_case_and_runs_hold_every_word_a_caseless_regex_needs():
    """A sentence whose runs of letters (``runs_of``) hold no month has no date: the gate before the date regex."""
    import re

    from mapper.extract._kinds import date_in, weekday_in
    from mapper.extract._tokens import runs_of, split_sentences
    from mapper.text import plain_case

    assert plain_case("Kyiv — 12 drones") and not plain_case("\u017feptember 3") and not plain_case("\u212ayiv")
    text = ("On mid-October 26 drones fell. Russia's strike came on Monday-evening. OCT. 5 and 5-October, "
            "the 12th of september. Nothing dated here, on Sundays.")
    for start, end, toks in split_sentences(text):
        sentence, words = text[start:end], runs_of(toks)
        if sentence.isascii():
            assert set(re.findall(r"\b[a-z]+\b", sentence.lower())) <= words
        assert (date_in(sentence, words), weekday_in(sentence, words)) == (date_in(sentence), weekday_in(sentence))
    assert "october" in runs_of(split_sentences("On mid-October 26 drones fell.")[0][2])
