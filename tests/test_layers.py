"""The layer rules of docs/ARCHITECTURE.md, checked on the source tree itself.

Imports point downwards only (domain ← store ← sync ← services ← ui, cli), and a front
end goes through the services' doors (ui/ and cli/ never import store/ or sync/ but to
open the database); Qt lives only in ui/; SQL (SQLAlchemy, sqlite3, SQL text) lives only
in store/ and services/.
"""

from __future__ import annotations

import ast
import re
import subprocess
import sys
from pathlib import Path

import pytest

import helferapp

PACKAGE = Path(helferapp.__file__).resolve().parent
SOURCES = sorted(PACKAGE.rglob("*.py"))

QT_MODULES = ("PySide6", "shiboken6", "PyQt5", "PyQt6", "PySide2")
SQL_MODULES = ("sqlalchemy", "alembic", "sqlite3")
SQL_TEXT = re.compile(
    r"\b(SELECT\s.+\sFROM|INSERT\s+INTO|UPDATE\s+\w+\s+SET|DELETE\s+FROM|"
    r"CREATE\s+(TABLE|INDEX)|DROP\s+TABLE|PRAGMA\s+\w+)\b"
)

# The documented exceptions to the SQL rule (docs/ARCHITECTURE.md, "Exchange files and
# the merge"): the bulk merge needs Core statements. Any other module breaks the rule.
ALLOWED_SQL_OUTSIDE = {
    "helferapp.sync.merge": "merge reads and writes rows through SQLAlchemy in sync/",
    "helferapp.sync.wire": "wire maps SQLAlchemy column types in sync/",
}

# What each layer must not import (of ours). A front end goes through the services'
# doors: it must not reach store/ or sync/ either.
FORBIDDEN: dict[str, tuple[str, ...]] = {
    "domain": ("store", "sync", "services", "reports", "ui", "cli", "launcher", "resources"),
    "store": ("sync", "services", "reports", "ui", "cli", "launcher"),
    "sync": ("services", "reports", "ui", "cli", "launcher"),
    "services": ("ui", "cli", "launcher"),
    "reports": ("ui", "cli", "launcher"),
    "ui": ("store", "sync", "cli", "launcher"),
    "cli": ("store", "sync", "ui", "launcher"),
}

# The documented exception to the door rules (docs/ARCHITECTURE.md, "Doors for the front
# ends"): a front end opens the database itself — finds its file, opens it and hands the
# open ``Database`` to the services. Any other import of store/ or sync/ breaks the rule.
OPENING_THE_DATABASE = ("helferapp.store.database", "helferapp.store.location")
ALLOWED_PAST_THE_DOORS: dict[str, tuple[str, ...]] = {
    "ui": OPENING_THE_DATABASE,
    "cli": OPENING_THE_DATABASE,
}


def allowed_past_the_doors(layer: str, module: str) -> bool:
    return any(
        module == allowed or module.startswith(allowed + ".")
        for allowed in ALLOWED_PAST_THE_DOORS.get(layer, ())
    )


def module_name(path: Path) -> str:
    parts = list(path.relative_to(PACKAGE.parent).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def layer_of(path: Path) -> str:
    relative = path.relative_to(PACKAGE)
    return relative.parts[0] if len(relative.parts) > 1 else relative.stem


def imported_modules(path: Path) -> set[str]:
    """Every module ``path`` imports, at top level or inside functions, made absolute."""
    tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
    package = module_name(path)
    if path.name != "__init__.py":
        package = package.rpartition(".")[0]
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")[: len(package.split(".")) - node.level + 1]
                prefix = ".".join(base)
                module = f"{prefix}.{node.module}" if node.module else prefix
            else:
                module = node.module or ""
            found.add(module)
            found.update(f"{module}.{alias.name}" for alias in node.names)
        elif (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Attribute | ast.Name)
            and getattr(node.func, "attr", getattr(node.func, "id", "")) == "import_module"
            and node.args
            and isinstance(node.args[0], ast.Constant)
            and isinstance(node.args[0].value, str)
        ):
            found.add(node.args[0].value)
    return found


def top(module: str) -> str:
    return module.split(".")[0]


def our_layer(module: str) -> str | None:
    parts = module.split(".")
    return parts[1] if parts[0] == "helferapp" and len(parts) > 1 else None


def test_the_source_tree_is_found() -> None:
    layers = {layer_of(path) for path in SOURCES}
    assert {"domain", "store", "sync", "services", "ui", "cli"} <= layers
    assert layer_of(PACKAGE / "cli" / "records.py") == "cli"
    assert layer_of(PACKAGE / "launcher.py") == "launcher"


def test_the_import_parser_sees_our_and_foreign_imports() -> None:
    path = PACKAGE / "store" / "database.py"
    assert "helferapp.store.migrations" in imported_modules(path)
    assert "sqlalchemy" in imported_modules(path)


