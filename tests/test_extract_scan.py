"""The shortcuts of the extraction's scans find what the plain rules find: capitalised words as the only
places a name may start, a gazetteer name's runs built word by word, the objects a report named looked
for only when a sentence needs them."""

from __future__ import annotations

import pytest

from mapper import Report
from mapper.extract import MentionFinder
from mapper.extract._tokens import caps_of, split_sentences, tokenize


def test_caps_of_are_the_capitalised_words():
    toks = tokenize("Drones hit Kursk's Oblast, 3 near the village of Mokraya Orlovka and O'Brien.")
    assert [toks[i].text for i in caps_of(toks)] == ["Drones", "Kursk", "Oblast", "Mokraya", "Orlovka", "O'Brien"]
    assert caps_of(toks) is caps_of(toks)  # kept for the sentence asked about last
    assert caps_of(tokenize("no names here at all")) == []


SENTENCES = [
    "Three drones were shot down over Rostov-on-Don and Novaya Kakhovka near Rostov on Don.",
    "The Air Force said Kyiv, Odesa and Bila Tserkva were attacked; New York Times reported it.",
    "DEBRIS FELL IN BELGOROD AND STARY OSKOL, THE GOVERNOR OF BELGOROD SAID.",
    "Analysts said Nizhny Novgorod Oblast and Nizhny were quiet while Velikiy Novgorod was not.",
]


@pytest.mark.parametrize("text", SENTENCES)
@pytest.mark.parametrize("taken_at", [None, 0, 3, 6])
def test_gazetteer_name_runs_find_what_the_run_keys_find(extractor, text, taken_at):
    """Word by word (``_name_runs``) and by each run's whole key (``_gazetteer_name_by_keys``), at every
    capitalised word and with a word taken by an earlier rule, the same name or none."""
    finder: MentionFinder = extractor.finder
    found = 0
    for _, _, toks in split_sentences(text):
        taken = [j == taken_at for j in range(len(toks))]
        for i in caps_of(toks):
            by_words = finder._gazetteer_name_at(toks, taken, i)
            assert by_words == finder._gazetteer_name_by_keys(toks, taken, i)
            found += by_words is not None
    assert found >= 2


@pytest.mark.parametrize("text, counted", [
    ("Missiles were launched at night. Later Shahed drones attacked the south of Russia. The air defence was "
     "active. Officials said two were destroyed over the Kursk region.", [(2, "drone")]),
    ("Missiles were launched at night. Officials said two were destroyed over the Kursk region. The air defence "
     "was active. Later Shahed drones attacked the south of Russia. Three were shot down over the Bryansk region.",
     [(2, "missile"), (3, "drone")]),
])
def test_a_count_with_a_place_and_no_objects_takes_the_ones_named_last(extractor, text, counted):
    """The objects named last in the sentences before, looked for only when a count needs them (and then
    again from the sentences read since)."""
    ext = extractor.extract(Report("r", text))
    assert [(ev.count, ev.object_kind) for ev in ext.events if ev.count] == counted


def _tokens_by_regex(text: str) -> list[tuple[str, int, int]]:
    """The tokens as the token regex finds them over the whole text, a possessive ending split off."""
    from mapper.extract._tokens import _POSSESSIVES, _TOKEN_RE

    out, end = [], 0
    for word in _TOKEN_RE.findall(text):
        start = text.find(word, end)
        end = start + len(word)
        if len(word) > 2 and word[-2:] in _POSSESSIVES and word[0].isalpha():
            out += [(word[:-2], start, end - 2), (word[-2:], end - 2, end)]
        else:
            out.append((word, start, end))
    return out


