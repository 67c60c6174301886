"""The stages flow one way: no module imports one of a later stage, nor another package's internals.

Imports are read from the source (``ast``), at module level and inside functions alike.
Imports only for type hints (under ``if TYPE_CHECKING:``) do not run, so they are allowed
upwards only where listed in ``TYPE_ONLY_UPWARDS``, a list that should shrink.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "mapper"

#: Layers from the bottom. A module may import its own layer and those below.
#: Two places differ from the stage order read -> extract -> geocode -> regions -> count ->
#: output -> map: the geocoder chooses among namesakes by region, so ``regions`` (the join)
#: sits below ``geocode``; and ``output`` writes map.html through ``webmap``, which renders
#: from ``totals``, so ``webmap`` sits below ``collect/output``.
LAYERS: list[tuple[str, tuple[str, ...]]] = [
    ("base", ("mapper.text", "mapper.lang", "mapper.settings", "mapper.exceptions", "mapper.rules", "mapper._enums",
              "mapper._arrayfile", "mapper._cachefile", "mapper._parallel", "mapper.geojson", "mapper._geojsonframe",
              "mapper.schema", "mapper._native")),
    ("read", ("mapper.reports", "mapper.textfiles", "mapper.telegram")),
    ("extract", ("mapper.extract",)),
    ("regions", ("mapper.boundaries",)),
    ("geocode", ("mapper.gazetteer", "mapper.geocode")),
    ("count", ("mapper.count",)),
    ("totals", ("mapper.totals",)),
    ("webmap", ("mapper.webmap",)),
    ("collect/output", ("mapper.collect", "mapper.output", "mapper.result")),
    ("pipeline", ("mapper.pipeline", "mapper.distributed")),
    ("cli", ("mapper.cli", "mapper.__main__")),
]
#: ``mapper/__init__.py`` gathers the public API from every layer; nothing inside imports it.
FACADE = "mapper"
#: Upward imports for type hints only: (importer, imported). Move ``Result`` and ``ChunkResult``
#: below collect/output to empty it.
TYPE_ONLY_UPWARDS = {
    ("mapper.collect", "mapper.pipeline"),
    ("mapper.output", "mapper.pipeline"),
    ("mapper.webmap", "mapper.pipeline"),
}


def _module_name(path: Path) -> str:
    parts = list(path.relative_to(PACKAGE.parent).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def _is_module(name: str) -> bool:
    rel = Path(*name.split("."))
    return (PACKAGE.parent / rel).with_suffix(".py").is_file() or (PACKAGE.parent / rel / "__init__.py").is_file()


def _layer(name: str) -> int | None:
    best, rank = "", None
    for i, (_, prefixes) in enumerate(LAYERS):
        for p in prefixes:
            if (name == p or name.startswith(p + ".")) and len(p) > len(best):
                best, rank = p, i
    return rank


def _type_checking_nodes(tree: ast.Module) -> set[int]:
    ids = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test):
            ids |= {id(n) for n in ast.walk(node)}
    return ids


def imports_of(path: Path) -> list[tuple[str, bool]]:
    """``(module imported, type-only)`` for every import of ``mapper`` modules in a file."""
    return imports_in(path.read_text(encoding="utf-8"), _module_name(path), path.name == "__init__.py")


def imports_in(source: str, me: str, is_package: bool) -> list[tuple[str, bool]]:
    """``(module imported, type-only)`` for every import of ``mapper`` modules in module ``me``'s source."""
    tree = ast.parse(source)
    package = me if is_package else me.rpartition(".")[0]
    typing_only = _type_checking_nodes(tree)
    out = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names = [a.name for a in node.names]
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")[:len(package.split(".")) - node.level + 1]
                mod = ".".join(base + ([node.module] if node.module else []))
            else:
                mod = node.module or ""
            # "from . import settings" imports a module; "from .x import name" the module x
            names = [f"{mod}.{a.name}" if _is_module(f"{mod}.{a.name}") else mod for a in node.names]
        else:
            continue
        out += [(n, id(node) in typing_only) for n in names if n == FACADE or n.startswith(FACADE + ".")]
    return out


