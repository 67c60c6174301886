"""Python bytecode operations per report of extraction: a measure of its cost that does not drift.

Usage::

    python -m bench.opcodes                      # en, ru and uk: operations per report
    python -m bench.opcodes --lang uk --top 30   # and the 30 functions that run the most of them

CPU time on a shared virtual machine drifts by ±40 % from one run to the next, so a change of a few
per cent in a rule's cost (a new per-sentence scan) is lost in it. This counts the bytecode operations
the interpreter runs while extracting the ``bench.corpus`` reports (``sys.settrace`` with opcode events,
after a first pass that fills the caches), which is the same on every run of the same code and text.
Time spent inside C (regular expressions, ``frozenset.isdisjoint``, pymorphy3's dictionaries) is not
counted, so it complements CPU time (``bench.speed``), it does not replace it. Compare two commits with
``PYTHONPATH=<checkout> python -m bench.opcodes`` for each.
"""

from __future__ import annotations

import argparse
import collections
import sys
from types import FrameType
from typing import Any

import mapper
from mapper.pipeline import Pipeline

from .corpus import reports, slavic_reports

Where = tuple[str, int, str]


def count_opcodes(lang: str, n: int) -> tuple[int, collections.Counter[Where]]:
    """The operations run extracting ``n`` generated reports in ``lang``, in all and by function.

    Parameters
    ----------
    lang : str
        ``en``, ``ru`` or ``uk``.
    n : int
        How many reports of ``bench.corpus`` (its English or its Slavic templates).

    Returns
    -------
    tuple of (int, collections.Counter)
        The number of reports read and the operations of each ``(file, first line, function)``.
    """
    extractor = Pipeline(mapper.load_boundaries(), mapper.OfflineGazetteer(), merge=True).extractor
    records = list(reports(n) if lang == "en" else slavic_reports(n, lang))
    items = [mapper.Report(r["id"], r["text"], lang=lang) for r in records]
    for report in items:  # lemmas, token traits, kept answers: warm, as in a long run
        extractor.extract(report)
    counts: collections.Counter[Where] = collections.Counter()

    def trace(frame: FrameType, event: str, arg: Any) -> Any:
        frame.f_trace_opcodes = True
        if event == "opcode":
            code = frame.f_code
            counts[(code.co_filename.rsplit("/", 1)[-1], code.co_firstlineno, code.co_name)] += 1
        return trace

    sys.settrace(trace)
    try:
        for report in items:
            extractor.extract(report)
    finally:
        sys.settrace(None)
    return len(items), counts


def main(argv: list[str] | None = None) -> None:
    """Print the operations per report of each language asked for (and the functions running most)."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--lang", nargs="+", default=["en", "ru", "uk"], choices=["en", "ru", "uk"],
                        help="languages measured (default en ru uk)")
    parser.add_argument("--reports", type=int, default=400, help="reports per language (default 400)")
    parser.add_argument("--top", type=int, default=0, help="also list the N functions running the most")
    args = parser.parse_args(argv)
    for lang in args.lang:
        n, counts = count_opcodes(lang, args.reports)
        total = sum(counts.values())
        print(f"{lang}: {total / n:,.0f} operations per report ({n} reports)")
        for (name, line, func), ops in counts.most_common(args.top):
            print(f"  {ops / n:8,.0f}  {100 * ops / total:5.1f} %  {name}:{line} {func}")


if __name__ == "__main__":
    main()
