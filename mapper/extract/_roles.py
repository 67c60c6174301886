"""What the words around a name say of it: where something happened, where it came from, a
point of reference, an actor, a dateline; and which countries a sentence places things in."""

from __future__ import annotations

import re

from ._kinds import event_kind
from ._model import Cue, Kind, Mention, MentionKind, Role
from ._numbers import number_at
from ..rules import load_lexicon
from ..text import CaselessPattern, by_first_word, normalize, trie_alternation
from ._tokens import LOWER_OF, TEXT_OF, Token, words_of

_LEX = load_lexicon()
_POSSESSIVES = _LEX.possessives
_AIRPORT_HIT_WORDS = frozenset(_LEX.rule("role.airport.before")["hit_words"])
_AIRPORT_STRUCK = _LEX.rule("role.airport.after")
_ORIGIN = _LEX.rule("role.origin.from")
_DIRECTION = _LEX.rule("role.reference.direction")
_DESCRIPTION = _LEX.rule("role.reference.description")
_DISTANCE = _LEX.rule("role.location.distance")
_OPENERS, _COUNTRY_CUES = _DESCRIPTION["openers"], _LEX.country_cues  # looked at token by token
_TITLE_AFTER, _ALERT_RULE = _LEX.rule("role.title.after"), _LEX.rule("role.alert.sentence")
_GEOGRAPHY_RULE = _LEX.rule("role.reference.geography")
_FILLERS, _LOOKBACK, _TITLE_WORDS = _LEX.role_fillers, _LEX.role_lookback, _LEX.title_words
_LIST_LINKS, _APPOSITION, _REGION_WORDS = _LEX.list_link_words, _LEX.apposition_words, _LEX.region_words
_ACTOR_PHRASES = frozenset(tuple(p.split()) for p in _LEX.actor_phrases)
_ATTEMPTS = [tuple(p.split()) for p in _LEX.attempts_on_regions]
_ATTEMPTS_SKIP = _LEX.attempts_on_regions_skip or frozenset()
_COAST_APPROACH, _COAST_WORDS = _LEX.coast_approach or frozenset(), _LEX.coast_words or frozenset()
#: First words of the country cues ("south" of "south korea"): a word not among them starts none.
_CUE_FIRST = frozenset(cue.split()[0] for cue in _COUNTRY_CUES if cue.split())
_ALERT = CaselessPattern(r"\b" + trie_alternation(_LEX.alert_cues))  # only whether one is there
_THREAT = re.compile(r"\b(?:(?:" + "|".join(re.escape(w) for w in _LEX.threat_words)
                     + r")s? of (?:an? )?(?:\S+ ){0,3}?|(?:" + "|".join(re.escape(w) for w in _LEX.threat_adjectives)
                     + r") (?:\S+ ){0,2}?)(?:attacks?|strikes?)\b", re.I)
# pattern parameters read in the scans, bound once
_DESCRIPTION_AFTER = _DESCRIPTION["after"]
_DESCRIPTION_STOPS = _DESCRIPTION["stops"]
_DIRECTION_DIRECTIONS = _DIRECTION["directions"]
_DIRECTION_NOT_AFTER = _DIRECTION["not_after"]
_DIRECTION_OF = _DIRECTION["of"]
_DISTANCE_REFERENCE_BEYOND = _DISTANCE["reference_beyond"]
_DISTANCE_UNITS = _DISTANCE["units"]
_DISTANCE_FAR_COUNTS = frozenset(_DISTANCE["far_counts"])
_DISTANCE_FAR_OF = frozenset(_DISTANCE["far_of"])
_ORIGIN_BRACKET_WORDS = _ORIGIN["bracket_words"]
_ORIGIN_BRACKETS = _ORIGIN["brackets"]
_ORIGIN_NAME_LINKS = _ORIGIN["name_links"]
_TITLE_AFTER_ARTICLES = _TITLE_AFTER["articles"]
_TITLE_AFTER_OF = _TITLE_AFTER["of"]


def _phrase_rules(table, suffix: str) -> dict[str, str]:
    """``role -> rule id`` of the roles told by words before (``before``) or after a name."""
    return {role: _LEX.rule(_ORIGIN.id if role == Role.ORIGIN and suffix == "before" else f"role.{role}.{suffix}").id
            for role in table}


_PREFIX_RULE, _SUFFIX_RULE = _phrase_rules(_LEX.role_prefixes, "before"), _phrase_rules(_LEX.role_suffixes, "after")
#: Prefix phrases by their last word, longest first: ``word -> [(role, phrase)]``.
_PREFIX_BY_LAST: dict[str, list[tuple[Role, list[str]]]] = {}
for _role, _list in _LEX.role_prefixes.items():
    for _phrase in sorted((tuple(p.split()) for p in _list), key=len, reverse=True):
        _PREFIX_BY_LAST.setdefault(_phrase[-1], []).append((Role(_role), list(_phrase)))
for _by_last in _PREFIX_BY_LAST.values():
    _by_last.sort(key=lambda rp: len(rp[1]), reverse=True)
#: The phrases of two words or more of ``_PREFIX_BY_LAST`` by their last two words, in its order; and the role of the
#: first one-word phrase of each last word (a list tries its longer phrases first).
_PREFIX_BY_LAST_TWO: dict[tuple[str, str], list[tuple[Role, list[str]]]] = {}
_PREFIX_ONE: dict[str, Role] = {}
for _last, _by_last in _PREFIX_BY_LAST.items():
    for _role_phrase in _by_last:
        if len(_role_phrase[1]) > 1:
            _PREFIX_BY_LAST_TWO.setdefault((_role_phrase[1][-2], _last), []).append(_role_phrase)
        else:
            _PREFIX_ONE.setdefault(_last, _role_phrase[0])
_SUFFIXES = [(Role(role), sorted((tuple(p.split()) for p in phrases), key=len, reverse=True))
             for role, phrases in _LEX.role_suffixes.items()]
#: The suffix phrases by their first word, in the order of ``_SUFFIXES``.
_SUFFIXES_BY_FIRST = by_first_word((phrase, role) for role, phrases in _SUFFIXES for phrase in phrases)
_ORIGIN_PHRASES = [tuple(p.split()) for p in _LEX.role_prefixes[Role.ORIGIN]]
#: The last words of the origin phrases: :func:`_distance` looks for a phrase only where one of them stands.
_ORIGIN_LAST = frozenset(p[-1] for p in _ORIGIN_PHRASES if p)
_OVER_NAMES = frozenset(Role(r) for r in _ORIGIN["over_names"])
_COUNT_CLAUSE_AFTER = frozenset(_ORIGIN["count_clause_after"])
_SEA_WORDS = frozenset(_LEX.role_suffixes.get(Role.SEA, ()))
_LANDMARK_LINKS = _ORIGIN["landmark_links"]

