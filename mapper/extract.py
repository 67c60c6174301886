"""Stage 2: find place and region mentions, numbers of objects and events in reports.

English text. A mention is a region ("Kaluga region", "Krasnodar Krai",
"Republic of Tatarstan", "the Kursk and Belgorod regions"), a settlement the
gazetteer knows, or a capitalised name that the text itself marks as a place (a
list with known places in it, "the village of X") even if no gazetteer knows it.
People's names are never places. Each sentence with an incident gives events:
one per number of objects it reports, with the mentions that number refers to.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .gazetteer import GazetteerIndex
from .kinds import background_rule, event_kind
from .numbers import Count, find_counts
from .people import find_people
from .regionnames import RegionNames
from .roles import country_cues, drop_descriptions, drop_origins, is_actor, mark_dateline
from .reports import Report
from .rules import load_lexicon
from .text import normalize
from .tokens import Token, split_sentences

_LEX = load_lexicon()
STOPWORDS, COUNTRY_CUES = _LEX.all_stopwords, _LEX.country_cues
REGION_WORDS, REGION_PLURALS = _LEX.region_words, _LEX.region_plurals
MAX_NAME_WORDS = _LEX.max_name_words
_GAZETTEER = _LEX.rule("place.gazetteer")
_BEFORE_NOUN = _LEX.rule("place.before_noun")
_LIST = _LEX.rule("place.list")
_IN_REGION = _LEX.rule("place.in_region")
_REPUBLIC = [p.split() for p in _LEX.rule("region.republic_of")["prefixes"]]
_GOVERNOR = _LEX.rule("region.governor")
_REGION_LIST = _LEX.rule("region.list")
_ANAPHORA = _LEX.rule("region.anaphora")
_PLACES_ONLY = _LEX.rule("event.places_only")
_ATTACH_FILLERS = _IN_REGION["fillers"] | _LEX.district_words
#: First word of a place cue -> the cues (as word lists), longest first.
_CUES_BY_FIRST: dict[str, list[tuple[list[str], str]]] = {}
for _cue, _rule in sorted(((w, p.id) for p in _LEX.family("place_cue") for w in p["words"]),
                          key=lambda t: len(t[0]), reverse=True):
    _CUES_BY_FIRST.setdefault(_cue.split()[0], []).append((_cue.split(), _rule))


@dataclass
class Mention:
    """A place or region named in a report.

    Attributes
    ----------
    report_id : str
    text : str
        As written in the report.
    kind : str
        ``"region"`` (an admin-1 region by name) or ``"place"`` (a settlement).
    sentence : int
        Index of the sentence in the report.
    start, end : int
        Character offsets in the report text.
    cue : str
        Why it was taken as a mention: ``region-word``, ``region-name``,
        ``standalone``, ``gazetteer``, ``list`` or ``cue-word``.
    region_code : str or None
        For region mentions, the region.
    role : str
        ``"location"`` (where something happened), ``"origin"`` (where drones or
        missiles came from: "launched from the Kursk region") or ``"reference"``
        (describing another place); only locations are counted as incidents.
    region_hint : str or None
        For a place, the region the text puts it in ("Derhachi, Kharkiv region").
    rule : str
        Id of the pattern that found it (``mapper/rules/<lang>/``): ``place.list``,
        ``region.name_and_word`` ...
    role_rule : str
        Id of the pattern that gave it its role, if any (``role.origin.from``).
    """

    report_id: str
    text: str
    kind: str
    sentence: int
    start: int
    end: int
    cue: str
    region_code: str | None = None
    role: str = "location"
    region_hint: str | None = None
    rule: str = ""
    role_rule: str = ""

    def rules(self) -> list[str]:
        """Ids of every pattern that made this mention what it is: the finder, ``place.in_region``
        when the text put it in a region, and the role's."""
        return [r for r in (self.rule, _IN_REGION.id if self.region_hint else "", self.role_rule) if r]


@dataclass
class Event:
    """One incident as told in one sentence (or a number of objects within it).

    Attributes
    ----------
    kind : str
        ``shootdown``, ``debris``, ``strike`` or ``other``.
    count : int or None
        Number of objects, if the sentence gives one.
    object_kind : str or None
        ``drone``, ``missile``, ``bomb``, ``aircraft`` or ``boat``.
    mentions : list of int
        Indices into :attr:`Extraction.mentions`.
    continues : int or None
        For a sentence that names places but no incident ("the affected cities
        were ..."), the event it may elaborate on; the counting stage decides.
    aggregate : bool
        A total whose breakdown by region follows (or that is told again with its
        regions); not counted by itself.
    background : bool
        Told as background ("in recent months ..."), not as news; not counted.
    kind_rule, count_rule, status_rule : str
        Ids of the patterns that gave its kind (a trigger group, or
        ``event.places_only``), its number, and made it a total or background.
    """

    report_id: str
    index: int
    sentence: int
    kind: str
    count: int | None
    object_kind: str | None
    mentions: list[int]
    text: str
    continues: int | None = None
    aggregate: bool = False
    background: bool = False
    kind_rule: str = ""
    count_rule: str = ""
    status_rule: str = ""


