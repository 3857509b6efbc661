"""The package's import structure: no import cycles between its modules, and the commands load
only what they need (``newsindex --help`` no Whoosh or NLTK, a search no NLTK).

The rules between the package's wings are import-linter contracts (pyproject.toml,
``[tool.importlinter]``, run by ``make lint``); this file covers what they do not: cycles over
every module, and what importing actually loads at run time.
"""

from __future__ import annotations

import ast
import itertools
import pkgutil
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path

import pytest

import newsindex

PACKAGE = "newsindex"
ROOT = Path(__file__).resolve().parent.parent


def package_modules() -> dict[str, tuple[Path, bool]]:
    """Every module of the package by dotted name: (source file, is a package)."""
    modules = {PACKAGE: (Path(newsindex.__file__), True)}

    # walk_packages imports each package to list its modules; by default it skips a package
    # that fails with ImportError, which would hide its modules from the cycle check.
    def fail(name: str) -> None:
        raise AssertionError(f"cannot import {name} to list its modules")

    for info in pkgutil.walk_packages(newsindex.__path__, prefix=f"{PACKAGE}.", onerror=fail):
        spec = info.module_finder.find_spec(info.name, None)
        assert spec is not None and spec.origin is not None, info.name
        modules[info.name] = (Path(spec.origin), info.ispkg)
    return modules


def _is_type_checking(test: ast.expr) -> bool:
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING"
    )


def _imports(tree: ast.AST) -> Iterator[ast.Import | ast.ImportFrom]:
    """Import statements anywhere (module level, functions, classes, try blocks), except the
    body of ``if TYPE_CHECKING:`` (its ``else`` branch runs, so it counts)."""
    stack: list[ast.AST] = [tree]
    while stack:
        node = stack.pop()
        if isinstance(node, ast.Import | ast.ImportFrom):
            yield node
        elif isinstance(node, ast.If) and _is_type_checking(node.test):
            stack.extend(node.orelse)
        else:
            stack.extend(ast.iter_child_nodes(node))


def _resolve(name: str, modules: dict[str, tuple[Path, bool]]) -> str | None:
    """The package module ``import name`` runs: the longest known prefix (None: external)."""
    parts = name.split(".")
    while parts:
        candidate = ".".join(parts)
        if candidate in modules:
            return candidate
        parts.pop()
    return None


def import_graph() -> dict[str, set[tuple[str, int]]]:
    """Module -> {(imported package module, line)} for every import between package modules."""
    modules = package_modules()
    graph: dict[str, set[tuple[str, int]]] = {name: set() for name in modules}
    for name, (path, is_package) in modules.items():
        here = name if is_package else name.rpartition(".")[0]
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        for node in _imports(tree):
            targets: list[str | None] = []
            if isinstance(node, ast.Import):
                targets = [_resolve(alias.name, modules) for alias in node.names]
            else:
                if node.level:
                    base = here.split(".")
                    if node.level - 1 > len(base) - 1:
                        raise AssertionError(f"{path}:{node.lineno}: relative import above root")
                    base = base[: len(base) - (node.level - 1)]
                    source = ".".join([*base, *([node.module] if node.module else [])])
                else:
                    source = node.module or ""
                for alias in node.names:
                    # `from pkg import sub` imports the submodule, `from mod import name` mod.
                    submodule = f"{source}.{alias.name}"
                    targets.append(submodule if submodule in modules else _resolve(source, modules))
            for target in targets:
                if target is not None and target != name:
                    graph[name].add((target, node.lineno))
    return graph


def find_cycles(graph: dict[str, set[tuple[str, int]]]) -> list[list[str]]:
    """One cycle (first module repeated at the end) per strongly connected component."""
    edges = {name: sorted({target for target, _ in out}) for name, out in graph.items()}
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    components: list[list[str]] = []

    def connect(node: str) -> None:  # Tarjan; the package is small enough to recurse
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for target in edges[node]:
            if target not in index:
                connect(target)
                low[node] = min(low[node], low[target])
            elif target in on_stack:
                low[node] = min(low[node], index[target])
        if low[node] == index[node]:
            component = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                component.append(member)
                if member == node:
                    break
            if len(component) > 1:
                components.append(sorted(component))

    for node in sorted(edges):
        if node not in index:
            connect(node)

    cycles = []
    for component in components:
        members = set(component)
        start = component[0]
        # Breadth-first within the component from start back to start: a shortest cycle.
        came_from: dict[str, str] = {}
        queue = [start]
        while queue and start not in came_from:
            node = queue.pop(0)
            for target in edges[node]:
                if target in members and target not in came_from:
                    came_from[target] = node
                    queue.append(target)
        path = [start]
        node = came_from[start]
        while node != start:
            path.append(node)
            node = came_from[node]
        path.append(start)
        cycles.append(path[::-1])
    return cycles


