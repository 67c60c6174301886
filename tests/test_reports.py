import json
import os
import re
from datetime import date

import pytest

from mapper import BadRecordError, InputError, iter_reports, read_reports
from mapper.reports import ReadLog, _IdSet


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


def test_a_folders_readme_is_no_report_unless_named(tmp_path, caplog):
    (tmp_path / "a.txt").write_text("One report.", encoding="utf-8")
    (tmp_path / "README.md").write_text("Drones over the Kursk region: how these reports were gathered.",
                                        encoding="utf-8")
    (tmp_path / "LICENSE.txt").write_text("Free to use.", encoding="utf-8")
    with caplog.at_level("INFO", logger="mapper"):
        assert [r.id for r in read_reports(tmp_path)] == ["a"]
    assert "README.md: not read: the folder's documentation" in caplog.text  # said, not passed over unsaid
    assert [r.id for r in read_reports(tmp_path / "README.md")] == ["README"]


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
    with pytest.raises(BadRecordError, match="report 'a': date 'yesterday' is not a date"):
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


def test_same_file_name_in_three_folders_gives_three_ids(tmp_path):
    for folder in "abc":
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "report.txt").write_text(f"Report {folder}.", encoding="utf-8")
    (tmp_path / "other.txt").write_text("Another.", encoding="utf-8")
    reps = read_reports(tmp_path)
    assert [r.id for r in reps] == [str(tmp_path / f / "report") for f in "abc"] + ["other"]
    assert [r.text for r in reps][:3] == ["Report a.", "Report b.", "Report c."]


def test_duplicate_ids_in_one_file_are_renamed_and_listed(tmp_path):
    p = tmp_path / "r.jsonl"
    p.write_text('{"id": "1", "text": "x"}\n{"id": "1", "text": "y"}\n{"id": "1", "text": "z"}\n')
    log = ReadLog()
    reps = read_reports(p, log_=log)
    assert [r.id for r in reps] == ["1", f"1@{p}:2", f"1@{p}:3"]
    assert [(r.line, r.id, r.new_id) for r in log.renamed] == [(2, "1", f"1@{p}:2"), (3, "1", f"1@{p}:3")]


class _OneHash(str):
    """An id whose hash every other one shares."""

    def __hash__(self) -> int:
        return 42


def test_seen_ids_are_exact_when_hashes_collide():
    seen = _IdSet()
    for rid in ("a", "b", "\udcff", "c"):
        seen.add(_OneHash(rid))
    assert all(_OneHash(rid) in seen for rid in ("a", "b", "\udcff", "c")) and _OneHash("d") not in seen
    many = _IdSet()
    for i in range(5000):  # the table grows past its first size
        many.add(f"r{i}")
    many.add("r3")
    assert len(many.ids) == 5000 and all(f"r{i}" in many for i in range(5000)) and "r5000" not in many


def test_ids_renamed_past_many_reports_are_the_ids_of_a_set(tmp_path):
    p = tmp_path / "r.jsonl"
    p.write_text("".join(json.dumps({"id": str(i % 3000), "text": "x"}) + "\n" for i in range(6000)), encoding="utf-8")
    ids = [r.id for r in iter_reports([p])]
    assert len(set(ids)) == 6000 and ids[3001] == f"1@{p}:3002"


def test_invalid_utf8_in_a_utf8_file_is_an_error_not_cp1251(tmp_path):
    p = tmp_path / "r.txt"
    p.write_bytes("Беспилотник над Курской областью.\nДрон над ".encode() + b"\xff" + "Брянском.".encode())
    with pytest.raises(InputError, match=r"r.txt:2: not valid UTF-8 text \(byte 0xff at column 10\)"):
        read_reports(p)


@pytest.mark.parametrize("encoding", ["koi8_r", "utf-16-le", "utf-32"])
def test_more_encodings_are_detected(tmp_path, encoding):
    p = tmp_path / "r.txt"
    p.write_bytes("Беспилотник сбит над Брянской областью. Drone over Bryansk.".encode(encoding))
    assert read_reports(p)[0].text.startswith("Беспилотник")


def test_undetectable_encoding_names_the_file_and_skip_bad_skips_it(tmp_path):
    bad = tmp_path / "a.txt"
    bad.write_bytes(bytes(range(128, 256)) * 3)
    (tmp_path / "b.txt").write_text("Drones over Kursk region.", encoding="utf-8")
    with pytest.raises(InputError, match=r"a.txt: not UTF-8, and no other text encoding fits"):
        read_reports(tmp_path)
    log = ReadLog()
    assert [r.id for r in read_reports(tmp_path, skip_bad=True, log_=log)] == ["b"]
    assert [(s.source, s.line) for s in log.skipped] == [(str(bad), 0)]


def _csv_lines(n):
    return ["id,text"] + [f'{i},"Drones were shot down over the Kursk region, report {i}."' for i in range(1, n + 1)]


def test_unclosed_quote_in_csv_skips_one_record_not_the_rest(tmp_path):
    lines = _csv_lines(999)
    lines[3] = '3,"Drones over the Belgorod region and a quote never closed'
    p = tmp_path / "r.csv"
    p.write_text("\n".join(lines) + "\n", encoding="utf-8")
    with pytest.raises(BadRecordError, match=r"r.csv:4: malformed CSV"):
        read_reports(p)
    log = ReadLog()
    reps = read_reports(p, skip_bad=True, log_=log)
    assert len(reps) == 998 and reps[-1].id == "999"
    assert [s.line for s in log.skipped] == [4]


