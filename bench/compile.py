"""The optional compiled build: mapper's extraction stage compiled with mypyc, in place.

Usage::

    python -m pip install "mypy>=1.13"     # mypyc ships with mypy; a C compiler is needed too
    python -m bench.compile                # build: extension modules beside the .py files
    python -m bench.compile --status       # which path runs, and whether the build is older than its sources
    python -m bench.compile --clean        # remove them: back to pure Python

The modules compiled are ``mapper/extract/*.py`` (but ``_tokens`` and ``_model``, whose tokens and
dataclasses the rest of mapper builds, pickles and replaces field by field), ``mapper/text.py`` and
``mapper/rules/_lexicon.py``. Python imports an extension module before a ``.py`` of the same name, so
once built they run wherever mapper is imported from this checkout (an editable install too);
``mapper.compiled()`` and ``mapper --version`` tell which path runs. The pure-Python modules stay the
reference: the default install never compiles, and ``tests/test_compiled.py`` checks that the compiled
build finds exactly what they find. A build older than its sources shadows them: rebuild after editing
(``--status`` tells), or clean.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import time
from importlib.machinery import EXTENSION_SUFFIXES
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BUILD_DIR = ROOT / "build" / "mypyc"
#: Kept pure: ``Token`` is made without its ``__init__`` (``object.__new__``) on the hot path, and the
#: hand-off dataclasses are pickled, copied and replaced by the other stages.
PURE = ("__init__.py", "_tokens.py", "_model.py")


def sources() -> list[Path]:
    """The modules the build compiles."""
    extract = [p for p in sorted((ROOT / "mapper" / "extract").glob("*.py")) if p.name not in PURE]
    return extract + [ROOT / "mapper" / "text.py", ROOT / "mapper" / "rules" / "_lexicon.py"]


def built() -> list[Path]:
    """The extension modules a build left in the source tree (each module's library included)."""
    stems = [p.with_suffix("") for p in sources()]
    stems += [stem.with_name(stem.name + "__mypyc") for stem in stems]
    return [Path(f"{stem}{suffix}") for stem in stems for suffix in EXTENSION_SUFFIXES
            if Path(f"{stem}{suffix}").exists()]


def stale() -> list[Path]:
    """Sources edited since the build (their extension modules shadow them until rebuilt)."""
    done = built()
    if not done:
        return []
    oldest = min(p.stat().st_mtime for p in done)
    return [p for p in sources() if p.stat().st_mtime > oldest]


def build() -> int:
    """Compile :func:`sources` in place; 0 on success."""
    try:
        from mypyc.build import mypycify
        from setuptools import setup
    except ImportError:
        print('bench.compile: mypyc is not installed: python -m pip install "mypy>=1.13"', file=sys.stderr)
        return 2
    clean()
    paths = [str(p.relative_to(ROOT)) for p in sources()]
    options = ["--ignore-missing-imports", "--follow-imports=silent"]
    t = time.perf_counter()
    with _cwd(ROOT):
        # separate: one library per module, beside it (a library shared by all would have to sit above
        # the package, where an editable install does not look, and would set wrong ``__file__``s)
        modules = mypycify(paths + options, opt_level="3", debug_level="0", separate=True,
                           target_dir=str(BUILD_DIR / "c"))
        setup(name="mapper-compiled", ext_modules=modules, script_args=[
            "-q", "build_ext", "--inplace", "--parallel", str(os.cpu_count() or 1),
            "--build-temp", str(BUILD_DIR / "temp"),
            "--build-lib", str(BUILD_DIR / "lib")])
    print(f"compiled {len(paths)} modules in {time.perf_counter() - t:.0f} s; mapper.compiled() is now True "
          "(python -m bench.compile --clean to go back)")
    return 0


def clean() -> int:
    """Remove the extension modules and the build folder: pure Python again."""
    for path in built():
        path.unlink()
    shutil.rmtree(BUILD_DIR, ignore_errors=True)
    return 0


def status() -> int:
    """Print which path runs; 1 if the build is older than a source."""
    done, old = built(), stale()
    print("compiled (mypyc): " + ", ".join(str(p.relative_to(ROOT)) for p in done) if done
          else "pure Python (the reference): no compiled build")
    for path in old:
        print(f"stale: {path.relative_to(ROOT)} changed after the build (rebuild or --clean)")
    return 1 if old else 0


class _cwd:
    """In ``path`` for a while (``contextlib.chdir`` is Python 3.11+)."""

    def __init__(self, path: Path) -> None:
        self.path, self.before = path, Path.cwd()

    def __enter__(self) -> None:
        os.chdir(self.path)

    def __exit__(self, *exc) -> None:
        os.chdir(self.before)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m bench.compile", description=__doc__.split("\n")[0])
    group = ap.add_mutually_exclusive_group()
    group.add_argument("--clean", action="store_true", help="remove the compiled build (pure Python again)")
    group.add_argument("--status", action="store_true", help="tell which path runs and whether the build is stale")
    args = ap.parse_args(argv)
    if args.clean:
        return clean()
    if args.status:
        return status()
    return build()


if __name__ == "__main__":
    sys.exit(main())
