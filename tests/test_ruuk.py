"""Russian and Ukrainian reports: language, rules per language, extraction, Telegram exports.

Every paragraph here was written for these tests (no sentence of a real report).
"""

from __future__ import annotations

import csv
import json

import pandas as pd
import pytest

import mapper
from mapper.cli import main
from tests.conftest import cli_exit as _exit
from mapper.exceptions import RulesError
from mapper.extract._morph import stem_key, stem_word
from mapper.lang import detect_language, language_of
from mapper.rules import load_lexicon, read_lexicon

RU = ("Минувшей ночью над территорией Белгородской области силами ПВО перехвачены и уничтожены одиннадцать "
      "беспилотных летательных аппаратов. Ещё пять БПЛА сбиты над Курской областью. Губернатор Вячеслав "
      "Гладков уточнил, что в селе Красная Яруга обломки повредили крышу гаража.")
UK = ("Уночі ворог атакував Харківщину двома ударними БПЛА з напрямку Курська. Над Полтавською областю "
      "збито 12 з 15 дронів. У Києві зафіксовано падіння уламків на дах складу, повідомив Віталій Кличко.")


def test_language_detected_from_letters_and_words():
    assert detect_language(RU) == "ru"
    assert detect_language(UK) == "uk"
    assert detect_language("Eleven drones were shot down over the Kursk region.") == "en"
    assert detect_language("Над областю збито дрон") == "uk"  # 'і' alone tells Ukrainian
    assert language_of(RU, "Ukrainian") == "uk" and language_of(RU, "xx") == "ru"  # given wins, if known
    assert mapper.Report("a", UK).lang == "uk" and mapper.Report("b", UK, lang="ru").lang == "ru"


def test_rules_per_language_load_lazily_and_are_checked(tmp_path):
    ru, uk = load_lexicon("ru"), load_lexicon("uk")
    assert ru.lang == "ru" and "сбить" in ru.rule("kind.shootdown.ru")["words"]
    assert "збити" in uk.rule("kind.shootdown.uk")["words"] and "kind.shootdown.ru" not in uk.patterns
    assert ru.rule("count.ellipsis") is load_lexicon("en").rule("count.ellipsis")  # a code rule, shared
    with pytest.raises(RulesError):
        load_lexicon("xx")
    bad = tmp_path / "ru"
    bad.mkdir()
    (bad / "kinds.toml").write_text('negations = ["НЕ"]\n', encoding="utf-8")
    with pytest.raises(RulesError, match="lower case"):
        read_lexicon(bad, "ru", load_lexicon("en"))


def test_stem_keys_join_case_forms():
    assert stem_word("Києві") == stem_word("Київ") == stem_word("Києва")
    assert stem_word("Курской") == stem_word("Курская") != stem_word("Брянской")
    assert stem_key("Харківщині") == stem_key("Харківщина")
    assert stem_key("Красной Яруге") == stem_key("Красная Яруга")


def _incidents(result):
    inc = result.incidents
    return {(r.region_code, r.kind): r.objects for r in inc.itertuples()}


def test_russian_regions_numbers_kinds_people(analyse):
    result = analyse(mapper.Report("ru1", RU))
    got = _incidents(result)
    assert got[("RU-BEL", "shootdown")] == 11
    assert got[("RU-KRS", "shootdown")] == 5
    places = set(result.mentions["text"])
    assert "Красная Яруга" in places and not {"Вячеслав", "Гладков", "Вячеслав Гладков"} & places
    assert set(result.events["lang"]) == {"ru"}


def test_hyphenated_city_shown_in_its_dictionary_form_with_its_capitals(analyse):
    """An inflected hyphenated name is shown in the nominative, with the parts written capitalised
    (not "Ростов-на-дону")."""
    result = analyse(mapper.Report("ru-rostov", "Обломки беспилотника упали в Ростове-на-Дону, сообщил губернатор."))
    assert list(result.mentions["text"]) == ["Ростов-на-Дону"]
    assert set(result.places["region_code"]) == {"RU-ROS"}


