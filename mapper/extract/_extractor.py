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
from dataclasses import dataclass, field, fields, replace
from operator import attrgetter

from ..reports import Report
from ..rules import load_lexicon
from ..text import normalize
from ._kinds import (background_rule, cue_line, date_in, dated_within_months, earlier_date_rule, earlier_weekday_rule,
                     earlier_year_rule, event_kind, goes_further_back, goes_on, is_geography, is_sighting,
                     latest_year, long_before, names_aerial, object_kind_named, opens_recap, opens_same_time,
                     opens_with_date, says_earlier, tells_present, weekday_in)
from ._mentions import Found, MentionFinder, city_in_bare_region_list, listed_beside_bare_region
from ._model import Cue, Event, Extraction, Kind, Mention, MentionKind, NameIndex, Role
from ._numbers import TOLD_OBJECT_RULES, Count, find_counts, number_at
from ._people import find_people
from ._regionnames import RegionNames
from ._slavic import SlavicExtractor
from ._roles import (Roles, assign_roles, country_cues, dateline_words, description_roles, earlier_day_roles,
                     is_actor, is_agent, is_alert, is_organisation, origin_whereabouts_roles, route_roles,
                     sentence_roles, vessel_names, vessel_roles)
from ._tokens import LOWER_OF, TEXT_OF, Token, runs_of, split_sentences, tokenize, words_of

_LEX = load_lexicon()
_ANAPHORA = _LEX.rule("region.anaphora")
_CAPITAL, _SURROUNDING = _LEX.rule("region.capital"), _LEX.rule("region.surrounding")
_AROUND_CITY = _LEX.rule("region.around_city")
_AROUND_WINDOW = _AROUND_CITY["window"]  # words between an around-word and the capital ("around the Russian capital")
_REGION_NOUNS = frozenset(_ANAPHORA["nouns"])  # "region", "oblast", "krai"
_POSSESSIVES = _LEX.possessives
_EARLIER_RULE = _LEX.rule("event.earlier_batch")
_EARLIER, _EARLIER_ID = re.compile(_EARLIER_RULE["regex"].pattern, re.I), _EARLIER_RULE.id
_QUOTE = _LEX.rule("event.quote_retells")
_HITS = _LEX.rule("event.hits_after_downed")
_HIT_VERBS, _HITS_NOT_WITH = frozenset(_HITS["hit_verbs"]), re.compile(
    r"\b(?:" + "|".join(map(re.escape, _HITS["not_with"])) + r")\b", re.I)
_TEASER = _LEX.rule("event.teaser_line")
_RESPECTIVELY = _LEX.rule("event.respectively")
_QUOTE_OPENERS = tuple(_QUOTE["openers"])
_QUOTE_AFTER_COLON = _QUOTE["after_colon"]
_PLACES_ONLY = _LEX.rule("event.places_only")
_ELABORATION, _JOINED = _LEX.rule("event.elaboration"), _LEX.rule("event.joined_counts")
_ABROAD = _LEX.rule("background.abroad")
_NUMBER_OBJECT_ID = _LEX.rule("count.number_object").id
_AIRCRAFT = "aircraft"  # the object kind of planes and helicopters (objects.toml)
_CLAUSE_MARKS = frozenset(_JOINED["clause_marks"])
_PLACE_WORDS = frozenset(_JOINED["place_words"])
_TITLE_CLAUSE = _LEX.rule("event.title_clause")
_INCLUDING = _LEX.rule("total.including")
_BREAKDOWN = _LEX.rule("total.breakdown")
_RETOLD = _LEX.rule("total.retold")
_HEADLINE_RETOLD = _LEX.rule("event.headline_retold")
_PART_MORE_RETOLD = _LEX.rule("event.part_more_retold")
_HEADLINE_SUM = _LEX.rule("total.headline_sum")
#: The roles by which a body names a region only as a point of reference (_headline_echo).
_ECHO_ROLES = frozenset({Role.REFERENCE, Role.SEA})
_CAPITAL_AIM = _LEX.rule("role.direction.capital_aim")
_AIM_VERBS, _AIM_ARTICLES = _CAPITAL_AIM["verbs"], _CAPITAL_AIM["articles"]
_AIM_AFTER = tuple(tuple(p.split()) for p in _CAPITAL_AIM["after"])
_ATTACK_NOUNS, _ATTACK_WINDOW = _AROUND_CITY["attack_nouns"], _AROUND_CITY["attack_window"]
_AIM_WORD = re.compile(r"[\w'-]+")
_CLOSING_QUOTE = re.compile(r"[.,!?][\'’\"”»]")
_OF_THEM_ID = _LEX.rule("count.of_them").id
#: Counts that are a breakdown's parts by their phrase ("12 over ...", "12 of them over ...").
_BREAKDOWN_PART_RULES = frozenset({_OF_THEM_ID, _LEX.rule("count.ellipsis").id})
#: "Of these, 26 ...": a sentence opening so tells parts of the total before it (count.of_them's words).
_OF_THEM_OPENERS = tuple(f"{of} {w}" for of in _LEX.rule("count.of_them")["of"] for w in _LEX.count_of_them)
_REST = _LEX.rule("count.rest")
_TOWNS, _IMPLIED_EACH = _LEX.rule("total.towns"), _LEX.rule("total.implied_each")
#: Words of a further batch between a region's count and a town's ("5 over the Belgorod region and 3 more over
#: Belgorod").
_MORE_WORDS = frozenset(_LEX.rule("count.flags")["more"]) | frozenset(_LEX.rule("count.ellipsis")["another"])
_WORD = re.compile(r"\w+")
if Mention.IN_REGION_RULE not in _LEX.patterns:  # pragma: no cover - a code and data mismatch
    raise AssertionError("Mention.IN_REGION_RULE must name a rule of mapper/rules")

#: Per class, a getter of all its fields' values in order, and each field's place among them.
_FIELDS = {cls: (attrgetter(*(f.name for f in fields(cls))), {f.name: k for k, f in enumerate(fields(cls))})
           for cls in (Mention, Event)}

# pattern parameters read in the scans, bound once
_ANAPHORA_BATCH_WORDS = _ANAPHORA["batch_words"]
_ANAPHORA_WITHIN = _ANAPHORA["within"]
_BREAKDOWN_NEXT_SENTENCES = _BREAKDOWN["next_sentences"]
_IMPLIED_EACH_SENTENCES = _IMPLIED_EACH["sentences"]
_INCLUDING_REGEX = _INCLUDING["regex"]
_JOINED_FIRST = _JOINED["first"]
_JOINED_TYPE_LINKS = _JOINED["type_links"]
_JOINED_WORDS = _JOINED["words"]
_PLACES_ONLY_WITHIN = _PLACES_ONLY["within"]
_LEAD_SENTENCES = _LEX.rule("background.earlier_date")["lead_sentences"]
_EARLIER_DATE_ID = _LEX.rule("background.earlier_date").id  # where a report's own date is read
_REST_WINDOW = _REST["window"]
_TEASER_LINES = _TEASER["lines"]
_RESPECTIVELY_WORDS, _RESPECTIVELY_JOINERS = frozenset(_RESPECTIVELY["words"]), frozenset(_RESPECTIVELY["joiners"])
_COUNTERS = _TEASER["counters"]
_AMONG = [tuple(p.split()) for p in _LEX.count_among_places]
_AMONG_FIRST = frozenset(p[0] for p in _AMONG)
_WITH_OTHERS = [tuple(p.split()) for p in _LEX.count_with_others]
_WITH_OTHERS_WORD = frozenset(w for p in _WITH_OTHERS for w in p if w == "other")
_UNNUMBERED = [tuple(t.lower for t in tokenize(p)) for p in _LEX.count_unnumbered_batch]
_UNNUMBERED_WORDS = frozenset(p[-2] for p in _UNNUMBERED if len(p) >= 2)
_REGION_WORD_TAIL = frozenset(_LEX.region_words)  # "over the Kursk region, other regions": past the name's word
_TITLE_CLAUSE_BREAKS = _TITLE_CLAUSE["breaks"]
_TITLE_CLAUSE_JOINERS = _TITLE_CLAUSE["joiners"]
_INSTRUMENT_BEFORE = _LEX.count_instrument_before  # "attacked Sloviansk with 3 drones"
_CLAUSE_STOPS = _LEX.count_clause_stops or frozenset()  # "seven missiles at Ukraine; Odesa Oblast ... four"
_OPENING_PLACE = _LEX.count_opening_place or frozenset()  # "..., and in Klimovo three drones hit a car"
_OPENING_FILLERS = _LEX.count_opening_fillers or frozenset()
_OPENING_AFTER = _LEX.count_opening_after or frozenset()
_HARM_VERBS = _LEX.count_harm_verbs or frozenset()  # "Two drones killed three people in ..."
_HARM_AGENTS = _LEX.count_harm_agents or frozenset()  # "A drone launched by Ukraine killed one resident in ..."
_AGENT_WORDS, _AGENT_REACH = frozenset({"by", "from"}), 3
_SPEECH = frozenset(_LEX.person_verbs)  # "officials in Sumy said": a clause of its own source


def _replace(obj, **changes):
    """:func:`dataclasses.replace` of a :class:`Mention` or :class:`Event`, without its checks (none has
    a field left out of ``__init__``)."""
    values, where = _FIELDS[type(obj)]
    new = list(values(obj))
    for name, value in changes.items():
        new[where[name]] = value
    return type(obj)(*new)


#: ``(token index, mention index)`` of the mentions of a sentence that say where something happened.
Located = list[tuple[int, int]]
_TITLE_AT_SEA, _TITLE_AT_SEA_KEEPS = _LEX.title_at_sea, _LEX.title_at_sea_keeps
_TITLE_ABROAD = _LEX.title_abroad
_UNHARMED = _LEX.rule("role.reference.unharmed")
_UNHARMED_NEG, _UNHARMED_OUT = frozenset(_UNHARMED["negations"]), frozenset(_UNHARMED["outcomes"])
_UNHARMED_STOPS = frozenset(_UNHARMED["stops"])
#: Roles of mentions that still place an incident (a title region only when nothing else does).
_PLACING = (Role.LOCATION, Role.TITLE)


