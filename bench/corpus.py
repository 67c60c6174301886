"""A generated corpus of incident reports, from templates over real place and region names.

Deterministic for a given seed. Used by the benchmarks and the engine tests; it is
not an accuracy test set (see issue 4's labelled set for that).
"""

from __future__ import annotations

import json
import random
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

TEMPLATES = [
    "Air defence systems shot down {n} drones over the {region} region overnight, the Defence Ministry said.",
    "{n} UAVs were destroyed over {region} Oblast and {m} over the {region2} region.",
    "Debris from a downed drone fell on a house in {city}, governor {person} said on Telegram.",
    "A missile struck an industrial facility in {city}; no casualties were reported.",
    "Fragments of a drone were found near {city} in the {region} region.",
    "Explosions were heard in {city} after a drone attack, local media reported.",
    "The governor of the {region} region said {n} drones had been intercepted near {city} and {city2}.",
    "Officials said the situation in {city} remained calm, and repair crews were at work.",
]
PEOPLE = ["Vyacheslav Gladkov", "Alexander Bogomaz", "Vladislav Shapsha", "Oleh Syniehubov", "Ivan Fedorov"]


def _names() -> tuple[list[str], list[str]]:
    import mapper

    regions = mapper.load_boundaries()
    stems = []
    for aliases in regions.loc[regions["country"].isin(["RU", "UA"]), "aliases"]:
        first = aliases.split(";")[0]
        if first and " " not in first:
            stems.append(first)
    ix = mapper.load_index()
    cities = sorted({ix.name[i] for i in range(len(ix)) if ix.country[i] in ("RU", "UA")
                     and ix.population[i] >= 20000 and ix.name[i].isascii() and " " not in ix.name[i]
                     and "'" not in ix.name[i]})
    return sorted(set(stems)), cities


def reports(n: int, seed: int = 0, filler_sentences: int = 2) -> Iterator[dict]:
    """``n`` report records ``{"id", "date", "source", "text"}``."""
    rng = random.Random(seed)
    regions, cities = _names()
    start = date(2024, 1, 1)
    filler = ("Analysts said the strikes were part of a wider campaign against energy and military targets. "
              * filler_sentences)
    for i in range(n):
        sentences = []
        for _ in range(rng.randint(1, 3)):
            t = rng.choice(TEMPLATES)
            sentences.append(t.format(n=rng.randint(1, 40), m=rng.randint(1, 10), region=rng.choice(regions),
                                      region2=rng.choice(regions), city=rng.choice(cities),
                                      city2=rng.choice(cities), person=rng.choice(PEOPLE)))
        yield {"id": f"g{i}", "date": (start + timedelta(days=rng.randint(0, 180))).isoformat(),
               "source": rng.choice(["ministry", "governor", "agency"]), "text": " ".join(sentences) + " " + filler}


#: Russian and Ukrainian templates, written for this benchmark: region adjectives and city names are
#: put in the case each slot needs (pymorphy3), so that extraction meets the inflected forms.
SLAVIC_TEMPLATES = {
    "ru": [
        "Дежурные средства ПВО ночью перехватили {n} беспилотников над {region:ablt} областью, сообщили в "
        "Минобороны.",
        "{n} БПЛА уничтожены над {region:ablt} областью, ещё {m} — над {region2:ablt}.",
        "Обломки сбитого дрона упали на крышу дома в {city:loct}, сообщил губернатор {person}.",
        "В результате ракетного удара по {city:datv} повреждено предприятие, пострадавших нет.",
        "Фрагменты беспилотника нашли возле {city:gent} в {region:loct} области.",
        "Губернатор {region:gent} области сообщил, что над {city2:ablt} сбиты {m} дрона.",
        "Оперативные службы работают на месте, жителей просят сохранять спокойствие.",
    ],
    "uk": [
        "Сили ППО вночі знищили {n} ударних БпЛА над {region:ablt} областю, повідомили Повітряні сили.",
        "Над {region:ablt} областю збито {n} дронів, ще {m} — над {region2:ablt}.",
        "Уламки збитого дрона впали на дах будинку в {city:loct}, повідомив голова ОВА {person}.",
        "Внаслідок ракетного удару по {city:datv} пошкоджено підприємство, постраждалих немає.",
        "Фрагменти безпілотника знайшли біля {city:gent} у {region:loct} області.",
        "Голова {region:gent} ОВА повідомив, що над {city2:ablt} збито {m} дрони.",
        "Оперативні служби працюють на місці, мешканців просять зберігати спокій.",
    ],
}
SLAVIC_NAMES = {
    "ru": (["Курская", "Брянская", "Белгородская", "Воронежская", "Орловская", "Калужская", "Тульская",
            "Смоленская", "Липецкая", "Тамбовская", "Ростовская", "Московская"],
           ["Брянск", "Курск", "Белгород", "Воронеж", "Калуга", "Тула", "Смоленск", "Липецк", "Тамбов", "Рыльск",
            "Шебекино", "Новозыбков"],
           ["Вячеслав Гладков", "Александр Богомаз", "Владислав Шапша"]),
    "uk": (["Сумська", "Харківська", "Полтавська", "Одеська", "Дніпропетровська", "Чернігівська", "Київська",
            "Запорізька", "Миколаївська", "Херсонська", "Черкаська", "Вінницька"],
           ["Суми", "Харків", "Полтава", "Одеса", "Дніпро", "Чернігів", "Київ", "Житомир", "Херсон", "Конотоп",
            "Кременчук", "Ізмаїл"],
           ["Олег Синєгубов", "Іван Федоров", "Олег Кіпер"]),
}


def _inflect(word: str, case: str, lang: str) -> str:
    """``word`` in ``case`` (a pymorphy3 grammeme), capitalised as given; the word itself if it cannot be."""
    from mapper.extract._morph import analyzer

    parsed = analyzer(lang).parse(word)[0].inflect({case})
    return parsed.word.capitalize() if parsed else word


def slavic_reports(n: int, lang: str, seed: int = 0) -> Iterator[dict]:
    """``n`` report records in Russian (``ru``) or Ukrainian (``uk``), like :func:`reports`."""
    import string

    rng = random.Random(seed)
    regions, cities, people = SLAVIC_NAMES[lang]
    slots = {"region": regions, "region2": regions, "city": cities, "city2": cities}
    fields = string.Formatter()
    for i in range(n):
        sentences = []
        for _ in range(rng.randint(2, 4)):
            t = rng.choice(SLAVIC_TEMPLATES[lang])
            values = {"n": rng.randint(1, 40), "m": rng.randint(2, 4), "person": rng.choice(people)}
            for _, name, spec, _ in fields.parse(t):
                if name in slots:
                    t = t.replace("{" + f"{name}:{spec}" + "}", _inflect(rng.choice(slots[name]), spec, lang))
            sentences.append(t.format(**values))
        yield {"id": f"{lang}{i}", "date": None, "source": "generated", "lang": lang, "text": " ".join(sentences)}


def write_jsonl(path: str | Path, n: int, seed: int = 0) -> Path:
    """Write ``n`` generated reports to a JSON Lines file."""
    path = Path(path)
    with open(path, "w", encoding="utf-8") as fh:
        for rec in reports(n, seed):
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    return path