def test_ukrainian_forms_origin_and_part_of_total(analyse):
    result = analyse(mapper.Report("uk1", UK))
    got = _incidents(result)
    assert got[("UA-63", "strike")] == 2  # "Харківщину двома ... БПЛА"
    assert got[("UA-53", "shootdown")] == 12  # "12 з 15"
    assert "RU-KRS" not in set(result.incidents["region_code"])  # "з напрямку Курська": a launch area
    assert ("UA-30", "debris") in got  # "у Києві"
    assert set(result.incidents["languages"]) == {"uk"}


def test_mixed_corpus_each_report_in_its_language(analyse):
    result = analyse(mapper.Report("e", "Two drones were shot down over the Bryansk region."),
                     mapper.Report("r", "Над Брянской областью сбиты три беспилотника."),
                     mapper.Report("u", "Над Брянською областю збито чотири дрони."), merge=False)
    rows = result.events.set_index("report_id")
    assert rows.loc["e", "lang"] == "en" and rows.loc["r", "lang"] == "ru" and rows.loc["u", "lang"] == "uk"
    assert sorted(rows["count"].astype(int)) == [2, 3, 4]


def _export(path, messages, name="Тестовий канал"):
    path.write_text(json.dumps({"name": name, "type": "public_channel", "id": 77, "messages": messages},
                               ensure_ascii=False), encoding="utf-8")
    return path