@dataclass
class _Story:
    """What the sentences read so far leave to the next one."""

    last_event: int | None = None  #: the last event, which a sentence naming only places may elaborate
    aside: str = ""  #: the cue of a read-also line alone, while the headlines after it go on
    last_event_sentence: int = -10
    last_kind: str | None = None  #: the objects counted last, for "12 were downed over ..."
    last_value: int | None = None  #: the number counted last, for "a third of them ..."
    named_kind: str | None = None  #: the objects the report named last (in any sentence before)
    #: spans of the sentences read since ``named_kind`` was brought up to date (:meth:`objects_named`)
    unread: list[tuple[int, int]] = field(default_factory=list)
    #: the number of each kind told first in the last sentence with counts, for "the missiles and 37 drones"
    told: dict[str, int] = field(default_factory=dict)
    last_region: str | None = None  #: the region named last, for "the region"
    last_region_sentence: int | None = None
    region_times: dict[str, int] = field(default_factory=dict)  #: how often each region was named so far
    #: region mentions per country so far, and how many mentions they were counted from, for "the capital"
    countries: dict[str, int] = field(default_factory=dict)
    countries_seen: int = 0
    lead_date: int | None = None  #: the day of the year of the first date in the report's lead, if any
    lead_weekday: int | None = None  #: the first weekday told "on" in the report's lead (Monday 0), if any
    lead_year: int | None = None  #: the latest year the report's lead writes ("March 29, 2024"), if any
    earlier_paragraph: bool = False  #: the paragraph read tells an earlier day's story (an earlier-dated opener)
    counter_lines: int | None = None  #: how many lines of the report are view counters alone, once asked
    downed_sentence: int = -10  #: the last sentence that told its objects only as downed (events.hits_after_downed)
    vessels: set[str] = field(default_factory=set)  #: names told so far as a vessel's ("the cruiser Moskva")

    def objects_named(self, text: str) -> str | None:
        """``named_kind``, brought up to date from the sentences read since it last was (their spans in
        ``text``, the report's), from the last back: each sentence is looked at once, and only when
        asked about (linear in the report's length)."""
        for start, end in reversed(self.unread):
            kind = object_kind_named(text[start:end])
            if kind:
                self.named_kind = kind
                break
        self.unread.clear()
        return self.named_kind

    def report_country(self, ext: Extraction) -> str | None:
        """The country whose regions the report has named most so far, if one has the most
        (counted from the mentions added since the last call: linear in the report's length)."""
        for m in ext.mentions[self.countries_seen:]:
            if m.kind is MentionKind.REGION and m.region_code:
                self.countries[m.region_code[:2]] = self.countries.get(m.region_code[:2], 0) + 1
        self.countries_seen = len(ext.mentions)
        ranked = sorted(self.countries.items(), key=lambda kv: kv[1], reverse=True)
        return ranked[0][0] if ranked and (len(ranked) == 1 or ranked[0][1] > ranked[1][1]) else None


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
        self._other_languages: dict[str, SlavicExtractor] = {}  # ruuk: built on the first report in each

    def extract(self, report: Report) -> Extraction:
        """Mentions and events of one report, sentence by sentence (a Russian or Ukrainian report by
        :class:`SlavicExtractor`, with the rules of its language)."""
        if report.lang in ("ru", "uk"):  # ruuk: the report's language picks the rules
            if report.lang not in self._other_languages:
                self._other_languages[report.lang] = SlavicExtractor(self.index, self.regions, report.lang)
            return self._other_languages[report.lang].extract(report)
        split = split_sentences(report.text)
        ext = Extraction(report=report, sentence_spans=[(s, e) for s, e, _ in split])
        sentences = [toks for _, _, toks in split]
        people, surnames = _people(ext, sentences)
        story = _Story()
        for si, toks in enumerate(sentences):
            if si < _LEAD_SENTENCES and not says_earlier(ext.sentence_text(si)):
                _lead_day(ext.sentence_text(si), story, runs_of(toks))
            story.vessels |= vessel_names(toks)
            located = self._located(ext, si, toks, (people[si], surnames), story)
            located = self._refer_back(ext, si, toks, located, story)
            located = _unharmed(ext, toks, located)
            counts = _quote_retold(toks, _counts(report, toks, located, story))
            if not counts and not located:  # no number and no place: no event, whatever the sentence tells
                # but a read-also line alone starts other stories' headlines, and "On June 1 the SBU carried out
                # Operation Spiderweb ..." opens a paragraph of an earlier day's story
                _aside(ext.sentence_text(si), story) or _earlier_paragraph(ext, si, ext.sentence_text(si), story)
                continue
            kind, kind_rule = event_kind(ext.sentence_text(si), _told_aerial(counts))
            counts = _not_flights(ext.sentence_text(si), kind, counts)
            located = _told_nothing(ext, si, kind, counts, located)
            located = _title_abroad(ext, toks, _title_at_sea(ext, si, toks, located))
            _sentence_events(ext, si, (kind, kind_rule), counts, located, toks, story)
        _mark_totals(ext)
        _headline_echo(ext)
        _capital_aim(ext)
        return ext

    def _located(self, ext: Extraction, si: int, toks: list[Token], people: tuple[list[tuple[int, int]], set[str]],
                 story: _Story) -> Located:
        """The mentions of a sentence that say where something happened, with their roles (``people``: the
        sentence's people's names, and the report's surnames). A sentence with no name in it and none of
        the words mentions are found by gets only its country cues."""
        found, surnames = people
        # with no surname of the report in the sentence, the second look finds what the first did
        again = find_people(toks, surnames) if not words_of(toks).isdisjoint(surnames) else found
        if not (found or again) and self.finder.finds_nothing(toks):
            cues = country_cues(toks, [False] * len(toks))  # as _free_words gives them, nothing taken
            if cues:
                ext.countries[si] = cues
            return []
        taken = _free_words(ext, si, toks, found + again)
        located = self._mentions(ext, si, toks, taken, story)
        if located:  # roles are given to names only
            located = _with_roles(ext, located, assign_roles(ext.mentions, toks, located))
            located = _with_roles(ext, located, description_roles(ext.report.text, toks, located))
            located = _with_roles(ext, located, earlier_day_roles(toks, located))
            located = _with_roles(ext, located, vessel_roles(toks, located, story.vessels))
            located = _with_roles(ext, located, origin_whereabouts_roles(ext.report.text, toks, located, ext.mentions))
            routes = route_roles(toks, located, ext.mentions)
            if routes:
                located = _with_roles(ext, located, routes)
        return self._surrounding(ext, si, toks, located)

    def _mentions(self, ext: Extraction, si: int, toks: list[Token], taken: list[bool], story: _Story) -> Located:
        """Region and settlement mentions of a sentence, added to ``ext``; capitals that stand for
        governments ("the Kiev regime"), newspapers ("Kyiv Post") or attackers ("another Kiev
        attack") go to ``ext.actors``; "near Moscow" is the region around it; "the capital" the
        capital of the country the report tells of."""
        located: Located = []
        region_at: dict[int, str] = {}
        bare_at: dict[int, int] = {}  # start -> end of the regions named by a bare name ("Dnipropetrovsk")
        for f in self.finder.regions_in(toks, taken):
            located.append((f.start, len(ext.mentions)))
            region_at[f.start] = f.code  # type: ignore[assignment]  # a region's code
            if f.cue is Cue.STANDALONE:
                bare_at[f.start] = f.end
            ext.mentions.append(_mention(ext, si, toks, f, MentionKind.REGION))
        for f in self.finder.places_in(toks, taken):
            if f.cue is Cue.GAZETTEER and (is_actor(toks, f.end, f.start) or is_organisation(toks, f.end, f.start)
                                           or is_agent(toks, f.start, f.end)):
                ext.actors.append(ext.report.text[toks[f.start].start:toks[f.end - 1].end])
                continue
            if self.finder.city_district(toks, f.end, region_at):
                continue  # "the Zheleznodorozhny district of Orel": a part of the city named after it
            located.append((f.start, len(ext.mentions)))
            around = self.finder.around_city(toks, f.start, f.end)
            if around is None and city_in_bare_region_list(toks, f.start, f.end, bare_at):
                around = _LEX.around_city_regions.get(_LEX.city_regions.get(
                    normalize(" ".join(map(TEXT_OF, toks[f.start:f.end]))), ""))
            if around:  # "near Moscow", "outside Kyiv": the region around the city
                found = Found(f.start, f.end, Cue.AROUND_CITY, _AROUND_CITY.id, around)
                ext.mentions.append(_mention(ext, si, toks, found, MentionKind.REGION))
                continue
            hint = self.finder.attached_region(toks, f.end, region_at)
            if hint and listed_beside_bare_region(toks, f.start, f.end, bare_at):
                hint = None  # "over Kherson, Zaporizhzhia, Dnipropetrovsk and Kyiv": a list, not "X, its region"
            hint = hint or self.finder.listed_region_name(toks, f.start, f.end, bare_at)
            ext.mentions.append(_mention(ext, si, toks, f, MentionKind.PLACE, hint,
                                         district=self.finder.is_district(toks, f.end)))
        located += _capitals(ext, si, toks, self.finder.capitals_in(toks, taken), story)
        located.sort()
        return located

    def _surrounding(self, ext: Extraction, si: int, toks: list[Token], located: Located) -> Located:
        """"three over the city of Moscow and eight over the surrounding region": the region around
        a city that is a region of its own, told just before."""
        i = self.finder.surrounding_at(toks) if located else None
        before = [(t, m) for t, m in located if i is not None and t < i]
        if not before:
            return located
        last = ext.mentions[max(before)[1]]
        code = last.region_code if last.kind is MentionKind.REGION else _LEX.city_regions.get(normalize(last.text))
        around = _LEX.surrounding_region.get(code or "")
        if not around:
            return located
        ext.mentions.append(_mention(ext, si, toks, Found(i - 1, i + 2, Cue.ANAPHORA, _SURROUNDING.id, around),  # type: ignore[operator]
                                     MentionKind.REGION))
        return sorted(located + [(i, len(ext.mentions) - 1)])  # type: ignore[list-item]

    def _refer_back(self, ext: Extraction, si: int, toks: list[Token], located: Located, story: _Story) -> Located:
        """Remember the region named last; in a sentence naming none but in officials' titles, "a
        third drone attacked the region" is that region (only with a number of objects, as
        "escalation in the region" speaks of no region in particular)."""
        named: list[str] = [ext.mentions[m].region_code for _, m in located  # type: ignore[misc]
                            if ext.mentions[m].kind is MentionKind.REGION]
        for code in named:
            story.region_times[code] = story.region_times.get(code, 0) + 1
        if named:
            story.last_region, story.last_region_sentence = _main_region(named, story.region_times), si
        inner = self._anaphor_within(ext, si, toks, located, story)
        if inner is not None:
            return inner
        if not all(ext.mentions[m].role is Role.TITLE for _, m in located) or story.last_region_sentence is None \
                or si - story.last_region_sentence > _ANAPHORA_WITHIN:
            return located
        anaphor = self.finder.anaphor(toks)
        if anaphor is None or not find_counts(toks, set(), story.last_kind):
            return located
        a, b = anaphor
        ext.mentions.append(_mention(ext, si, toks, Found(a, b, Cue.ANAPHORA, _ANAPHORA.id, story.last_region),
                                     MentionKind.REGION))
        return located + [(a, len(ext.mentions) - 1)]

    def _anaphor_within(self, ext: Extraction, si: int, toks: list[Token], located: Located,
                        story: _Story) -> Located | None:
        """"... four drones in the Bryansk region; later four more were shot down over the region",
        "the Sumy governor said a missile was shot down over his region": "the region" after a
        count is the region named last in the same sentence, or the one in an official's title
        there (a region named after its centre: "Sumy regional authorities"). None when the
        sentence has no such anaphor."""
        anaphor = self.finder.anaphor(toks)
        if anaphor is None or (anaphor[1] < len(toks) and toks[anaphor[1]].text in _POSSESSIVES):
            return None
        a, b = anaphor
        code, last, title = None, -1, False
        for t, m in sorted(located):
            mm = ext.mentions[m]
            if t >= a:
                break
            named = mm.region_code if mm.kind is MentionKind.REGION else None
            if named is None and mm.role is Role.TITLE:
                named = self.regions.stems.get(normalize(mm.text))
            code, last, title = (named, t, mm.role is Role.TITLE) if named else (code, last, title)
        counts = find_counts(toks[last + 1:a], set(), story.last_kind) if code else []
        if not counts and code and title:  # "five of them were destroyed within the region": the anaphor is where
            counts = find_counts(toks[last + 1:b], {a - last - 1}, story.last_kind)
        if not counts:
            return None
        # after a region named in the same sentence, only a further batch: "four more", "two were also
        # downed over the oblast" (not "20 so far; earlier 14 were reported in the region": an update)
        if not title and not any(c.more for c in counts) \
                and not any(tok.lower in _ANAPHORA_BATCH_WORDS for tok in toks[last + 1:a]):
            return None
        found = Found(a, b, Cue.ANAPHORA, _ANAPHORA.id, code)
        ext.mentions.append(_mention(ext, si, toks, found, MentionKind.REGION))
        return sorted(located + [(a, len(ext.mentions) - 1)])