@dataclass
class Extraction:
    """Everything found in one report."""

    report: Report
    sentence_spans: list[tuple[int, int]]
    mentions: list[Mention] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    #: ``sentence index -> {country code: weight}``: 2 for a country's name, 1 for a demonym.
    countries: dict[int, dict[str, float]] = field(default_factory=dict)
    people: list[str] = field(default_factory=list)
    #: Capitals standing for governments or armies ("the Kiev regime", "Moscow says"): not places.
    actors: list[str] = field(default_factory=list)

    def sentence_text(self, i: int) -> str:
        start, end = self.sentence_spans[i]
        return self.report.text[start:end]

    def event_rules(self, ev: Event) -> list[str]:
        """Ids of every pattern behind an event: its kind, number, status, and its mentions'."""
        out: list[str] = []
        for r in [ev.kind_rule, ev.count_rule, ev.status_rule] + [r for m in ev.mentions
                                                                 for r in self.mentions[m].rules()]:
            if r and r not in out:
                out.append(r)
        return out


_INCLUDING = _LEX.rule("total.including")["regex"]
_BREAKDOWN = _LEX.rule("total.breakdown")


class Extractor:
    """Finds mentions and events in reports.

    Parameters
    ----------
    index : GazetteerIndex
        Settlement names to look for.
    regions : RegionNames
        Region names to look for.
    """

    def __init__(self, index: GazetteerIndex, regions: RegionNames) -> None:
        self.index = index
        self.regions = regions
        self.max_region_words = min(regions.max_words, MAX_NAME_WORDS)

    # -- one sentence ---------------------------------------------------------------
    @staticmethod
    def _scan(toks: list[Token], taken: list[bool], match) -> list[tuple]:
        """Left to right over capitalised words not yet taken: ``match(i)`` gives a hit
        ``(start, end, ...)`` or None; each hit's tokens are taken and the scan goes on after it."""
        found: list[tuple] = []
        i, n = 0, len(toks)
        while i < n:
            hit = None
            if not taken[i] and toks[i].is_word and toks[i].is_cap:
                hit = match(i)
            if hit:
                found.append(hit)
                for j in range(hit[0], hit[1]):
                    taken[j] = True
                i = hit[1]
            else:
                i += 1
        return found

    def _regions(self, toks: list[Token], taken: list[bool]) -> list[tuple[int, int, str, str, str]]:
        """``(start, end, code, cue, rule)`` token spans of region mentions."""
        n = len(toks)
        names = self.regions

        def match(i: int):
            # "Republic of Tatarstan"
            for words in _REPUBLIC:
                w = len(words)
                if i + w < n and [t.lower for t in toks[i:i + w]] == words:
                    for k in range(min(self.max_region_words, n - i - w), 0, -1):
                        key = normalize(" ".join(t.text for t in toks[i + w:i + w + k]))
                        if key in names.stems:
                            return (i, i + w + k, names.stems[key], "region-word", "region.republic_of")
            for k in range(min(self.max_region_words, n - i), 0, -1):
                span = toks[i:i + k]
                if not all(t.is_word or t.text in _LEX.region_name_joiners for t in span) or any(taken[i:i + k]):
                    continue
                key = normalize(" ".join(t.text for t in span))
                nxt = toks[i + k] if i + k < n else None
                if key in names.full:
                    return (i, i + k, names.full[key], "region-name", "region.full_name")
                if key in names.stems and nxt is not None and nxt.lower in REGION_WORDS \
                        and nxt.lower not in REGION_PLURALS:
                    return (i, i + k + 1, names.stems[key], "region-word", "region.name_and_word")
                if key in names.stems and self._governor_after(toks, i + k):  # "Bryansk governor"
                    return (i, i + k, names.stems[key], "authority", "region.governor")
                if key in names.standalone:
                    return (i, i + k, names.standalone[key], "standalone", "region.standalone")
            return None

        found = self._scan(toks, taken, match)
        # "the Kursk, Bryansk and Belgorod regions", "Kherson, Donetsk, and Zaporizhzhia oblast"
        heads = [p for p, tok in enumerate(toks) if tok.lower in REGION_PLURALS]
        heads += [s for s, e, _, cue, _ in found if cue in ("region-word", "region-name")
                  and toks[e - 1].lower in REGION_WORDS
                  and s > 1 and (toks[s - 1].lower in _LEX.list_joiners or toks[s - 1].text == ",")]
        for p in heads:
            j = p - 1
            while j >= 0:
                if toks[j].text == "," or toks[j].lower in _REGION_LIST["joiners"]:
                    j -= 1
                    continue
                key = normalize(toks[j].text)
                if not taken[j] and toks[j].is_cap and key in self.regions.stems:
                    found.append((j, j + 1, self.regions.stems[key], "region-word", _REGION_LIST.id))
                    taken[j] = True
                    j -= 1
                    continue
                if taken[j] and any(s <= j < e for s, e, *_ in found):
                    j -= 1
                    continue
                break
        return sorted(found)

    @staticmethod
    def _anaphor(toks: list[Token]) -> tuple[int, int] | None:
        """Token span of "the region", "his region", "the oblast" (not "the Kursk region")."""
        for i in range(len(toks) - 1):
            if toks[i].lower in _ANAPHORA["determiners"] and toks[i + 1].lower in _ANAPHORA["nouns"]:
                return (i, i + 2)
        return None

    @staticmethod
    def _attached_region(toks: list[Token], end: int, region_at: dict[int, str]) -> str | None:
        """The region a place name is placed in by the text itself: "Derhachi, Kharkiv region",
        "Kirovsk in the Leningrad region", "Mokraya Orlovka in the Graivoron District of the Belgorod Region"."""
        j, n = end, len(toks)
        while j < n and j - end < _IN_REGION["window"]:
            if j in region_at:
                return region_at[j]
            tok = toks[j]
            if tok.lower in _ATTACH_FILLERS:
                j += 1
                continue
            if tok.is_word and tok.is_cap:  # a district's name, if a district word follows
                k = j
                while k < n and k - j < _IN_REGION["district_name_words"] and toks[k].is_word and toks[k].is_cap \
                        and k not in region_at and toks[k].lower not in _LEX.district_words:
                    k += 1
                if k < n and toks[k].lower in _LEX.district_words:
                    j = k + 1
                    continue
            return None
        return None

    @staticmethod
    def _governor_after(toks: list[Token], j: int) -> bool:
        """"governor", "regional governor", "region's governor" from token ``j``."""
        words = [t.lower for t in toks[j:j + 3]] + ["", "", ""]
        nouns = _GOVERNOR["nouns"]
        if words[0] in nouns:
            return True
        return words[0] in _GOVERNOR["adjectives"] and (
            words[1] in nouns or (words[1] in _LEX.possessives and words[2] in nouns))

    def _places(self, toks: list[Token], taken: list[bool]) -> list[tuple[int, int, str, str]]:
        """``(start, end, cue, rule)`` token spans of settlement mentions."""
        n = len(toks)
        found = self._cue_prefixed(toks, taken)

        def match(i: int):
            for k in range(min(MAX_NAME_WORDS, n - i), 0, -1):
                span = toks[i:i + k]
                if any(taken[i:i + k]) or not all(t.is_word and t.is_cap for t in span):
                    continue
                if normalize(" ".join(t.text for t in span)) not in self.index.keys:
                    continue
                if (k == 1 and not self._plausible_single(toks[i])) or all(t.lower in STOPWORDS for t in span):
                    continue
                return (i, i + k, "gazetteer", _GAZETTEER.id)
            return None

        found += self._scan(toks, taken, match)
        found += self._cued_places(toks, taken, found)
        return sorted(found)

    def _cue_prefixed(self, toks: list[Token], taken: list[bool]) -> list[tuple[int, int, str, str]]:
        """"the village of Mokraya Orlovka": the whole name after the cue, known or not."""
        out: list[tuple[int, int, str, str]] = []
        lows = [t.lower for t in toks]
        for i in range(len(toks)):
            for words, rule in _CUES_BY_FIRST.get(lows[i], ()):
                if lows[i:i + len(words)] == words:
                    s = i + len(words)
                    e = self._name_at(toks, s, taken)
                    if e > s:
                        key = normalize(" ".join(t.text for t in toks[s:e]))
                        out.append((s, e, "gazetteer" if key in self.index.keys else "cue-word", rule))
                        for j in range(s, e):
                            taken[j] = True
                    break
        return out

    @staticmethod
    def _plausible_single(tok: Token) -> bool:
        low = tok.lower
        if low in STOPWORDS or low in COUNTRY_CUES or len(tok.text) < _GAZETTEER["min_chars"]:
            return False
        if tok.text.isupper() and len(tok.text) <= _GAZETTEER["acronym_chars"]:  # acronyms: AD, UAV, TASS
            return False
        return True

    @staticmethod
    def _name_word(toks: list[Token], j: int, taken: list[bool]) -> bool:
        """Token ``j`` can be part of a place's name: capitalised, free, no stopword or country."""
        tok = toks[j]
        return tok.is_word and tok.is_cap and not taken[j] and tok.lower not in STOPWORDS \
            and tok.lower not in COUNTRY_CUES

    def _name_at(self, toks: list[Token], i: int, taken: list[bool]) -> int:
        """End of a capitalised name (up to ``name_words`` words) starting at ``i``."""
        j = i
        while j < len(toks) and j - i < _LEX.name_words and self._name_word(toks, j, taken):
            j += 1
        return j

    def _cued_places(self, toks: list[Token], taken: list[bool],
                     known: list[tuple[int, int, str, str]]) -> list[tuple[int, int, str, str]]:
        """Names the text marks as places: "Tulyanka village", lists with known places."""
        out: list[tuple[int, int, str, str]] = []
        n = len(toks)
        lows = [t.lower for t in toks]
        # "Tulyanka village"
        for i in range(1, n):
            if lows[i] in _BEFORE_NOUN["nouns"] and not toks[i].is_cap:
                s = i
                while s > 0 and i - s < _LEX.name_words and self._name_word(toks, s - 1, taken):
                    s -= 1
                if s < i:
                    out.append((s, i, "cue-word", _BEFORE_NOUN.id))
                    for j in range(s, i):
                        taken[j] = True
        # lists: "Borovsk, Kirov, Maloyaroslavets, and Yernov"
        starts = {s: e for s, e, *_ in known + out}
        i = 0
        while i < n:
            items: list[tuple[int, int, bool]] = []
            j = i
            while j < n:
                if j in starts:
                    items.append((j, starts[j], True))
                    j = starts[j]
                else:
                    e = self._name_at(toks, j, taken)
                    if e == j or (e < n and lows[e] in _LEX.admin_words):  # "Volokonovsky district": no settlement
                        break
                    items.append((j, e, False))
                    j = e
                # separators
                k = j
                while k < n and (toks[k].text == "," or lows[k] in _LEX.list_joiners):
                    k += 1
                if k == j or k >= n:
                    break
                j = k
            if len(items) >= 2:
                before = lows[max(0, items[0][0] - _LIST["lookback"]):items[0][0]]
                announced = any(w in _LIST["nouns"] for w in before)
                if announced or any(is_known for _, _, is_known in items):
                    for s, e, is_known in items:
                        if not is_known:
                            out.append((s, e, "list", _LIST.id))
                            for t in range(s, e):
                                taken[t] = True
                i = max(j, i + 1)
            else:
                i += 1
        return out

    # -- one report ---------------------------------------------------------------
    def extract(self, report: Report) -> Extraction:
        """Mentions and events of one report."""
        split = split_sentences(report.text)
        ext = Extraction(report=report, sentence_spans=[(s, e) for s, e, _ in split])
        toks_by_sentence = [toks for _, _, toks in split]
        surnames: set[str] = set()
        people_by_sentence = []
        for toks in toks_by_sentence:
            people = find_people(toks)
            people_by_sentence.append(people)
            for s, e in people:
                if e - s >= 2:
                    surnames.add(toks[e - 1].lower)
                ext.people.append(" ".join(t.text for t in toks[s:e]))
        last_event: int | None = None
        last_event_sentence = -10
        last_kind: str | None = None
        last_region: tuple[str, int] | None = None
        for si, toks in enumerate(toks_by_sentence):
            taken = [False] * len(toks)
            for s, e in people_by_sentence[si] + find_people(toks, surnames):
                for j in range(s, e):
                    taken[j] = True
            country_cues(ext, si, toks, taken)
            mark_dateline(toks, taken)
            located: list[tuple[int, int]] = []  # (token index, mention index)
            region_at: dict[int, str] = {}
            for s, e, code, cue, rule in self._regions(toks, taken):
                located.append((s, len(ext.mentions)))
                region_at[s] = code
                ext.mentions.append(Mention(report.id, report.text[toks[s].start:toks[e - 1].end], "region",
                                            si, toks[s].start, toks[e - 1].end, cue, code, rule=rule))
            for s, e, cue, rule in self._places(toks, taken):
                if cue == "gazetteer" and is_actor(toks, e):
                    ext.actors.append(report.text[toks[s].start:toks[e - 1].end])
                    continue
                located.append((s, len(ext.mentions)))
                ext.mentions.append(Mention(report.id, report.text[toks[s].start:toks[e - 1].end], "place",
                                            si, toks[s].start, toks[e - 1].end, cue,
                                            region_hint=self._attached_region(toks, e, region_at), rule=rule))
            located.sort()
            located = drop_origins(ext, toks, located)
            located = drop_descriptions(ext, toks, located)
            if located:
                for _, m in located:
                    if ext.mentions[m].kind == "region":
                        last_region = (ext.mentions[m].region_code, si)
            elif last_region and si - last_region[1] <= _ANAPHORA["within"]:
                # "a third drone attacked the region": the region named last (only with a number of
                # objects, as "escalation in the region" speaks of no region in particular)
                anaphor = self._anaphor(toks)
                if anaphor is not None and find_counts(toks, set(), last_kind):
                    a, b = anaphor
                    located.append((a, len(ext.mentions)))
                    ext.mentions.append(Mention(report.id, report.text[toks[a].start:toks[b - 1].end], "region",
                                                si, toks[a].start, toks[b - 1].end, "anaphora", last_region[0],
                                                rule=_ANAPHORA.id))
            anchors = {t for t, _ in located}
            counts = find_counts(toks, anchors, last_kind)
            last_kind = counts[-1].kind if counts else None
            text = ext.sentence_text(si)
            kind, kind_rule = event_kind(text)
            new = self._events(ext, si, kind, kind_rule, counts, located)
            background = background_rule(text) if new else ""
            if background:
                for e in new:
                    ext.events[e].background = True
                    ext.events[e].status_rule = background
            if not new and located:
                cont = last_event if si - last_event_sentence <= _PLACES_ONLY["within"] else None
                new = [self._event(ext, si, "other", _PLACES_ONLY.id, None, [m for _, m in located], cont)]
            if new:
                last_event, last_event_sentence = new[-1], si
        self._mark_aggregates(ext)
        return ext

    @staticmethod
    def _event(ext: Extraction, si: int, kind: str, kind_rule: str, count: Count | None, mentions: list[int],
               continues: int | None = None) -> int:
        ev = Event(ext.report.id, len(ext.events), si, kind,
                   count.value if count else None, count.kind if count else None,
                   mentions, ext.sentence_text(si), continues, kind_rule=kind_rule,
                   count_rule=count.rule if count else "")
        ext.events.append(ev)
        return ev.index

    def _events(self, ext: Extraction, si: int, kind: str, kind_rule: str, counts: list[Count],
                located: list[tuple[int, int]]) -> list[int]:
        if not counts:
            if kind == "other" or not located:
                return []
            return [self._event(ext, si, kind, kind_rule, None, [m for _, m in located])]
        out = []
        before = [m for t, m in located if t < counts[0].token]
        for k, c in enumerate(counts):
            stop = counts[k + 1].token if k + 1 < len(counts) else 10**9
            mine = [m for t, m in located if c.token <= t < stop]
            if k == 0:
                mine = before + mine
            out.append(self._event(ext, si, kind, kind_rule, c, mine))
        return out

    @staticmethod
    def _mark_aggregates(ext: Extraction) -> None:
        """A located-nowhere count that the same or next sentence breaks down by place (parts that
        sum to it, or some of it after "including"), or tells again with its places (the same
        number of the same objects), is a total."""
        by_sentence: dict[int, list[Event]] = {}
        for ev in ext.events:
            by_sentence.setdefault(ev.sentence, []).append(ev)
        for ev in ext.events:
            if ev.mentions or ev.count is None:
                continue
            for si in range(ev.sentence, ev.sentence + 1 + _BREAKDOWN["next_sentences"]):
                parts = [e for e in by_sentence.get(si, []) if e is not ev and e.count is not None and e.mentions]
                including = si == ev.sentence and _INCLUDING.search(ev.text) and parts \
                    and sum(e.count for e in parts) <= ev.count
                rule = ("total.including" if including
                        else "total.breakdown" if len(parts) >= 2 and sum(e.count for e in parts) == ev.count
                        else "total.retold" if len(parts) == 1 and parts[0].count == ev.count
                        and parts[0].object_kind == ev.object_kind else "")
                if rule:
                    ev.aggregate = True
                    ev.status_rule = rule
                    break
