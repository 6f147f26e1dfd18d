"""The house rules of the source tree (docs/contributing.md): no import cycle among moukit's
modules (function-local imports counted), no module over 400 lines, a small top level, every
MoukitError in errors.py, and no kind id or Thai kind name spelled outside the registry."""

from __future__ import annotations

import ast
import importlib
from pathlib import Path

import pytest

from moukit.errors import MoukitError
from moukit.registry import SPECS

PACKAGE = Path(__file__).resolve().parent.parent / "src" / "moukit"
MODULES = sorted(PACKAGE.rglob("*.py"))


def module_name(path: Path) -> str:
    parts = list(path.relative_to(PACKAGE.parent).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


NAMES = {module_name(path): path for path in MODULES}


def imports(path: Path) -> set[str]:
    """The moukit modules this file imports, at any depth of the code (function-local too)."""
    name = module_name(path)
    package = name if path.name == "__init__.py" else name.rsplit(".", 1)[0]
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")
                base = base[: len(base) - node.level + 1]
                target = ".".join(base + ([node.module] if node.module else []))
            else:
                target = node.module or ""
            for alias in node.names:
                candidate = f"{target}.{alias.name}"
                found.add(candidate if candidate in NAMES else target)
        elif isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
    return {module for module in found if module in NAMES and module != name}


GRAPH = {name: imports(path) for name, path in NAMES.items()}
# The kinds package imports each kind's parser by the name the registry gives it.
GRAPH["moukit.kinds"] |= {f"moukit.kinds.{spec.parser.split(':')[0]}" for spec in SPECS}


def test_no_import_cycle():
    # Importing a package runs its __init__ first: a module's parent packages are edges too.
    graph = {name: set(edges) for name, edges in GRAPH.items()}
    for name, edges in GRAPH.items():
        for edge in edges:
            parent = edge.rsplit(".", 1)[0]
            while parent != "moukit" and parent in NAMES and parent != name and not name.startswith(parent + "."):
                graph[name].add(parent)
                parent = parent.rsplit(".", 1)[0]
    state: dict[str, int] = {}
    cycles: list[list[str]] = []

    def visit(node: str, trail: list[str]) -> None:
        state[node] = 1
        for edge in sorted(graph[node]):
            if state.get(edge) == 1:
                cycles.append(trail[trail.index(edge):] + [edge] if edge in trail else [node, edge])
            elif edge not in state:
                visit(edge, [*trail, edge])
        state[node] = 2

    for name in sorted(graph):
        if name not in state:
            visit(name, [name])
    assert cycles == []


@pytest.mark.parametrize("path", MODULES, ids=lambda p: str(p.relative_to(PACKAGE)))
def test_no_module_over_400_lines(path):
    assert len(path.read_text(encoding="utf-8").splitlines()) <= 400


def test_the_top_level_holds_at_most_15_modules():
    assert len(list(PACKAGE.glob("*.py"))) <= 15


def test_every_moukit_error_lives_in_errors_py():
    for name in NAMES:
        if name != "moukit.__main__":
            importlib.import_module(name)
    classes, seen = [MoukitError], []
    while classes:
        cls = classes.pop()
        seen.append(cls)
        classes += cls.__subclasses__()
    assert {cls.__qualname__: cls.__module__ for cls in seen if cls.__module__ != "moukit.errors"} == {}


def test_no_private_name_is_imported_across_modules():
    private = []
    for path in MODULES:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and (node.level or (node.module or "").startswith("moukit")):
                private += [f"{path.relative_to(PACKAGE)}: {alias.name}" for alias in node.names
                            if alias.name.startswith("_") and not alias.name.startswith("__")]
    assert private == []


def test_diff_does_not_import_the_exporters():
    assert {edge for name, edges in GRAPH.items() if name.startswith("moukit.diff") for edge in edges
            if edge.startswith("moukit.export")} == set()


def test_kind_names_are_spelled_only_in_the_registry():
    spelled = []
    for path in MODULES:
        if path.name in ("registry.py", "vocabulary.py"):  # the vocabulary's "ประกาศ" is the verb
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Constant) and isinstance(node.value, str) and node.value in {
                    *(spec.id.value for spec in SPECS), *(spec.thai for spec in SPECS)}:
                spelled.append(f"{path.relative_to(PACKAGE)}:{node.lineno}: {node.value!r}")
    assert spelled == []
