"""docs/document.md documents the whole Document model and every warning code.

Models and fields are discovered from ``moukit.models`` (pydantic's ``model_fields``), and
warning codes from the source (string literals given as a warning code), so a new field,
model or code fails here until docs/document.md describes it.

The models checked are those of the Document: ``Document`` and every model its fields hold,
at any depth. A model in ``moukit.models`` that a Document never holds (the findings of
``moukit check``, the diff models) is checked too as soon as docs/document.md gives it a
section; otherwise it is documented elsewhere.
"""

from __future__ import annotations

import ast
import inspect
import re
import typing

import pytest
from pydantic import BaseModel

from moukit import models

from .conftest import ROOT

DOCUMENT_DOCS = ROOT / "docs" / "document.md"
SOURCE = ROOT / "src" / "moukit"


def _all_models() -> dict[str, type[BaseModel]]:
    """Every model defined in moukit.models that has fields (not the shared base class)."""
    return {
        name: value
        for name, value in vars(models).items()
        if inspect.isclass(value)
        and issubclass(value, BaseModel)
        and value.__module__ == models.__name__
        and value.model_fields
    }


def _held_models(annotation: object) -> set[type[BaseModel]]:
    """The models an annotation names, inside tuples, unions, Optional and Annotated."""
    if inspect.isclass(annotation) and issubclass(annotation, BaseModel):
        return {annotation}
    found: set[type[BaseModel]] = set()
    for argument in typing.get_args(annotation):
        found |= _held_models(argument)
    return found


def _document_models() -> dict[str, type[BaseModel]]:
    """Document and every model reachable from its fields."""
    seen: dict[str, type[BaseModel]] = {}
    todo: list[type[BaseModel]] = [models.Document]
    while todo:
        model = todo.pop()
        if model.__name__ in seen:
            continue
        seen[model.__name__] = model
        for field in model.model_fields.values():
            todo.extend(_held_models(field.annotation))
    return seen


ALL_MODELS = _all_models()
DOCUMENT_MODELS = _document_models()


def _sections(markdown: str) -> dict[str, str]:
    """The text under each "## Name" heading, by Name (up to the next "## " heading)."""
    parts = re.split(r"^## +(\S+)[^\n]*$", markdown, flags=re.MULTILINE)
    return dict(zip(parts[1::2], parts[2::2]))


def _table_fields(section: str) -> set[str]:
    """The names in the first column of the section's tables: "| `name` | …"."""
    return set(re.findall(r"^\| *`([A-Za-z_][A-Za-z0-9_]*)` *\|", section, flags=re.MULTILINE))


@pytest.fixture(scope="module")
def docs() -> str:
    return DOCUMENT_DOCS.read_text(encoding="utf-8")


def _checked_models() -> dict[str, type[BaseModel]]:
    """The Document's models, and every other model docs/document.md has a section for."""
    sections = _sections(DOCUMENT_DOCS.read_text(encoding="utf-8"))
    return {**DOCUMENT_MODELS, **{name: model for name, model in ALL_MODELS.items() if name in sections}}


MODELS = _checked_models()


def test_models_are_found():
    expected = {"Document", "Source", "Header", "HeaderLines", "Ref", "Issuer", "ThaiDate", "Salutation",
                "Enclosure", "Party", "Paragraph", "Clause", "Conclusion", "Signed", "Signatory", "Footer",
                "FooterLines", "Person", "Meeting", "Warning"}
    assert expected <= set(DOCUMENT_MODELS)
    assert set(DOCUMENT_MODELS) <= set(ALL_MODELS)


@pytest.mark.parametrize("name", sorted(DOCUMENT_MODELS))
def test_every_model_has_a_section(docs, name):
    assert name in _sections(docs), f"docs/document.md has no '## {name}' section"


@pytest.mark.parametrize(
    ("model", "field"),
    [(name, field) for name, model in sorted(MODELS.items()) for field in model.model_fields],
    ids=lambda value: value if isinstance(value, str) else None,
)
def test_every_field_is_documented_under_its_model(docs, model, field):
    section = _sections(docs).get(model, "")
    assert field in _table_fields(section), (
        f"field {model}.{field} has no row in the '## {model}' table of docs/document.md"
    )


def _emitted_codes() -> dict[str, str]:
    """Warning codes written in the source, with where each was found.

    A code is a string literal passed as ``code="…"``, given as the default of a ``code``
    parameter (``code: str = "unparsed_line"``), or passed first to ``warn("…", …)``. The
    codes of ``moukit check`` findings are not parser warnings and are left out.
    """
    found: dict[str, str] = {}
    for path in sorted(SOURCE.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        where = str(path.relative_to(ROOT))
        for node in ast.walk(tree):
            for literal in _code_literals(node):
                found.setdefault(literal.value, f"{where}:{literal.lineno}")
    return found


# Calls whose ``code`` is not a parser warning: the findings of ``moukit check``.
_NOT_WARNINGS = {"Finding", "_Draft"}


def _code_literals(node: ast.AST) -> list[ast.Constant]:
    literals: list[ast.AST] = []
    if isinstance(node, ast.Call):
        name = node.func.attr if isinstance(node.func, ast.Attribute) else getattr(node.func, "id", None)
        if name not in _NOT_WARNINGS:
            literals += [keyword.value for keyword in node.keywords if keyword.arg == "code"]
        if name == "warn" and node.args:
            literals.append(node.args[0])
    elif isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
        arguments = node.args
        positional = arguments.posonlyargs + arguments.args
        pairs = list(zip(positional[len(positional) - len(arguments.defaults):], arguments.defaults))
        pairs += [(arg, default) for arg, default in zip(arguments.kwonlyargs, arguments.kw_defaults) if default]
        literals += [default for arg, default in pairs if arg.arg == "code"]
    return [literal for literal in literals if isinstance(literal, ast.Constant) and isinstance(literal.value, str)]


EMITTED = _emitted_codes()


def _documented_codes(docs: str) -> set[str]:
    """The codes in the table under "### Warning codes" (up to the next heading)."""
    found = re.search(r"^### Warning codes$(.*?)(?=^#)", docs + "\n#", flags=re.MULTILINE | re.DOTALL)
    return _table_fields(found.group(1)) if found else set()


def test_warning_codes_are_found():
    # The scan itself works: the codes every parse can emit are seen.
    assert {"unparsed_line", "page_furniture", "unaccounted_line"} <= set(EMITTED)


@pytest.mark.parametrize("code", sorted(EMITTED))
def test_every_warning_code_is_documented(docs, code):
    assert code in _documented_codes(docs), (
        f"warning code {code!r} ({EMITTED[code]}) is not in the 'Warning codes' table of docs/document.md"
    )


def test_every_documented_warning_code_is_emitted(docs):
    stale = sorted(_documented_codes(docs) - set(EMITTED))
    assert stale == [], f"docs/document.md lists warning codes the source no longer emits: {stale}"