MODULES = sorted(PACKAGE.rglob("*.py"))


def test_every_module_has_a_layer():
    missing = [_module_name(p) for p in MODULES if _module_name(p) != FACADE and _layer(_module_name(p)) is None]
    assert not missing, f"give these modules a layer in tests/test_layers.py: {missing}"


@pytest.mark.parametrize("path", [p for p in MODULES if _module_name(p) != FACADE],
                         ids=lambda p: _module_name(p))
def test_no_module_imports_a_later_stage(path):
    me = _module_name(path)
    mine = _layer(me)
    wrong = []
    for name, type_only in imports_of(path):
        if name == FACADE:
            wrong.append(f"{name} (the public facade)")
            continue
        theirs = _layer(name)
        if theirs is not None and theirs > mine and not (type_only and (me, _top(name)) in TYPE_ONLY_UPWARDS):
            wrong.append(f"{name} ({LAYERS[theirs][0]}) from {LAYERS[mine][0]}")
    assert not wrong, f"{me} imports a later stage: {wrong}"


def _top(name: str) -> str:
    """The module or package of a layer that ``name`` is in (``mapper.geocode._resolve`` -> ``mapper.geocode``)."""
    return max((p for _, ps in LAYERS for p in ps if name == p or name.startswith(p + ".")), key=len)


@pytest.mark.parametrize("path", MODULES, ids=lambda p: _module_name(p))
def test_internals_stay_inside_their_package(path):
    """``mapper.geocode._resolve`` is imported only from inside ``mapper.geocode``."""
    me = _module_name(path)
    wrong = []
    for name, _ in imports_of(path):
        parts = name.split(".")
        for i, part in enumerate(parts):
            if part.startswith("_") and not part.startswith("__") and i > 1:
                owner = ".".join(parts[:i])
                if not (me == owner or me.startswith(owner + ".")):
                    wrong.append(name)
    assert not wrong, f"{me} imports internals of another package: {wrong}"


def test_the_checker_reads_imports():
    """Relative, absolute, in-function and type-only imports are all seen."""
    source = ("from typing import TYPE_CHECKING\nfrom .. import settings\nfrom ._tokens import Token\n"
              "import mapper.count\nif TYPE_CHECKING:\n    from ..pipeline import Result\n"
              "def f():\n    from ..geocode import OfflineGazetteer\n")
    assert imports_in(source, "mapper.extract._probe", False) == [
        ("mapper.settings", False), ("mapper.extract._tokens", False), ("mapper.count", False),
        ("mapper.pipeline", True), ("mapper.geocode", False)]
    assert _layer("mapper.count") > _layer("mapper.extract._probe") > _layer("mapper.rules._load")


MAX_LINES = 50


def test_functions_are_short():
    """No function (docstring included) longer than MAX_LINES: long ones become recipes of named steps."""
    long = []
    for path in MODULES:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
                name = f"{_module_name(path)}.{node.name}"
                if node.end_lineno - node.lineno + 1 > MAX_LINES:
                    long.append(f"{name} ({node.end_lineno - node.lineno + 1} lines)")
    assert not long, long


def test_extract_is_the_package_and_extract_report_the_function():
    """``mapper.extract`` is the extraction stage's package, never shadowed by a function of that name;
    ``mapper.extract_report`` runs it on one text."""
    import types

    import mapper
    import mapper.extract as package

    assert isinstance(mapper.extract, types.ModuleType) and mapper.extract is package
    assert "extract" not in mapper.__all__ and "extract_report" in mapper.__all__
    found = mapper.extract_report("Two drones were shot down over Kaluga Oblast.")
    assert isinstance(found, package.Extraction)
    assert [(m.text, m.region_code) for m in found.mentions] == [("Kaluga Oblast", "RU-KLU")]
    assert [(e.kind, e.count) for e in found.events] == [(package.Kind.SHOOTDOWN, 2)]
