"""Lint as tests: ruff's rules (pyproject.toml, ``[tool.ruff]``) and no run of six or more lines repeated
in mapper/ (pylint's duplicate-code check, ``[tool.pylint.*]``). Each is skipped when its tool is not
installed (``pip install -e '.[test]'`` installs both); ``.ci/test`` also runs ruff before pytest."""

from __future__ import annotations

import importlib.util
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PYPROJECT = ROOT / "pyproject.toml"


def _tool(module: str) -> None:
    if importlib.util.find_spec(module) is None:
        pytest.skip(f"{module} is not installed (pip install -e '.[test]')")


def _run(*args: str, cwd: Path = ROOT) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", *args], cwd=cwd, capture_output=True, text=True, timeout=600)


def test_ruff_passes():
    """ruff check mapper bench tests: complexity, arguments, docstrings of public functions, pyflakes."""
    _tool("ruff")
    out = _run("ruff", "check", "--no-cache", "mapper", "bench", "tests")
    assert out.returncode == 0, out.stdout + out.stderr


def test_ruff_catches_an_undocumented_complex_function(tmp_path):
    """The configuration is in force: a public function without a docstring and with too many
    positional arguments and branches fails."""
    _tool("ruff")
    body = "".join(f"    if a == {i}:\n        return {i}\n" for i in range(16))
    src = tmp_path / "mapper" / "bad.py"
    src.parent.mkdir()
    src.write_text(f'"""A module."""\n\n\ndef f(a, b, c, d, e, f, g, h):\n{body}    return -1\n', encoding="utf-8")
    out = _run("ruff", "check", "--no-cache", "--config", str(PYPROJECT), str(src), cwd=tmp_path)
    assert out.returncode == 1
    for rule in ("D103", "C901", "PLR0912", "PLR0917"):
        assert rule in out.stdout, (rule, out.stdout)


@pytest.mark.slow
def test_no_repeated_blocks_in_mapper():
    """No block of six or more lines (imports, comments and docstrings aside) appears twice in mapper/."""
    _tool("pylint")
    out = _run("pylint", "--rcfile", str(PYPROJECT), "mapper")
    assert out.returncode == 0, out.stdout + out.stderr


def test_repeated_block_is_found(tmp_path):
    """The duplicate-code settings catch a six-line block written twice."""
    _tool("pylint")
    block = textwrap.dedent("""\
        total = 0
        for value in values:
            if value > limit:
                total += value * 2
            else:
                total -= value
        return total
        """)
    pkg = tmp_path / "pkg"
    pkg.mkdir()
    (pkg / "__init__.py").write_text("", encoding="utf-8")
    for name in ("a", "b"):
        (pkg / f"{name}.py").write_text(f"def {name}(values, limit):\n" + textwrap.indent(block, "    "),
                                        encoding="utf-8")
    out = _run("pylint", "--rcfile", str(PYPROJECT), "pkg", cwd=tmp_path)
    assert "R0801" in out.stdout, out.stdout + out.stderr
