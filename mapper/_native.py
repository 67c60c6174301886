"""Which path runs: the pure-Python modules (the reference) or the optional compiled build of the hot ones.

``python -m bench.compile`` compiles the extraction stage with mypyc into extension modules beside the
``.py`` files, which Python then imports in their place; ``python -m bench.compile --clean`` removes them.
"""

from __future__ import annotations

import sys
from importlib.machinery import EXTENSION_SUFFIXES
from pathlib import Path

#: A module the compiled build always holds: when it runs compiled, extraction does.
PROBE = "mapper.extract._extractor"


def compiled() -> bool:
    """Whether extraction runs compiled (built by ``python -m bench.compile``) rather than as pure Python.

    Returns
    -------
    bool
        True when the extraction modules are (or, not imported yet, will be) loaded from extension
        modules; False on the default, pure-Python install.
    """
    module = sys.modules.get(PROBE)
    if module is not None:
        return not str(getattr(module, "__file__", "")).endswith(".py")
    folder = Path(__file__).resolve().parent / "extract"
    return any((folder / f"_extractor{suffix}").exists() for suffix in EXTENSION_SUFFIXES)