def test_telegram_export_runs_end_to_end(tmp_path):
    export = _export(tmp_path / "result.json", [
        {"id": 1, "type": "service", "date": "2026-03-01T08:00:00", "action": "create_channel", "text": ""},
        {"id": 2, "type": "message", "date": "2026-03-01T09:00:00",
         "text": "Над территорией Брянской области уничтожены семь беспилотников."},
        {"id": 3, "type": "message", "date": "2026-03-02T06:00:00", "edited": "2026-03-02T06:10:00",
         "text": ["Уночі на ", {"type": "bold", "text": "Сумщині"}, " збито 4 дрони."]},
        {"id": 4, "type": "message", "date": "2026-03-02T07:00:00", "forwarded_from": "Інший канал",
         "text": "У Полтаві зафіксовано влучання, пошкоджено склад."},
        {"id": 5, "type": "message", "date": "2026-03-02T07:30:00", "photo": "photos/1.jpg", "text": ""},
    ])
    out = tmp_path / "out"
    assert main(["run", str(export), "-o", str(out)]) in (0, None)
    with open(out / "events.csv", encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    assert {r["report_id"] for r in rows} == {"Тестовий канал/2", "Тестовий канал/3", "Тестовий канал/4"}
    assert {r["report_id"]: r["lang"] for r in rows}["Тестовий канал/2"] == "ru"
    assert {r["lang"] for r in rows if r["report_id"] != "Тестовий канал/2"} == {"uk"}
    summary = json.loads((out / "summary.json").read_text(encoding="utf-8"))
    assert "media only" in json.dumps(summary, ensure_ascii=False)  # listed, not lost
    assert (out / "map.html").exists() and (out / "regions.geojson").exists()
    regions = json.loads((out / "regions.geojson").read_text(encoding="utf-8"))["features"]
    langs = {f["properties"]["region_code"]: f["properties"]["languages"] for f in regions}
    assert langs["RU-BRY"] == ["ru"] and langs["UA-59"] == ["uk"] and langs["RU-KLU"] == []


def test_malformed_telegram_export_is_one_line_error(tmp_path, capsys):
    bad = tmp_path / "result.json"
    bad.write_text('{"name": "x", "messages": [{"id": 1, "text": "abc"', encoding="utf-8")
    assert _exit(["run", str(bad), "-o", str(tmp_path / "out")]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len([line for line in err if "error" in line]) == 1 and "Traceback" not in "\n".join(err)
    no_list = _export(tmp_path / "other.json", [])
    no_list.write_text('{"name": "x", "items": []}', encoding="utf-8")
    assert _exit(["run", str(no_list), "-o", str(tmp_path / "out2")]) == 2


def _by_region(analyse, text):
    """Objects per region of one own-written paragraph (0 for an incident without a number)."""
    inc = analyse(mapper.Report("t", text)).incidents
    return {r.region_code: 0 if pd.isna(r.objects) else int(r.objects) for r in inc.itertuples()}


def test_alerts_and_idle_place_sentences_are_no_incidents(analyse):
    got = _by_region(analyse, "В Ярославле открыли новый мост. Ночью над Липецкой областью сбиты два беспилотника. "
                              "В Тамбовской и Пензенской областях объявлена воздушная тревога.")
    assert got == {"RU-LIP": 2}
    got = _by_region(analyse, "Над Черкащиною збито три дрони. Повітряна тривога лунає у Вінницькій та "
                              "Житомирській областях.")
    assert got == {"UA-71": 3}


def test_list_lines_with_one_and_districts_named_after_towns(analyse):
    got = _by_region(analyse, "Силы ПВО уничтожили пять БПЛА:\nчетыре — над территорией Орловской области;\n"
                              "один — над территорией Тверской области.")
    assert got == {"RU-ORL": 4, "RU-TVE": 1}
    got = _by_region(analyse, "Губернатор Калужской области сообщил, что над Кировским районом сбиты три "
                              "беспилотника.")
    assert got == {"RU-KLU": 3}


def test_of_them_each_at_the_end_models_times_and_brackets(analyse):
    got = _by_region(analyse, "Ночью над регионами сбиты девять беспилотников. Шесть из них уничтожены над "
                              "Смоленской областью, ещё три — над Тверской.")
    assert got == {"RU-SMO": 6, "RU-TVE": 3}
    got = _by_region(analyse, "Сили ППО знищили 8 дронів. З них 5 збито над Сумщиною, ще 3 — над Полтавщиною.")
    assert got == {"UA-59": 5, "UA-53": 3}
    got = _by_region(analyse, "По два беспилотника сбиты над Курской и Орловской областями, а над Липецкой и "
                              "Тверской областями — по одному.")
    assert got == {"RU-KRS": 2, "RU-ORL": 2, "RU-LIP": 1, "RU-TVE": 1}
    got = _by_region(analyse, "З 22:00 до 04:30 над Херсонщиною збито 6 дронів типу Shahed-136/131.")
    assert got == {"UA-65": 6}
    got = _by_region(analyse, "Всего уничтожены 30 БПЛА. Больше всего — над Курской (14) и Калужской (9) "
                              "областями.")
    assert got == {"RU-KRS": 14, "RU-KLU": 9}


def test_including_is_part_of_the_number_told():
    ext = mapper.extract_report("Над Воронежской областью сбиты пять беспилотников, в том числе два над Лисками.")
    assert [(e.count, e.part) for e in ext.events] == [(5, False), (2, True)]
    ext = mapper.extract_report("Над Одещиною збито сім дронів, у тому числі три над Ізмаїлом.")
    assert [(e.count, e.part) for e in ext.events] == [(7, False), (3, True)]


def test_launch_areas_past_fillers_and_along_lists_are_origins(analyse):
    got = _by_region(analyse, "Ворог випустив 20 дронів з тимчасово окупованого Криму. З них 12 збито над "
                              "Миколаївщиною.")
    assert got == {"UA-48": 12}
    got = _by_region(analyse, "Напрямки пуску — Брянськ, Курськ в Росії та Джанкой в окупованому Криму. Над "
                              "Сумщиною збито 5 дронів.")
    assert got == {"UA-59": 5}
    got = _by_region(analyse, "Беспилотники выпустили с временно оккупированной территории. Над Ростовской "
                              "областью сбиты четыре БПЛА.")
    assert got == {"RU-ROS": 4}


def test_prepositions_and_first_names_are_no_regions(analyse):
    got = _by_region(analyse, "Над Херсонщиною збито два дрони. Крім того, пошкоджено лінію електропередачі.")
    assert got == {"UA-65": 2}
    got = _by_region(analyse, "Над Івано-Франківською областю збито три ракети, повідомив голова ОВА Іван "
                              "Петренко.")
    assert got == {"UA-26": 3}


def test_settlements_named_in_the_reports_own_spelling():
    from mapper.text import normalize

    names = [normalize(m.text) for m in mapper.extract_report(
        "Уламки впали у Києві, вибухи лунали в Одесі та в Запоріжжі.").mentions]
    assert names == [normalize("Київ"), normalize("Одеса"), normalize("Запоріжжя")]
    names = [normalize(m.text) for m in mapper.extract_report(
        "Обломки упали в Киеве и в Ельце, атаку отразили над Воскресенском.").mentions]
    assert names == [normalize("Киев"), normalize("Елец"), normalize("Воскресенск")]


def test_counts_share_a_clause_and_lists_keep_theirs(analyse):
    got = _by_region(analyse, "Ночью сбиты 11 БПЛА. По данным ведомства, шесть — над Смоленской и пять — над "
                              "Тверской областью.")
    assert got == {"RU-SMO": 6, "RU-TVE": 5}
    got = _by_region(analyse, "ПВО уничтожили десять беспилотников. По три аппарата перехвачены над Тульской, "
                              "Рязанской и Липецкой областями, ещё один сбит над Тамбовской областью.")
    assert got == {"RU-TUL": 3, "RU-RYA": 3, "RU-LIP": 3, "RU-TAM": 1}


def test_one_object_in_the_singular_without_a_number(analyse):
    got = _by_region(analyse, "Утром над Орловской областью сбита крылатая ракета, сообщил губернатор.")
    assert got == {"RU-ORL": 1}
    got = _by_region(analyse, "У Полтаві уламки безпілотника пошкодили дах складу.")
    assert got == {"UA-53": 1}
    got = _by_region(analyse, "В Тульской области объявлена угроза атаки БПЛА, работает ПВО.")
    assert got.get("RU-TUL", 0) == 0  # an abbreviation tells no number


def test_names_before_a_district_word_are_districts():
    for text in ("Обломки упали в Рыльском районе и в селе Глушково.",
                 "Уламки впали у Дніпровському районі та в селі Хотінь."):
        ext = mapper.extract_report(text)
        assert [m.district for m in ext.mentions if m.kind == "place"] == [True, False]


def test_a_list_of_launch_areas_after_a_colon(analyse):
    got = _by_region(analyse, "Ворог запускав дрони з двох напрямків: Джанкой в Криму, а також Курськ на території "
                              "РФ. Над Полтавщиною збито 4 дрони.")
    assert got == {"UA-53": 4}


def test_counts_of_one_place_and_lists_past_a_region_word(analyse):
    ext = mapper.extract_report("Днём над Смоленской областью сбиты две ракеты и три беспилотника.")
    assert [(e.count, e.object_kind, len(e.mentions)) for e in ext.events] == [(2, "missile", 1), (3, "drone", 1)]
    got = _by_region(analyse, "Сбиты пять БПЛА. Три — над Курской областью, а по одному — над Тверской областью, "
                              "Республикой Татарстан.")
    assert got == {"RU-KRS": 3, "RU-TVE": 1, "RU-TA": 1}


@pytest.mark.parametrize("text, lang, killed, injured", [
    ("Після удару по Шебекіно загинули двоє людей, ще п'ятеро поранено.", "uk", 2, 5),
    ("Унаслідок атаки загинули щонайменше 4 людини, 12 отримали поранення.", "uk", 4, 12),
    ("Поранено двох мирних мешканців, загиблих немає.", "uk", 0, 2),
    ("Поранено 60-річного чоловіка, пошкоджено 3 будинки.", "uk", 0, 1),  # an age, houses: no numbers of people
    ("Уночі в Харкові загинула жінка, поранено двох людей.", "uk", 1, 2),  # one person told without a number
    ("Внаслідок удару по селищу загинув чоловік, ще п'ятеро дістали поранення.", "uk", 1, 5),
    ("Внаслідок атаки п'ятеро чоловік вбито.", "uk", 5, 0),  # a person of a number told: no sixth
    ("При атаке дрона погиб мужчина, ранена пожилая женщина.", "ru", 1, 1),
    ("Мужчина получил ранения, никто не погиб, женщина не пострадала.", "ru", 0, 1),
    ("В результате атаки погибли два человека, еще пять человек получили ранения.", "ru", 2, 5),
    ("Два мирных жителя погибли, трое ранены.", "ru", 2, 3),
    ("По предварительным данным, не пострадали 3 человека, повреждены пять домов.", "ru", 0, 0),
])
def test_casualties_in_russian_and_ukrainian(text, lang, killed, injured):
    from mapper.extract import find_casualties
    got = find_casualties(text, lang)
    assert (got.killed, got.injured) == (killed, injured)
    assert all(r.endswith("." + lang) for r in got.rules)


def test_one_person_casualty_rules_are_checked(tmp_path):
    from pathlib import Path
    own = (Path(load_lexicon("ru").folder) / "casualties.toml").read_text(encoding="utf-8")
    bad = tmp_path / "ru"
    bad.mkdir()
    (bad / "casualties.toml").write_text(own.replace('position = "one"', 'position = "before"', 1), encoding="utf-8")
    with pytest.raises(RulesError, match="people"):  # a list of people goes with position "one" only
        read_lexicon(bad, "ru", load_lexicon("en"))


def test_casualties_go_to_the_incident_columns(analyse):
    inc = analyse(mapper.Report("c", "Вечером беспилотник атаковал Белгород. Погибли два человека, "
                                     "ранены трое мирных жителей.")).incidents
    row = inc.set_index("region_code").loc["RU-BEL"]
    assert (int(row["killed"]), int(row["injured"]), int(row["objects"])) == (2, 3, 1)  # people: no objects


def test_regional_frame_keeps_villages_in_their_oblast(analyse):
    text = ("У Запорізькій області ворог за добу завдав 380 ударів по 11 населених пунктах. Під обстрілами були "
            "Гуляйполе, Оріхів, Степногірськ, Білогір'я та Мала Токмачка.")
    result = analyse(mapper.Report("f", text))
    assert set(result.incidents["region_code"]) == {"UA-23"}
    assert set(result.places["region_code"]) == {"UA-23"}
    unresolved = result.unresolved.set_index("text")
    assert "Zaporizhzhia" in unresolved.loc["Білогір'я", "reason"]  # a namesake elsewhere is refused
    ru = analyse(mapper.Report("g", "В Белгородской области за сутки обстрелам подверглись 9 населенных "
                                    "пунктов. Пострадали Шебекино, Новая Таволжанка и Ивановка.")).places
    assert set(ru["region_code"]) == {"RU-BEL"}


def test_a_bulleted_list_stays_in_its_paragraph_and_city_frames_districts(analyse):
    text = ("По Харківщині за добу ворог застосував:\n• три КАБи;\n• два БпЛА.\n"
            "У Куп'янському районі пошкоджено будинок, у Богодухівському районі — влучання на відкритій місцевості.")
    assert set(analyse(mapper.Report("b", text)).incidents["region_code"]) == {"UA-63"}
    kyiv = ("Уночі уламки дронів упали в Києві, повідомив начальник КМВА. Пошкоджено будинки в Солом'янському "
            "та Дніпровському районах.")
    assert set(analyse(mapper.Report("k", kyiv)).incidents["region_code"]) == {"UA-30"}


def test_launch_lists_and_given_names_are_no_incidents(analyse):
    text = ("Уночі ворог запустив 40 дронів, пуски йшли з Міллерова, Брянська, Курська та з мису Чауда в "
            "окупованому Криму. Над Полтавщиною збито 12 дронів, повідомив начальник ОВА Володимир Когут.")
    assert _by_region(analyse, text) == {"UA-53": 12}
    text = "Ворог запустив вісім дронів із району Приморсько-Ахтарська. Сім збито над Дніпропетровщиною."
    assert _by_region(analyse, text) == {"UA-12": 7}


def test_a_count_keeps_to_its_part_of_the_sentence(analyse):
    text = ("Унаслідок атаки постраждали Одещина, Хмельниччина та Київщина; лише над Сумщиною вночі збито "
            "14 ударних дронів.")
    assert _by_region(analyse, text) == {"UA-51": 0, "UA-68": 0, "UA-32": 0, "UA-59": 14}
    text = "Два беспилотника сбиты над Курской областью, еще шесть — над акваторией Черного моря."
    assert _by_region(analyse, text) == {"RU-KRS": 2}


def test_hyphened_objects_and_districts_named_like_villages(analyse):
    text = ("Росіяни вдарили FPV-дроном по Малокатеринівці Запорізького району, поранено чоловіка. "
            "Раніше голова Запорізької ОВА попереджав про загрозу ракетних ударів.")
    result = analyse(mapper.Report("d", text))
    assert _by_region(analyse, text) == {"UA-23": 1}  # not the village Запорізьке of Dnipropetrovsk Oblast
    # the district is Zaporizhzhia's (uk clauses irregular_towns, acc12-uk), never the village
    assert "Запорізьке" not in set(result.placed["name"])
    assert "Запоріжжя" in set(result.placed["name"])


def test_one_sentence_splitter_driven_by_each_languages_rules():
    from mapper.extract import split_sentences
    text = "Губернатор А. Богомаз сообщил об атаке на с. Кокоревка. Над областью сбит дрон."
    ru = [text[a:b] for a, b, _ in split_sentences(text, load_lexicon("ru"))]
    assert ru == ["Губернатор А. Богомаз сообщил об атаке на с. Кокоревка.", "Над областью сбит дрон."]
    assert len(split_sentences(text)) == 4  # English rules: "А." and "с." end sentences there
    english = "Gen. Syrskyi said two drones were downed. Kyiv agreed."
    assert [english[a:b] for a, b, _ in split_sentences(english)] == [
        "Gen. Syrskyi said two drones were downed.", "Kyiv agreed."]


def test_places_carry_the_languages_of_their_reports(analyse, tmp_path):
    result = analyse(mapper.Report("e", "A drone was shot down over Belgorod."),
                     mapper.Report("r", "Над Белгородом был сбит беспилотник."),
                     mapper.Report("u", "У Полтаві уламки дрона пошкодили склад."), merge=False)
    placed = result.placed.set_index("report_id")["lang"].to_dict()
    assert placed == {"e": "en", "r": "ru", "u": "uk"}
    places = result.places.set_index("geonameid")["languages"].to_dict()
    assert sorted(places[578072]) == ["en", "ru"] and places[696643] == ["uk"]  # Belgorod, Poltava
    result.to_files(tmp_path)
    features = json.loads((tmp_path / "places.geojson").read_text(encoding="utf-8"))["features"]
    assert {f["properties"]["geonameid"]: sorted(f["properties"]["languages"]) for f in features} == \
        {578072: ["en", "ru"], 696643: ["uk"]}


def test_as_many_objects_as_regions_is_one_each_and_more_stay_shared(analyse):
    text = "Ночью ПВО сбили три беспилотника над Тульской, Калужской и Орловской областями, сообщило Минобороны."
    assert _by_region(analyse, text) == {"RU-TUL": 1, "RU-KLU": 1, "RU-ORL": 1}
    inc = analyse(mapper.Report("s", "Над Брянською, Курською та Бєлгородською областями збито 30 дронів.")).incidents
    inc = inc.set_index("region_code")
    assert inc["objects"].isna().all() and set(inc["objects_shared"]) == {30}  # one aggregate, not 30 each


def test_a_list_of_objects_and_the_capital_they_flew_at(analyse):
    text = "За добу по Харківщині вдарили два БпЛА «Герань-2», 11 FPV-дронів і ще шість безпілотників."
    assert _by_region(analyse, text) == {"UA-63": 19}
    text = "Над Московским регионом уничтожены семь дронов, три из которых летели прямо на Москву."
    assert _by_region(analyse, text) == {"RU-MOS": 7}  # no incident in the city


def test_a_count_with_a_verb_and_the_facilities_of_a_region(analyse):
    ru = ("Дежурные средства ПВО уничтожили 30 беспилотников: восемь пытались атаковать объекты Воронежской "
          "области, ещё пять сбиты над Курской областью.")
    assert _incidents(analyse(mapper.Report("v", ru))) == {("RU-VOR", "shootdown"): 8, ("RU-KRS", "shootdown"): 5}
    uk = "Загалом збито 25 дронів: шість намагалися атакувати об'єкти Сумської області, ще чотири — над Полтавщиною."
    assert _incidents(analyse(mapper.Report("s", uk))) == {("UA-59", "shootdown"): 6, ("UA-53", "shootdown"): 4}
    # a region attacked with no facilities named stays a direction
    heading = analyse(mapper.Report("d", "Из них восемь пытались атаковать Воронежскую область.")).incidents
    assert "RU-VOR" not in set(heading["region_code"])


def test_a_city_administration_is_a_title(analyse):
    told = analyse(mapper.Report("k", "Київська міська військова адміністрація повідомила, що над Чернігівщиною "
                                      "збито три дрони."))
    assert _incidents(told) == {("UA-74", "shootdown"): 3}  # who tells: no incident in Kyiv city
    head = analyse(mapper.Report("h", "У Дарницькому районі столиці впали уламки, повідомив начальник КМВА "
                                      "Тимур Ткаченко.")).incidents
    assert set(head["region_code"]) == {"UA-30"}  # the title places what nothing else does
    ru = analyse(mapper.Report("r", "Глава КГВА сообщил, что обломки беспилотника упали в Житомирской области."))
    assert set(ru.incidents["region_code"]) == {"UA-18"}


def test_district_nicknames_are_their_towns_districts(analyse):
    text = "Увечері ворог обстріляв Нікопольщину з артилерії, пошкоджено два будинки."
    result = analyse(mapper.Report("n", text))
    assert set(result.incidents["region_code"]) == {"UA-12"}  # the Nikopol district, Dnipropetrovsk Oblast
    assert set(result.mentions["text"]) >= {"Нікополь"}
    assert set(analyse(mapper.Report("o", "На Охтирщині уламки дрона впали на поле.")).incidents["region_code"]) \
        == {"UA-59"}
    assert set(analyse(mapper.Report("h", "Уламки дрона впали на Харківщині.")).incidents["region_code"]) \
        == {"UA-63"}  # a region's own nickname stays the region


def test_airliners_near_drones_are_no_objects(analyse):
    text = ("За ночь над Московским регионом сбиты 25 беспилотников. Из-за атаки 30 самолетов не смогли вовремя "
            "сесть в столичных аэропортах.")
    assert _incidents(analyse(mapper.Report("p", text))) == {("RU-MOS", "shootdown"): 25}
    uk = "Над Київщиною збито чотири дрони, ще 12 пасажирських літаків затримали в аеропорту Бориспіль."
    assert _incidents(analyse(mapper.Report("u", uk))) == {("UA-32", "shootdown"): 4}
    war = analyse(mapper.Report("w", "Над Курской областью сбиты два самолета Су-25."))
    assert _incidents(war) == {("RU-KRS", "shootdown"): 2}  # warplanes stay objects


def test_a_governor_named_by_the_regions_adjective(analyse):
    text = ("Курский губернатор сообщил, что в одном из районов области силы ПВО уничтожили три беспилотника. "
            "Пострадавших нет.")
    result = analyse(mapper.Report("g", text))
    assert _incidents(result) == {("RU-KRS", "shootdown"): 3}  # the title places what nothing else does
    told = analyse(mapper.Report("t", "Курский губернатор сообщил, что над Брянской областью сбиты два БПЛА."))
    assert _incidents(told) == {("RU-BRY", "shootdown"): 2}


@pytest.mark.parametrize("text, code, n", [
    ("Підтверджено збиття 37-ми ударних дронів у Полтавській області.", "UA-53", 37),
    ("Над Брянской областью сбиты 2-х беспилотника.", "RU-BRY", 2),
])
def test_case_ending_after_a_number(analyse, text, code, n):
    inc = analyse(text).incidents.set_index("region_code")
    assert inc.loc[code, "objects"] == n
