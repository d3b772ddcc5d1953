"""Every command and option of the command line is documented in README.md.

The parser is the list of what exists (sub-commands such as `task add` included); the README is
what a clerk reads. A command counts as documented where the README shows `meeting-assistant
COMMAND`; an option of a command where the README uses it with that command (an example line,
continuation lines joined, with its comment) or in a `COMMAND --option` span; an option that
every command takes (--db, --lang, --version) anywhere. The model is sqlite-utils'
tests/test_docs.py.
"""

from __future__ import annotations

import argparse
import re
from pathlib import Path

import pytest

from .cli_helpers import build_parser

README = Path(__file__).resolve().parent.parent / "README.md"
TOP = "meeting-assistant"


def _subcommands(parser: argparse.ArgumentParser, path: tuple[str, ...] = ()):
    """(path, parser) of every command and sub-command: ("new",), ("task", "add"), …"""
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, sub in action.choices.items():
                yield (*path, name), sub
                yield from _subcommands(sub, (*path, name))


def _long_options(parser: argparse.ArgumentParser) -> list[str]:
    return [
        option
        for action in parser._actions
        for option in action.option_strings
        if option.startswith("--") and option != "--help"
    ]


PARSER = build_parser()
COMMANDS = dict(_subcommands(PARSER))
GLOBAL_OPTIONS = _long_options(PARSER)
COMMAND_OPTIONS = [
    (path, option)
    for path, sub in COMMANDS.items()
    for option in _long_options(sub)
    if option not in GLOBAL_OPTIONS
]


def _name(path: tuple[str, ...]) -> str:
    return " ".join(path)


def _token(words: str) -> str:
    return rf"(?<![\w-]){re.escape(words)}(?![\w-])"


@pytest.fixture(scope="module")
def readme() -> str:
    return README.read_text(encoding="utf-8")


def said_of(readme: str, path: tuple[str, ...]) -> str:
    """Everything the README says with this command: each `meeting-assistant COMMAND …` up to
    the end of its line or the next command on it, and each `COMMAND --option` span."""
    joined = readme.replace("\\\n", " ")
    usage = re.compile(rf"{TOP} {re.escape(_name(path))}(?![\w-])")
    said = [
        piece
        for line in joined.splitlines()
        for piece in re.split(rf"(?={TOP} )", line)
        if usage.match(piece)
    ]
    said += [
        span for span in re.findall(r"`([^`\n]+)`", readme) if span.startswith(_name(path) + " --")
    ]
    return "\n".join(said)


def test_the_parser_is_walked_down_to_sub_commands():
    """The walk finds what the tests below need to see, or they would check nothing."""
    assert {("new",), ("task", "add"), ("task", "update"), ("conclusion", "add")} <= set(COMMANDS)
    assert (("tasks",), "--due-within") in COMMAND_OPTIONS
    assert {"--db", "--lang", "--version"} <= set(GLOBAL_OPTIONS)


@pytest.mark.parametrize("path", list(COMMANDS), ids=_name)
def test_every_command_is_documented(readme, path):
    assert said_of(readme, path), f"README.md never shows `{TOP} {_name(path)}`"


@pytest.mark.parametrize(
    ("path", "option"), COMMAND_OPTIONS, ids=[f"{_name(p)} {o}" for p, o in COMMAND_OPTIONS]
)
def test_every_option_of_a_command_is_documented(readme, path, option):
    assert re.search(_token(option), said_of(readme, path)), (
        f"README.md shows `{TOP} {_name(path)}` but never with {option}"
    )


@pytest.mark.parametrize("option", GLOBAL_OPTIONS)
def test_every_option_for_all_commands_is_documented(readme, option):
    assert re.search(_token(option), readme), f"README.md never mentions {option}"