@pytest.mark.parametrize("path", SOURCES, ids=lambda path: module_name(path))
def test_each_layer_imports_only_downwards(path: Path) -> None:
    layer = layer_of(path)
    forbidden = FORBIDDEN.get(layer, ())
    wrong = sorted(
        module
        for module in imported_modules(path)
        if our_layer(module) in forbidden and not allowed_past_the_doors(layer, module)
    )
    assert not wrong, f"{module_name(path)} imports past its doors: {wrong}"


def test_a_front_end_importing_the_store_is_caught() -> None:
    imports = imported_modules(PACKAGE / "cli" / "common.py")
    past = [module for module in imports if our_layer(module) in FORBIDDEN["cli"]]
    assert past, "the test would not see cli/common.py reach past the services"
    assert all(allowed_past_the_doors("cli", module) for module in past)


@pytest.mark.parametrize(
    "path", [p for p in SOURCES if layer_of(p) == "domain"], ids=lambda p: module_name(p)
)
def test_the_domain_imports_no_framework(path: Path) -> None:
    frameworks = {*QT_MODULES, *SQL_MODULES, "platformdirs", "reportlab", "cryptography"}
    wrong = sorted(m for m in imported_modules(path) if top(m) in frameworks)
    assert not wrong, f"{module_name(path)} imports {wrong}"


def test_nothing_but_the_launcher_and_ui_imports_ui() -> None:
    wrong = [
        module_name(path)
        for path in SOURCES
        if layer_of(path) not in ("ui", "launcher")
        and any(our_layer(module) == "ui" for module in imported_modules(path))
    ]
    assert wrong == []


@pytest.mark.parametrize(
    "path", [p for p in SOURCES if layer_of(p) != "ui"], ids=lambda p: module_name(p)
)
def test_no_qt_outside_ui(path: Path) -> None:
    wrong = sorted(m for m in imported_modules(path) if top(m) in QT_MODULES)
    assert not wrong, f"{module_name(path)} imports Qt: {wrong}"


def test_the_door_rule_sees_a_front_end_reaching_past_the_services() -> None:
    assert "helferapp.store.models" not in OPENING_THE_DATABASE
    assert not allowed_past_the_doors("ui", "helferapp.store.models.SYNCED_MODELS")
    assert not allowed_past_the_doors("ui", "helferapp.sync.merge.MergeReport")
    assert allowed_past_the_doors("ui", "helferapp.store.database.open_database")


def test_the_allowed_door_exceptions_still_exist() -> None:
    names = {module_name(path) for path in SOURCES}
    for allowed in ALLOWED_PAST_THE_DOORS.values():
        assert set(allowed) <= names


def test_the_allowed_sql_exceptions_still_exist() -> None:
    names = {module_name(path) for path in SOURCES}
    assert set(ALLOWED_SQL_OUTSIDE) <= names


@pytest.mark.parametrize(
    "path",
    [
        pytest.param(p, id=module_name(p))
        for p in SOURCES
        if layer_of(p) not in ("store", "services") and module_name(p) not in ALLOWED_SQL_OUTSIDE
    ],
)
def test_no_sql_outside_store_and_services(path: Path) -> None:
    wrong = sorted(m for m in imported_modules(path) if top(m) in SQL_MODULES)
    assert not wrong, f"{module_name(path)} imports {wrong}"
    tree = ast.parse(path.read_text(encoding="utf-8"))
    statements = [
        node.value
        for node in ast.walk(tree)
        if isinstance(node, ast.Constant)
        and isinstance(node.value, str)
        and SQL_TEXT.search(node.value)
    ]
    assert not statements, f"{module_name(path)} holds SQL: {statements}"


@pytest.mark.parametrize(
    ("package", "must_not_load"),
    [
        ("helferapp.domain", ("helferapp.store", "helferapp.services", "sqlalchemy", "PySide6")),
        ("helferapp.store", ("helferapp.services", "helferapp.ui", "PySide6")),
        ("helferapp.services", ("helferapp.ui", "PySide6")),
        ("helferapp.cli", ("helferapp.ui", "PySide6")),
    ],
)
def test_a_layer_loads_without_the_layers_above_it(
    package: str, must_not_load: tuple[str, ...]
) -> None:
    modules = sorted(
        module_name(path)
        for path in SOURCES
        if module_name(path).startswith(package)
        and "migrations." not in module_name(path)
        and not module_name(path).endswith(".__main__")  # runs the command line
    )
    script = (
        "import importlib, sys\n"
        f"for name in {modules!r}: importlib.import_module(name)\n"
        f"bad = sorted(m for m in sys.modules if m.split('.')[0] in {must_not_load!r} "
        f"or any(m == p or m.startswith(p + '.') for p in {must_not_load!r}))\n"
        "print('\\n'.join(bad))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == ""
