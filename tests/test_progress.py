"""Progress bars: bytes of the input with a total and the time left; a step per group of files written."""

import io
import json

from mapper.collect import writing_steps
from mapper.pipeline import Progress
from mapper.reports import ReadLog, iter_reports
from tests.conftest import SEED


def test_bytes_read_reach_the_total(tmp_path):
    lines = [json.dumps({"id": f"r{i}", "text": f"Report {i}: two drones over the Kursk region."}) for i in range(50)]
    (tmp_path / "a.jsonl").write_text("\n".join(lines) + "\n")
    (tmp_path / "b.csv").write_text("id,text\n" + "".join(f"c{i},Drone over Belgorod {i}\n" for i in range(30)))
    (tmp_path / "c.txt").write_text(SEED.read_text())
    total = sum(p.stat().st_size for p in tmp_path.iterdir())
    log = ReadLog()
    seen = []
    for _ in iter_reports([tmp_path], log_=log):
        seen.append(log.bytes_done)
    assert log.bytes_total == total and log.bytes_done == total
    assert seen == sorted(seen) and len(set(seen)) > 60  # grows record by record, not file by file
    assert 0 < seen[0] < total


def test_bar_shows_total_and_time_left(tmp_path):
    path = tmp_path / "r.jsonl"
    path.write_text("".join(json.dumps({"id": f"r{i}", "text": "x " * 40}) + "\n" for i in range(400)))
    log, out = ReadLog(), io.StringIO()
    progress = Progress(log, file=out, disable=False, mininterval=0, ncols=120)
    chunk = 0
    for _ in iter_reports([path], log_=log):
        chunk += 1
        if chunk == 100:
            progress.update(chunk)
            chunk = 0
    progress.update(chunk)
    assert progress.bar.total == path.stat().st_size and progress.bar.n == progress.bar.total
    shown = out.getvalue().split("\r")
    middle = next(s for s in shown if "50%" in s)
    assert f"/{path.stat().st_size / 1024:.1f}k" in middle and "<" in middle  # total, elapsed<left
    assert "200 reports" in middle
    progress.close()


def test_reports_in_memory_count_reports():
    out = io.StringIO()
    progress = Progress(None, file=out, disable=False, mininterval=0)
    progress.update(3)
    assert progress.bar.n == 3 and "3 reports" in out.getvalue()
    progress.close()


def test_writing_steps_name_the_files():
    out = io.StringIO()
    with writing_steps(["incidents.csv", "regions.geojson, map.html"], file=out, disable=False,
                       mininterval=0, ncols=120) as step:
        next(step)
        assert "0/2" in out.getvalue().split("\r")[-1] and "incidents.csv" in out.getvalue()
        next(step)
        assert "1/2" in out.getvalue().split("\r")[-1] and "regions.geojson, map.html" in out.getvalue()
    assert any("2/2" in s for s in out.getvalue().split("\r"))


def test_a_run_told_to_show_no_bar_counts_without_one(monkeypatch):
    """With progress off (``mapper run -q``) the bars are stand-ins that keep the counts and draw nothing
    (tqdm is not imported for them); asked for explicitly, a bar is tqdm's."""
    import mapper
    from mapper.collect import progress_bar

    monkeypatch.setattr(mapper.settings, "progress", False)
    progress = Progress(None)
    progress.update(3)
    progress.update(2)
    assert type(progress.bar).__module__ == "mapper.collect" and progress.bar.n == 5
    with writing_steps(["a", "b"]) as step:
        next(step)
        next(step)
    progress.close()
    assert type(progress_bar(disable=False, file=io.StringIO())).__module__.startswith("tqdm")
