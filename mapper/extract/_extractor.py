"""Stage 2: find place and region mentions, numbers of objects and events in reports.

English text. A mention is a region ("Kaluga region", "Krasnodar Krai",
"Republic of Tatarstan", "the Kursk and Belgorod regions"), a settlement the
gazetteer knows, or a capitalised name that the text itself marks as a place (a
list with known places in it, "the village of X") even if no gazetteer knows it.
People's names are never places. Each sentence with an incident gives events:
one per number of objects it reports, with the mentions that number refers to.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from ..reports import Report
from ..rules import load_lexicon
from ..text import normalize
from ._kinds import background_rule, event_kind
from ._model import Cue, Event, Extraction, Kind, Mention, MentionKind, NameIndex, Role
from ._numbers import Count, find_counts
from ._people import find_people
from ._regionnames import RegionNames
from ._roles import country_cues, description_roles, is_actor, is_dateline, origin_roles
from ._tokens import Token, split_sentences

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


_INCLUDING = _LEX.rule("total.including")["regex"]
_BREAKDOWN = _LEX.rule("total.breakdown")
if Mention.IN_REGION_RULE != _IN_REGION.id:  # pragma: no cover - a code and data mismatch
    raise AssertionError("Mention.IN_REGION_RULE must name the place.in_region rule")


@dataclass(frozen=True, slots=True)
class Found:
    """A mention found in a sentence: its token span, why, the rule that found it, and for a
    region its code."""

    start: int
    end: int
    cue: Cue
    rule: str
    code: str | None = None


def _span(found: Found) -> tuple[int, int]:
    return found.start, found.end


def _with_roles(ext: Extraction, located: list[tuple[int, int]],
                roles: dict[int, tuple[Role, str]]) -> list[tuple[int, int]]:
    """Give mentions their roles; keep the located ones that still are locations."""
    for m, (role, rule) in roles.items():
        ext.mentions[m] = replace(ext.mentions[m], role=role, role_rule=rule)
    return [(t, m) for t, m in located if m not in roles or roles[m][0] is Role.LOCATION]


class Extractor:
    """Finds mentions and events in reports.

    Parameters
    ----------
    index : NameIndex
        Settlement names to look for (a :class:`mapper.GazetteerIndex`, or any
        object with ``keys``: the normalised names).
    regions : RegionNames
        Region names to look for.
    """

    def __init__(self, index: NameIndex, regions: RegionNames) -> None:
        self.index = index
        self.regions = regions
        self.max_region_words = min(regions.max_words, MAX_NAME_WORDS)

    # -- one sentence ---------------------------------------------------------------
    @staticmethod
    def _scan(toks: list[Token], taken: list[bool], match) -> list[Found]:
        """Left to right over capitalised words not yet taken: ``match(i)`` gives a
        :class:`Found` or None; each hit's tokens are taken and the scan goes on after it."""
        found: list[Found] = []
        i, n = 0, len(toks)
        while i < n:
            hit = None
            if not taken[i] and toks[i].is_word and toks[i].is_cap:
                hit = match(i)
            if hit:
                found.append(hit)
                for j in range(hit.start, hit.end):
                    taken[j] = True
                i = hit.end
            else:
                i += 1
        return found

    def _regions(self, toks: list[Token], taken: list[bool]) -> list[Found]:
        """Region mentions of a sentence, in text order."""
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
                            return Found(i, i + w + k, Cue.REGION_WORD, "region.republic_of", names.stems[key])
            for k in range(min(self.max_region_words, n - i), 0, -1):
                span = toks[i:i + k]
                if not all(t.is_word or t.text in _LEX.region_name_joiners for t in span) or any(taken[i:i + k]):
                    continue
                key = normalize(" ".join(t.text for t in span))
                nxt = toks[i + k] if i + k < n else None
                if key in names.full:
                    return Found(i, i + k, Cue.REGION_NAME, "region.full_name", names.full[key])
                if key in names.stems and nxt is not None and nxt.lower in REGION_WORDS \
                        and nxt.lower not in REGION_PLURALS:
                    return Found(i, i + k + 1, Cue.REGION_WORD, "region.name_and_word", names.stems[key])
                if key in names.stems and self._governor_after(toks, i + k):  # "Bryansk governor"
                    return Found(i, i + k, Cue.AUTHORITY, "region.governor", names.stems[key])
                if key in names.standalone:
                    return Found(i, i + k, Cue.STANDALONE, "region.standalone", names.standalone[key])
            return None

        found = self._scan(toks, taken, match)
        # "the Kursk, Bryansk and Belgorod regions", "Kherson, Donetsk, and Zaporizhzhia oblast"
        heads = [p for p, tok in enumerate(toks) if tok.lower in REGION_PLURALS]
        heads += [f.start for f in found if f.cue in (Cue.REGION_WORD, Cue.REGION_NAME)
                  and toks[f.end - 1].lower in REGION_WORDS
                  and f.start > 1 and (toks[f.start - 1].lower in _LEX.list_joiners or toks[f.start - 1].text == ",")]
        for p in heads:
            j = p - 1
            while j >= 0:
                if toks[j].text == "," or toks[j].lower in _REGION_LIST["joiners"]:
                    j -= 1
                    continue
                key = normalize(toks[j].text)
                if not taken[j] and toks[j].is_cap and key in self.regions.stems:
                    found.append(Found(j, j + 1, Cue.REGION_WORD, _REGION_LIST.id, self.regions.stems[key]))
                    taken[j] = True
                    j -= 1
                    continue
                if taken[j] and any(f.start <= j < f.end for f in found):
                    j -= 1
                    continue
                break
        return sorted(found, key=_span)

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

    def _places(self, toks: list[Token], taken: list[bool]) -> list[Found]:
        """Settlement mentions of a sentence, in text order."""
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
                return Found(i, i + k, Cue.GAZETTEER, _GAZETTEER.id)
            return None

        found += self._scan(toks, taken, match)
        found += self._cued_places(toks, taken, found)
        return sorted(found, key=_span)

    def _cue_prefixed(self, toks: list[Token], taken: list[bool]) -> list[Found]:
        """"the village of Mokraya Orlovka": the whole name after the cue, known or not."""
        out: list[Found] = []
        lows = [t.lower for t in toks]
        for i in range(len(toks)):
            for words, rule in _CUES_BY_FIRST.get(lows[i], ()):
                if lows[i:i + len(words)] == words:
                    s = i + len(words)
                    e = self._name_at(toks, s, taken)
                    if e > s:
                        key = normalize(" ".join(t.text for t in toks[s:e]))
                        out.append(Found(s, e, Cue.GAZETTEER if key in self.index.keys else Cue.CUE_WORD, rule))
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

    def _cued_places(self, toks: list[Token], taken: list[bool], known: list[Found]) -> list[Found]:
        """Names the text marks as places: "Tulyanka village", lists with known places."""
        out: list[Found] = []
        n = len(toks)
        lows = [t.lower for t in toks]
        # "Tulyanka village"
        for i in range(1, n):
            if lows[i] in _BEFORE_NOUN["nouns"] and not toks[i].is_cap:
                s = i
                while s > 0 and i - s < _LEX.name_words and self._name_word(toks, s - 1, taken):
                    s -= 1
                if s < i:
                    out.append(Found(s, i, Cue.CUE_WORD, _BEFORE_NOUN.id))
                    for j in range(s, i):
                        taken[j] = True
        # lists: "Borovsk, Kirov, Maloyaroslavets, and Yernov"
        starts = {f.start: f.end for f in known + out}
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
                            out.append(Found(s, e, Cue.LIST, _LIST.id))
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
            cues = country_cues(toks, taken)
            if cues:
                ext.countries[si] = cues
            if is_dateline(toks):
                taken[0] = True
            located: list[tuple[int, int]] = []  # (token index, mention index)
            region_at: dict[int, str] = {}
            for f in self._regions(toks, taken):
                located.append((f.start, len(ext.mentions)))
                region_at[f.start] = f.code
                ext.mentions.append(Mention(report.id, report.text[toks[f.start].start:toks[f.end - 1].end],
                                            MentionKind.REGION, si, toks[f.start].start, toks[f.end - 1].end, f.cue,
                                            f.code, rule=f.rule))
            for f in self._places(toks, taken):
                if f.cue is Cue.GAZETTEER and is_actor(toks, f.end):
                    ext.actors.append(report.text[toks[f.start].start:toks[f.end - 1].end])
                    continue
                located.append((f.start, len(ext.mentions)))
                ext.mentions.append(Mention(report.id, report.text[toks[f.start].start:toks[f.end - 1].end],
                                            MentionKind.PLACE, si, toks[f.start].start, toks[f.end - 1].end, f.cue,
                                            region_hint=self._attached_region(toks, f.end, region_at), rule=f.rule))
            located.sort()
            located = _with_roles(ext, located, origin_roles(toks, located))
            located = _with_roles(ext, located, description_roles(report.text, toks, located))
            if located:
                for _, m in located:
                    if ext.mentions[m].kind is MentionKind.REGION:
                        last_region = (ext.mentions[m].region_code, si)
            elif last_region and si - last_region[1] <= _ANAPHORA["within"]:
                # "a third drone attacked the region": the region named last (only with a number of
                # objects, as "escalation in the region" speaks of no region in particular)
                anaphor = self._anaphor(toks)
                if anaphor is not None and find_counts(toks, set(), last_kind):
                    a, b = anaphor
                    located.append((a, len(ext.mentions)))
                    ext.mentions.append(Mention(report.id, report.text[toks[a].start:toks[b - 1].end],
                                                MentionKind.REGION, si, toks[a].start, toks[b - 1].end,
                                                Cue.ANAPHORA, last_region[0], rule=_ANAPHORA.id))
            anchors = {t for t, _ in located}
            counts = find_counts(toks, anchors, last_kind)
            last_kind = counts[-1].kind if counts else None
            text = ext.sentence_text(si)
            kind, kind_rule = event_kind(text)
            new = self._events(ext, si, kind, kind_rule, counts, located)
            background = background_rule(text) if new else ""
            if background:
                for e in new:
                    ext.events[e] = replace(ext.events[e], background=True, status_rule=background)
            if not new and located:
                cont = last_event if si - last_event_sentence <= _PLACES_ONLY["within"] else None
                new = [self._event(ext, si, Kind.OTHER, _PLACES_ONLY.id, None, [m for _, m in located], cont)]
            if new:
                last_event, last_event_sentence = new[-1], si
        self._mark_aggregates(ext)
        return ext

    @staticmethod
    def _event(ext: Extraction, si: int, kind: Kind, kind_rule: str, count: Count | None, mentions: list[int],
               continues: int | None = None) -> int:
        ev = Event(ext.report.id, len(ext.events), si, kind,
                   count.value if count else None, count.kind if count else None,
                   tuple(mentions), ext.sentence_text(si), continues, kind_rule=kind_rule,
                   count_rule=count.rule if count else "")
        ext.events.append(ev)
        return ev.index

    def _events(self, ext: Extraction, si: int, kind: Kind, kind_rule: str, counts: list[Count],
                located: list[tuple[int, int]]) -> list[int]:
        if not counts:
            if kind is Kind.OTHER or not located:
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
        totals: dict[int, str] = {}
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
                    totals[ev.index] = rule
                    break
        for i, rule in totals.items():
            ext.events[i] = replace(ext.events[i], aggregate=True, status_rule=rule)
