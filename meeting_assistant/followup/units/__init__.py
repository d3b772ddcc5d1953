"""Unit names in speech: the clerk's directory, abbreviations, and a small grammar for the rest.

vocabulary (the words and patterns) < names (`Mention`, canonical keys, official style) <
gazetteer (finding the units named in a text).
"""

from .gazetteer import Gazetteer
from .names import COLLECTIVE, Mention, same_unit, unit_key
from .vocabulary import ABBREVIATIONS, HEADS, NAMED, SECTORS

__all__ = [
    "ABBREVIATIONS",
    "COLLECTIVE",
    "HEADS",
    "NAMED",
    "SECTORS",
    "Gazetteer",
    "Mention",
    "same_unit",
    "unit_key",
]
