"""Russian and Ukrainian word forms: lemmas from pymorphy3, cached per word form, and stem keys
that match a name in any case form ("Києві", "Київ"; "Курской", "Курская"; "Харківщині")."""

from __future__ import annotations

import re
from functools import lru_cache
from itertools import product

from ..text import normalize

#: Endings stripped from a word to find its stem (longest first), nouns and adjectives of both languages.
_ENDINGS = sorted({
    "ами", "ями", "ого", "его", "ому", "ему", "ыми", "ими", "ах", "ях", "ой", "ей", "ий", "ый", "ая", "яя", "ое",
    "ее", "ую", "юю", "ом", "ем", "ым", "им", "ых", "их", "ые", "ие", "ою", "ею", "ов", "ев", "ам", "ям", "ої",
    "ій", "ів", "ові", "еві", "єві", "ья", "ье", "ью", "ьем", "ьи", "ії", "ія", "ію",
    "а", "я", "у", "ю", "е", "є", "і", "ї", "и", "ы", "о", "ь", "й",
}, key=len, reverse=True)
#: The endings as :func:`normalize` leaves them (й -> и, ї -> і): stems are cut from normalised words.
_ENDINGS = sorted({normalize(e) for e in _ENDINGS if normalize(e)}, key=len, reverse=True)
#: The endings as a set, and their lengths, longest first: a word's ending of each length is looked up at once.
_ENDING_SET, _ENDING_LENGTHS = frozenset(_ENDINGS), sorted({len(e) for e in _ENDINGS}, reverse=True)
_ALTERNATION = re.compile(r"[оеєіи]([бвгґджзклмнпрстфхцчшщ])$")
_MIN_STEM = 3
_PERSON = frozenset({"Name", "Patr", "Surn", "name", "patr", "surn"})
_GEO = frozenset({"Geox", "geox"})


@lru_cache(maxsize=1 << 16)
def stem_word(word: str) -> str:
    """A word's stem with its last vowel folded when a single consonant ends it, so that the
    case forms of a name share it: ``Києві``, ``Київ`` and ``Києва`` give ``ки*в``."""
    low = normalize(word)
    for n in _ENDING_LENGTHS:  # the longest ending that leaves a stem long enough
        if len(low) - n >= _MIN_STEM and low[-n:] in _ENDING_SET:
            low = low[:-n]
            break
    return _ALTERNATION.sub(r"*\1", low) if len(low) > _MIN_STEM else low


@lru_cache(maxsize=1 << 16)
def stem_key(name: str) -> str:
    """Stem key of a name of one or more words (:func:`stem_word` of each)."""
    return " ".join(stem_word(w) for w in normalize(name).split())


@lru_cache(maxsize=4)
def analyzer(lang: str):
    """The pymorphy3 analyser of ``ru`` or ``uk`` (loaded once, on first use)."""
    import pymorphy3  # imported here: English-only runs never load the dictionaries

    return pymorphy3.MorphAnalyzer(lang=lang)


@lru_cache(maxsize=1 << 18)
def lemmas(word: str, lang: str) -> tuple[str, ...]:
    """The lower-case word and the normal forms of its likeliest readings."""
    low = word.lower().replace("ё", "е").replace("ʼ", "'").replace("’", "'")
    out = [low]
    for p in analyzer(lang).parse(low)[:3]:
        form = p.normal_form.replace("ё", "е").replace("ʼ", "'")
        if form not in out:
            out.append(form)
    return tuple(out)


@lru_cache(maxsize=1 << 16)
def person_word(word: str, lang: str) -> bool:
    """True if the likeliest reading of a capitalised word is a given name, patronymic or surname."""
    grams = analyzer(lang).parse(word)[0].tag.grammemes
    return bool(grams & _PERSON) and not grams & _GEO


@lru_cache(maxsize=1 << 16)
def common_word(word: str, lang: str) -> bool:
    """True if a capitalised word is most likely a dictionary word that names no place (a sentence's
    first word: "Ночью", "Сбито")."""
    p = analyzer(lang).parse(word.lower())[0]
    return p.is_known and not p.tag.grammemes & (_PERSON | _GEO)