#: ``mention index -> (role, rule id)``, for the mentions a rule gave a role.
Roles = dict[int, tuple[Role, str]]


def dateline_words(toks: list[Token]) -> int:
    """How many tokens a dateline takes at the start of a sentence: "MOSCOW, September 24.",
    "KYIV (Reuters) -", "NIZHNY NOVGOROD:", "Moscow, July 7 (IANS)"; 0 for none. A dateline is
    no place of the story."""
    j = 0
    while j < min(len(toks), _LEX.dateline_words) and (
            (toks[j].is_word and toks[j].text.isupper() and len(toks[j].text) >= _LEX.dateline_word_chars)
            or (j and toks[j].text in _LEX.dateline_joiners and j + 1 < len(toks) and toks[j + 1].text.isupper())):
        j += 1
    if j and j < len(toks) and len(toks[0].text) >= _LEX.dateline_min_chars and toks[j].text in _LEX.dateline_after:
        return j
    if len(toks) > 3 and toks[0].is_cap and toks[1].text == "," and _month_day(toks, 2):
        return 1
    if len(toks) > 1 and toks[0].is_cap and toks[1].text in _LEX.dateline_marks:
        return 1  # "Kyiv • UNN"
    if len(toks) > 2 and toks[1].text == ":" and toks[2].is_cap and _is_capital(toks, 0, 1):
        return 1  # "Moscow: A fire broke out ..." (IANS); a capital only: "Kharkiv: three hurt" is a headline's place
    if len(toks) > 3 and toks[0].text == "(" and toks[1].is_cap and toks[2].text == ")":
        return 3  # "(Kyiv) Russian drones targeted ..."
    return _agency_dateline(toks)


#: A month's name or its abbreviation ("Moscow, Oct 25 (IANS)", "Moscow, Oct. 25").
_DATELINE_MONTHS = _LEX.months | _LEX.month_abbreviations


def _month_day(toks: list[Token], i: int) -> bool:
    """A month (its name or abbreviation, maybe with a full stop) and a day from token ``i``: "July 7", "Oct 25",
    "Oct. 25"."""
    if toks[i].lower not in _DATELINE_MONTHS:
        return False
    j = i + 1 + (i + 1 < len(toks) and toks[i + 1].text == ".")
    return j < len(toks) and toks[j].is_number


#: What may follow a dateline's name after a comma or bracket: a news agency, or its country's name ("Kyiv, Ukraine -").
_DATELINE_SOURCES = _LEX.dateline_agencies | _LEX.country_names


def _agency_dateline(toks: list[Token]) -> int:
    """"Moscow, SANA -", "Kyiv (Ukrinform) -", "Kyiv, Ukraine -": a name of up to ``dateline_words`` words, a news
    agency (or its country's name) after a comma or in brackets, and a dash or colon; the number of the name's
    tokens, or 0."""
    j = 0
    while j < min(len(toks), _LEX.dateline_words) and toks[j].is_word and toks[j].is_cap:
        j += 1
    if not j or j + 2 >= len(toks) or toks[j].text not in (",", "(") \
            or toks[j + 1].lower not in _DATELINE_SOURCES:
        return 0
    after = j + 3 if toks[j].text == "(" and toks[j + 2].text == ")" else j + 2
    return j if after < len(toks) and toks[after].text in _LEX.dateline_after - {",", "("} else 0


#: Words after which a name is a place, never an actor: the one-word origin cues ("launched from Yeysk
#: attacked Odesa").
_NOT_BEFORE_ACTORS = frozenset(p for p in _LEX.role_prefixes["origin"] if " " not in p)


def is_actor(toks: list[Token], end: int, start: int = 0) -> bool:
    """A capital followed by "regime", "forces", "says", "'s air force" ... stands for a
    government, not a place (but "Kyiv hit by missiles" is the place, and so is a name after a
    preposition: "drones launched from Yeysk attacked Odesa")."""
    if start and toks[start - 1].lower in _NOT_BEFORE_ACTORS:
        return False
    if _blamed_or_by(toks, start, end):
        return True  # "Moscow has blamed Kyiv for the attacks", "often targeted by Moscow"
    if _source_or_pair(toks, start, end):
        return True  # "According to Moscow, ...", "the conflict between Moscow and Kiev"
    j = end
    if j < len(toks) and toks[j].text in _POSSESSIVES:
        j += 1
    if j + 1 < len(toks) and (toks[j].lower, toks[j + 1].lower) in _ACTOR_PHRASES:
        return True  # "Kyiv's air force said"
    if j > end and _possessed_actor(toks, j):
        return True  # "Kyiv's outnumbered troops", "after Moscow's attack killed 23 in Kyiv"
    if start and toks[start - 1].lower == "in" and j < len(toks) and toks[j].text == ",":
        k = _past_aside(toks, j)  # "In Moscow, meanwhile, the Russian Defense Ministry said"
        return _seat_of(toks, k if k > j else j + 1, start == 1)
    if _where_speakers_are(toks, start, end):
        return False
    if j + 2 < len(toks) and toks[j].lower == "and" and toks[j + 1].is_cap:
        return is_actor(toks, j + 2, j + 1)  # "Kyiv and Moscow trade drone attacks": both act
    if _capitals_trade(toks, start, end, j) or _auxiliary_actor(toks, start, end, j):
        return True  # "Moscow, Kyiv trade drone attacks", "Kyiv was still waiting for information"
    j = _past_relative(toks, _past_aside(toks, j)) if _is_capital(toks, start, end) else j  # "Moscow, for its part,"
    while j < len(toks) and toks[j].lower in _LEX.actor_between and _is_capital(toks, start, end):
        j += 1  # "Kyiv and Moscow both said"
    if j >= len(toks) or toks[j].lower not in _LEX.actor_followers:
        return False
    return not (j + 1 < len(toks) and toks[j + 1].lower in _LEX.actor_undone_by)


def _past_aside(toks: list[Token], j: int) -> int:
    """The token after an aside between commas at ``j`` (roles.toml ``actor_asides``: ", for its part,"), else ``j``.

    Parameters
    ----------
    toks : list of Token
        The sentence's tokens.
    j : int
        The token after a capital.

    Returns
    -------
    int
        Where the words after the aside begin.
    """
    if j >= len(toks) or toks[j].text != ",":
        return j
    for aside in _ASIDES:
        k = j + 1 + len(aside)
        if k < len(toks) and toks[k].text == "," and tuple(map(LOWER_OF, toks[j + 1:k])) == aside:
            return k + 1
    return j


_ASIDES = tuple(tuple(p.split()) for p in _LEX.actor_asides)