def _headline_echo(ext: Extraction) -> None:
    """"Russia downs Ukrainian drones near Crimea and in Moscow region" over a body where Crimea is only a point of
    reference ("fell into the Black Sea 40 kilometres northwest of the Crimean peninsula"): a region the headline (a
    first line with no full stop) names in an event with no number, which the body names only as a reference or a sea
    coast, is the headline's shorthand for those, not a place where it happened (not an origin: "a man from the
    Belovsky District of the Kursk region was hurt", acc9-en-125)."""
    if not ext.events or _told(ext.sentence_text(0)):
        return
    roles: dict[str | None, set[Role]] = {}
    for m in ext.mentions:
        if m.sentence > 0 and m.region_code:
            roles.setdefault(m.region_code, set()).add(m.role)
    for i, ev in enumerate(ext.events):
        if ev.sentence or ev.count is not None:
            continue
        kept = tuple(m for m in ev.mentions
                     if not roles.get(ext.mentions[m].region_code, {Role.LOCATION}) <= _ECHO_ROLES)
        if len(kept) < len(ev.mentions):
            ext.events[i] = _replace(ev, mentions=kept)


def _capital_aim(ext: Extraction) -> None:
    """"At least 25 drones attacked Moscow on Sunday ... destroyed over the Ramenskoye district of the Moscow region":
    a city-region named only as what an attack was on, in a report whose incidents are told in the region around it
    and that places nothing else in the city, is the attack's aim (roles.toml ``role.direction.capital_aim``;
    geography.toml ``attack_aim_regions``)."""
    around = {m.region_code for m in ext.mentions if m.role is Role.LOCATION and m.kind is MentionKind.REGION}
    cities = {city for city, region in _LEX.attack_aim_regions.items() if region in around}
    if not cities:
        return
    aims: dict[str, list[int]] = {}
    kept: set[str] = set()
    for k, m in enumerate(ext.mentions):
        city = m.region_code if m.kind is MentionKind.REGION else _LEX.city_regions.get(normalize(m.text))
        if city not in cities or m.role is not Role.LOCATION:
            continue
        if _attack_on(ext.report.text[:m.start]) or _attacked_after(ext.report.text[m.end:m.end + 40]):
            aims.setdefault(city, []).append(k)
        else:
            kept.add(city)
    gone = {k for city, ks in aims.items() if city not in kept for k in ks}
    for k in gone:
        ext.mentions[k] = _replace(ext.mentions[k], role=Role.DIRECTION, role_rule=_CAPITAL_AIM.id)
    for i, ev in enumerate(ext.events):
        if not gone.isdisjoint(ev.mentions):
            ext.events[i] = _replace(ev, mentions=tuple(m for m in ev.mentions if m not in gone))


def _attack_on(before: str) -> bool:
    """Whether the text ``before`` a name ends in "an attack on (the)", "a drone strike yet on", "drones attacked"."""
    words = [w.lower() for w in _AIM_WORD.findall(before[-160:])]
    while words and words[-1] in _AIM_ARTICLES:
        words.pop()
    if words and words[-1] in _AIM_VERBS:
        return True
    return bool(words) and words[-1] == "on" and not _ATTACK_NOUNS.isdisjoint(words[-1 - _ATTACK_WINDOW:-1])


def _attacked_after(after: str) -> bool:
    """Whether the text ``after`` a name opens with "came under", "was attacked" (roles.toml
    ``role.direction.capital_aim`` ``after``)."""
    words = tuple(w.lower() for w in _AIM_WORD.findall(after))
    return any(words[:len(p)] == p for p in _AIM_AFTER)


def _main_region(named: list[str], times: dict[str, int]) -> str:
    """The region "the region" stands for after a sentence that names ``named``: the one named last,
    or, when it named several ("the border areas of the Chernihiv and Sumy regions"), the one the
    report has named most often so far (the last of them on a tie)."""
    last_at = {code: i for i, code in enumerate(named)}
    return max(last_at, key=lambda code: (times.get(code, 0), last_at[code]))


def _join(rules: str, rule: str) -> str:
    return f"{rules};{rule}" if rules else rule


def _capitals(ext: Extraction, si: int, toks: list[Token], found: list[tuple[int, int, str | None]],
              story: _Story) -> Located:
    """Mentions of "the capital" (of the country whose capital the sentence names, as in "the Kyiv city
    administration said ... an attack on the capital", or else the country the report tells of) and
    "the Ukrainian capital"."""
    out: Located = []
    for start, end, country in found:
        code = _LEX.capitals.get(country or _capital_named(ext, si) or story.report_country(ext)
                                 or _capital_named_before(ext) or "")
        code = _around_capital(toks, start, code)
        if code:
            out.append((start, len(ext.mentions)))
            ext.mentions.append(_mention(ext, si, toks, Found(start, end, Cue.ANAPHORA, _CAPITAL.id, code),
                                         MentionKind.REGION))
    return out


def _around_capital(toks: list[Token], start: int, code: str | None) -> str | None:
    """The region of the capital ``code`` told at token ``start``, or the region around it where one of
    clauses.toml ``around_words`` stands just before ("in the region around the Russian capital", "near the
    capital": Moscow Oblast, as "near Moscow" is); not after a region named there ("the Kyiv region around the
    capital" names that region itself, and the capital stays the city)."""
    lo = max(0, start - _AROUND_WINDOW)
    at = next((k for k in range(start - 1, lo - 1, -1) if toks[k].lower in _LEX.around_words), None)
    if code is None or at is None or (at >= 2 and toks[at - 2].is_cap and toks[at - 1].lower in _REGION_NOUNS):
        return code
    return _LEX.around_city_regions.get(code) or code


def _capital_named(ext: Extraction, si: int) -> str | None:
    """The country of a capital city named in sentence ``si`` so far ("Kyiv"), if any."""
    for mm in reversed(ext.mentions):
        if mm.sentence != si:
            return None
        code = _LEX.city_regions.get(normalize(mm.text))
        if code:
            return code[:2]
    return None


def _capital_named_before(ext: Extraction) -> str | None:
    """The country of the capital city the report named last ("a strike aimed at Kyiv, Zaporizhzhia and Dnipro.
    At least 12 people were hurt in the capital"), for a report that has named no region yet."""
    return next((code[:2] for mm in reversed(ext.mentions) if (code := _LEX.city_regions.get(normalize(mm.text)))),
                None)


#: Words that end a sea's name ("the Black Sea", "the Sea of Azov"): clauses.toml ``role_suffixes.sea``.
_SEA_WORDS = frozenset(_LEX.role_suffixes.get("sea", ()))


def _sea_anchors(toks: list[Token]) -> set[int]:
    """Tokens of a sea's name ("Black Sea", "Sea of Azov", capitalised) that a figure of a breakdown may be told
    over ("40 were shot down over Crimea and 62 over the Black Sea"): a part with no region, not one of the
    place before it. Only in a sentence that already names a place (the caller's gate)."""
    if words_of(toks).isdisjoint(_SEA_WORDS):
        return set()
    return {k for k, t in enumerate(toks) if t.lower in _SEA_WORDS and t.is_cap}


def _told_aerial(counts: list[Count]) -> bool:
    """A count of drones, missiles or aircraft named before the sentence ("26 of them")."""
    return any(c.rule in TOLD_OBJECT_RULES and c.kind in _LEX.aerial_kinds for c in counts)


def _counts(report: Report, toks: list[Token], located: Located, story: _Story) -> list[Count]:
    """The counts of a sentence; the objects and number they leave to the next. With places in the
    sentence and no objects counted in the one before, the objects the report named last."""
    anchors = {t for t, _ in located}
    kind = story.last_kind or (story.objects_named(report.text) if anchors else None)
    anchors |= _sea_anchors(toks) if anchors else set()
    counts = find_counts(toks, anchors, kind, story.last_value, story.told)
    if counts:
        story.told = {}
        for c in counts:
            if not (c.part or c.more):
                story.told.setdefault(c.kind, c.value)
    if toks:  # the objects it names are looked for when a later sentence needs them
        story.unread.append((toks[0].start, toks[-1].end))
    story.last_kind = counts[-1].kind if counts else None
    story.last_value = next((c.value for c in reversed(counts) if not c.part), None)
    return counts


def _not_flights(text: str, kind: Kind, counts: list[Count]) -> list[Count]:
    """Planes counted in a sentence about flights that tells nothing happened to them ("two planes
    bound for Kazan landed at a reserve airfield in Ufa") are flights, not objects: no counts; nor drones
    only seen or tracked on their course ("a drone in the Cherkasy region flying west": kinds.toml sighting_words)."""
    if counts and kind is Kind.OTHER and all(c.kind == _AIRCRAFT for c in counts) and is_alert(text, kind):
        return []
    if counts and kind is Kind.OTHER and is_sighting(text):
        return []
    return counts


def _told_nothing(ext: Extraction, si: int, kind: Kind, counts: list[Count], located: Located) -> Located:
    """A sentence with no number about an air-raid alert or flights, or telling where places lie,
    places no incident: its names get the role ``alert`` or ``reference``."""
    if counts or not located:
        return located
    text = ext.sentence_text(si)
    alert = is_alert(text, kind)
    if alert or (kind is Kind.OTHER and is_geography(text)):
        return _with_roles(ext, located, sentence_roles(located, alert))
    return located


def _unharmed(ext: Extraction, toks: list[Token], located: Located) -> Located:
    """The sentence's located names less those after "no destruction or victims were recorded in", "no one was hurt
    in" (roles.toml ``role.reference.unharmed``) when another name before that clause places its incident: "Within
    the Kyiv region, air defence destroyed every drone, and no destruction or victims were recorded in the capital".

    Parameters
    ----------
    ext : Extraction
    toks : list of Token
        The sentence's tokens.
    located : Located
        Its mentions that place something, in token order.

    Returns
    -------
    Located
        ``located``, the names in such a clause given the role ``reference``.
    """
    if len(located) < 2 or words_of(toks).isdisjoint(_UNHARMED_NEG) or words_of(toks).isdisjoint(_UNHARMED_OUT):
        return located
    lows = list(map(LOWER_OF, toks))
    cue = next((k for k, w in enumerate(lows) if w in _UNHARMED_NEG
                and not _UNHARMED_OUT.isdisjoint(lows[k + 1:k + 1 + _UNHARMED["window"]])), None)
    if cue is None or not any(t < cue for t, _ in located):
        return located
    end = next((k for k in range(cue + 1, len(lows)) if lows[k] in _UNHARMED_STOPS), len(lows))
    roles = {m: (Role.REFERENCE, _UNHARMED.id) for t, m in located if cue < t < end}
    return _with_roles(ext, located, roles) if roles else located


