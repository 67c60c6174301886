"""Stage 2, extract: sentences, people, region and place mentions, numbers of objects, events.

A report's text becomes an :class:`Extraction`: its :class:`Mention` objects (regions and
settlements, each with the id of the rule that found it) and :class:`Event` objects (one per
incident told, with its kind and number). The words and phrase patterns come from
``mapper/rules/<lang>/``; the code here is what is procedural:

=====================  ===========================================================
``_tokens``            tokens with character offsets, sentences
``_people``            people's names, never places; regions of the regional heads named
``_regionnames``       region names from the boundary layer (:class:`RegionNames`)
``_numbers``           numbers of objects (the ``[[count]]`` patterns)
``_kinds``             the kind of incident (the ``[[trigger]]`` groups), background
``_roles``             origins, references, actors, datelines, country cues
``_mentions``          region and settlement mentions of a sentence (:class:`MentionFinder`)
``_extractor``         :class:`Extractor`: a report sentence by sentence, using them all
``_casualties``        people killed or injured (the ``[[casualty]]`` patterns)
``_model``             the hand-off types: :class:`Mention`, :class:`Event`, enums
=====================  ===========================================================
"""

from __future__ import annotations

from ._casualties import Casualties, find_casualties, tells_casualties
from ._extractor import Extractor
from ._kinds import background_rule, days_told, event_kind
from ._mentions import Found, MentionFinder
from ._model import Cue, Event, Extraction, Kind, Mention, MentionKind, NameIndex, Role
from ._numbers import Count, find_counts
from ._people import official_regions
from ._regionnames import RegionNames
from ._tokens import Token, split_sentences, tokenize

__all__ = ["Extractor", "Extraction", "Mention", "Event", "Kind", "MentionKind", "Role", "Cue", "NameIndex",
           "Found", "MentionFinder", "Count", "find_counts", "event_kind", "background_rule", "days_told",
           "RegionNames", "Token", "tokenize", "split_sentences", "Casualties", "find_casualties", "tells_casualties",
           "official_regions"]
