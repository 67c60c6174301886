"""What the extraction hands to the later stages: mentions, events, and the words they are typed by.

The enums are ``str`` subclasses whose value is the word written to the output files, so
``Kind.STRIKE == "strike"`` and a CSV shows ``strike``.
"""

from __future__ import annotations

from collections.abc import Callable, Container
from dataclasses import MISSING, dataclass, field, fields
from operator import attrgetter
from typing import Any, ClassVar, Protocol, TypeVar

from .._enums import StrEnum
from ..reports import Report


_D = TypeVar("_D")
#: Per dataclass, a getter of all its fields' values in order, and each field's place among them (:func:`replaced`).
_FIELDS: dict[type, tuple[Callable[[Any], tuple], dict[str, int]]] = {}


def replaced(obj: _D, **changes: Any) -> _D:
    """:func:`dataclasses.replace` without its checks and its loop over the fields in Python: a copy of the dataclass
    ``obj`` with ``changes``, made by its ``__init__`` from every field's value in order. Only for dataclasses whose
    fields are all ``__init__``'s (no ``init=False``, no ``InitVar``) and of two fields or more.

    Parameters
    ----------
    obj : dataclass instance
        What is copied.
    **changes
        New values of some fields, by name.

    Returns
    -------
    The copy, of the same class.
    """
    cls = type(obj)
    got = _FIELDS.get(cls)
    if got is None:
        names = [f.name for f in fields(cls)]  # type: ignore[arg-type]
        got = _FIELDS[cls] = (attrgetter(*names), {name: k for k, name in enumerate(names)})
    values, where = got
    new = list(values(obj))
    for name, value in changes.items():
        new[where[name]] = value
    return cls(*new)


def _quick_init(cls: type[_D]) -> type[_D]:
    """Gives the frozen, slotted dataclass ``cls`` an ``__init__`` that sets each field through its slot's own setter
    (one C call a field) instead of the one dataclasses writes, which looks ``object.__setattr__`` up for every field:
    the same parameters and defaults, the same instance, in about two thirds of the time (a report makes dozens).

    Parameters
    ----------
    cls : type
        A ``@dataclass(frozen=True, slots=True)`` whose fields all have a plain default or none.

    Returns
    -------
    type
        ``cls``, its ``__init__`` replaced.
    """
    names = {"_set_" + f.name: cls.__dict__[f.name].__set__ for f in fields(cls)}  # type: ignore[arg-type]
    params = []
    for f in fields(cls):  # type: ignore[arg-type]
        if f.default_factory is not MISSING or not f.init:
            raise TypeError(f"{cls.__name__}.{f.name}: only fields with a plain default or none")
        if f.default is not MISSING:
            names["_default_" + f.name] = f.default
        params.append(f.name if f.default is MISSING else f"{f.name}=_default_{f.name}")
    body = "".join(f"\n    _set_{f.name}(self, {f.name})" for f in fields(cls))  # type: ignore[arg-type]
    exec(f"def __init__(self, {', '.join(params)}) -> None:{body}", names)  # as dataclasses writes its own
    init = names["__init__"]
    init.__qualname__, init.__annotations__ = f"{cls.__qualname__}.__init__", cls.__init__.__annotations__
    cls.__init__ = init  # type: ignore[misc]
    return cls


class Kind(StrEnum):
    """The kind of incident a sentence tells of."""

    SHOOTDOWN = "shootdown"
    DEBRIS = "debris"
    STRIKE = "strike"
    #: No trigger word: a sentence naming places, or a number without a verb.
    OTHER = "other"


class MentionKind(StrEnum):
    """What a mention names."""

    REGION = "region"  #: an admin-1 region, by name
    PLACE = "place"    #: a settlement


class Role(StrEnum):
    """What a mention is to the sentence; only locations are counted as incidents."""

    LOCATION = "location"    #: where something happened
    ORIGIN = "origin"        #: where drones or missiles came from ("launched from the Kursk region")
    REFERENCE = "reference"  #: describes another place ("northeast of Moscow", "which borders ...")
    DIRECTION = "direction"  #: where drones flew towards ("heading for Moscow")
    AIRPORT = "airport"      #: an airport's town ("flights at Kazan airport")
    SEA = "sea"              #: a sea or the coast off a region ("off the coast of Crimea")
    TIME = "time"            #: a time zone ("Moscow time")
    TITLE = "title"          #: a region or city in an official's title ("Belgorod Governor")
    ALERT = "alert"          #: where an air-raid alert was declared, with no incident told