def _past_relative(toks: list[Token], j: int) -> int:
    """The token after ", which" or ", who" at ``j`` (roles.toml ``actor_relatives``: "Kyiv, which usually denies
    targeting civilians"), else ``j``; not before an auxiliary ("Kyiv, which has been hit": the place).

    Parameters
    ----------
    toks : list of Token
        The sentence's tokens.
    j : int
        The token after a capital (past an aside).

    Returns
    -------
    int
        Where the relative clause's words begin, or ``j``.
    """
    if j + 2 >= len(toks) or toks[j].text != "," or toks[j + 1].lower not in _LEX.actor_relatives:
        return j
    k = j + 2
    while k < len(toks) and toks[k].lower in _LEX.actor_between:
        k += 1
    return j if k < len(toks) and toks[k].lower in _LEX.actor_auxiliaries else j + 2


def _auxiliary_actor(toks: list[Token], start: int, end: int, j: int) -> bool:
    """A capital, auxiliaries and what a government does or is ("Kyiv was still waiting for information", "Moscow is
    seeking talks"; roles.toml ``actor_auxiliaries``, ``actor_after_auxiliary``): a side.

    Parameters
    ----------
    toks : list of Token
        The sentence's tokens.
    start, end : int
        The capital's tokens.
    j : int
        The token after it (past a possessive).

    Returns
    -------
    bool
        Whether auxiliaries then one of the government's words follow the capital.
    """
    k = j
    while k < len(toks) and toks[k].lower in _LEX.actor_auxiliaries:
        k += 1
    return j < k < len(toks) and toks[k].lower in _LEX.actor_after_auxiliary and _is_capital(toks, start, end)


def _source_or_pair(toks: list[Token], start: int, end: int) -> bool:
    """A capital alone after one of roles.toml's ``source_openers`` ("According to Moscow, ..."), or one of two
    capitals joined by "and" after one of its ``pair_openers`` ("the conflict between Moscow and Kiev"): a side.

    Parameters
    ----------
    toks : list of Token
        The sentence's tokens.
    start, end : int
        The capital's token span.

    Returns
    -------
    bool
        True where the capital stands for its government.
    """
    if not start or not _is_capital(toks, start, end):
        return False
    lows = list(map(LOWER_OF, toks[max(0, start - 3):start]))
    if (end >= len(toks) or not toks[end].is_word) and any(
            tuple(lows[len(lows) - len(p):]) == p for p in _SOURCES if len(p) <= len(lows)):
        return True
    if toks[start - 1].lower in _LEX.pair_openers:
        return end + 1 < len(toks) and toks[end].lower == "and" and _is_capital(toks, end + 1, end + 2)
    return start > 2 and toks[start - 1].lower == "and" and toks[start - 3].lower in _LEX.pair_openers \
        and _is_capital(toks, start - 2, start - 1)


_SOURCES = tuple(tuple(p.split()) for p in _LEX.source_openers)


def _possessed_actor(toks: list[Token], j: int) -> bool:
    """After a capital's possessive (token ``j`` the next): its army or government, one word on ("Kyiv's outnumbered
    troops", "Kyiv's European partners": roles.toml ``actor_possessed``), or its deed (:func:`_possessed_deed`)."""
    if j < len(toks) and toks[j].lower in _LEX.actor_possessed:  # "Kyiv's partners"
        return True
    if j + 1 < len(toks) and toks[j].is_word and toks[j + 1].lower in _LEX.actor_possessed:
        return True
    return _possessed_deed(toks, j)


def _possessed_deed(toks: list[Token], j: int) -> bool:
    """After a capital's possessive (token ``j`` the next): one of roles.toml ``actor_deeds``, right away or after
    one lower-case word ("Moscow's attack", "Moscow's latest strike")."""
    if j < len(toks) and toks[j].lower in _LEX.actor_deeds:
        return True
    return j + 1 < len(toks) and toks[j].is_word and not toks[j].is_cap and toks[j + 1].lower in _LEX.actor_deeds


def _where_speakers_are(toks: list[Token], start: int, end: int) -> bool:
    """"Officials in Lviv said", "authorities in the city of Lviv reported": the name before an actor follower is
    where the speakers are, so a place; but a capital after "in" stays the government's seat ("officials in
    Moscow said")."""
    if start > 1 and toks[start - 1].lower == "of" and toks[start - 2].lower in _LEX.settlement_of:
        return True
    k = start  # "people in Saratov and Engels reported": back over the names listed before it
    while k > 1 and toks[k - 1].lower in ("and", ",") and toks[k - 2].is_cap and start - k < 8:
        k -= 2
        while k > 0 and toks[k - 1].is_cap and toks[k - 1].is_word:
            k -= 1
    return bool(k) and toks[k - 1].lower in _LEX.speakers_in and not _is_capital(toks, start, end)


def _capitals_trade(toks: list[Token], start: int, end: int, j: int) -> bool:
    """Two capitals joined by a comma before a verb of give and take ("Moscow, Kyiv trade drone attacks"):
    both act. With any other verb the first stays a place ("drones hit Moscow, Kyiv says")."""
    return j + 2 < len(toks) and toks[j].text == "," and toks[j + 2].lower in _LEX.reciprocal_verbs \
        and _is_capital(toks, start, end) and _is_capital(toks, j + 1, j + 2)


def _blamed_or_by(toks: list[Token], start: int, end: int) -> bool:
    """A capital blamed for something ("Moscow has blamed Kyiv for the attacks"), pressed ("more pressure on
    Moscow") or the agent after a strike verb and "by" ("a city often targeted by Moscow")."""
    if not start or not _is_capital(toks, start, end):
        return False
    before = toks[start - 1].lower
    if end < len(toks) and toks[end].lower in _LEX.causative_to and _causative_before(toks, start):
        return True  # "forcing Moscow to close a dozen airports"
    if before in (_LEX.recipient_verbs or ()) and end < len(toks) and toks[end].is_word and not toks[end].is_cap:
        return True  # "to give Kyiv the long-range weapons it had sought"
    if before in (_LEX.pressure_on or ()) and start > 1 and toks[start - 2].lower in (_LEX.pressure_nouns or ()):
        return True  # "to put more pressure on Moscow"
    if before in _LEX.blame_verbs:
        return end < len(toks) and toks[end].lower in _LEX.blame_for
    return before == "by" and start > 1 and toks[start - 2].lower in _LEX.agent_by_verbs


_CAUSATIVES = tuple(tuple(p.split()) for p in _LEX.causative_verbs)


def _causative_before(toks: list[Token], start: int) -> bool:
    """One of roles.toml's ``causative_verbs`` ends just before token ``start`` ("forcing", "called on")."""
    lows = list(map(LOWER_OF, toks[max(0, start - 3):start]))
    return any(len(p) <= len(lows) and tuple(lows[len(lows) - len(p):]) == p for p in _CAUSATIVES)


