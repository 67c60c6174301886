"""A base for the enums of the stages' hand-offs."""

from __future__ import annotations

from enum import Enum


class StrEnum(str, Enum):
    """An enum whose members are their values as strings: ``Kind.STRIKE == "strike"``, and
    ``str()``, f-strings, CSV and JSON give the value (as :class:`enum.StrEnum` of Python 3.11)."""

    __str__ = str.__str__
    __format__ = str.__format__
