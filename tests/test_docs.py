"""The command line and its documentation agree (after sqlite-utils' test_docs.py).

Commands and options are discovered from the typer app, so a new command or option fails here
until it has help text and a place in docs/cli.md.
"""

from __future__ import annotations

import re

import pytest
import typer.main

from moukit.cli.commands import app

from .conftest import ROOT

CLI_DOCS = ROOT / "docs" / "cli.md"
README = ROOT / "README.md"

GROUP = typer.main.get_command(app)
COMMANDS = dict(GROUP.commands)


def _options(command) -> list[str]:
    """Every spelling of every option: "--format", "-f", ..."""
    return [name for param in command.params if param.param_type_name == "option"
            for name in (*param.opts, *param.secondary_opts)]


def _sections(markdown: str) -> dict[str, str]:
    """The text under each "## moukit NAME" heading, by NAME."""
    parts = re.split(r"^## moukit (\S+).*$", markdown, flags=re.MULTILINE)
    return dict(zip(parts[1::2], parts[2::2]))


@pytest.fixture(scope="module")
def docs() -> str:
    return CLI_DOCS.read_text(encoding="utf-8")


def test_there_are_commands():
    assert {"parse", "normalize", "schema"} <= set(COMMANDS)


@pytest.mark.parametrize("name", sorted(COMMANDS))
def test_every_command_has_help(name):
    command = COMMANDS[name]
    assert command.help and command.help.strip()
    for param in command.params:
        assert param.help and param.help.strip(), f"{name}: {param.name} has no help"


def test_the_app_and_its_options_have_help():
    assert GROUP.help and GROUP.help.strip()
    for param in GROUP.params:
        assert param.help and param.help.strip(), f"{param.name} has no help"


@pytest.mark.parametrize("name", sorted(COMMANDS))
def test_every_command_is_documented(docs, name):
    assert name in _sections(docs), f"docs/cli.md has no '## moukit {name}' section"


@pytest.mark.parametrize(
    ("name", "option"),
    [(name, option) for name, command in sorted(COMMANDS.items()) for option in _options(command)],
)
def test_every_option_is_documented_under_its_command(docs, name, option):
    section = _sections(docs).get(name, "")
    assert re.search(rf"(?<![\w-]){re.escape(option)}(?![\w-])", section), (
        f"docs/cli.md: '## moukit {name}' does not mention {option}"
    )


@pytest.mark.parametrize("option", [*_options(GROUP), "--help"])
def test_the_app_options_are_documented(docs, option):
    assert re.search(rf"(?<![\w-]){re.escape(option)}(?![\w-])", docs)


def test_exit_codes_are_documented(docs):
    section = docs.split("## Exit codes", 1)[1].split("\n## ", 1)[0]
    for code in ("0", "1", "2"):
        assert re.search(rf"^\|\s*`?{code}`?\s*\|", section, flags=re.MULTILINE), f"exit code {code} missing"


def test_readme_quick_start_is_one_block_of_two_commands():
    if not README.exists():
        pytest.skip("README.md does not exist yet (it is being written)")
    text = README.read_text(encoding="utf-8")
    match = re.search(r"^## Quick start\s*$(.*?)(?=^## |\Z)", text, flags=re.MULTILINE | re.DOTALL)
    assert match, "README.md has no '## Quick start' section"
    blocks = re.findall(r"^```[^\n]*\n(.*?)^```", match.group(1), flags=re.MULTILINE | re.DOTALL)
    assert len(blocks) == 1, f"Quick start has {len(blocks)} fenced blocks, not one"
    lines = blocks[0].splitlines()
    # .ci/run runs the block's second line as it stands: no prompts, comments or blank lines.
    assert len(lines) == 2, f"Quick start block has {len(lines)} lines, not two commands: {lines}"
    for line in lines:
        assert line.strip() and not line.lstrip().startswith(("#", "$ ", ">")), f"not a bare command: {line!r}"
    assert "pytest" in lines[1], ".ci/run runs the second command as the test suite"