#: The capitals' regions ("UA-30"): of the city-regions, those a country is governed from.
_CAPITAL_CODES = frozenset(_LEX.capitals.values())


def _is_capital(toks: list[Token], start: int, end: int) -> bool:
    """The name ``toks[start:end]`` is a country's capital ("Kyiv", "Moscow")."""
    return _LEX.city_regions.get(normalize(" ".join(map(TEXT_OF, toks[start:end])))) in _CAPITAL_CODES


def _seat_of(toks: list[Token], k: int, opens: bool = False) -> bool:
    """"In Moscow, the Russian Defence Ministry said ...": the capital is where a national body
    that speaks sits, named (an actor phrase) before its verb, within the clause from token ``k``."""
    words: list[str] = []
    for tok in toks[k:]:
        if tok.lower in _LEX.actor_followers and words and words[-1] in _LEX.seat_nationals \
                and set(words[:-1]) <= {"the"} and opens:
            return True  # "In Moscow, Russian authorities said" opening the sentence
        if tok.text in _POSSESSIVES and len(words) > 1 and words[-1] in (_LEX.seat_countries or ()) \
                and words[-2] in (_LEX.seat_of or ()):
            return True  # "In Kyiv, Andriy Kovalenko of Ukraine's National Security Council said"
        if tok.lower in _LEX.actor_followers or not tok.is_word:
            break
        words.append(tok.lower)
    return any(pair in _ACTOR_PHRASES for pair in zip(words, words[1:]))


def is_agent(toks: list[Token], start: int, end: int) -> bool:
    """"another Kiev attack", "a Kyiv attempt": a capital as the one who attacks, not where."""
    if start > 0 and toks[start - 1].lower in _LEX.agent_determiners \
            and end < len(toks) and toks[end].lower in _LEX.agent_nouns:
        return True
    return _possessive_agent(toks, start, end)


_AGENT_GAP = 3  # lower-case words between a capital's possessive and its attack ("surprise drone")


def _possessive_agent(toks: list[Token], start: int, end: int) -> bool:
    """"Kyiv's surprise drone attack on military airfields": a city of its own standing whose attack on
    something else it is (not "Kyiv's heaviest attack", which Kyiv suffered)."""
    if end >= len(toks) or toks[end].text not in _POSSESSIVES \
            or normalize(" ".join(map(TEXT_OF, toks[start:end]))) not in _LEX.city_regions:
        return False
    modified = False  # "Kyiv's most successful cross-border strikes": the attacker with no "on" after
    for k in range(end + 1, min(end + 2 + _AGENT_GAP, len(toks) - 1)):
        if toks[k].lower in _LEX.agent_own_nouns:
            return True  # "since Moscow's full-scale invasion"
        if toks[k].lower in _LEX.agent_nouns:
            return modified or toks[k + 1].lower in ("on", "against")
        if not toks[k].is_word or toks[k].is_cap:
            return False
        modified = modified or toks[k].lower in _LEX.agent_modifiers
    return False


def is_organisation(toks: list[Token], end: int, start: int = 0) -> bool:
    """"Kyiv Post", "The Moscow Times", "the Azov brigade", "the Druzhba pipeline", "the 'Luch' substation": a
    place's name inside a newspaper's, club's, military unit's, pipeline's or quoted facility's name."""
    return end < len(toks) and (toks[end].is_cap and toks[end].lower in _LEX.organisation_words
                                or toks[end].lower in _LEX.unit_words or _names_line(toks, end)
                                or _quoted_facility(toks, start, end))


def _quoted_facility(toks: list[Token], start: int, end: int) -> bool:
    """"the 'Luch' substation": the name at ``toks[start:end]`` stands between quote marks (clauses.toml
    ``quote_marks``) before one of ``quoted_name_nouns`` (maybe after a material or "power"): a facility's name.

    Parameters
    ----------
    toks : list of Token
        The sentence's tokens.
    start, end : int
        The name's token span.

    Returns
    -------
    bool
        True where the name is the quoted name of a facility.
    """
    if not start or toks[start - 1].text not in _LEX.quote_marks or toks[end].text not in _LEX.quote_marks:
        return False
    k = end + 1
    if k < len(toks) and (toks[k].lower in _LEX.line_materials or toks[k].lower == "power"):
        k += 1
    return k < len(toks) and toks[k].lower in _LEX.quoted_name_nouns


def _names_line(toks: list[Token], end: int) -> bool:
    """"the Druzhba oil pipeline": the name is a pipeline's (``line_words``, maybe after one of
    ``line_materials``), not a place where anything happened."""
    k = end + 1 if toks[end].lower in _LEX.line_materials else end
    return k < len(toks) and toks[k].lower in _LEX.line_words


def is_alert(text: str, kind: Kind) -> bool:
    """A sentence about an air-raid alert, sirens or flights that tells no incident: "An air-raid
    alert was declared in Kyiv over the threat of a missile attack"."""
    if not _ALERT.search(text):
        return False
    return kind is Kind.OTHER or event_kind(_THREAT.sub(" ", text))[0] is Kind.OTHER


def sentence_roles(located: list[tuple[int, int]], alert: bool) -> Roles:
    """The names of a sentence that tells no incident: where an alert was declared (``alert``),
    or places a geography sentence relates ("Oryol Oblast borders the Kursk region")."""
    role, rule = (Role.ALERT, _ALERT_RULE.id) if alert else (Role.REFERENCE, _GEOGRAPHY_RULE.id)
    return {m: (role, rule) for _, m in located}


def description_roles(text: str, toks: list[Token], located: list[tuple[int, int]]) -> Roles:
    """Names in a clause describing a place ("the Smolensk region, which lies between Minsk and
    Moscow") are references, not where something happened, unless the clause tells an incident.

    ``text`` is the report's text, ``located`` the ``(token, mention)`` pairs of the sentence.
    """
    zones: list[tuple[int, int]] = []
    if words_of(toks).isdisjoint(_OPENERS):
        return {}
    for i, tok in enumerate(toks):
        if tok.lower in _OPENERS and i > 0 and toks[i - 1].text in _DESCRIPTION_AFTER:
            j = i + 1
            while j < len(toks) and toks[j].text not in _DESCRIPTION_STOPS and not toks[j].is_number:
                j += 1
            if event_kind(text[tok.start:toks[j - 1].end])[0] is Kind.OTHER:
                zones.append((i, j))
    return {m: (Role.REFERENCE, _DESCRIPTION.id) for t, m in located if any(a <= t < b for a, b in zones)}


_ROUTE = _LEX.rule("role.reference.route")
_ROUTE_LINKS = frozenset(_ROUTE["links"])


