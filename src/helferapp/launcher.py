"""The ``helferapp`` command: the GUI, or a command-line subcommand if one is named.

``helferapp`` (optionally ``--db PATH``) opens the window; ``helferapp --self-test``
checks a built bundle without a window (see ``selftest``); ``helferapp demo …``,
``helferapp info`` etc. run the same subcommands as ``helferapp-cli`` without ever
importing Qt, so they work on a machine without a screen.
"""

from __future__ import annotations

import importlib
import sys
from collections.abc import Sequence


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


def main(argv: Sequence[str] | None = None) -> int:
    """Dispatch to the CLI for a known subcommand, else start the GUI."""
    args = list(sys.argv[1:] if argv is None else argv)
    if "--self-test" in args:
        from helferapp import selftest

        return selftest.run()
    from helferapp import cli

    index = _subcommand(args)
    if index is not None and args[index] in cli.command_names():
        # The CLI takes options after the subcommand ("info --db X"); accept both orders.
        return cli.main([args[index], *args[:index], *args[index + 1 :]])
    if "--version" in args:
        return cli.main(args)
    # Imported by name: the GUI is not type-checked with the core (mypy skips ui/), and
    # nothing of Qt must load before we know that the GUI is wanted.
    gui = importlib.import_module("helferapp.ui.app")
    status: int = gui.main(args)
    return status


if __name__ == "__main__":
    sys.exit(main())
