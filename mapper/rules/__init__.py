"""Language rules as data: word lists, phrase patterns and window sizes, per language.

The files live in ``mapper/rules/<lang>/`` (``en`` so far), one per topic:

=================  ==============================================================
``tokens.toml``    abbreviations, possessives, sentence punctuation
``calendar.toml``  month and weekday names (dates are no counts, no places)
``numbers.toml``   number words; the count patterns (``[[count]]``)
``objects.toml``   object nouns (drone, missile, ...) and words that stop a noun phrase
``kinds.toml``     negations, aerial words; trigger groups (``[[trigger]]``), background cues
``events.toml``    rules that join or set apart events (``[[event]]``: totals, carried regions)
``people.toml``    titles, given names, verbs of speech: people are never places
``places.toml``    stop words; words that announce a place (``[[place_cue]]``); place rules
``regions.toml``   region words ("oblast", "krai"); region rules (``[[region]]``)
``roles.toml``     a name's role (``[[role]]``: origin, direction, airport, sea, title ...); actors, datelines
``clauses.toml``   how the parts of a sentence relate: further batches, parts, shares, each; roles' cue words
``geography.toml`` facts: cities that are regions of their own, the regions around them, capitals
``countries.toml`` country names and demonyms, and the words that make them a place
``casualties.toml`` people killed or injured (``[[casualty]]``): columns of incidents, never objects
=================  ==============================================================

They are read once per process by :func:`load_lexicon` into one frozen
:class:`Lexicon` and checked on the way: an unknown key, an empty list, a word
listed twice, a pattern id used twice, a value of the wrong type or a regex that
does not compile stops with a :class:`~mapper.exceptions.RulesError` naming the
file and the entry. Each pattern has an ``id``; what a pattern finds carries its
id to ``events.csv`` and ``unresolved.csv`` (column ``rule``).
"""

from __future__ import annotations

from ._lexicon import FAMILIES, Family, Lexicon, Pattern
from ._load import RULES_FOLDER, load_lexicon, read_lexicon

__all__ = ["FAMILIES", "Family", "Lexicon", "Pattern", "RULES_FOLDER", "load_lexicon", "read_lexicon"]