class Cue(StrEnum):
    """Why a name was taken as a mention (the finer reason is its rule id)."""

    REGION_NAME = "region-name"  #: a whole region name: "Kaluga Oblast"
    REGION_WORD = "region-word"  #: a name and a region word: "Kaluga region", "Republic of Tatarstan", lists
    AUTHORITY = "authority"      #: a region's authority: "Bryansk governor"
    STANDALONE = "standalone"    #: a name that is the region alone: "Crimea"
    ANAPHORA = "anaphora"        #: "the region", the one named last; "the capital"; "the surrounding region"
    AROUND_CITY = "around-city"  #: "near Moscow": the region around a city that is a region of its own
    GAZETTEER = "gazetteer"      #: a name the gazetteer knows
    LIST = "list"                #: an unknown name in a list of places
    CUE_WORD = "cue-word"        #: an unknown name the text marks as a place: "the village of X", "X village"


@_quick_init
@dataclass(frozen=True, slots=True)
class Mention:
    """A place or region named in a report.

    Attributes
    ----------
    report_id : str
    text : str
        As written in the report.
    kind : MentionKind
        ``region`` (an admin-1 region by name) or ``place`` (a settlement).
    sentence : int
        Index of the sentence in the report.
    start, end : int
        Character offsets in the report text.
    cue : Cue
        Why it was taken as a mention.
    region_code : str or None
        For region mentions, the region.
    role : Role
        ``location`` (where something happened), ``origin`` (where drones or
        missiles came from: "launched from the Kursk region") or ``reference``
        (describing another place); only locations are counted as incidents.
    region_hint : str or None
        For a place, the region the text puts it in ("Derhachi, Kharkiv region").
    district : bool
        The name is a district's or community's named after a town ("the Kramatorsk district"):
        it tells the region, and must lie in the one the paragraph tells of.
    rule : str
        Id of the pattern that found it (``mapper/rules/<lang>/``): ``place.list``,
        ``region.name_and_word`` ...
    role_rule : str
        Id of the pattern that gave it its role, if any (``role.origin.from``).
    """

    report_id: str
    text: str
    kind: MentionKind
    sentence: int
    start: int
    end: int
    cue: Cue
    region_code: str | None = None
    role: Role = Role.LOCATION
    region_hint: str | None = None
    rule: str = ""
    role_rule: str = ""
    district: bool = False

    #: Id of the rule that puts a place in the region the text names with it.
    IN_REGION_RULE: ClassVar[str] = "place.in_region"

    def rules(self) -> list[str]:
        """Ids of every pattern that made this mention what it is: the finder, ``place.in_region``
        when the text put it in a region, and the role's."""
        return [r for r in (self.rule, self.IN_REGION_RULE if self.region_hint else "", self.role_rule) if r]


@_quick_init
@dataclass(frozen=True, slots=True)
class Event:
    """One incident as told in one sentence (or a number of objects within it).

    Attributes
    ----------
    kind : Kind
        ``shootdown``, ``debris``, ``strike`` or ``other``.
    count : int or None
        Number of objects, if the sentence gives one.
    object_kind : str or None
        ``drone``, ``missile``, ``bomb``, ``aircraft`` or ``boat`` (``object_kinds``
        of ``mapper/rules/<lang>/objects.toml``).
    mentions : tuple of int
        Indices into :attr:`Extraction.mentions`.
    continues : int or None
        For a sentence that names places but no incident ("the affected cities
        were ..."), the event it may elaborate on; the counting stage decides.
    aggregate : bool
        A total whose breakdown by region follows (or that is told again with its
        regions); not counted by itself.
    background : bool
        Told as background ("in recent months ..."), not as news; not counted.
    each, more, part : bool
        The count is told once for each of its places ("five each over ..."), is a further
        batch ("three more"), or is some of the number just told ("including two ...").
    elaboration : bool
        Names places and tells nothing of its own: only what it adds to the event it continues
        counts ("the affected cities were ..."); names elsewhere are no incident.
    rest : bool
        "the rest over the Oryol region": what a total told before leaves over; ``count`` is that
        difference once the total is known, else None.
    kind_rule, count_rule, status_rule : str
        Ids of the patterns that gave its kind (a trigger group, or
        ``event.places_only``), its number, and made it a total or background.
    """

    report_id: str
    index: int
    sentence: int
    kind: Kind
    count: int | None
    object_kind: str | None
    mentions: tuple[int, ...]
    text: str
    continues: int | None = None
    aggregate: bool = False
    background: bool = False
    kind_rule: str = ""
    count_rule: str = ""
    status_rule: str = ""
    each: bool = False
    more: bool = False
    part: bool = False
    elaboration: bool = False
    rest: bool = False


class NameIndex(Protocol):
    """What the extractor needs of a gazetteer: the normalised names it knows
    (:attr:`mapper.GazetteerIndex.keys`)."""

    keys: Container[str]


@dataclass
class Extraction:
    """Everything found in one report (built by :class:`mapper.Extractor`)."""

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
