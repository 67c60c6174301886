from mapper.text import loose_key, normalize, transliterate


def test_normalize_folds_case_diacritics_apostrophes_and_yo():
    assert normalize("Budogoshch’") == normalize("budogoshch") == "budogoshch"
    assert normalize("Orël") == "orel"
    assert normalize("Орёл") == normalize("Орел")
    assert normalize("Rostov-on-Don") == "rostov on don"
    assert normalize("  Kam'yanske ") == "kamyanske"


def test_transliterate_russian_and_ukrainian():
    assert transliterate("Будогощь") == "Budogoshch"
    assert transliterate("Красноармейск") == "Krasnoarmeysk"
    assert transliterate("Харків") == "Kharkiv"
    assert transliterate("Щёкино") == "Shchekino"


def test_loose_key_joins_transliteration_variants():
    assert loose_key("Kryvyi Rih") == loose_key("Kryvyy Rih")
    assert loose_key("Zaporizhzhia") == loose_key("Zaporizhzhya")
    assert loose_key("Kharkiv") != loose_key("Kherson")