def route_roles(toks: list[Token], located: list[tuple[int, int]], mentions: list[Mention]) -> Roles:
    """Names joined by a dash with no space on either side ("the Kyiv–Sumy train", "train No. 143 Sumy–Lviv") are a
    route's ends (roles.toml ``role.reference.route``), not where anything happened.

    Parameters
    ----------
    toks : list of Token
        The sentence's tokens.
    located : list of (int, int)
        The sentence's (token, mention) pairs.
    mentions : list of Mention
        The report's mentions.

    Returns
    -------
    Roles
        A reference role for each name at either end of such a dash.
    """
    if words_of(toks).isdisjoint(_ROUTE_LINKS):
        return {}
    spans = sorted((t, _token_end(toks, t, mentions[m].end), m) for t, m in located)
    out: Roles = {}
    for (_, end, m), (start, _, m2) in zip(spans, spans[1:]):
        if start == end + 1 and toks[end].text in _ROUTE_LINKS and toks[end - 1].end == toks[end].start \
                and toks[end].end == toks[start].start:
            out[m] = out[m2] = (Role.REFERENCE, _ROUTE.id)
    return out


_VESSEL = _LEX.rule("role.reference.vessel")
_VESSEL_NOUNS = frozenset(_VESSEL["nouns"])


def vessel_names(toks: list[Token]) -> set[str]:
    """The names a sentence writes right after a vessel's noun ("the landing ship Novocherkassk"), lower-cased
    (roles.toml ``role.reference.vessel``)."""
    if words_of(toks).isdisjoint(_VESSEL_NOUNS):
        return set()
    return {toks[i + 1].lower for i in range(len(toks) - 1)
            if toks[i].lower in _VESSEL_NOUNS and toks[i + 1].text[:1].isupper()}


def vessel_roles(toks: list[Token], located: list[tuple[int, int]], names: set[str]) -> Roles:
    """Names the report told before as a vessel's (``names``), written again after an article alone ("the air force
    attacked the Novocherkassk"), are references: a ship, not a town (acc55-en-111)."""
    if not names:
        return {}
    return {m: (Role.REFERENCE, _VESSEL.id) for t, m in located
            if t > 0 and toks[t].lower in names and toks[t - 1].lower in _VESSEL["articles"]}


_EARLIER_DAY = _LEX.rule("role.reference.earlier_day")
_WHEREABOUTS = _LEX.rule("role.reference.origin_whereabouts")
_NEAR_WORDS = [w.split() for w in _WHEREABOUTS["near"]]
_NEAR_FIRST = frozenset(w[0] for w in _NEAR_WORDS)


def origin_whereabouts_roles(text: str, toks: list[Token], located: list[tuple[int, int]],
                             mentions: list[Mention]) -> Roles:
    """Names told after an origin and a comma as where it lies ("launched from Primorsko-Akhtarsk, in the
    south-west of Russia and very near the Crimean peninsula") are references, when nothing happens between."""
    if words_of(toks).isdisjoint(_NEAR_FIRST):
        return {}
    origin = _first_origin(toks, mentions)
    if origin is None:
        return {}
    first = next(j for j, tok in enumerate(toks) if tok.start >= origin)
    comma = next((j for j in range(first + 1, len(toks)) if toks[j].text == ","), None)
    if comma is None:
        return {}
    out: Roles = {}
    for t, m in located:
        if t <= comma or mentions[m].role is not Role.LOCATION or not _near_before(toks, t) \
                or any(tok.text in _WHEREABOUTS["stops"] for tok in toks[comma:t]):
            continue
        if event_kind(text[toks[comma].end:toks[t].start])[0] is Kind.OTHER:
            out[m] = (Role.REFERENCE, _WHEREABOUTS.id)
    return out


def _first_origin(toks: list[Token], mentions: list[Mention]) -> int | None:
    """Where the sentence's first origin starts (a text offset), looking back over the mentions added last only."""
    first = None
    for mm in reversed(mentions):
        if mm.start < toks[0].start:
            break
        if mm.role is Role.ORIGIN and mm.start < toks[-1].end:
            first = mm.start
    return first


def _near_before(toks: list[Token], t: int) -> bool:
    """One of the near words ends within the window before token ``t`` (past "the")."""
    lows = [tok.lower for tok in toks[max(0, t - _WHEREABOUTS["window"] - 1):t]]
    return any(lows[k:k + len(w)] == w for w in _NEAR_WORDS for k in range(len(lows) - len(w) + 1))


def earlier_day_roles(toks: list[Token], located: list[tuple[int, int]]) -> Roles:
    """Names in a clause about an earlier day's attack ("..., after Friday morning's drone attack that cut
    power in Sevastopol", "After a failed strike on Moscow in August, ...") are references, not places of the
    sentence's incident."""
    if words_of(toks).isdisjoint(_EARLIER_DAY["openers"]):
        return {}
    end = _earlier_month_clause(toks)
    if end:
        return {m: (Role.REFERENCE, _EARLIER_DAY.id) for t, m in located if t < end}
    for i in range(len(toks) - 2):
        if toks[i].lower in _EARLIER_DAY["openers"] and i > 2 and toks[i - 1].lower in _EARLIER_DAY["days"]:
            end = next((j for j in range(i, len(toks)) if toks[j].text in _EARLIER_DAY["stops"]), len(toks))
            return {m: (Role.REFERENCE, _EARLIER_DAY.id) for t, m in located if i < t < end}  # "a day after"
        if toks[i].lower not in _EARLIER_DAY["openers"] or toks[i + 1].lower not in _LEX.weekdays:
            continue
        k = i + 2 + (toks[i + 2].lower in _EARLIER_DAY["parts"])
        if k < len(toks) and toks[k].text in _EARLIER_DAY["possessives"]:
            end = next((j for j in range(k, len(toks)) if toks[j].text in _EARLIER_DAY["stops"]), len(toks))
            return {m: (Role.REFERENCE, _EARLIER_DAY.id) for t, m in located if i < t < end}
    return {}


_QUALIFIERS = frozenset(_LEX.month_qualifiers)


def _earlier_month_clause(toks: list[Token]) -> int:
    """Where a clause opening the sentence with an opener ends ("After a failed drone strike on Moscow in August,"),
    when it dates its attack to an earlier month (roles.toml earlier_day ``month_in``); else 0.

    Parameters
    ----------
    toks : list of Token
        The sentence's tokens.

    Returns
    -------
    int
        The token of the comma that ends the clause, or 0.
    """
    first = next((k for k, tok in enumerate(toks) if tok.is_word), len(toks))
    if first >= len(toks) or toks[first].lower not in _EARLIER_DAY["openers"]:
        return 0
    dated = False
    for k in range(first + 1, len(toks) - 1):
        low = toks[k].lower
        if toks[k].text == "," or low in _EARLIER_DAY["stops"]:
            return k if dated and toks[k].text == "," else 0
        j = k + 1 + (low in _EARLIER_DAY["month_in"] and toks[k + 1].lower in _QUALIFIERS)
        dated = dated or (j < len(toks) and low in _EARLIER_DAY["month_in"] and toks[j].lower in _LEX.months
                          and not (j + 1 < len(toks) and toks[j + 1].is_number))
    return 0


