"""The ``helferapp`` command: the GUI, or a command-line subcommand if one is named.

``helferapp`` (optionally ``--db PATH``) opens the window; ``helferapp --self-test``
checks a built bundle without a window (see ``selftest``); ``helferapp demo …``,
``helferapp info`` etc. run the same subcommands as ``helferapp-cli`` without ever
importing Qt, so they work on a machine without a screen.
"""

from __future__ import annotations

import gc
import importlib
import sys
from collections.abc import Iterator, Sequence
from contextlib import contextmanager


def _subcommand(args: list[str]) -> int | None:
    """Index of the first word that is neither an option nor the value of ``--db``."""
    after_db = False
    for index, arg in enumerate(args):
        if after_db:
            after_db = False
        elif arg == "--db":
            after_db = True
        elif not arg.startswith("-"):
            return index
    return None


@contextmanager
def _modules_loading() -> Iterator[None]:
    """Load the GUI's modules without the cyclic garbage collector, then freeze them.

    Importing Qt, SQLAlchemy, the models and the pages creates some 115,000 objects that
    live as long as the process and almost no garbage. Paused, the collector does not
    walk them again and again while they load; frozen (``gc.freeze``), no later
    collection walks them either — neither while the window is built nor at exit.
    Together about 0.2 s of CPU per start (venv, this repository's 2-core box).
    Objects created afterwards (the database, the window) are collected as usual.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        gc.freeze()
        if was_enabled:
            gc.enable()


def main(argv: Sequence[str] | None = None) -> int:
    """Dispatch to the CLI for a known subcommand, else start the GUI."""
    args = list(sys.argv[1:] if argv is None else argv)
    if "--self-test" in args:
        from helferapp import selftest

        return selftest.run()
    if args == ["--version"]:  # what the CLI's parser would print, without loading it
        from helferapp import __version__

        print(f"HelferApp {__version__}")
        return 0
    index = _subcommand(args)
    # The CLI (and all it imports) loads only when a word could be a subcommand, so that
    # the window of a plain start or of a double-clicked file is not kept waiting.
    wants_cli = index is not None and not args[index].lower().endswith(".helferapp")
    if wants_cli or "--version" in args:
        from helferapp import cli

        if index is not None and args[index] in cli.command_names():
            # The CLI takes options after the subcommand ("info --db X"); accept both orders.
            return cli.main([args[index], *args[:index], *args[index + 1 :]])
        if "--version" in args:
            return cli.main(args)
    # Imported by name: the GUI is not type-checked with the core (mypy skips ui/), and
    # nothing of Qt must load before we know that the GUI is wanted.
    with _modules_loading():
        # The data layer first (SQLAlchemy, the models, the services the Übersicht reads):
        # once PySide6 is loaded, it reads the source of every module imported after it
        # (shibokensupport's check for ``__feature__``), some 400 modules more per start.
        importlib.import_module("helferapp.ui.context")
        importlib.import_module("helferapp.services.queries")
        gui = importlib.import_module("helferapp.ui.app")
        importlib.import_module("helferapp.ui.main_window")  # loaded by start() anyway
    status: int = gui.main(args)
    return status


if __name__ == "__main__":
    sys.exit(main())