_ONE_OBJECT_CASES = frozenset({"nomn", "accs", "gent", "ablt"})  # "вдарили дроном": one drone


@lru_cache(maxsize=1 << 14)
def singular_noun(word: str, lang: str, any_case: bool = False) -> bool:
    """True if the likeliest reading of ``word`` is a noun in the singular, as subject, object or of a
    genitive ("сбита ракета", "обломки беспилотника"), or with ``any_case`` in any case ("о другом
    беспилотнике"): one object told without a number."""
    tag = analyzer(lang).parse(word.lower())[0].tag
    return "NOUN" in tag and "plur" not in tag and (any_case or bool(tag.grammemes & _ONE_OBJECT_CASES))


@lru_cache(maxsize=1 << 14)
def singular_adjective(word: str, lang: str) -> bool:
    """True if the likeliest reading of ``word`` is an adjective in the singular ("уламки ворожого БпЛА"): the
    abbreviation after it is one object."""
    tag = analyzer(lang).parse(word.lower())[0].tag
    return "ADJF" in tag and "plur" not in tag


@lru_cache(maxsize=1 << 14)
def singular_masculine_verb(word: str, lang: str, participle: bool = True) -> bool:
    """True if the likeliest reading of ``word`` is a past verb (or, with ``participle``, a short participle) in the
    masculine singular ("упал", "сбит", "уничтожен"): an abbreviation next to it ("сбит БПЛА") is one object."""
    tag = analyzer(lang).parse(word.lower())[0].tag
    return (tag.POS == "VERB" or (participle and tag.POS == "PRTS")) and "masc" in tag and "plur" not in tag


@lru_cache(maxsize=1 << 14)
def full_participle(word: str, lang: str) -> bool:
    """True if the likeliest reading of ``word`` is a full participle ("летевших", "що летіли" has none): it opens
    a participial phrase set in commas ("самолетов, летевших в ..., ушли")."""
    return analyzer(lang).parse(word.lower())[0].tag.POS == "PRTF"


@lru_cache(maxsize=1 << 14)
def governs(verb: str, noun: str, lang: str) -> bool:
    """True if the likeliest reading of ``verb`` is an active participle that agrees with no reading of ``noun``
    ("запускавших беспилотник", "запускавшего дрон"): the noun is its object, not the one who acts."""
    tags = [p.tag for p in analyzer(lang).parse(verb.lower())[:4] if p.tag.POS == "PRTF"]
    if not tags or "actv" not in tags[0].grammemes:
        return False
    nouns = [p.tag for p in analyzer(lang).parse(noun.lower())[:4] if p.tag.POS == "NOUN"]
    return bool(nouns) and not any(
        t.number == n.number and t.case == n.case and (t.case != "accs" or t.animacy in (None, n.animacy))
        for t in tags for n in nouns)


@lru_cache(maxsize=1 << 14)
def noun_or_adjective(word: str, lang: str) -> bool:
    """True if the likeliest reading of ``word`` is a noun or a full adjective ("будинки", "приватних"):
    a number before it counts those, not the objects named earlier."""
    tag = analyzer(lang).parse(word.lower())[0].tag
    return "NOUN" in tag or "ADJF" in tag


@lru_cache(maxsize=1 << 14)
def plural_adjective(word: str, lang: str) -> bool:
    """True if the likeliest reading of ``word`` is a full adjective in the plural ("ударними", "ворожими"): the
    abbreviation after it ("ударними БпЛА") is many objects, no one."""
    tag = analyzer(lang).parse(word.lower())[0].tag
    return "ADJF" in tag and "plur" in tag