def _titles_only(ext: Extraction, located: Located) -> bool:
    """The sentence places something, and only by names in officials' titles ("the governor of Sevastopol")."""
    return bool(located) and all(ext.mentions[m].role is Role.TITLE for _, m in located)


def _title_at_sea(ext: Extraction, si: int, toks: list[Token], located: Located) -> Located:
    """A sentence whose only names are in officials' titles and which tells its objects were over the sea
    (clauses.toml ``title_at_sea``), naming no land (``title_at_sea_keeps``), places nothing: "Several drones
    were destroyed over the Black Sea off the coast, Krasnodar Governor Veniamin Kondratyev said" (not a
    city-region's governor: the set gives Sevastopol the sea off it).

    Parameters
    ----------
    ext : Extraction
    si : int
        The sentence's index.
    toks : list of Token
        Its tokens.
    located : Located
        Its mentions that place something.

    Returns
    -------
    Located
        ``located``, or nothing for such a sentence.
    """
    if not _TITLE_AT_SEA or not _titles_only(ext, located):
        return located
    if any(ext.mentions[m].region_code in _LEX.city_admin1 for _, m in located):
        return located  # a city-region's own waters: "Governor of Sevastopol ... two drones over the sea" is its
    if not words_of(toks).isdisjoint(_TITLE_AT_SEA_KEEPS):
        return located
    text = " ".join(map(LOWER_OF, toks))
    return [] if any(p in text for p in _TITLE_AT_SEA) else located


def _title_abroad(ext: Extraction, toks: list[Token], located: Located) -> Located:
    """A sentence whose only names are in officials' titles and which puts its event in another country than
    theirs (clauses.toml ``title_abroad`` and a country's name) places nothing: "the governor of Russia's Voronezh
    region said that Major General Vladimir Zavadsky had been killed in Ukraine".

    Parameters
    ----------
    ext : Extraction
    toks : list of Token
        The sentence's tokens.
    located : Located
        Its mentions that place something.

    Returns
    -------
    Located
        ``located``, or nothing for such a sentence.
    """
    if not _TITLE_ABROAD or not _titles_only(ext, located):
        return located
    homes = {(ext.mentions[m].region_code or "")[:2] for _, m in located}
    lows = list(map(LOWER_OF, toks))
    abroad = {_LEX.country_cues[w] for k, w in enumerate(lows[1:], 1)
              if w in _LEX.country_names and lows[k - 1] in _TITLE_ABROAD}
    return [] if abroad and not abroad & homes else located


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
            ext.people.append(" ".join(map(TEXT_OF, toks[s:e])))
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
    for j in range(dateline_words(toks)):
        taken[j] = True
    return taken


def _mention(ext: Extraction, si: int, toks: list[Token], f: Found, kind: MentionKind,
             region_hint: str | None = None, district: bool = False) -> Mention:
    start, end = toks[f.start].start, toks[f.end - 1].end
    return Mention(ext.report.id, ext.report.text[start:end], kind, si, start, end, f.cue,
                   f.code if kind is MentionKind.REGION else None, region_hint=region_hint, rule=f.rule,
                   district=district)


def _with_roles(ext: Extraction, located: Located, roles: Roles) -> Located:
    """Give mentions their roles; keep the located ones that still are locations."""
    for m, (role, rule) in roles.items():
        ext.mentions[m] = _replace(ext.mentions[m], role=role, role_rule=rule)
    if not roles:
        return list(located)
    return [(t, m) for t, m in located if m not in roles or roles[m][0] in _PLACING]


def _quote_retold(toks: list[Token], counts: list[Count]) -> list[Count]:
    """The counts of a sentence less those of a quote after a colon that tell again a number of the same
    objects told before it ("One more drone was shot down over the Voronezh region, the governor said: 'air
    defence destroyed a UAV in the sky over the Voronezh region'": one drone, not two)."""
    if len(counts) < 2:
        return counts
    colon = next((k for k in range(len(toks) - 1) if toks[k].text == ":" and toks[k + 1].text in _QUOTE_AFTER_COLON),
                 None)
    if colon is None:
        return counts
    before = [(c.kind, c.value) for c in counts if c.token < colon]
    return [c for c in counts if c.token < colon or c.more or c.part or (c.kind, c.value) not in before]


def _sentence_events(ext: Extraction, si: int, kind: tuple[Kind, str], counts: list[Count], located: Located,
                     toks: list[Token], story: _Story) -> None:
    """The events of a sentence: one per number of objects, or one for its kind and places; or,
    naming places and no incident, one that elaborates on the last event ("the affected cities
    were ..."), or is an incident of its own only if drones and the like are named in it."""
    text = ext.sentence_text(si)
    teaser = (_teaser(ext, si, counts, located) if story.last_event is not None else "") \
        or _counted_headline(ext, si, story)
    new = _events(ext, si, kind, counts, located, toks)
    aside = _aside(text, story) or teaser or _earlier_paragraph(ext, si, text, story)
    background = (background_rule(text) or aside or _abroad(ext, si, kind[0])
                  or earlier_year_rule(text, story.lead_year)) if new else ""
    if background:
        for e in new:
            ext.events[e] = _replace(ext.events[e], background=True, status_rule=background)
    elif text.lower().startswith(_QUOTE_OPENERS):  # "Quote: '... another two UAVs ...'": retells the lead
        for e in new:
            if ext.events[e].more:
                rule = _join(ext.events[e].count_rule, _QUOTE.id)
                ext.events[e] = _replace(ext.events[e], more=False, count_rule=rule)
    elif _EARLIER.search(text):  # "Earlier in the day, four drones were destroyed ...": a batch of its own
        for e in new:
            if ext.events[e].count is not None and not ext.events[e].part:
                rule = _join(ext.events[e].count_rule, _EARLIER_ID)
                ext.events[e] = _replace(ext.events[e], more=True, count_rule=rule)
    # not "Since the start of the war Russia has used Crimea", nor "Drones were spotted over Lipetsk"
    if not new and located and not background_rule(text) and not aside \
            and not earlier_year_rule(text, story.lead_year) and not is_sighting(text):
        cont = story.last_event if si - story.last_event_sentence <= _PLACES_ONLY_WITHIN else None
        aerial = names_aerial(text) and object_kind_named(text) != _AIRCRAFT  # not "Planes ... diverted to Samara"
        if cont is not None or aerial:
            new = [_event(ext, si, Kind.OTHER, _PLACES_ONLY.id, None, [m for _, m in located], cont)]
            if not aerial:
                ext.events[new[0]] = _replace(ext.events[new[0]], elaboration=True, status_rule=_ELABORATION.id)
    _hits_after_downed(ext, new, toks, text, story)
    if new:
        story.last_event, story.last_event_sentence = new[-1], si


def _hits_after_downed(ext: Extraction, new: list[int], toks: list[Token], text: str, story: _Story) -> None:
    """"Our defenders intercepted five of them. Two Shaheds hit a building.": objects told as hitting, in the
    sentence right after one that told objects only as downed, are further ones (events.toml
    ``event.hits_after_downed``); remembers whether this sentence told its objects only as downed."""
    counted = [e for e in new if ext.events[e].count is not None and not ext.events[e].background]
    if not counted:
        return
    placed = any(ext.events[e].mentions for e in new)
    words = words_of(toks)
    downed, hit = not words.isdisjoint(_LEX.count_downed), not words.isdisjoint(_HIT_VERBS)
    if hit and not downed and not placed and story.downed_sentence == ext.events[counted[0]].sentence - 1 \
            and not _HITS_NOT_WITH.search(text):
        for e in counted:
            if not (ext.events[e].part or ext.events[e].more):
                ext.events[e] = _replace(ext.events[e], more=True, count_rule=_join(ext.events[e].count_rule, _HITS.id))
    story.downed_sentence = ext.events[counted[-1]].sentence if downed and not hit else -10


def _abroad(ext: Extraction, si: int, kind: Kind) -> str:
    """``background.abroad`` if sentence ``si`` tells no incident (``kind``) and the countries it puts things in
    are all neighbours' of it ("one drone veered into Belarus"), else ""."""
    placed = {c.lower() for c, w in ext.countries.get(si, {}).items() if w >= _ABROAD["min_weight"]}
    return _ABROAD.id if kind is Kind.OTHER and placed and placed <= _ABROAD["countries"] else ""


def _told(text: str) -> bool:
    """A sentence that ends with a full stop (or "!", "?", "…"), maybe before a closing quote or bracket."""
    return text.rstrip().rstrip("\"'”’»)").endswith((".", "!", "?", "…"))


def _teaser(ext: Extraction, si: int, counts: list[Count], located: Located) -> str:
    """The rule id if sentence ``si``, telling an incident, is a line of another story's headline run into the
    article (a related link with no "Read also" cue): with no number, in a run of at most ``lines`` lines with
    no full stop between two sentences that end with one (or after one, ending the report), naming only places
    the rest of the report never names; else ""."""
    n = len(ext.sentence_spans)
    if counts or not located or _told(ext.sentence_text(si)):
        return ""
    first = last = si
    while first > 0 and si - first < _TEASER_LINES and not _told(ext.sentence_text(first - 1)):
        first -= 1
    while last + 1 < n and last - first < _TEASER_LINES and not _told(ext.sentence_text(last + 1)):
        last += 1
    if first == 0 or last - first + 1 > _TEASER_LINES or not _told(ext.sentence_text(first - 1)) \
            or (last + 1 < n and not _told(ext.sentence_text(last + 1))):
        return ""  # (the report's last lines may be one too: a related link after the article)
    text = ext.report.text
    start, end = ext.sentence_spans[si]
    run = text[ext.sentence_spans[first][0]:ext.sentence_spans[last][1]]
    if "\n" not in text[ext.sentence_spans[first - 1][1]:ext.sentence_spans[first][0]] \
            or (event_kind(run)[0] is Kind.OTHER and not names_aerial(run)):
        return ""
    rest = normalize(text[:start] + " " + text[end:])
    for _, m in located:
        mention = ext.mentions[m]
        if mention.cue is Cue.ANAPHORA or normalize(mention.text.split()[0])[:5] in rest:
            return ""
    return _TEASER.id


def _counter_line(text: str) -> bool:
    """A line of a view counter alone: "23538 views", "1.2K reads"."""
    words = text.lower().replace(",", "").split()
    return len(words) == 2 and words[0][:1].isdigit() and words[1] in _COUNTERS


def _counted_headline(ext: Extraction, si: int, story: _Story) -> str:
    """The teaser rule's id if sentence ``si``, after the report's first and ending with no full stop, stands
    right before a view counter's line, in a report with two such lines or more (a site's list of other
    stories: "Missile debris sets off fires in Ivano-Frankivsk region / 23538 views"); else "". The report's
    counter lines are counted once (``story``), not again for each headline."""
    n = len(ext.sentence_spans)
    if si == 0 or si + 1 >= n or _told(ext.sentence_text(si)) or not _counter_line(ext.sentence_text(si + 1)):
        return ""
    if story.counter_lines is None:
        story.counter_lines = sum(_counter_line(ext.sentence_text(k)) for k in range(n))
    return _TEASER.id if story.counter_lines >= 2 else ""


def _opens_paragraph(ext: Extraction, si: int) -> bool:
    """Sentence ``si`` starts a line of its own after the report's first ("On October 26 ..." after a
    paragraph break: an earlier story, where a round-up's sentence in the midst of a paragraph may not be)."""
    return si > 0 and "\n" in ext.report.text[ext.sentence_spans[si - 1][1]:ext.sentence_spans[si][0]]


