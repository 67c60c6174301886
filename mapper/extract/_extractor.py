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
from ._kinds import background_rule, event_kind
from ._mentions import Found, MentionFinder
from ._model import Cue, Event, Extraction, Kind, Mention, MentionKind, NameIndex, Role
from ._numbers import Count, find_counts
from ._people import find_people
from ._regionnames import RegionNames
from ._roles import Roles, country_cues, description_roles, is_actor, is_dateline, origin_roles
from ._tokens import Token, split_sentences

_LEX = load_lexicon()
_ANAPHORA = _LEX.rule("region.anaphora")
_PLACES_ONLY = _LEX.rule("event.places_only")
_INCLUDING = _LEX.rule("total.including")
_BREAKDOWN = _LEX.rule("total.breakdown")
_RETOLD = _LEX.rule("total.retold")
if Mention.IN_REGION_RULE not in _LEX.patterns:  # pragma: no cover - a code and data mismatch
    raise AssertionError("Mention.IN_REGION_RULE must name a rule of mapper/rules")

#: ``(token index, mention index)`` of the mentions of a sentence that say where something happened.
Located = list[tuple[int, int]]


@dataclass
class _Story:
    """What the sentences read so far leave to the next one."""

    last_event: int | None = None  #: the last event, which a sentence naming only places may elaborate
    last_event_sentence: int = -10
    last_kind: str | None = None  #: the objects counted last, for "12 were downed over ..."
    last_region: str | None = None  #: the region named last, for "the region"
    last_region_sentence: int | None = None


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
        self.finder = MentionFinder(index, regions)

    def extract(self, report: Report) -> Extraction:
        """Mentions and events of one report, sentence by sentence."""
        split = split_sentences(report.text)
        ext = Extraction(report=report, sentence_spans=[(s, e) for s, e, _ in split])
        sentences = [toks for _, _, toks in split]
        people, surnames = _people(ext, sentences)
        story = _Story()
        for si, toks in enumerate(sentences):
            taken = _free_words(ext, si, toks, people[si] + find_people(toks, surnames))
            located = self._mentions(ext, si, toks, taken)
            located = _with_roles(ext, located, origin_roles(toks, located))
            located = _with_roles(ext, located, description_roles(report.text, toks, located))
            located = self._refer_back(ext, si, toks, located, story)
            counts = find_counts(toks, {t for t, _ in located}, story.last_kind)
            story.last_kind = counts[-1].kind if counts else None
            _sentence_events(ext, si, counts, located, story)
        _mark_totals(ext)
        return ext

    def _mentions(self, ext: Extraction, si: int, toks: list[Token], taken: list[bool]) -> Located:
        """Region and settlement mentions of a sentence, added to ``ext``; capitals that stand for
        governments ("the Kiev regime") go to ``ext.actors``."""
        located: Located = []
        region_at: dict[int, str] = {}
        for f in self.finder.regions_in(toks, taken):
            located.append((f.start, len(ext.mentions)))
            region_at[f.start] = f.code
            ext.mentions.append(_mention(ext, si, toks, f, MentionKind.REGION))
        for f in self.finder.places_in(toks, taken):
            if f.cue is Cue.GAZETTEER and is_actor(toks, f.end):
                ext.actors.append(ext.report.text[toks[f.start].start:toks[f.end - 1].end])
                continue
            located.append((f.start, len(ext.mentions)))
            hint = self.finder.attached_region(toks, f.end, region_at)
            ext.mentions.append(_mention(ext, si, toks, f, MentionKind.PLACE, hint))
        located.sort()
        return located

    def _refer_back(self, ext: Extraction, si: int, toks: list[Token], located: Located, story: _Story) -> Located:
        """Remember the region named last; in a sentence naming none, "a third drone attacked the
        region" is that region (only with a number of objects, as "escalation in the region"
        speaks of no region in particular)."""
        if located:
            for _, m in located:
                if ext.mentions[m].kind is MentionKind.REGION:
                    story.last_region, story.last_region_sentence = ext.mentions[m].region_code, si
            return located
        if story.last_region_sentence is None or si - story.last_region_sentence > _ANAPHORA["within"]:
            return located
        anaphor = self.finder.anaphor(toks)
        if anaphor is None or not find_counts(toks, set(), story.last_kind):
            return located
        a, b = anaphor
        ext.mentions.append(_mention(ext, si, toks, Found(a, b, Cue.ANAPHORA, _ANAPHORA.id, story.last_region),
                                     MentionKind.REGION))
        return located + [(a, len(ext.mentions) - 1)]