def test_unclosed_quote_in_the_last_csv_record(tmp_path):
    p = tmp_path / "r.csv"
    p.write_text("id,text\n1,ok\n2,\"never closed\n3,lost?\n", encoding="utf-8")
    log = ReadLog()
    assert [r.id for r in read_reports(p, skip_bad=True, log_=log)] == ["1", "3"]
    assert [(s.line, s.reason.split(" (")[0]) for s in log.skipped] == [(3, "malformed CSV")]


def test_large_csv_fields_are_read_and_too_large_records_skipped(tmp_path, monkeypatch):
    p = tmp_path / "r.csv"
    p.write_text('id,text\n1,"' + "Drones. " * 40_000 + '"\n2,fine\n', encoding="utf-8")  # 320 KB
    assert [len(r.text) for r in read_reports(p)] == [320_000, 4]
    monkeypatch.setattr("mapper.settings.max_record_bytes", 100_000)
    with pytest.raises(BadRecordError, match=r"r.csv:2: record larger than 100000 bytes"):
        read_reports(p)
    log = ReadLog()
    assert [r.id for r in read_reports(p, skip_bad=True, log_=log)] == ["2"]
    assert [s.line for s in log.skipped] == [2]


def test_csv_row_with_more_fields_than_header_is_bad(tmp_path):
    p = tmp_path / "r.csv"
    p.write_text("id,text\n1,Drones over Kursk, Belgorod\n2,ok\n", encoding="utf-8")
    with pytest.raises(BadRecordError, match=r"r.csv:2: 3 fields, the header has 2"):
        read_reports(p)


@pytest.mark.parametrize("suffix", [".jsonl", ".csv"])
def test_bad_byte_is_reported_on_its_own_line(tmp_path, suffix):
    rows = [json.dumps({"id": str(i), "text": f"Беспилотник номер {i} над Курской областью."}, ensure_ascii=False)
            if suffix == ".jsonl" else f"{i},Беспилотник номер {i} над Курской областью."
            for i in range(1, 2000)]
    if suffix == ".csv":
        rows[0] = "id,text"
    data = ("\n".join(rows) + "\n").encode("utf-8")
    lines = data.split(b"\n")
    lines[499] = lines[499].replace("Курской".encode(), b"\xd0\xd0")
    p = tmp_path / f"r{suffix}"
    p.write_bytes(b"\n".join(lines))
    assert p.stat().st_size > 100_000  # past the bytes looked at to tell the encoding
    with pytest.raises(BadRecordError, match=rf"r{suffix}:500: (line 500: )?not valid UTF-8 text"):
        read_reports(p)
    log = ReadLog()
    assert len(read_reports(p, skip_bad=True, log_=log)) == 1998 - (suffix == ".csv")
    assert [s.line for s in log.skipped] == [500]


@pytest.mark.parametrize("line, reason", [
    ('{"id": "a", "text": "\\ud800 drones"}', "text holds a lone surrogate"),
    ('{"id": "\\udc00", "text": "drones"}', "id holds a lone surrogate"),
    ('{"text": "x", "deep": ' + "[" * 100_000 + "]" * 100_000 + "}", "malformed JSON (nested too deeply)"),
])
def test_json_that_is_not_text_is_a_bad_record(tmp_path, line, reason):
    p = tmp_path / "r.jsonl"
    p.write_text(line + '\n{"id": "b", "text": "fine"}\n', encoding="utf-8")
    with pytest.raises(BadRecordError, match=re.escape(f"r.jsonl:1: {reason}")):
        read_reports(p)
    log = ReadLog()
    assert [r.id for r in read_reports(p, skip_bad=True, log_=log)] == ["b"]
    assert log.skipped[0].reason.startswith(reason)


def test_file_name_that_is_not_utf8(tmp_path):
    name = os.fsdecode(b"r\xff\n.txt")
    (tmp_path / name).write_text("Drones over Kursk region.", encoding="utf-8")
    (rep,) = read_reports(tmp_path)
    assert rep.id == "r\\xff\\n" and rep.source == str(tmp_path) + "/r\\xff\\n.txt"
    rep.source.encode("utf-8")  # writable as UTF-8


def test_hidden_folders_and_mapper_outputs_in_folders_are_not_read(tmp_path):
    (tmp_path / "r.txt").write_text("Drones over Kursk region.", encoding="utf-8")
    (tmp_path / ".git").mkdir()
    (tmp_path / ".git" / "notes.txt").write_text("Not a report.", encoding="utf-8")
    out = tmp_path / "out"
    out.mkdir()
    (out / "summary.json").write_text("{}")
    (out / "events.csv").write_text("report_id,text\nr,Drones over Kursk region.\n")
    (tmp_path / "events.csv").write_text("id,text\ne,Not beside a summary: a report.\n")
    from mapper.output import is_mapper_output
    reps = list(iter_reports([tmp_path], is_output=is_mapper_output))
    assert [r.id for r in reps] == ["e", "r"]
    with pytest.raises(InputError, match="an output of mapper"):
        list(iter_reports([out / "events.csv"], is_output=is_mapper_output))