_CUE_LINE_CHARS = 40  # a read-also line alone is short: longer sentences are not searched for one


def _earlier_paragraph(ext: Extraction, si: int, text: str, story: _Story) -> str:
    """``background.earlier_date`` for a paragraph opened by an earlier-dated sentence ("Earlier, on the night of
    June 18, ...") or, in a report with no date in its lead, for a dated sentence right after a background one
    ("... several times since the year began. On January 2 ..."), or for one dated months before the report
    anywhere, and for the sentences of the paragraph after it, up to one back on the report's own day
    ("overnight", "today"); else ``""``."""
    if _opens_paragraph(ext, si):
        story.earlier_paragraph = bool(earlier_date_rule(text, story.lead_date)
                                       or earlier_weekday_rule(text, story.lead_weekday)
                                       or (story.earlier_paragraph and _back_again(text, story))
                                       or (background_rule(text) and date_in(text) is not None)
                                       or _after_background(ext, si, text, story))
    elif story.earlier_paragraph and tells_present(text):
        story.earlier_paragraph = False
    elif story.lead_date is None and si and opens_with_date(text) \
            and (background_rule(ext.sentence_text(si - 1)) or opens_recap(ext.sentence_text(si - 1))):
        story.earlier_paragraph = True  # "... several times since the year began. On January 2 ..."
    elif long_before(text, story.lead_date):
        story.earlier_paragraph = True  # "On August 28 ..." in a story of June 20
    elif si and opens_same_time(text) and background_rule(ext.sentence_text(si - 1)):
        story.earlier_paragraph = True  # "In July 2025 a station was attacked. The same night, a drone fell ..."
    return _EARLIER_DATE_ID if story.earlier_paragraph else ""


def _after_background(ext: Extraction, si: int, text: str, story: _Story) -> bool:
    """A paragraph right after a background sentence that goes on at its time ("In September Ukraine hit a
    shipyard." then "Shortly afterwards Ukraine struck the headquarters in Sevastopol") or, in a report whose lead
    tells no date, opens with a date ("In October, dozens of drones were downed." then "On September 13, Ukraine hit
    a shipyard in Sevastopol"): the recap goes on (acc55-en-109, acc55-en-111)."""
    before = ext.sentence_text(si - 1)
    if not (opens_same_time(text) or (story.lead_date is None and opens_with_date(text)
                                      and dated_within_months(text, before))):
        return False
    return bool(background_rule(before))


def _back_again(text: str, story: _Story) -> bool:
    """A paragraph right after an earlier day's one that goes back further ("Earlier, ...") or, in a report whose lead
    tells no date, opens with a date of its own ("On Monday two drones hit the capital." then "In an attack on July 4,
    ..." in a story told "on Friday"): the background goes on."""
    return goes_further_back(text) or goes_on(text) or (story.lead_date is None and opens_with_date(text))


def _lead_day(text: str, story: _Story, words: frozenset[str]) -> None:
    """The date and the weekday a lead sentence tells ("October 29", "on Tuesday"), the first of each (``words``: its
    runs of letters)."""
    if story.lead_date is None:
        story.lead_date = date_in(text, words)
    if story.lead_weekday is None:
        story.lead_weekday = weekday_in(text, words)
    year = latest_year(text)
    if year is not None and (story.lead_year is None or year > story.lead_year):
        story.lead_year = year


def _aside(text: str, story: _Story) -> str:
    """The background cue of a headline of another story: a line that is only a read-also cue ("Read also")
    makes the lines after it that end with no full stop background, up to the first that ends with one (a
    headline's question mark goes on: "Will June be warm?", and so does a line of a bulleted list)."""
    cue = cue_line(text) if len(text) < _CUE_LINE_CHARS else ""
    bulleted = text.lstrip()[:1] in _LEX.list_bullets  # "- Massive strike on Kyiv.": a list's headline goes on
    story.aside = cue or ("" if _told(text) and not text.rstrip().endswith("?") and not bulleted else story.aside)
    return "" if cue else story.aside


def _event(ext: Extraction, si: int, kind: Kind, kind_rule: str, count: Count | None, mentions: list[int],
           continues: int | None = None) -> int:
    ev = Event(ext.report.id, len(ext.events), si, kind,
               count.value if count and not count.rest else None, count.kind if count else None,
               tuple(mentions), ext.sentence_text(si), continues, kind_rule=kind_rule,
               count_rule=count.rule if count else "",
               each=count is not None and count.each and len(mentions) > 1,
               more=count is not None and count.more, part=count is not None and count.part,
               rest=count is not None and count.rest)
    ext.events.append(ev)
    return ev.index


def _events(ext: Extraction, si: int, kind: tuple[Kind, str], counts: list[Count], located: Located,
            toks: list[Token]) -> list[int]:
    """One event per count, with the mentions it is about (:func:`_places_of_counts`), and one for
    the names no count took ("Drones attacked the Bryansk region twice, while three were ...");
    with no count, one event if the sentence tells an incident."""
    if not counts:
        if kind[0] is Kind.OTHER or not located:
            return []
        return [_event(ext, si, *kind, None, group) for group in _title_clauses(ext, toks, located)]
    titles = {m: ext.mentions[m].role is Role.TITLE for _, m in located}
    placing = [(t, m) for t, m in located if not titles[m]]
    paired = _respectively(toks, counts, placing)
    counts, places = paired if paired else (counts, _places_of_counts(toks, counts, located, titles))
    places = [_not_among(toks, c, mine, located) for c, mine in zip(counts, places)]
    places = [_with_others(toks, c, mine, located) for c, mine in zip(counts, places)]
    places = [_before_unnumbered(toks, c, mine, located) for c, mine in zip(counts, places)]
    figures = None if paired else _respective_figures(toks, counts, placing)
    if figures:  # "23 drones over the Voronezh and Lipetsk regions, 15 and 8 respectively"
        counts, places = counts + figures[0], places + figures[1]
    counted = {m for mine in places for m in mine}
    rest = [m for _, m in located if m not in counted]
    # the names no count took come first, so that the counts after them may take their region
    out = [_event(ext, si, *kind, None, rest)] if rest and kind[0] is not Kind.OTHER else []
    ranked = {len(out) + k for k, c in enumerate(counts) if _LEX.count_ordinals.intersection(c.text.lower().split())}
    out += [_event(ext, si, *kind, c, mine) for c, mine in zip(counts, places)]
    named = {normalize(ext.mentions[m].text) for mine in places for m in mine}
    if len(named) >= 2 and not _in_its_district(ext, counts, places):
        # "37 over the Kursk Region, another 37 over the Voronezh Region": a list; but "a second drone ..., and a
        # third ..." follow the objects told before them, whatever their places (their rank says so)
        for k, e in enumerate(out):  # (not "and another in the Stupinsky district", a place it has none for)
            if ext.events[e].more and ext.events[e].mentions and k not in ranked:
                ext.events[e] = _replace(ext.events[e], more=False)
    return out


def _in_its_district(ext: Extraction, counts: list[Count], places: list[list[int]]) -> bool:
    """One count told at a place and a district ("an FPV drone also struck the Pokrovske community in the Nikopol
    district"): one place told in detail, no list of places."""
    return len(counts) == 1 and any(ext.mentions[m].district for mine in places for m in mine)


def _not_among(toks: list[Token], count: Count, mine: list[int], located: Located) -> list[int]:
    """The places of ``count`` less those told after it behind "among them over", "including in" ...
    (clauses.toml ``count_among_places``): "16 drones overnight, among them over the Leningrad region" names one
    region of several, not where all 16 were."""
    if not _AMONG_FIRST or not mine or words_of(toks).isdisjoint(_AMONG_FIRST):
        return mine
    kept = _before_first_cue(toks, count, mine, located, _AMONG)
    return mine if kept is None else kept


def _before_first_cue(toks: list[Token], count: Count, mine: list[int], located: Located,
                      phrases: list[tuple[str, ...]]) -> list[int] | None:
    """The mentions of ``mine`` told before the first of ``phrases`` after ``count``, or None where none follows it."""
    lows = list(map(LOWER_OF, toks))
    cue = next((k for k in range(count.token + 1, len(toks)) if any(tuple(lows[k:k + len(p)]) == p for p in phrases)),
               None)
    if cue is None:
        return None
    token_of = {m: t for t, m in located}
    return [m for m in mine if token_of.get(m, -1) < cue]


def _with_others(toks: list[Token], count: Count, mine: list[int], located: Located) -> list[int]:
    """No places for ``count`` when its last one is followed by ", other regions", "and other regions" ...
    (clauses.toml ``count_with_others``): "More than two dozen drones destroyed over Kursk, other Russian regions"
    is no figure of Kursk's own."""
    if not _WITH_OTHERS or not mine or words_of(toks).isdisjoint(_WITH_OTHERS_WORD):
        return mine
    token_of = {m: t for t, m in located}
    k = max(token_of.get(m, count.token) for m in mine) + 1
    while k < len(toks) and toks[k].lower in _REGION_WORD_TAIL:
        k += 1
    lows = list(map(LOWER_OF, toks[k:k + 5]))
    return [] if any(tuple(lows[:len(p)]) == p for p in _WITH_OTHERS) else mine


def _before_unnumbered(toks: list[Token], count: Count, mine: list[int], located: Located) -> list[int]:
    """The places of ``count`` told before a clause of more objects with no number (clauses.toml
    ``count_unnumbered_batch``): "64 were brought down over the Belgorod region, and more were intercepted over the
    Kursk region" gives Belgorod the 64 and Kursk an incident with no figure, not a shared 64.

    Parameters
    ----------
    toks : list of Token
        The sentence's tokens.
    count : Count
        One count of the sentence.
    mine : list of int
        The mentions the count took.
    located : Located
        The sentence's placing names, by token.

    Returns
    -------
    list of int
        ``mine`` less the mentions after the first such clause past the count.
    """
    if not _UNNUMBERED or len(mine) < 2 or words_of(toks).isdisjoint(_UNNUMBERED_WORDS):
        return mine
    return _before_first_cue(toks, count, mine, located, _UNNUMBERED) or mine


def _respectively(toks: list[Token], counts: list[Count],
                  located: Located) -> tuple[list[Count], list[list[int]]] | None:
    """"The Bryansk and Tula regions ..., with 18 and 2 drones downed there respectively": the numbers listed
    before a sentence's one count (joined by "," and "and") are counts of its objects, each with one place in
    order: those named right after the count, or else the last ones named before the first number."""
    if len(counts) != 1 or words_of(toks).isdisjoint(_RESPECTIVELY_WORDS):
        return None
    c = counts[0]
    if c.each or c.spread or c.part or c.rest or c.trailing:
        return None
    listed = _listed_before(toks, c.token, c.value)
    after = [m for t, m in located if t > c.token]
    before = [m for t, m in located if t < listed[0][0]]
    places = after[:len(listed)] if len(after) >= len(listed) else before[-len(listed):]
    if len(listed) < 2 or len(places) != len(listed):
        return None
    rule = _join(c.rule, _RESPECTIVELY.id)
    return ([replace(c, value=v, token=t, text=toks[t].text, rule=rule) for t, v in listed],
            [[m] for m in places])


