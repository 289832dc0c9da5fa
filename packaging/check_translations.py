"""Report the entries of a .ts file that have no finished translation.

Used by ``update_translations.sh`` and mirrored by ``tests/packaging``: an English
entry that is ``type="unfinished"`` or empty would show German in the English UI.
"""

from __future__ import annotations

import sys
import xml.etree.ElementTree as ET
from pathlib import Path


def open_entries(path: Path) -> list[tuple[str, str]]:
    """(context, source) of every message whose translation is unfinished or empty."""
    missing: list[tuple[str, str]] = []
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            translation = message.find("translation")
            forms = [] if translation is None else list(translation.iter("numerusform"))
            texts = [form.text or "" for form in forms] or [
                "" if translation is None else translation.text or ""
            ]
            unfinished = translation is None or translation.get("type") in {
                "unfinished",
                "vanished",
                "obsolete",
            }
            if unfinished or not all(text.strip() for text in texts):
                missing.append((name, message.findtext("source", "")))
    return missing


def main(argv: list[str]) -> int:
    path = Path(argv[0] if argv else "resources/translations/helferapp_en.ts")
    missing = open_entries(path)
    total = sum(1 for _ in ET.parse(path).getroot().iter("message"))
    for context, source in missing:
        print(f"offen  [{context}] {source!r}")
    print(f"{path.name}: {total} Einträge, {len(missing)} ohne Übersetzung")
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
