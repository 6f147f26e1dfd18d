"""Defaults for the ``moukit`` command from a file: ``moukit.toml``, or ``[tool.moukit]`` in a
``pyproject.toml``, found in the current directory or the nearest parent that has one.

    [tool.moukit]              # in moukit.toml: the same keys at the top level
    include = ["*.txt", "*.pdf"]   # batch --include
    workers = 4                    # batch --workers
    today = "2025-01-01"           # check --today
    lang = "th"                    # --lang

An option on the command line wins over the file, and the file over moukit's own defaults
(``MOUKIT_LANG`` sits between the option and the file for ``lang``). A ``pyproject.toml``
without ``[tool.moukit]`` ends the search: it is a project's root, and the project has no
settings. A file moukit cannot read, or a key or value it does not know, is a usage error.

The language of messages is chosen here too (``chosen_lang``): ``--lang``, else
``MOUKIT_LANG``, else the file's ``lang``, else English.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import typer

KEYS: dict[str, tuple[type, str]] = {
    "include": (list, "a list of file-name patterns, as batch --include takes them"),
    "workers": (int, "a whole number of worker processes, 1 or more"),
    "today": (str, "a day written YYYY-MM-DD"),
    "lang": (str, '"en" or "th"'),
}


class ConfigProblem(Exception):
    """A settings file that cannot be used; the message names it."""


def find_config(start: Path) -> Path | None:
    """The settings file for a run in ``start``, or None."""
    for folder in (start, *start.parents):
        if (folder / "moukit.toml").is_file():
            return folder / "moukit.toml"
        if (folder / "pyproject.toml").is_file():
            return folder / "pyproject.toml"
    return None


def load_config(path: Path) -> dict[str, Any]:
    """The settings in ``path`` (empty for a pyproject.toml without [tool.moukit]), checked."""
    toml = _toml_module()
    try:
        with path.open("rb") as file:
            data = toml.load(file)
    except OSError as error:
        raise ConfigProblem(f"{path}: cannot read it: {error.strerror or error}") from None
    except ValueError as error:  # tomllib.TOMLDecodeError
        raise ConfigProblem(f"{path}: not valid TOML: {error}") from None
    section = data if path.name == "moukit.toml" else data.get("tool", {}).get("moukit", {})
    where = f"{path}" if path.name == "moukit.toml" else f"{path} [tool.moukit]"
    for key, value in section.items():
        if key not in KEYS:
            raise ConfigProblem(f"{where}: unknown setting {key!r}; the settings are: {', '.join(KEYS)}")
        kind, what = KEYS[key]
        if not isinstance(value, kind) or isinstance(value, bool) or (
                kind is list and not all(isinstance(item, str) for item in value)) or (
                key == "workers" and value < 1):
            raise ConfigProblem(f"{where}: {key} = {value!r}: expected {what}")
    return dict(section)


def default_map(settings: dict[str, Any]) -> dict[str, dict[str, Any]]:
    """The settings as the command's defaults, command by command (click's ``default_map``)."""
    batch = {key: settings[key] for key in ("include", "workers") if key in settings}
    check = {"today": settings["today"]} if "today" in settings else {}
    return {name: values for name, values in (("batch", batch), ("check", check)) if values}


def _toml_module() -> Any:
    if sys.version_info >= (3, 11):
        import tomllib

        return tomllib
    import tomli  # a dependency on Python 3.10

    return tomli


# -- for the command: the language, and the settings of this run ----------------------------------

LANGS = ("en", "th")
LANG_OPTION = typer.Option(
    "--lang", metavar="en|th",
    help="The language of findings, errors and summaries: en (English) or th (Thai) [default: MOUKIT_LANG, else en].")


def chosen_lang(option: str | None, setting: str | None = None) -> str:
    """``--lang`` if given, else ``MOUKIT_LANG`` when it names a language moukit speaks, else the
    settings file's ``lang``, else en."""
    import os

    lang = (option or os.environ.get("MOUKIT_LANG") or setting or "en").strip().lower()
    if option is not None and lang not in LANGS:
        raise typer.BadParameter(f"{option!r} is not a language moukit speaks: en or th", param_hint="'--lang'")
    return lang if lang in LANGS else "en"


def read_settings() -> dict[str, Any]:
    """The settings file's settings; a file that cannot be used is a usage
    error, one line."""
    from .output import error_line

    path = find_config(Path.cwd())
    if path is None:
        return {}
    try:
        settings = load_config(path)
    except ConfigProblem as problem:
        error_line(str(problem))
        raise typer.Exit(2) from None
    if settings.get("lang", "en") not in LANGS:
        error_line(f"{path}: lang = {settings['lang']!r}: expected \"en\" or \"th\"")
        raise typer.Exit(2)
    return settings
