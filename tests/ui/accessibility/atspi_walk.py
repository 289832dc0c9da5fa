"""Walk HelferApp's accessibility tree over AT-SPI, as a screen reader on Linux sees it.

Run with the system Python that has Debian's python3-pyatspi, inside the D-Bus session
the app runs in: ``python3 atspi_walk.py [--map-keys]``. Prints one JSON object: every
node (role, name, description, states) and, with ``--map-keys``, the map's name and
description after each arrow key sent by ``xdotool``. Used by
``test_atspi.py``; see there for how the session is set up.
"""

from __future__ import annotations

import json
import subprocess
import sys
import time

import pyatspi  # type: ignore[import-not-found]


def find_app(name: str = "HelferApp", wait: float = 20.0):
    deadline = time.monotonic() + wait
    while time.monotonic() < deadline:
        desktop = pyatspi.Registry.getDesktop(0)
        for index in range(desktop.childCount):
            app = desktop.getChildAtIndex(index)
            if app is not None and name.lower() in (app.name or "").lower():
                return app
        time.sleep(0.5)
    raise SystemExit(f"no application {name!r} on the accessibility bus")


def walk(node, depth: int = 0, out: list | None = None, limit: int = 4000):
    out = [] if out is None else out
    if node is None or len(out) >= limit:
        return out
    try:
        states = node.getState()
        showing = states.contains(pyatspi.STATE_SHOWING)
        entry = {
            "depth": depth,
            "role": node.getRoleName(),
            "name": node.name or "",
            "description": node.description or "",
            "focusable": states.contains(pyatspi.STATE_FOCUSABLE),
            "showing": showing,
            "labelled_by": [
                target.name
                for relation in node.getRelationSet()
                if relation.getRelationType() == pyatspi.RELATION_LABELLED_BY
                for target in (relation.getTarget(i) for i in range(relation.getNTargets()))
            ],
        }
    except Exception as error:
        out.append({"depth": depth, "error": str(error)})
        return out
    out.append(entry)
    if entry["role"] in ("table cell", "list item") or (not showing and depth > 2):
        return out
    for index in range(min(node.childCount, 200)):
        walk(node.getChildAtIndex(index), depth + 1, out, limit)
    return out


def focused(app):
    for entry_node in _all(app):
        try:
            if entry_node.getState().contains(pyatspi.STATE_FOCUSED):
                return entry_node
        except Exception:
            continue
    return None


def _all(node, found: list | None = None):
    found = [] if found is None else found
    found.append(node)
    try:
        if not node.getState().contains(pyatspi.STATE_SHOWING) and len(found) > 3:
            return found
        for index in range(min(node.childCount, 200)):
            child = node.getChildAtIndex(index)
            if child is not None and child.getRoleName() not in ("table cell", "list item"):
                _all(child, found)
    except Exception:
        pass
    return found


def main() -> None:
    app = find_app()
    report: dict[str, object] = {"tree": walk(app)}
    if "--map-keys" in sys.argv:
        moves = []
        for key in ("Home", "Right", "Right", "Left"):
            subprocess.run(["xdotool", "key", key], check=True)
            time.sleep(0.8)
            node = focused(app)
            moves.append(
                {"key": key, "role": node.getRoleName() if node else "",
                 "name": node.name if node else "", "description": node.description if node else ""}
            )  # fmt: skip
        report["map"] = moves
    print(json.dumps(report, ensure_ascii=False))


if __name__ == "__main__":
    main()