def _listed_before(toks: list[Token], last: int, value: int) -> list[tuple[int, int]]:
    """``(token, value)`` of the one-word numbers listed up to the one at ``last`` ("6, 4 and 1")."""
    listed = [(last, value)]
    j = last - 1
    while j > 0 and toks[j].lower in _RESPECTIVELY_JOINERS:
        j -= 1 if toks[j].is_word and not toks[j - 1].is_word and toks[j - 1].text in _RESPECTIVELY_JOINERS \
            else 0  # "6, 4, and 1 drones"
        number = number_at(toks, j - 1)
        if number is None or number.width != 1:
            break
        listed.insert(0, (j - 1, number.value))
        j -= 2
    return listed


def _respective_figures(toks: list[Token], counts: list[Count],
                        located: Located) -> tuple[list[Count], list[list[int]]] | None:
    """"23 drones over the Voronezh and Lipetsk regions, 15 and 8 respectively": bare numbers listed right
    before "respectively", after a count, are that count's objects, one for each of the last places named
    before them."""
    if not counts or words_of(toks).isdisjoint(_RESPECTIVELY_WORDS):
        return None
    r = next((k for k, t in enumerate(toks) if t.lower in _RESPECTIVELY_WORDS), 0)
    last = r - 2 if r > 1 and toks[r - 1].text == "," else r - 1
    number = number_at(toks, last) if counts and last > 0 else None
    if number is None or number.width != 1 or any(c.token >= last - 1 for c in counts):
        return None
    listed = _listed_before(toks, last, number.value)
    places = [m for t, m in located if counts[-1].token < t < listed[0][0]][-len(listed):]
    if len(listed) < 2 or len(places) != len(listed):
        return None
    kind, rule = counts[-1].kind, _join(counts[-1].rule, _RESPECTIVELY.id)
    return [Count(v, kind, t, toks[t].text, rule) for t, v in listed], [[m] for m in places]


def _title_clauses(ext: Extraction, toks: list[Token], located: Located) -> list[list[int]]:
    """The mentions of a sentence without counts, as one group; but a clause that names only an
    official's region and tells an incident of its own, ended by ";" or ", and" before the next
    place, is a group of its own ("Kirovohrad Governor ... reported a drone attack that damaged
    homes, and officials in the Rivne region said missiles targeted the area")."""
    titles = [(t, m) for t, m in located if ext.mentions[m].role is Role.TITLE]
    others = [t for t, m in located if ext.mentions[m].role is not Role.TITLE]
    alone: list[int] = []
    for t, m in titles:
        nxt = min((o for o in others if o > t), default=None)
        end = next((k for k in range(t + 1, nxt or 0) if _clause_break(toks, k)), None)
        if nxt is not None and end is not None and not any(t < o < end for o in others) \
                and event_kind(ext.report.text[toks[t].start:toks[end].start])[0] is not Kind.OTHER:
            alone.append(m)
    rest = [m for _, m in located if m not in alone]
    return [[m] for m in alone] + ([rest] if rest else [])


def _clause_break(toks: list[Token], k: int) -> bool:
    """Token ``k`` ends a clause: ";", or a comma before "and", "while", "but"."""
    return toks[k].text in _TITLE_CLAUSE_BREAKS or (toks[k].text == "," and k + 1 < len(toks)
                                                       and toks[k + 1].lower in _TITLE_CLAUSE_JOINERS)


def _clauses(toks: list[Token], counts: list[Count], located: Located, titles: dict[int, bool],
             out: list[list[int]]) -> None:
    """The names of the counts of a sentence (``out``, in place) moved to the clause they belong to: titles,
    speakers and subjects to the next clause's count, places told with an instrument, "each" told after its
    places; then a count over unnamed regions or a whole country keeps none (what the clause after it names has
    gone to that clause's count: "seven missiles at Ukraine; Odesa Oblast was attacked with four")."""
    if len(counts) > 1 and any(titles.values()):
        _titles_to_next_clause(toks, counts, located, titles, out)
    if len(counts) > 1:
        _speakers_to_next_clause(toks, counts, located, out)
        _subjects_to_next_clause(toks, counts, located, out)
        _instrument_places(toks, counts, located, out)
    if len(counts) > 1 and any(c.each for c in counts):
        _each_told_after_places(toks, counts, located, out)
    if len(counts) > 1 and _OPENING_PLACE and not words_of(toks).isdisjoint(_OPENING_PLACE):
        _opening_places(toks, counts, located, out)
    for k, c in enumerate(counts):
        if c.spread:
            out[k] = []


def _places_of_counts(toks: list[Token], counts: list[Count], located: Located,
                      titles: dict[int, bool]) -> list[list[int]]:
    """The mentions each count of a sentence is about.

    A count takes the names after it, up to the next count ("10 over Kaluga Oblast, 8 over
    Bryansk Oblast"); the first, when it has none but officials' titles, those before it ("over
    the Kursk region, 5 drones"); one told after its place ("Krasnodar Region (47)") the names
    since the count before; one over unnamed regions ("116 drones over ten regions") none; and
    one joined to the next by "and" with no place of its own ("37 drones and four missiles over
    the Kursk Region") the next one's, or else the one's before it ("attacked the Kharkiv region
    with 25 drones and 8 KABs").
    """
    bounds = [c.token for c in counts] + [10**9]
    people = _people_numbers(toks) + _vague_counts(toks)
    out: list[list[int]] = []
    for k, c in enumerate(counts):
        if c.trailing:
            lo = counts[k - 1].token + len(counts[k - 1].text.split(" ")) if k else -1
            mine = [m for t, m in located if lo <= t < c.token]
        else:
            hi = min([bounds[k + 1]] + [p for p in people if p > c.token and not _harmed_by(toks, c, p)])
            mine = [m for t, m in located if c.token <= t < hi
                    and not (k + 1 < len(counts) and counts[k + 1].trailing and t < counts[k + 1].token)]
            before = _names_before(toks, located, c.token) if k == 0 else []
            if all(titles.get(m) for m in mine):  # "over the Kursk region, 5 drones were destroyed"
                mine = before + [m for m in mine if m not in before]
            else:  # the region in an official's title frames the count ("Belgorod Governor ...")
                mine = [m for m in before if titles.get(m)] + mine
        out.append(mine)
    _clauses(toks, counts, located, titles, out)
    for k in range(len(counts) - 2, -1, -1):  # "37 drones and all four missiles ... over the Kursk Region"
        if not out[k] and not counts[k].spread and (_joined(toks, counts[k], counts[k + 1])
                                                    or _more_in_clause(toks, counts[k], counts[k + 1])
                                                    or _two_verbs(toks, counts[k], counts[k + 1])):
            out[k] = list(out[k + 1])
    for k in range(1, len(counts)):  # "attacked the Kharkiv region with 25 drones and 8 KABs"
        if not out[k] and not counts[k].spread and _joined(toks, counts[k - 1], counts[k]):
            out[k] = list(out[k - 1])
    return out


def _opening_places(toks: list[Token], counts: list[Count], located: Located, out: list[list[int]]) -> None:
    """"In Suzemka two drones hit a tractor, and in Klimovo three drones hit a car": when two counts or more of a
    sentence each open their clause with "in" and a place (:func:`_opening_place`), each takes its own place first
    and no count before it keeps that place (``out`` changed in place).

    Parameters
    ----------
    toks : list of Token
        The sentence's tokens.
    counts : list of Count
        Its counts, in order.
    located : Located
        Its placing names, by token.
    out : list of list of int
        The mentions of each count, changed in place.
    """
    opening = {k: m for k, c in enumerate(counts) if (m := _opening_place(toks, c.token, located)) is not None}
    if len(opening) < 2:
        return
    for k, m in opening.items():
        out[k] = [m] + [x for x in out[k] if x != m]
        for j in range(k):
            out[j] = [x for x in out[j] if x != m]


def _opening_place(toks: list[Token], at: int, located: Located) -> int | None:
    """The mention a count at token ``at`` opens its clause with ("..., and in the village of Klimovo, three drones"):
    clauses.toml ``count_opening_place``, only ``count_opening_fillers``, the name (capitalised words and hyphens)
    and at most a comma, after the sentence's start or one of ``count_opening_after``; else None."""
    for t, m in located:
        if not t < at <= t + 6:
            continue
        name_end = at - 1 if toks[at - 1].text == "," else at
        if not all(toks[j].is_cap or toks[j].text in "-'" for j in range(t, name_end)):
            continue
        i = t - 1
        while i >= 0 and toks[i].lower in _OPENING_FILLERS:
            i -= 1
        if i >= 0 and toks[i].lower in _OPENING_PLACE and (i == 0 or toks[i - 1].lower in _OPENING_AFTER):
            return m
    return None


def _each_told_after_places(toks: list[Token], counts: list[Count], located: Located,
                            out: list[list[int]]) -> None:
    """"three over the Kursk Region, while the Oryol and Smolensk Regions saw one drone each": a count told for each
    of several places (count.flags ``each``) with no place after it takes the places the count before it took past a
    clause mark (event.joined_counts' ``clause_marks``) after that count's first place (``out`` changed in place).

    Parameters
    ----------
    toks : list of Token
        The sentence's tokens.
    counts : list of Count
        Its counts, in order.
    located : Located
        Its placing names, by token.
    out : list of list of int
        The mentions of each count, changed in place.
    """
    token_of = {m: t for t, m in located}
    for k in range(1, len(counts)):
        prev = out[k - 1]
        if not counts[k].each or out[k] or len(prev) < 3:
            continue
        first = token_of.get(prev[0], counts[k - 1].token)
        cut = next((j for j in range(first + 1, counts[k].token) if toks[j].text in _CLAUSE_MARKS), None)
        if cut is None:
            continue
        mine = [m for m in prev if token_of.get(m, -1) > cut]
        if len(mine) >= 2:
            out[k] = mine
            out[k - 1] = [m for m in prev if m not in mine]


def _instrument_places(toks: list[Token], counts: list[Count], located: Located, out: list[list[int]]) -> None:
    """"dropped 4 aerial bombs on Kostiantynivka and attacked Sloviansk with 3 drones": a count after an instrument
    word ("with", clauses.toml ``count_instrument_before``) with no places of its own takes those the count before it
    took in the clause that opens at the last joiner ("and", event.title_clause's ``joiners``) before a lower-case word
    (a verb) between them, while that count keeps a place (``out`` changed in place)."""
    for k in range(1, len(counts)):
        at = counts[k].token
        if out[k] or counts[k].spread or toks[at - 1].lower not in _INSTRUMENT_BEFORE:
            continue
        opens = [j for j in range(counts[k - 1].token + 1, at - 1)
                 if toks[j].lower in _TITLE_CLAUSE_JOINERS and not toks[j + 1].is_cap]
        moved = [m for t, m in located if opens and opens[-1] < t < at and m in out[k - 1]]
        if moved and len(moved) < len(out[k - 1]):
            _move_to_next(out, k, moved)


def _titles_to_next_clause(toks: list[Token], counts: list[Count], located: Located, titles: dict[int, bool],
                           out: list[list[int]]) -> None:
    """"The governor of the Bryansk region said 12 drones were destroyed, and the governor of the Kursk region said
    two were shot down": an official's region told after a clause break (";", ", and" ...) that follows a count
    frames the next count, the clause it opens, not the one before (``out`` changed in place)."""
    for k in range(1, len(counts)):
        brk, hi = _break_after_count(toks, counts, k), counts[k].token
        moved = [m for t, m in located if titles.get(m) and brk is not None and brk < t < hi and m in out[k - 1]]
        if moved and not any(not titles.get(m) for m in out[k]):
            _move_to_next(out, k, moved)


