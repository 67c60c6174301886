import json
from datetime import date

import pytest

from mapper import BadRecordError, InputError, read_reports
from mapper.reports import ReadLog


def test_text_file_takes_date_from_name(tmp_path):
    p = tmp_path / "2024-05-01_belgorod.txt"
    p.write_text("Drones were shot down over Belgorod region.", encoding="utf-8")
    (rep,) = read_reports(p)
    assert rep.id == "2024-05-01_belgorod" and rep.date == date(2024, 5, 1) and rep.source == str(p)


def test_folder_jsonl_and_csv(tmp_path):
    (tmp_path / "a.txt").write_text("One report.", encoding="utf-8")
    (tmp_path / "b.jsonl").write_text(
        json.dumps({"id": "x1", "date": "2024-03-02", "source": "TASS", "text": "Two."}) + "\n\n"
        + json.dumps({"id": "x2", "text": "Three."}) + "\n", encoding="utf-8")
    (tmp_path / "c.csv").write_text("id,date,text\nc1,2024-03-03,\"Four, with a comma.\"\n", encoding="utf-8")
    reps = read_reports(tmp_path)
    assert [r.id for r in reps] == ["a", "x1", "x2", "c1"]
    assert reps[1].source == "TASS" and reps[1].date == date(2024, 3, 2) and reps[2].date is None
    assert reps[3].text == "Four, with a comma."


@pytest.mark.parametrize("encoding", ["cp1251", "utf-16"])
def test_other_encodings(tmp_path, encoding):
    p = tmp_path / "r.txt"
    text = "Беспилотник сбит над Брянской областью. Drone over Bryansk."
    p.write_bytes(text.encode(encoding))
    (rep,) = read_reports(p)
    assert rep.text.startswith("Беспилотник")


def test_utf8_bom_is_dropped(tmp_path):
    p = tmp_path / "r.txt"
    p.write_bytes("\ufeffKursk".encode("utf-8"))
    assert read_reports(p)[0].text == "Kursk"


@pytest.mark.parametrize("content, message", [
    (b"", "empty file"),
    (b"   \n\n", "empty file"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00", "binary"),
])
def test_bad_text_files(tmp_path, content, message):
    p = tmp_path / "r.txt"
    p.write_bytes(content)
    with pytest.raises(InputError, match=message):
        read_reports(p)


def test_missing_path():
    with pytest.raises(InputError, match="no such file"):
        read_reports("/nonexistent/reports.txt")


def test_empty_folder(tmp_path):
    with pytest.raises(InputError, match="no .txt"):
        read_reports(tmp_path)


def test_malformed_jsonl_names_the_line(tmp_path):
    p = tmp_path / "r.jsonl"
    p.write_text('{"id": "a", "text": "ok"}\n{"id": "b", "text": \n{"id": "c"}\n[1]\n{"id": "d", "text": "ok too"}\n')
    with pytest.raises(BadRecordError, match=r"r.jsonl:2: malformed JSON"):
        read_reports(p)
    log = ReadLog()
    reps = read_reports(p, skip_bad=True, log_=log)
    assert [r.id for r in reps] == ["a", "d"]
    assert [(s.line, s.reason.split(" ")[0]) for s in log.skipped] == [(2, "malformed"), (3, "no"), (4, "not")]
    assert log.read == 2


def test_jsonl_bad_date(tmp_path):
    p = tmp_path / "r.jsonl"
    p.write_text('{"id": "a", "date": "yesterday", "text": "x"}\n')
    with pytest.raises(BadRecordError, match="not an ISO date"):
        read_reports(p)


def test_csv_without_text_column(tmp_path):
    p = tmp_path / "r.csv"
    p.write_text("id,title\n1,Drones\n")
    with pytest.raises(InputError, match="no text column"):
        read_reports(p)


def test_duplicate_ids_are_kept_apart(tmp_path):
    (tmp_path / "a.jsonl").write_text('{"id": "1", "text": "x"}\n')
    (tmp_path / "b.jsonl").write_text('{"id": "1", "text": "y"}\n')
    reps = read_reports(tmp_path)
    assert len({r.id for r in reps}) == 2


def test_csv_in_cp1251_and_tsv(tmp_path):
    p = tmp_path / "r.csv"
    p.write_bytes("id,text\n1,Беспилотник над Курской областью\n".encode("cp1251"))
    assert read_reports(p)[0].text.startswith("Беспилотник")
    t = tmp_path / "r.tsv"
    t.write_text("id\ttext\tsource\n7\tDrones, again.\tTASS\n", encoding="utf-8")
    (rep,) = read_reports(t)
    assert (rep.id, rep.text, rep.source) == ("7", "Drones, again.", "TASS")


def test_csv_rows_without_text_are_skipped_with_reason(tmp_path):
    p = tmp_path / "r.csv"
    p.write_text("id,text\n1,ok\n2,\n3,fine\n", encoding="utf-8")
    with pytest.raises(BadRecordError, match="r.csv:3: empty text"):
        read_reports(p)
    log = ReadLog()
    assert [r.id for r in read_reports(p, skip_bad=True, log_=log)] == ["1", "3"]
    assert [(s.line, s.reason) for s in log.skipped] == [(3, "empty text")]