@lru_cache(maxsize=1 << 14)
def genitive_noun(word: str, lang: str) -> bool:
    """True if the likeliest reading of ``word`` is a noun or a full adjective in the genitive ("регіону",
    "окупованого"): a word that a noun before it governs ("столиці регіону"), not one of the clause
    ("столицю ударними дронами", "столиці уламки")."""
    tag = analyzer(lang).parse(word.lower())[0].tag
    return ("NOUN" in tag or "ADJF" in tag) and "gent" in tag


@lru_cache(maxsize=1 << 14)
def plural_subject(word: str, lang: str) -> bool:
    """True if ``word`` can be a noun in the nominative plural ("Ракети летіли ...", also a genitive singular)."""
    return any("NOUN" in p.tag and "plur" in p.tag and "nomn" in p.tag for p in analyzer(lang).parse(word.lower())[:3])


_OBLIQUE = frozenset({"gent", "datv", "accs", "ablt", "loct", "loc2", "gen2"})


@lru_cache(maxsize=1 << 16)
def place_lemma(word: str, lang: str) -> str | None:
    """The dictionary form of a place name the likeliest reading of which is in an oblique case ("Уфе": уфа,
    "Львове": львов, "Ростове-на-Дону": ростов-на-дону), else None: the town before a village spelt like
    the inflected form."""
    head, sep, rest = word.lower().partition("-")
    p = analyzer(lang).parse(head)[0]
    if not p.tag.grammemes & _GEO or not p.tag.grammemes & _OBLIQUE or p.normal_form == head:
        return None
    return p.normal_form.replace("ё", "е") + sep + rest


_PLURAL_OBLIQUE = frozenset({"gent", "datv", "ablt", "loct"})  # not "accs": the same as the nominative


@lru_cache(maxsize=1 << 14)
def plural_nominative(word: str, lang: str) -> str | None:
    """The nominative plural of a word whose likeliest reading is a plural in an oblique case ("Шахтах":
    шахты, "Лисками": лиски), else None: a town's plural name before the village of its singular."""
    p = analyzer(lang).parse(word.lower())[0]
    if "plur" not in p.tag.grammemes or not p.tag.grammemes & _PLURAL_OBLIQUE:
        return None
    form = p.inflect({"nomn", "plur"})
    return form.word.replace("ё", "е") if form is not None else None


@lru_cache(maxsize=1 << 14)
def nominative_phrases(words: tuple[str, ...], lang: str) -> tuple[str, ...]:
    """A name of several words put in the nominative: each word inflected in its own gender ("Белой Церкви":
    белая церковь), then the dictionary forms of its likelier readings together ("Кривому Рогу": кривий ріг)."""
    readings = [analyzer(lang).parse(word.lower())[:4] for word in words]
    out = []
    inflected = [p.inflect({"nomn"}) if p.tag.case and p.tag.case != "nomn" else p for p in (r[0] for r in readings)]
    if all(inflected):
        out.append(" ".join(p.word for p in inflected))
    choices = [dict.fromkeys([p.normal_form for p in r] + _unalternated(w.lower())) for r, w in zip(readings, words)]
    for forms in product(*choices):
        out.append(" ".join(forms))
    return tuple(dict.fromkeys(w.replace("ё", "е") for w in out))


_SOFTENED = {"зі": "г", "ці": "к", "сі": "х"}  # "на нозі", "у руці": the consonant of the nominative


def _unalternated(word: str) -> list[str]:
    """Nominatives of a Ukrainian locative or dative with a softened consonant and, in a closed last
    syllable, "о" become "і" ("Розі": ріг, as "у Кривому Розі")."""
    back = _SOFTENED.get(word[-2:])
    if back is None or len(word) < 4:
        return []
    stem = word[:-2] + back
    k = stem.rfind("о")
    return [stem] + ([stem[:k] + "і" + stem[k + 1:]] if k == len(stem) - 2 else [])


@lru_cache(maxsize=1 << 14)
def adjective(word: str, lang: str) -> bool:
    """True if one of the three likeliest readings of ``word`` is an adjective ("Черноморского", "Кам'яна")."""
    return any("ADJF" in p.tag for p in analyzer(lang).parse(word.lower())[:3])