def assign_roles(mentions: list[Mention], toks: list[Token], located: list[tuple[int, int]]) -> Roles:
    """The roles the words around names give them: "launched from the Kursk region" (origin),
    "heading for Moscow" (direction), "the airports of Kazan" (airport), "north of Moscow"
    (reference), "Belgorod Governor" (title) ...

    A role told before the first name of a list passes to the rest ("launched from the Bryansk
    region, Millerovo and Crimea" are all origins); one told after the last passes back ("the Kazan
    and Samara airports"). A region in an official's title keeps the role ``title``, for the
    counting stage to use only when nothing else places the incident.
    """
    if not located:
        return {}
    lows = list(map(LOWER_OF, toks))
    spans = [(t, _token_end(toks, t, mentions[m].end), m) for t, m in located]
    out: Roles = {}
    groups = _lists(toks, lows, spans)
    named = frozenset(t for t, _ in located)
    for group in groups:
        inherited = None
        told: list[tuple[tuple[Role, str] | None, bool]] = []
        for k, (s, e, m) in enumerate(group):
            if k > 1 and told[-1][1] and _one_point(inherited, lows[group[k - 2][1]:group[k - 1][0]],
                                                    lows[group[k - 1][1]:s]):
                inherited = None
            own = _prefix_role(toks, lows, s, named)
            if own and own[0] is Role.DIRECTION and mentions[m].kind is MentionKind.REGION \
                    and _attempt_before(lows, s):
                own = None  # "tried to attack the Kursk region": it was over the region
            if own and own[0] is Role.DIRECTION and _coast_approached(lows, s, e):
                own = None  # "as they neared the Odesa coastline": over the region's own edge
            if own and own[0] is Role.AIRPORT and mentions[m].kind is MentionKind.REGION \
                    and not _AIRPORT_HIT_WORDS.isdisjoint(lows):
                own = None  # "an airport in the Pskov region had been hit": struck there
            inherited = own or inherited
            told.append((inherited, own is not None))
            if own and own[0] is Role.SEA and _sea_named(lows, s):
                inherited = None  # "the Sea of Azov and the Kursk region": the sea is one item of the list
        after = _suffix_role(lows, group[-1][1])
        if after and after[0] is Role.AIRPORT and _airport_struck(lows, group[-1][1]):
            after = None  # "Odesa airport, which the governor said had been hit by a missile": struck there
        for (s, e, m), (role, has_own) in zip(group, told):
            title = _title_role(mentions[m], lows, s, e)
            # a name's own title outranks a role passed along the list ("..., Belgorod region governor")
            role = (role if has_own or not title else title) or after or title or _distance(lows, s)
            if role:
                out[m] = role
    _possessor_of_airports(groups, lows, out)
    _region_of_direction(groups, lows, mentions, out)
    return out


def _one_point(role: tuple[Role, str] | None, before: list[str], after: list[str]) -> bool:
    """A compass point's reference set off by commas is one name: "over the Tver region, north-west of Moscow, and
    the Ivanovo region" (Ivanovo is where it happened; the words ``before`` and ``after`` the reference's name both
    hold a comma), not "north of the Sumy, Kharkiv and Poltava regions", "Yaroslavl, northeast of Moscow and Tula"."""
    return role is not None and role[1] == _DIRECTION.id and "," in before and "," in after


def _airport_struck(lows: list[str], end: int) -> bool:
    """One of role.airport.after's ``struck_words`` stands within ``struck_window`` tokens after the name that ends
    at token ``end`` and its airport word: the airport was struck, so the town is where it happened.

    Parameters
    ----------
    lows : list of str
        The sentence's tokens, lower case.
    end : int
        The token after the name (the airport word).

    Returns
    -------
    bool
        True where the airport is told struck.
    """
    words = frozenset(_AIRPORT_STRUCK["struck_words"])
    return not words.isdisjoint(lows[end:end + int(_AIRPORT_STRUCK["struck_window"])])


def _region_of_direction(groups: list[list[tuple[int, int, int]]], lows: list[str], mentions: list[Mention],
                         out: Roles) -> None:
    """"fired in the direction of Kryvyi Rih in Dnipropetrovsk Oblast": the region a direction's town is said to lie
    in (``in`` and the region, the town's region hint) is part of the aim, not where something happened; but not
    after a city that is a region of its own ("heading for Moscow in the Kaluga region were shot down": there)."""
    for prev, nxt in zip(groups, groups[1:]):
        e, m = prev[-1][1], prev[-1][2]
        region = nxt[0][2]
        role = out.get(m)
        if role and role[0] is Role.DIRECTION and region not in out and lows[e:nxt[0][0]] in (["in"], ["in", "the"]) \
                and mentions[region].kind is MentionKind.REGION \
                and mentions[m].region_hint == mentions[region].region_code \
                and normalize(mentions[m].text) not in _LEX.city_regions:
            out[region] = role


def _possessor_of_airports(groups: list[list[tuple[int, int, int]]], lows: list[str], out: Roles) -> None:
    """"Moscow's Domodedovo and Zhukovsky airports": the city whose airports they are shares their role."""
    for prev, nxt in zip(groups, groups[1:]):
        e, m = prev[-1][1], prev[-1][2]
        role = out.get(nxt[-1][2])
        if m not in out and role and role[0] is Role.AIRPORT and e + 1 == nxt[0][0] and lows[e] in _POSSESSIVES:
            out[m] = role


def _compass_of(lows: list[str], s: int) -> bool:
    """A compass point and "of" stand before the name at token ``s`` ("northeast of Moscow", "west of the
    Russian capital", "north of Ukraine's Sumy and Kharkiv oblasts"), not after "the" ("in the north of Zhytomyr
    region")."""
    d = s - 2 if s > 1 and lows[s - 1] in _POSSESSIVES and lows[s - 2] in _COUNTRY_CUES else s
    d -= 1 if d > 0 and lows[d - 1] in _TITLE_AFTER_ARTICLES else 0
    return d > 1 and lows[d - 1] in _DIRECTION_OF and lows[d - 2] in _DIRECTION_DIRECTIONS \
        and (d < 3 or lows[d - 3] not in _DIRECTION_NOT_AFTER)


