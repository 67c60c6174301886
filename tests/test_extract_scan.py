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