def test_tokenize_finds_what_the_token_regex_finds_over_the_text():
    """Split at white space first, a run of letters one token and one with a mark after it two, the tokens
    are those of the regex over the whole text, at the same offsets (also for marks, digits, apostrophes,
    Cyrillic, combining accents and other white space)."""
    import random

    pieces = list("aZ ёЖй'’-‐.,;:!?()[]\"”»«…_²½0123456789\n\t\u00a0/—s") + ["'s", "’s", "1,200", "3.5", "e\u0301"]
    rng = random.Random(14)
    texts = ["Russia's Kursk region, 1,200 drones (Reuters).", "L'viv's mayor: 3.5 km…", "Tu-95s; S-300 ²x"]
    texts += ["".join(rng.choice(pieces) for _ in range(rng.randint(1, 30))) for _ in range(3000)]
    for text in texts:
        assert [(t.text, t.start, t.end) for t in tokenize(text)] == _tokens_by_regex(text), text


@pytest.mark.parametrize("text, skipped", [
    ("Analysts said the strikes were part of a wider campaign against energy targets.", True),
    ("repair crews were at work all night.", True),
    ("Debris fell on the village of Zzyzxovka overnight.", False),   # a place cue before the name
    ("Debris fell on Zzyzxovka village overnight.", False),          # a settlement noun after it
    ("Officials said the capital was quiet.", False),                # "the capital"
    ("Drones attacked the border regions overnight.", False),        # a region list word
    ("Officials in Kursk said the night was quiet.", False),         # two capitalised words
    ("Kursk was quiet overnight.", False),                           # a name a region starts with
])
def test_a_sentence_the_mention_scans_skip_has_no_mention(extractor, text, skipped):
    """``finds_nothing`` is true only where the region, place and capital scans find nothing, whatever is
    taken; and it does skip plain sentences."""
    finder: MentionFinder = extractor.finder
    toks = split_sentences(text)[0][2]
    assert finder.finds_nothing(toks) is skipped
    if skipped:
        for taken_at in (None, 0, 2):
            taken = [j == taken_at for j in range(len(toks))]
            assert not finder.regions_in(toks, list(taken)) and not finder.places_in(toks, list(taken))
            assert not finder.capitals_in(toks, taken)


def test_the_mention_scans_skip_no_sentence_they_find_something_in(extractor):
    """Over the extraction tests' report texts: no sentence ``finds_nothing`` skips has a mention."""
    from bench._golden import test_texts

    finder: MentionFinder = extractor.finder
    skipped = 0
    for text in test_texts():
        for _, _, toks in split_sentences(text):
            if finder.finds_nothing(toks):
                skipped += 1
                taken = [False] * len(toks)
                assert not finder.regions_in(toks, list(taken)) and not finder.places_in(toks, list(taken)), text
                assert not finder.capitals_in(toks, taken), text
    assert skipped >= 10


def test_found_and_count_stay_hashable():
    """The public records of a sentence's scan hash by their fields, as when they were frozen."""
    from mapper.extract import Count, Cue, Found

    assert len({Count(2, "drone", 0, "two drones", "r"), Count(2, "drone", 0, "two drones", "r")}) == 1
    assert len({Found(3, 5, Cue.REGION_WORD, "region.word", "RU-KLU"),
                Found(3, 5, Cue.REGION_WORD, "region.word", "RU-KLU")}) == 1


def test_a_hard_wrapped_line_goes_on_in_the_next():
    """A line that ends in a word goes on in the next when that starts in lower case (wrapped email or plain
    text); a headline before a capitalised line, a line ending in a mark and a blank line still end one."""
    text = "Drones attack Kursk\nTwo drones fell\nin Borovsk overnight, and one more\nnear Kirishi.\n\nin brief"
    got = [text[s:e] for s, e, _ in split_sentences(text)]
    assert got == ["Drones attack Kursk", "Two drones fell\nin Borovsk overnight, and one more\nnear Kirishi.",
                   "in brief"]
    listed = "Shot down:\nthree drones."
    assert [listed[s:e] for s, e, _ in split_sentences(listed)] == ["Shot down:", "three drones."]


def test_a_hard_wrapped_sentence_is_counted_whole(analyse):
    from tests.test_phrasing_classes import per_region

    assert per_region(analyse("Two drones fell\nin Borovsk overnight.")) == {"RU-KLU": 2}