def _sea_named(lows: list[str], s: int) -> bool:
    """The name at token ``s`` is a sea's own ("the Sea of Azov"), not a coast the sea cue passes to."""
    return s > 1 and lows[s - 1] == "of" and lows[s - 2] in _SEA_WORDS


def _attempt_before(lows: list[str], s: int) -> bool:
    """One of ``attempts_on_regions`` ends just before token ``s``, "the" and a compass word
    (``attempts_on_regions_skip``: "aimed at the southern Samara region") aside."""
    j = s - (1 if s and lows[s - 1] in _ATTEMPTS_SKIP else 0)
    j -= 1 if j and lows[j - 1] == "the" else 0
    return any(tuple(lows[j - len(p):j]) == p for p in _ATTEMPTS if j >= len(p))


def _coast_approached(lows: list[str], s: int, e: int) -> bool:
    """A name from token ``s`` to ``e`` comes after one of ``coast_approach`` ("nearing", with "the" between) and
    before one of ``coast_words`` ("the Odesa coastline"): the coast of the place itself.

    Parameters
    ----------
    lows : list of str
        The sentence's tokens, lower case.
    s, e : int
        Where the name starts and where it ends (exclusive).

    Returns
    -------
    bool
        Whether the words around the name tell a coast neared.
    """
    j = s - (1 if s and lows[s - 1] == "the" else 0)
    return bool(j) and lows[j - 1] in _COAST_APPROACH and e < len(lows) and lows[e] in _COAST_WORDS


def _prefix_role(toks: list[Token], lows: list[str], s: int, named: frozenset[int] = frozenset()) \
        -> tuple[Role, str] | None:
    """The role the words before a name at token ``s`` give it, and the rule's id (``named``: where the
    sentence's place names start; a direction reaches over none of them)."""
    if _compass_of(lows, s):
        return Role.REFERENCE, _DIRECTION.id  # "Yaroslavl, northeast of Moscow", "west of the Russian capital"
    j = s
    if j > 0 and toks[j - 1].text in _ORIGIN_BRACKETS:  # "from Cape Chauda (Crimea)": the bracket explains
        j -= 1
        while j > 0 and s - j < _ORIGIN_BRACKET_WORDS and toks[j - 1].is_word and toks[j - 1].is_cap:
            j -= 1
    skipped = False  # over other names: only origins reach that far ("from Chauda in occupied Crimea")
    landmark = True  # or a direction over one name in a place ("aimed at the Kremlin in Moscow")
    comma = False  # a point of reference is one name: "on the border with Ukraine, and the Oryol region"
    while True:
        role = _role_ending_at(lows, j)
        if role or j == 0 or s - j >= _LOOKBACK:
            if role is Role.REFERENCE and comma:
                return None
            over = role in _OVER_NAMES or (role is Role.DIRECTION and landmark)
            return (role, _PREFIX_RULE[role]) if role and (over or not skipped) else None
        if lows[j] in _COUNT_CLAUSE_AFTER and _count_clause_at(toks, lows, j - 1):  # (its gate, without the call)
            return None  # "five over the Azov Sea, four over the Kursk Region": a count's own clause
        if lows[j - 1] in _FILLERS:
            comma = comma or lows[j - 1] == ","
            j -= 1
        elif j > 1 and lows[j] in _ORIGIN_NAME_LINKS and toks[j - 1].is_cap:
            landmark = landmark and not skipped and lows[j] in _LANDMARK_LINKS
            j = _skip_name(toks, lows, j, s)
            landmark = landmark and j not in named
            if j < 0:
                return None
            skipped = True
        else:
            return None


def _skip_name(toks: list[Token], lows: list[str], j: int, s: int) -> int:
    """The token where the capitalised name ending before link word ``j`` starts, for a cue to reach over
    it to the name at ``s``; -1 where the name is a sea of its own, an item of a list."""
    if lows[j - 1] in _SEA_WORDS:  # "the Sea of Azov, the Black Sea and Russia's Bryansk region"
        return -1  # a sea of its own is an item of a list, not a name the cue reaches over
    link = lows[j]
    while j > 0 and s - j < _LOOKBACK and toks[j - 1].is_cap:
        j -= 1
    # "the Sea of Azov and the Kursk region" (not "the Sea of Azov near Crimea")
    return -1 if link in _LIST_LINKS and _sea_named(lows, j) else j


def _count_clause_at(toks: list[Token], lows: list[str], k: int) -> bool:
    """A number of objects opening a clause at token ``k`` ("four over the Kursk Region"): the
    role of a name told before it does not pass to the names after it."""
    return k + 1 < len(lows) and lows[k + 1] in _COUNT_CLAUSE_AFTER and number_at(toks, k) is not None


def _role_ending_at(lows: list[str], j: int) -> Role | None:
    """The role of a cue phrase that ends just before token ``j``."""
    if j == 0 or lows[j - 1] not in _PREFIX_BY_LAST:
        return None
    role = _PREFIX_ONE.get(lows[j - 1])  # unless a longer phrase ends here
    for longer, phrase in _PREFIX_BY_LAST_TWO.get((lows[j - 2], lows[j - 1]), ()) if j > 1 else ():
        n = len(phrase)
        if j >= n and lows[j - n:j] == phrase:
            role = longer
            break
    if role is Role.ORIGIN and j > 1 and lows[j - 2] in _DISTANCE_UNITS:
        return None  # "10 km from Kupiansk" is where it happened
    return role


def _distance(lows: list[str], s: int) -> tuple[Role, str] | None:
    """"10 km from Kupiansk": where it happened, not an origin; "172 km from Moscow": a point of reference."""
    j = s
    while j > 0 and s - j < _LOOKBACK and lows[j - 1] in _FILLERS:
        j -= 1
    if not j or lows[j - 1] not in _ORIGIN_LAST:
        return None  # no origin phrase ends here
    for phrase in _ORIGIN_PHRASES:
        n = len(phrase)
        if j > n and tuple(lows[j - n:j]) == phrase and lows[j - n - 1] in _DISTANCE_UNITS:
            return (Role.REFERENCE if _far(lows, j - n - 1) else Role.LOCATION), _DISTANCE.id
    return None


def _far(lows: list[str], unit: int) -> bool:
    """The distance before the unit at ``unit`` is beyond ``reference_beyond`` ("172 km") or a count word's
    ("hundreds of kilometres")."""
    if unit > 0 and lows[unit - 1].isdigit():
        return int(lows[unit - 1]) > _DISTANCE_REFERENCE_BEYOND
    return unit > 1 and lows[unit - 1] in _DISTANCE_FAR_OF and lows[unit - 2] in _DISTANCE_FAR_COUNTS