def _people(ext: Extraction, sentences: list[list[Token]]) -> tuple[list[list[tuple[int, int]]], set[str]]:
    """People's names of each sentence (added to ``ext.people``), and the surnames seen."""
    surnames: set[str] = set()
    by_sentence = []
    for toks in sentences:
        people = find_people(toks)
        by_sentence.append(people)
        for s, e in people:
            if e - s >= 2:
                surnames.add(toks[e - 1].lower)
            ext.people.append(" ".join(t.text for t in toks[s:e]))
    return by_sentence, surnames


def _free_words(ext: Extraction, si: int, toks: list[Token], people: list[tuple[int, int]]) -> list[bool]:
    """Which tokens are taken before mentions are looked for: people's names and a dateline.
    The sentence's country cues (read around the people) go to ``ext.countries``."""
    taken = [False] * len(toks)
    for s, e in people:
        for j in range(s, e):
            taken[j] = True
    cues = country_cues(toks, taken)
    if cues:
        ext.countries[si] = cues
    if is_dateline(toks):
        taken[0] = True
    return taken


def _mention(ext: Extraction, si: int, toks: list[Token], f: Found, kind: MentionKind,
             region_hint: str | None = None) -> Mention:
    start, end = toks[f.start].start, toks[f.end - 1].end
    return Mention(ext.report.id, ext.report.text[start:end], kind, si, start, end, f.cue,
                   f.code if kind is MentionKind.REGION else None, region_hint=region_hint, rule=f.rule)


def _with_roles(ext: Extraction, located: Located, roles: Roles) -> Located:
    """Give mentions their roles; keep the located ones that still are locations."""
    for m, (role, rule) in roles.items():
        ext.mentions[m] = replace(ext.mentions[m], role=role, role_rule=rule)
    return [(t, m) for t, m in located if m not in roles or roles[m][0] is Role.LOCATION]


def _sentence_events(ext: Extraction, si: int, counts: list[Count], located: Located, story: _Story) -> None:
    """The events of a sentence: one per number of objects, or one for its kind and places; or,
    naming places and no incident, one that may elaborate on the last event."""
    text = ext.sentence_text(si)
    kind, kind_rule = event_kind(text)
    new = _events(ext, si, kind, kind_rule, counts, located)
    background = background_rule(text) if new else ""
    if background:
        for e in new:
            ext.events[e] = replace(ext.events[e], background=True, status_rule=background)
    if not new and located:
        cont = story.last_event if si - story.last_event_sentence <= _PLACES_ONLY["within"] else None
        new = [_event(ext, si, Kind.OTHER, _PLACES_ONLY.id, None, [m for _, m in located], cont)]
    if new:
        story.last_event, story.last_event_sentence = new[-1], si


def _event(ext: Extraction, si: int, kind: Kind, kind_rule: str, count: Count | None, mentions: list[int],
           continues: int | None = None) -> int:
    ev = Event(ext.report.id, len(ext.events), si, kind,
               count.value if count else None, count.kind if count else None,
               tuple(mentions), ext.sentence_text(si), continues, kind_rule=kind_rule,
               count_rule=count.rule if count else "")
    ext.events.append(ev)
    return ev.index


def _events(ext: Extraction, si: int, kind: Kind, kind_rule: str, counts: list[Count], located: Located) -> list[int]:
    """One event per count, with the mentions from its number up to the next count (the first
    also takes those before it); with no count, one event if the sentence tells an incident."""
    if not counts:
        if kind is Kind.OTHER or not located:
            return []
        return [_event(ext, si, kind, kind_rule, None, [m for _, m in located])]
    out = []
    before = [m for t, m in located if t < counts[0].token]
    for k, c in enumerate(counts):
        stop = counts[k + 1].token if k + 1 < len(counts) else 10**9
        mine = [m for t, m in located if c.token <= t < stop]
        if k == 0:
            mine = before + mine
        out.append(_event(ext, si, kind, kind_rule, c, mine))
    return out


def _mark_totals(ext: Extraction) -> None:
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
            rule = _total_rule(ev, parts, same_sentence=si == ev.sentence)
            if rule:
                totals[ev.index] = rule
                break
    for i, rule in totals.items():
        ext.events[i] = replace(ext.events[i], aggregate=True, status_rule=rule)


def _total_rule(ev: Event, parts: list[Event], same_sentence: bool) -> str:
    """The id of the rule by which ``parts`` make ``ev`` a total, or ``""``."""
    if same_sentence and _INCLUDING["regex"].search(ev.text) and parts and sum(e.count for e in parts) <= ev.count:
        return _INCLUDING.id
    if len(parts) >= 2 and sum(e.count for e in parts) == ev.count:
        return _BREAKDOWN.id
    if len(parts) == 1 and parts[0].count == ev.count and parts[0].object_kind == ev.object_kind:
        return _RETOLD.id
    return ""
