"""The house rules that keep the code findable: features as folders, no cycles, no clocks."""

import ast
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGES = ("models", "exports", "desktop")


def _module_name(path: Path) -> str:
    parts = path.relative_to(ROOT).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _modules() -> dict[str, Path]:
    found = {}
    for package in PACKAGES:
        for path in (ROOT / package).rglob("*.py"):
            if "migrations" not in path.parts:
                found[_module_name(path)] = path
    return found


def _imports(path: Path, name: str, known: set[str]) -> set[str]:
    """Every project module this one imports, at the top or inside a function."""
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    targets: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            targets.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                base = ".".join(package.split(".")[: len(package.split(".")) - node.level + 1])
                base = f"{base}.{node.module}" if node.module else base
            targets.add(base)
            targets.update(f"{base}.{alias.name}" for alias in node.names)
    resolved = set()
    for target in targets:
        while target and target not in known:
            target = target.rpartition(".")[0]
        if target and target != name:
            resolved.add(target)
    return resolved


def _cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected components of more than one module (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for target in graph[node]:
            if target not in index:
                visit(target)
                low[node] = min(low[node], low[target])
            elif target in on_stack:
                low[node] = min(low[node], index[target])
        if low[node] == index[node]:
            component = []
            while True:
                item = stack.pop()
                on_stack.discard(item)
                component.append(item)
                if item == node:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    for node in graph:
        if node not in index:
            visit(node)
    return found


def test_no_import_cycles_even_inside_functions() -> None:
    """No module reaches itself again through its imports, however deep they are tucked."""
    modules = _modules()
    known = set(modules)
    # A package's __init__ importing its own submodules is how a package offers them.
    graph = {
        name: {t for t in _imports(path, name, known) if not name.startswith(t + ".")}
        for name, path in modules.items()
    }
    assert _cycles(graph) == []


def test_no_folder_holds_more_than_25_modules() -> None:
    """Features stay findable: a folder of more than 25 modules is split by feature."""
    crowded = {}
    for package in PACKAGES:
        for folder in [ROOT / package, *(ROOT / package).rglob("*")]:
            if folder.is_dir() and folder.name != "__pycache__":
                count = len(list(folder.glob("*.py")))
                if count > 25:
                    crowded[str(folder.relative_to(ROOT))] = count
    assert crowded == {}


def test_the_date_and_time_come_from_the_clock() -> None:
    """Only the clock reads the real date: tests fix it, and the suite runs on any day."""
    allowed = {ROOT / "models" / "core" / "clock.py"}
    readers = []
    pattern = re.compile(r"\b(date\.today|datetime\.(now|today|utcnow))\(")
    for package in PACKAGES:
        for path in (ROOT / package).rglob("*.py"):
            if path not in allowed and pattern.search(path.read_text(encoding="utf-8")):
                readers.append(str(path.relative_to(ROOT)))
    assert readers == []
