"""The optional compiled build (``python -m bench.compile``) against the pure-Python modules, the reference.

Run compiled, these tests compare what extraction finds, report for report, with what a pure-Python copy
of the same sources finds in a subprocess; ``.ci/test`` builds, runs them with the extraction and
pipeline tests, and cleans. On the default, pure install the comparison is skipped.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

import mapper
from bench import _golden
from bench.corpus import write_jsonl

ROOT = Path(__file__).resolve().parent.parent

_DUMP = """
import sys
import mapper
from bench._golden import _extraction_dump
boundaries, gazetteer = mapper.load_boundaries(), mapper.OfflineGazetteer()
extractor = mapper.Extractor(gazetteer.index, mapper.RegionNames.from_boundaries(boundaries))
reports = list(mapper.iter_reports(sys.argv[1:-1]))
open(sys.argv[-1], "w", encoding="utf-8").write(_extraction_dump(reports, extractor))
print(mapper.compiled())
"""


def _dump(python_path: Path, inputs: list[Path], out: Path) -> bool:
    """Run the extraction dump with ``python_path`` first on the path; whether it ran compiled."""
    done = subprocess.run([sys.executable, "-c", _DUMP, *map(str, inputs), str(out)], cwd=python_path,
                          env={**os.environ, "PYTHONPATH": str(python_path)},
                          capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stderr[-3000:]
    return done.stdout.split()[-1] == "True"


def _pure_copy(dest: Path) -> Path:
    """The sources of this checkout without the compiled build: the reference."""
    shutil.copytree(ROOT / "mapper", dest / "mapper", ignore=shutil.ignore_patterns("*.so", "*.pyd", "__pycache__"))
    shutil.copytree(ROOT / "bench", dest / "bench", ignore=shutil.ignore_patterns("__pycache__"))
    (dest / "data").symlink_to(ROOT / "data")
    return dest


def test_compiled_says_which_path_runs():
    import mapper.extract._extractor as extractor_module
    from mapper.cli import _VersionAction

    ran_compiled = not extractor_module.__file__.endswith(".py")
    assert mapper.compiled() is ran_compiled
    shown = _VersionAction(["--version"]).version
    assert ("compiled with mypyc" in shown) is ran_compiled


@pytest.mark.skipif(not mapper.compiled(), reason="extraction runs pure Python (build: python -m bench.compile)")
def test_compiled_extraction_matches_pure(tmp_path):
    inputs = tmp_path / "in"
    inputs.mkdir()
    sources = [(ROOT / "tests" / name).read_text(encoding="utf-8")
               for name in ("test_extract.py", "test_pipeline.py", "test_ruuk.py", "test_extract_scan.py")]
    with open(inputs / "tests.jsonl", "w", encoding="utf-8") as fh:
        for i, text in enumerate(_golden.test_texts(sources)):
            fh.write(json.dumps({"id": f"t{i}", "text": text}, ensure_ascii=False) + "\n")
    write_jsonl(inputs / "corpus.jsonl", 400, seed=3)
    paths = [inputs / "tests.jsonl", inputs / "corpus.jsonl", _golden.SEED]
    assert _dump(ROOT, paths, tmp_path / "compiled.jsonl") is True
    assert _dump(_pure_copy(tmp_path / "pure"), paths, tmp_path / "pure.jsonl") is False
    compiled = (tmp_path / "compiled.jsonl").read_text(encoding="utf-8").splitlines()
    pure = (tmp_path / "pure.jsonl").read_text(encoding="utf-8").splitlines()
    assert len(compiled) == len(pure) > 400
    assert [c for c, p in zip(compiled, pure) if c != p] == []