def _suffix_role(lows: list[str], e: int) -> tuple[Role, str] | None:
    """The role the words after a name ending at token ``e`` give it: "Kazan and Samara airports"."""
    for phrase, role in _SUFFIXES_BY_FIRST.get(lows[e], ()) if e < len(lows) else ():
        if tuple(lows[e:e + len(phrase)]) == phrase:
            return role, _SUFFIX_RULE[role]
    return None


def _title_role(mm: Mention, lows: list[str], s: int, e: int) -> tuple[Role, str] | None:
    """"Belgorod Governor ...", "the governor of the Kursk region", "Moscow Mayor ...": a region or
    city in an official's title."""
    if mm.cue is Cue.AUTHORITY:  # "Bryansk regional governor"
        return Role.TITLE, mm.rule
    j = e + (1 if e < len(lows) and lows[e] in _POSSESSIVES else 0)
    while j < len(lows) and j - e < 3 and lows[j] in _LEX.title_between:  # "Kyiv City Military Administration"
        j += 1
    if j < len(lows) and lows[j] in _TITLE_WORDS:
        return Role.TITLE, _TITLE_AFTER.id
    k = s - (1 if s and lows[s - 1] in _COUNTRY_CUES and lows[s - 1] not in _LEX.country_names else 0)
    k -= 1 if k and lows[k - 1] in _TITLE_AFTER_ARTICLES else 0  # "the mayor of the Russian capital"
    if k >= 2 and lows[k - 1] in _TITLE_AFTER_OF and lows[k - 2] in _TITLE_WORDS:
        return Role.TITLE, _TITLE_AFTER.id
    return None


def _token_end(toks: list[Token], start: int, char_end: int) -> int:
    """Index after the last token of a mention starting at token ``start``."""
    j = start
    while j < len(toks) and toks[j].end <= char_end:
        j += 1
    return j


def _lists(toks: list[Token], lows: list[str], spans: list[tuple[int, int, int]]) -> list[list[tuple[int, int, int]]]:
    """Mentions grouped into the lists they form: only list links, region words and bracketed names
    ("Nizhny Novgorod (Strigino), Kaluga (Grabtsevo)") between them, or an apposition ("Primorsko-
    Akhtarsk, a town in Krasnodar Krai")."""
    groups: list[list[tuple[int, int, int]]] = []
    for span in spans:
        if groups:
            between = _unbracketed(toks, groups[-1][-1][1], span[0])
            if between and (all(w in _LIST_LINKS or w in _REGION_WORDS for w in between)
                            or (between[0] == "," and all(w in _APPOSITION for w in between))
                            or _item_described(between) or _in_its_region(between, lows, groups[-1][-1], span)):
                groups[-1].append(span)
                continue
        groups.append([span])
    return groups


def _in_its_region(between: list[str], lows: list[str], before: tuple[int, int, int],
                   span: tuple[int, int, int]) -> bool:
    """"Primorsko-Akhtarsk in the southern Krasnodar Krai": a place, "in", fillers ("the", "southern") and a region
    ending in its region word: the region says where the item before it lies, so it is of that item's list; not
    after a city that is a region of its own ("heading for Moscow in the Kaluga region": where the drones were)."""
    if between[0] != "in" or not all(w in _APPOSITION or w in _FILLERS for w in between):
        return False
    before_name = normalize(" ".join(lows[before[0]:before[1]]))
    return lows[span[1] - 1] in _REGION_WORDS and before_name not in _LEX.city_regions


def _item_described(between: list[str]) -> bool:
    """"the Kursk region and Russia's port town of Primorsko-Akhtarsk": a list link, then words that describe
    the next item (apposition words, role fillers) ending in "of"."""
    return len(between) > 2 and between[-1] == "of" and any(w in _LIST_LINKS for w in between[:1]) \
        and all(w in _LIST_LINKS or w in _APPOSITION or w in _FILLERS for w in between)


def _unbracketed(toks: list[Token], start: int, end: int) -> list[str]:
    """Lower-case words from ``start`` to ``end``, less brackets holding only capitalised words."""
    out: list[str] = []
    j = start
    while j < end:
        if toks[j].text in _ORIGIN_BRACKETS:
            k = j + 1
            while k < end and toks[k].is_cap:
                k += 1
            if k < end and k > j + 1 and toks[k].text == ")":
                j = k + 1
                continue
        out.append(toks[j].lower)
        j += 1
    return out


def country_cues(toks: list[Token], taken: list[bool]) -> dict[str, float]:
    """Countries a sentence places things in (``code -> weight``): full weight where the country
    is a place ("in Ukraine", "Russia's Kursk region", "Ukrainian city", "of the Ukrainian Army"),
    a third where it may only be who acted ("Russia targeted", "Russian forces"). Tokens already
    ``taken`` (people's names) are skipped."""
    cues: dict[str, float] = {}
    if words_of(toks).isdisjoint(_CUE_FIRST):
        return cues
    for j, tok in enumerate(toks):
        if not tok.is_word or taken[j] or tok.lower not in _CUE_FIRST:
            continue
        low = tok.lower
        two = f"{low} {toks[j + 1].lower}" if j + 1 < len(toks) else ""
        for key in (two, low):
            if key in _COUNTRY_CUES:
                weight = _LEX.country_name_weight if key in _LEX.country_names else _LEX.demonym_weight
                end = j + len(key.split())
                before = toks[j - 1].lower if j else ""
                before2 = toks[j - 2].lower if j > 1 else ""
                after = toks[end].lower if end < len(toks) else ""
                named = False  # "Russia's Kursk region", "Ukraine's Kharkiv"
                if after in _POSSESSIVES and end + 1 < len(toks):
                    nxt = toks[end + 1]
                    after = nxt.lower
                    named = nxt.is_word and nxt.is_cap and nxt.lower not in _LEX.all_stopwords
                prepositions = _LEX.place_prepositions
                place = (before in prepositions or (before in _LEX.place_articles and before2 in prepositions)
                         or after in _LEX.place_nouns or after in _LEX.region_words or named)
                if not place and _fired_by(key, after):
                    break  # "Russian missiles hit Pokrovsk": who fired, no country of the place
                weight = weight if place else weight / _LEX.actor_divisor
                cc = _LEX.country_cues[key]
                cues[cc] = max(cues.get(cc, 0.0), weight)
                break
    return cues


def _fired_by(key: str, after: str) -> bool:
    """Whether a demonym ``key`` stands right before an object noun (objects.toml ``object_nouns``: "Russian
    missiles", "a Ukrainian drone"): it names who fired the object, never the country of the place it hit.

    Parameters
    ----------
    key : str
        The country cue, lower case.
    after : str
        The word after it, lower case.

    Returns
    -------
    bool
        True for a demonym before an object noun.
    """
    return key not in _LEX.country_names and after in _LEX.object_nouns

