"""Write the texts that ``pyside6-lupdate`` cannot see into one file it can read.

Why: lupdate only finds literal ``self.tr("…")``, ``QCoreApplication.translate("ctx",
"…")`` and ``QT_TRANSLATE_NOOP`` calls. HelferApp also translates through small module
wrappers (``_tr("…")`` that calls ``translate("Menus", text)``) and translates labels
that live in the Qt-free domain (enum labels, names of kinds and fields) and services
(table column titles, the consent summary's words) at run time.
This script finds both and writes ``QT_TRANSLATE_NOOP(context, text)`` lines into a
generated Python file that ``packaging/update_translations.sh`` passes to lupdate
together with ``src/helferapp``. Run by that script; not imported by the app.
"""

from __future__ import annotations

import ast
import sys
from enum import Enum
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SRC = ROOT / "src" / "helferapp"
TRANSLATE = {"translate"}


def _wrapper_contexts(tree: ast.Module) -> dict[str, str]:
    """Functions of the form ``def _tr(text): return X.translate("Ctx", text)``."""
    found: dict[str, str] = {}
    for node in tree.body:
        if not isinstance(node, ast.FunctionDef) or not node.args.args:
            continue
        for inner in ast.walk(node):
            if (
                isinstance(inner, ast.Call)
                and isinstance(inner.func, ast.Attribute)
                and inner.func.attr in TRANSLATE
                and len(inner.args) >= 2
                and isinstance(inner.args[0], ast.Constant)
                and isinstance(inner.args[0].value, str)
                and isinstance(inner.args[1], ast.Name)
                and inner.args[1].id == node.args.args[0].arg
            ):
                found[node.name] = inner.args[0].value
    return found


def _const(node: ast.AST) -> str | None:
    return node.value if isinstance(node, ast.Constant) and isinstance(node.value, str) else None


def wrapper_texts(path: Path) -> list[tuple[str, str]]:
    """(context, text) for every literal passed to a wrapper, or to ``tr("ctx", "…")``."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    wrappers = _wrapper_contexts(tree)
    texts: list[tuple[str, str]] = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call) or not isinstance(node.func, ast.Name) or not node.args:
            continue
        name = node.func.id
        if name in wrappers and (text := _const(node.args[0])) is not None:
            texts.append((wrappers[name], text))
        elif name == "tr" and len(node.args) >= 2:
            context, text = _const(node.args[0]), _const(node.args[1])
            if context is not None and text is not None:
                texts.append((context, text))
    return texts


def plural_texts(path: Path) -> list[tuple[str, str]]:
    """(context, text) of every ``plural("ctx", "…", n)`` and ``plural_noop("ctx", "…")``."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    texts: list[tuple[str, str]] = []
    for node in ast.walk(tree):
        if (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Name)
            and node.func.id in {"plural", "plural_noop"}
            and len(node.args) >= 2
        ):
            context, text = _const(node.args[0]), _const(node.args[1])
            if context is not None and text is not None:
                texts.append((context, text))
    return texts


def plural_lines(texts: list[tuple[str, str]]) -> list[str]:
    """One class per context with ``self.tr(text, "", n)``: the form in which lupdate
    records a text with numerus forms (its context is the class name)."""
    lines: list[str] = []
    by_context: dict[str, list[str]] = {}
    for context, text in sorted(set(texts)):
        by_context.setdefault(context, []).append(text)
    for context, items in by_context.items():
        lines += ["", "", f"class {context}(QObject):", "    def plurals(self, n):"]
        lines += [f"        self.tr({text!r}, '', n)" for text in items]
    return lines


def domain_texts() -> list[tuple[str, str]]:
    """Enum labels (context "enums") and names of kinds and fields (context "labels")."""
    sys.path.insert(0, str(ROOT / "src"))
    from helferapp.domain import enums, labels

    texts: list[tuple[str, str]] = []
    for value in vars(enums).values():
        if isinstance(value, type) and issubclass(value, Enum) and value is not Enum:
            for member in value:
                label = getattr(member, "label", None)
                if isinstance(label, str) and label:
                    texts.append(("enums", label))
    for singular, plural in labels.KIND_LABELS.values():
        texts += [("labels", singular), ("labels", plural)]
    for fields in labels.FIELD_LABELS.values():
        texts += [("labels", text) for text in fields.values()]
    return texts


def services_texts() -> list[tuple[str, str]]:
    """Texts the GUI shows from Qt-free services: table column titles, consent words."""
    sys.path.insert(0, str(ROOT / "src"))
    from helferapp.services import consent_summary, table_columns

    texts = [
        (table_columns.CONTEXT, column.title)
        for columns in table_columns.TABLE_COLUMNS.values()
        for column in columns
    ]
    texts += [(consent_summary.CONTEXT, word) for word in consent_summary.WORDS]
    return texts


def main(target: str) -> int:
    texts: list[tuple[str, str]] = []
    plurals: list[tuple[str, str]] = []
    for path in sorted(SRC.rglob("*.py")):
        texts += wrapper_texts(path)
        plurals += plural_texts(path)
    texts += domain_texts()
    texts += services_texts()
    unique = sorted(set(texts))
    lines = [
        '"""Generated by packaging/translation_sources.py for lupdate; do not edit."""',
        "from PySide6.QtCore import QT_TRANSLATE_NOOP, QObject",
        "",
    ]
    lines += [f"QT_TRANSLATE_NOOP({context!r}, {text!r})" for context, text in unique]
    lines += plural_lines(plurals)
    Path(target).parent.mkdir(parents=True, exist_ok=True)
    Path(target).write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(unique)} Texte aus Wrappern und der Domäne → {target}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else "build/i18n/dynamic_texts.py"))