def _describe(cycle: list[str], graph: dict[str, set[tuple[str, int]]]) -> str:
    steps = []
    for importer, imported in itertools.pairwise(cycle):
        lines = sorted(line for target, line in graph[importer] if target == imported)
        steps.append(f"{importer} -> {imported} (line {', '.join(map(str, lines))})")
    return "\n  ".join(steps)


def test_the_walk_sees_the_package() -> None:
    """Guards the cycle test against passing because the walk found nothing."""
    graph = import_graph()
    assert {"newsindex.nlp.ner.train", "newsindex.search.handle", "newsindex.web"} <= set(graph)
    targets = {name: {target for target, _ in out} for name, out in graph.items()}
    assert "newsindex.readers" in targets["newsindex.indexing"]  # function level, relative
    assert "newsindex.nltkdata" in targets["newsindex.cli.indexing"]  # from package import module
    assert not targets[PACKAGE]  # TYPE_CHECKING only; names load through __getattr__


def test_find_cycles_names_each_cycle() -> None:
    graph = {
        "a": {("b", 1)},
        "b": {("c", 2)},
        "c": {("a", 3), ("d", 4)},
        "d": set(),
        "e": {("f", 5)},
        "f": {("e", 6)},
    }
    assert find_cycles(graph) == [["a", "b", "c", "a"], ["e", "f", "e"]]
    assert _describe(["e", "f", "e"], graph) == "e -> f (line 5)\n  f -> e (line 6)"
    assert find_cycles({"a": {("b", 1)}, "b": set()}) == []


def test_no_import_cycles() -> None:
    graph = import_graph()
    cycles = find_cycles(graph)
    report = "\n".join(f"import cycle:\n  {_describe(cycle, graph)}" for cycle in cycles)
    assert not cycles, report


def _loaded_after(code: str) -> set[str]:
    """The modules in sys.modules after running ``code`` in a fresh interpreter, also when the
    code ends by raising SystemExit (as click does after --help)."""
    script = textwrap.dedent(
        """
        import atexit, sys

        def report():
            sys.stdout.flush()
            print("\\nLOADED:" + " ".join(sorted(sys.modules)))

        atexit.register(report)
        """
    ) + textwrap.dedent(code)
    done = subprocess.run(
        [sys.executable, "-c", script],
        cwd=ROOT,
        capture_output=True,
        text=True,
        stdin=subprocess.DEVNULL,
        timeout=120,
    )
    marker = done.stdout.rpartition("\nLOADED:")
    assert done.returncode == 0 and marker[1], f"exit {done.returncode}:\n{done.stderr}"
    return set(marker[2].split())


def _packages(modules: set[str]) -> set[str]:
    return {name.split(".")[0] for name in modules}


def test_importing_the_cli_loads_no_whoosh_or_nltk() -> None:
    loaded = _packages(_loaded_after("import newsindex.cli\n"))
    assert "click" in loaded  # the check sees what was imported
    assert not loaded & {"whoosh", "nltk"}


def test_newsindex_help_loads_no_whoosh_or_nltk() -> None:
    loaded = _loaded_after(
        """
        sys.argv = ["newsindex", "--help"]
        from newsindex.cli import main
        main()
        """
    )
    assert not _packages(loaded) & {"whoosh", "nltk"}


def test_search_handle_loads_no_nltk() -> None:
    loaded = _packages(_loaded_after("import newsindex.search.handle\n"))
    assert "whoosh" in loaded  # the check sees what was imported
    assert "nltk" not in loaded


@pytest.mark.parametrize("name", ["newsindex.nlp.names", "newsindex.nlp.dates"])
def test_pure_string_helpers_load_no_whoosh_nltk_or_model(name: str) -> None:
    """Search imports these at query time: they must not bring the entity model along."""
    loaded = _loaded_after(f"import {name}\n")
    assert name in loaded
    assert not _packages(loaded) & {"whoosh", "nltk"}
    assert not loaded & {"newsindex.nlp.pipeline", "newsindex.nlp.ner.tagger"}
