"""Hostile use found in the second round of probing the CLI and the Python API: each a one-line
error, a documented exception or a skipped and counted file — never a traceback, a hang or a file
passed over unsaid."""

from __future__ import annotations

import json
import os

import pytest

import mapper
from mapper.cli import main


def _exit(argv: list[str]) -> int:
    try:
        return main(argv) or 0
    except SystemExit as exc:
        return int(exc.code or 0)


def _one_line_error(capsys) -> str:
    err = [line for line in capsys.readouterr().err.strip().splitlines() if line.strip()]
    assert len(err) == 1 and err[0].startswith("mapper: error: "), err
    return err[0]


@pytest.mark.parametrize("reports", [None, 5, 2.5, object()])
def test_analyse_of_what_is_not_iterable_is_a_usage_error(reports):
    with pytest.raises(mapper.UsageError, match="an iterable of mapper.Report"):
        mapper.analyse(reports)