def _break_after_count(toks: list[Token], counts: list[Count], k: int) -> int | None:
    """The first clause break (";", ", and" ...) between count ``k - 1`` and count ``k``, or None."""
    return next((j for j in range(counts[k - 1].token + 1, counts[k].token) if _clause_break(toks, j)), None)


def _move_to_next(out: list[list[int]], k: int, moved: list[int]) -> None:
    """The mentions ``moved`` taken from count ``k - 1``'s places and put first among count ``k``'s."""
    out[k - 1] = [m for m in out[k - 1] if m not in moved]
    out[k] = moved + [m for m in out[k] if m not in moved]


def _names_before(toks: list[Token], located: Located, token: int) -> list[int]:
    """The mentions before the count at ``token``; none when two verbs of speech stand between them and it, the
    count then another source's ("killed a civilian in the Odesa region, the governor said, after the air force
    said it had destroyed 20 drones")."""
    before = [(t, m) for t, m in located if t < token]
    if before and sum(toks[j].lower in _SPEECH for j in range(before[-1][0] + 1, token)) >= 2:
        return []
    return [m for _, m in before]


def _speakers_to_next_clause(toks: list[Token], counts: list[Count], located: Located,
                             out: list[list[int]]) -> None:
    """"Kim said two drones were destroyed over his region, and officials in Sumy said the military shot down four
    drones": a place told after a clause break (";", ", and" ...) that follows a count, in a clause whose verb of
    speech comes before the next count, is that count's (``out`` changed in place), when it has no place of its own.
    """
    for k in range(1, len(counts)):
        brk, hi = _break_after_count(toks, counts, k), counts[k].token
        if brk is None or out[k]:
            continue
        moved = [m for t, m in located if brk < t < hi and m in out[k - 1]
                 and any(toks[j].lower in _SPEECH for j in range(t + 1, hi))]
        if moved:
            _move_to_next(out, k, moved)


def _subjects_to_next_clause(toks: list[Token], counts: list[Count], located: Located,
                             out: list[list[int]]) -> None:
    """"the Russians fired seven missiles at Ukraine; Odesa Oblast was attacked with four Kh-59/69 missiles": the
    names after a clause stop (clauses.toml ``count_clause_stops``) between two counts are the second count's when
    it has no place of its own (``out`` changed in place); the first keeps the names before the stop."""
    for k in range(1, len(counts)):
        lo, hi = counts[k - 1].token, counts[k].token
        stop = next((j for j in range(lo + 1, hi) if toks[j].text in _CLAUSE_STOPS), None)
        if stop is None or out[k] or counts[k].spread:
            continue
        moved = [m for t, m in located if stop < t < hi and m in out[k - 1]]
        if moved:
            _move_to_next(out, k, moved)


def _harmed_by(toks: list[Token], count: Count, people: int) -> bool:
    """Whether the number of people at ``people`` is the object of a verb of harm right after ``count`` ("Two drones
    killed three people in ...": clauses.toml ``count_harm_verbs``; a link word such as "reportedly" between)."""
    verb = count.token + len(count.text.split(" "))
    if verb + 2 < people and toks[verb].lower in _HARM_AGENTS and toks[verb + 1].lower in _AGENT_WORDS:
        # "A drone launched by Ukraine killed one resident": past the participle and its agent, up to the verb
        verb = next((k for k in range(verb + 3, min(verb + 3 + _AGENT_REACH, people))
                     if toks[k].lower in _HARM_VERBS and toks[k - 1].is_word), verb)
    while verb < people and toks[verb].lower in _LEX.casualty_links:
        verb += 1
    return verb + 1 == people and toks[verb].lower in _HARM_VERBS


def _people_numbers(toks: list[Token]) -> list[int]:
    """Where a number of people stands ("and two people were injured in the Kursk region"): the
    names after it are theirs, not those of the objects counted before it."""
    out: list[int] = []
    if words_of(toks).isdisjoint(_LEX.casualty_nouns):
        return out  # no people named in the sentence
    for i, tok in enumerate(toks[:-1]):
        if tok.is_number or tok.lower in _LEX.number_words:
            j = i + 1
            while j < len(toks) - 1 and toks[j].lower in _LEX.casualty_qualifiers:
                j += 1
            if toks[j].lower in _LEX.casualty_nouns and toks[j].lower not in _LEX.object_anaphors:
                out.append(i)
    return out


_VAGUE = [p.split() for p in _LEX.count_vague]
_VAGUE_FIRST = frozenset(words[0] for words in _VAGUE)
_VAGUE_KEYS = frozenset(words[-2] for words in _VAGUE)  # "number", "several", "few": the gate of the walk


def _vague_counts(toks: list[Token]) -> list[int]:
    """Where a breakdown's item with no figure starts ("... 20 over the Ryazan region and a number over the Bryansk
    border region": clauses.toml ``count_vague``): the names after it are not the figure's before it."""
    if words_of(toks).isdisjoint(_VAGUE_KEYS):
        return []
    lower = list(map(LOWER_OF, toks))
    return [i for i, word in enumerate(lower) if word in _VAGUE_FIRST
            and any(lower[i:i + len(words)] == words for words in _VAGUE)]


def _joined(toks: list[Token], a: Count, b: Count) -> bool:
    """Two counts told as one: "37 drones and all four tactical missiles"."""
    between = list(map(LOWER_OF, toks[a.token + len(a.text.split(" ")):b.token]))
    if between and between[0] in _JOINED_FIRST and all(w in _JOINED_WORDS for w in between):
        return True
    # "2 Iskander-M ballistic missiles, 4 Kh-101 cruise missiles and 60 Shahed drones": a list of types
    return bool(between) and all(w in _JOINED_TYPE_LINKS for w in between) \
        and a.rule == b.rule == _NUMBER_OBJECT_ID and a.text.split(" ")[1:] != b.text.split(" ")[1:]


#: Words between two counts of one place told by two verbs ("one was destroyed and two intercepted").
_TWO_VERBS_WORDS = _JOINED_WORDS | _LEX.count_downed | _LEX.count_verb_words


def _two_verbs(toks: list[Token], a: Count, b: Count) -> bool:
    """"one drone was destroyed and two were intercepted over the Belgorod region", "destroyed four drones
    and intercepted three over ...": two numbers of one place, told by two verbs joined by "and"."""
    between = list(map(LOWER_OF, toks[a.token + len(a.text.split(" ")):b.token]))
    return not b.part and any(w in _JOINED_FIRST for w in between) \
        and any(w in _LEX.count_downed for w in between) and all(w in _TWO_VERBS_WORDS for w in between)


def _more_in_clause(toks: list[Token], a: Count, b: Count) -> bool:
    """"destroyed ten drones and suppressed three more over Feodosiya": a further batch in the same
    clause (no punctuation between) has the place of the first ("20 destroyed overnight, and two more
    over the Kursk region" has not)."""
    return b.more and not any(t.text in _CLAUSE_MARKS or t.lower in _PLACE_WORDS for t in toks[a.token:b.token])


def _objects(ev: Event) -> int:
    """Objects an event tells of in all: "five each over the Tver and Smolensk regions" is ten."""
    return (ev.count or 0) * (len(ev.mentions) if ev.each else 1)


def _mark_totals(ext: Extraction) -> None:
    """Mark the totals of a report: a count that the same or next sentence breaks down by place
    (parts that sum to it, or some of it after "including"), or tells again with its places (the
    same number of the same objects); a region's count that its towns' counts in the same
    sentence add up to; a count its breakdown matches once a number told for several regions is
    read as each's (those numbers are marked ``each``)."""
    by_sentence: dict[int, list[int]] = {}
    for ev in ext.events:
        by_sentence.setdefault(ev.sentence, []).append(ev.index)
    events = ext.events  # read afresh each time: marking ``each`` changes later sums
    _fill_rests(events)
    _headline_retold(ext, events)
    _quoted_more_retold(ext, events)
    _part_more_retold(ext, events)
    for i in range(len(events)):
        ev = events[i]
        if ev.count is None or ev.part or ev.more:
            continue
        if ev.mentions:
            same = [events[j] for j in by_sentence[ev.sentence]]
            rule = _TOWNS.id if _towns_total(ext, ev, same) else _BREAKDOWN.id if _regions_total(ext, ev, same) else ""
            if not rule:
                _towns_within(ext, ev, same)
        else:
            rule = _total_rule_over(ev, events, by_sentence) or _implied_each(ext, ev, by_sentence) \
                or _some_of_it_after(ev, events, by_sentence) or _headline_sum(ext, ev, events)
            if not rule:
                _parts_after_colon(ev, events, by_sentence[ev.sentence])
        if rule:
            events[i] = _replace(events[i], aggregate=True, status_rule=rule)
    _retold_totals(events)


def _fill_rests(events: list[Event]) -> None:
    """"23 drones ... Seven over the Rostov region, five over the Kursk region and the rest over the
    Oryol and Bryansk regions": the rest is the located-nowhere total of its kind told last (in its
    sentence or the ``count.rest`` window before) less the counts placed since; that total is then an
    aggregate. A total told jointly for several places ("10 Shaheds over Odesa and Mykolayiv Regions. One over
    Mykolayiv Region and the rest over Odesa Region") serves too, and stays their shared figure."""
    for r, ev in enumerate(events):
        if not ev.rest:
            continue
        t = next((t for t in range(r - 1, -1, -1) if events[t].count is not None and len(events[t].mentions) != 1
                  and not events[t].part and not events[t].each and events[t].kind is ev.kind
                  and not _part_at_sea(events[t]) and ev.sentence - events[t].sentence <= _REST_WINDOW), None)
        if t is None or events[t].object_kind != ev.object_kind:
            continue
        told = sum(_objects(e) for e in events[t + 1:r]
                   if e.count is not None and (e.mentions or _part_at_sea(e)) and not e.part)
        if told < events[t].count:  # type: ignore[operator]
            events[r] = _replace(ev, count=events[t].count - told)  # type: ignore[operator]
            if not events[t].mentions:
                events[t] = _replace(events[t], aggregate=True, status_rule=_BREAKDOWN.id)


def _part_at_sea(ev: Event) -> bool:
    """A part of a breakdown told for no region ("18 of them over the Black Sea", "18 over the Black Sea and the
    rest over Crimea"): one of the total's parts, not a total the rest is left of."""
    return not ev.mentions and ev.count_rule in _BREAKDOWN_PART_RULES


def _headline_retold(ext: Extraction, events: list[Event]) -> None:
    """"Air defence downs another 12 drones over Kursk region" over a lead that tells "another 12 drones" again:
    the headline's further batch is the lead's (event.headline_retold), its number no batch of its own."""
    if not events or events[0].sentence or _told(ext.sentence_text(0)):
        return
    within = _HEADLINE_RETOLD["within"]
    for i, ev in enumerate(events):
        if ev.sentence:
            return
        if ev.more and ev.count is not None and any(
                e.more and e.count == ev.count and e.object_kind == ev.object_kind for e in events[i + 1:]
                if 0 < e.sentence <= within):
            events[i] = _replace(ev, count=None, more=False)


def _quoted_more_retold(ext: Extraction, events: list[Event]) -> None:
    """"The ministry then said another two drones had been suppressed over the Bryansk Region. ... 'Two UAVs ... crashed
    on the territory of the Bryansk Region,' the ministry said": the quote (a sentence opening with a quote mark) tells
    the paraphrased further batch again, so its number is dropped (event.quote_retells)."""
    for i, ev in enumerate(events):
        if ev.count is None or ev.more or not ev.mentions or not _quoted(ext, ev.sentence):
            continue
        regions = {ext.mentions[m].region_code for m in ev.mentions}
        if None in regions:
            continue
        if any(p.more and p.count == ev.count and p.object_kind == ev.object_kind
               and 0 < ev.sentence - p.sentence <= _QUOTE["more_within"]
               and {ext.mentions[m].region_code for m in p.mentions} == regions for p in events[:i]):
            events[i] = _replace(ev, count=None)


def _regions_of(ext: Extraction, ev: Event) -> frozenset:
    """The regions of ``ev``'s mentions (None among them for a mention placed in no region)."""
    return frozenset(ext.mentions[m].region_code for m in ev.mentions)


def _part_more_retold(ext: Extraction, events: list[Event]) -> None:
    """"21 «Shahed» на Одещині й чотири над Миколаївщиною. ... 21 знищено на підльоті до Одещини, ще чотири — над
    Миколаївщиною": a further batch after a figure placed in another region of its sentence is the next part of the
    sentence's breakdown; told before as the same figure of the same objects in the same regions (within
    event.part_more_retold's ``within`` sentences), it is a retelling, no batch of its own."""
    within = _PART_MORE_RETOLD["within"]
    for i, ev in enumerate(events):
        if not ev.more or ev.count is None or not ev.mentions:
            continue
        regions = _regions_of(ext, ev)
        head = next((p for p in events[:i] if p.sentence == ev.sentence and p.count is not None and p.mentions
                     and not p.more and _regions_of(ext, p).isdisjoint(regions)), None)
        if None in regions or head is None:
            continue
        kinds = {ev.object_kind, head.object_kind}  # more of the objects just counted ("21 дрон ..., ще чотири")
        if any(p.count == ev.count and p.object_kind in kinds and 0 < ev.sentence - p.sentence <= within
               and _regions_of(ext, p) == regions for p in events[:i]):
            events[i] = _replace(ev, count=None, more=False)


def _quoted(ext: Extraction, si: int) -> bool:
    """Sentence ``si`` is said in a quote: it opens with a quote mark, or one of the two sentences before it opened a
    quote that no closing mark (after a full stop or comma: ",'") ended before it."""
    for k in range(si, max(-1, si - 3), -1):
        text = ext.sentence_text(k).strip()
        opens = text[:1] in _QUOTE_AFTER_COLON
        if k == si and opens:
            return True
        if k < si and _CLOSING_QUOTE.search(text):
            return False
        if k < si and opens:
            return True
    return False


def _headline_sum(ext: Extraction, ev: Event, events: list[Event]) -> str:
    """The rule id if ``ev``, a located-nowhere number of the report's headline ("Air defences destroy 16 kamikaze
    drones overnight"), is what the numbers of the sentences after it add up to, placed or not ("fourteen ... over
    Mykolaiv Oblast. Two more ... over the country's eastern and northern regions"): the night's total; else ""."""
    if ev.sentence or ev.count is None or _told(ext.sentence_text(0)):
        return ""
    after = [e for e in events if 0 < e.sentence <= _HEADLINE_SUM["within"] and e.count is not None
             and not e.part and e.object_kind == ev.object_kind]
    if len(after) >= 2 and any(e.mentions for e in after) and sum(map(_objects, after)) == ev.count:
        return _HEADLINE_SUM.id
    return ""


def _retold_totals(events: list[Event]) -> None:
    """A located-nowhere count told again as a total in the next sentences ("destroyed 105 drones over
    Russian territory." then "105 UAVs were destroyed ..., 26 of them over ...") is that total too."""
    for i in range(len(events) - 1, -1, -1):
        ev = events[i]
        if ev.count is None or ev.mentions or ev.aggregate or ev.part or ev.more:
            continue
        later = (e for e in events[i + 1:] if e.sentence <= ev.sentence + _BREAKDOWN_NEXT_SENTENCES)
        if any(e.aggregate and not e.mentions and e.count == ev.count for e in later):
            events[i] = _replace(ev, aggregate=True, status_rule=_RETOLD.id)


def _towns_total(ext: Extraction, ev: Event, same: list[Event]) -> bool:
    """"nine drones over Krasnodar Krai: five near Novorossiysk and four near Anapa"."""
    parts = [e for e in same if e.index > ev.index and e.count is not None and e.mentions and not e.part]
    return len(parts) >= 2 and sum(map(_objects, parts)) == ev.count \
        and any(ext.mentions[m].kind is MentionKind.REGION for m in ev.mentions) \
        and all(ext.mentions[m].kind is MentionKind.PLACE for e in parts for m in e.mentions)


def _regions_total(ext: Extraction, ev: Event, same: list[Event]) -> bool:
    """"21 drones over Russia and occupied Crimea: 12 over Crimea, 6 over Kursk Oblast and one each over ...": a
    region's number that the regions told after it in its sentence (its own among them, and others) add up to is
    the report's total, not that region's figure."""
    parts = [e for e in same if e.index > ev.index and e.count is not None and e.mentions and not e.part]
    if len(parts) < 2 or sum(map(_objects, parts)) != ev.count:
        return False
    own = {ext.mentions[m].region_code for m in ev.mentions}
    told = {ext.mentions[m].region_code for e in parts for m in e.mentions}
    return None not in own and own < told


def _kind_within(part: Event, whole: Event) -> bool:
    """Whether ``part``'s objects may be some of ``whole``'s: of its kind, or either kind untold."""
    return part.object_kind is None or whole.object_kind is None or part.object_kind == whole.object_kind


def _towns_within(ext: Extraction, ev: Event, same: list[Event]) -> None:
    """"nine drones over the Kursk region: four over Kursk, three over the Rylsky district ...": the numbers of towns
    told after a region's number in its sentence, less than it in all and not further batches, are some of it
    (``part``: a town of another region keeps its own; nor are weapons of another kind: "14 drones and 3 KABs hit
    the Krasnopillia community" of the Sumy region is 17)."""
    if not all(ext.mentions[m].kind is MentionKind.REGION for m in ev.mentions):
        return
    after = max(ext.mentions[m].end for m in ev.mentions)
    towns = [e for e in same if e.index > ev.index and e.count is not None and e.mentions and not e.more
             and not e.part and _kind_within(e, ev)
             and all(ext.mentions[m].kind is MentionKind.PLACE for m in e.mentions)
             and _MORE_WORDS.isdisjoint(_WORD.findall(
                 ext.report.text[after:min(ext.mentions[m].start for m in e.mentions)].lower()))]
    if towns and sum(map(_objects, towns)) < ev.count:  # type: ignore[operator]
        for e in towns:
            ext.events[e.index] = _replace(e, part=True)


def _parts_after_colon(ev: Event, events: list[Event], indices: list[int]) -> None:
    """"Three drones were involved: one hit a carriage": the numbers after a colon that closes the clause of a
    located-nowhere total (the one number before the colon), with no place of their own, less than it in all and
    not further batches, are some of it (``part``), not objects of their own."""
    colon = ev.text.find(":")
    if colon < 0 or any(events[j].count is not None for j in indices if j < ev.index):
        return
    after = [events[j] for j in indices if j > ev.index and events[j].count is not None and not events[j].mentions
             and not events[j].part and not events[j].more and _kind_within(events[j], ev)]
    if not after or sum(map(_objects, after)) >= ev.count:  # type: ignore[operator]
        return
    toks = tokenize(ev.text[:colon])
    if sum(number_at(toks, j) is not None for j in range(len(toks))) == 1:
        for e in after:
            events[e.index] = _replace(e, part=True)


def _placed_counts(events: list[Event], indices, but: int = -1) -> list[Event]:
    """The events at ``indices`` (other than ``but``) that have a number and a place."""
    return [events[j] for j in indices if j != but and events[j].count is not None and events[j].mentions]


def _total_rule_over(ev: Event, events: list[Event], by_sentence: dict[int, list[int]]) -> str:
    """The rule by which the same or the next sentences make a located-nowhere ``ev`` a total."""
    for si in range(ev.sentence, ev.sentence + 1 + _BREAKDOWN_NEXT_SENTENCES):
        parts = _placed_counts(events, by_sentence.get(si, ()), but=ev.index)
        rule = _total_rule(ev, parts, same_sentence=si == ev.sentence)
        if rule:
            return rule
    # "counted three drones: one hit an enterprise and two more came down in the industrial zone"
    after = [events[j] for j in by_sentence[ev.sentence] if j > ev.index and events[j].count is not None
             and not events[j].mentions and not events[j].part]
    if ":" in ev.text and len(after) >= 2 and sum(map(_objects, after)) == ev.count:
        return _BREAKDOWN.id
    return ""


def _total_rule(ev: Event, parts: list[Event], same_sentence: bool) -> str:
    """The id of the rule by which ``parts`` make ``ev`` a total, or ``""``."""
    whole = sum(map(_objects, parts))
    if same_sentence and _INCLUDING_REGEX.search(ev.text) and parts and whole <= ev.count:  # type: ignore[operator]
        return _INCLUDING.id
    if len(parts) >= 2 and whole == ev.count:
        return _BREAKDOWN.id
    if len(parts) == 1 and parts[0].count == ev.count and parts[0].object_kind == ev.object_kind \
            and not parts[0].more:  # "one drone hit ... A second drone hit ...": a batch, not a retelling
        return _RETOLD.id
    return ""


def _some_of_it_after(ev: Event, events: list[Event], by_sentence: dict[int, list[int]]) -> str:
    """"105 drones over Russian territory." then "26 of them over the Belgorod region, 25 over ..." (or "Of
    these, 26 ..."): a breakdown in the next sentence that opens with "N of them" and adds up to no more than
    ``ev``."""
    parts = _placed_counts(events, by_sentence.get(ev.sentence + 1, ()))
    opened = bool(parts) and parts[0].text.lower().startswith(_OF_THEM_OPENERS)  # "Of these, it said, 26 ..."
    if parts and (parts[0].count_rule == _OF_THEM_ID or opened) \
            and sum(map(_objects, parts)) <= ev.count:  # type: ignore[operator]
        return _INCLUDING.id
    return ""


def _implied_each(ext: Extraction, total: Event, by_sentence: dict[int, list[int]]) -> str:
    """A total that its breakdown over the next sentences matches once a number told for several
    regions is read as each's ("83 drones: 37 over the Bryansk region, 12 over the Kursk and Lipetsk
    regions, nine ..." is 12 each, as 37 + 2 x 12 + ... = 83); those numbers are marked so."""
    events = ext.events
    parts = [events[j] for si in range(total.sentence, total.sentence + _IMPLIED_EACH_SENTENCES)
             for j in by_sentence.get(si, ()) if j > total.index and events[j].count is not None
             and events[j].mentions and not events[j].part]
    whole = sum(map(_objects, parts))
    shared = [e for e in parts if not e.each and len(e.mentions) > 1]
    if len(parts) < 2 or whole == total.count or not shared:
        return _BREAKDOWN.id if len(parts) >= 2 and whole == total.count else ""
    if whole + sum(e.count * (len(e.mentions) - 1) for e in shared) != total.count:  # type: ignore[operator, misc]
        return ""
    for e in shared:
        events[e.index] = _replace(e, each=True)
    return _IMPLIED_EACH.id
