"""The ``helferapp`` command: the GUI, or a command-line subcommand if one is named.

``helferapp`` (optionally ``--db PATH``) opens the window; ``helferapp demo …``,
``helferapp info`` etc. run the same subcommands as ``helferapp-cli`` without ever
importing Qt, so they work on a machine without a screen.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence


def _subcommand(args: list[str]) -> str | None:
    """The first word that is neither an option nor the value of ``--db``."""
    after_db = False
    for arg in args:
        if after_db:
            after_db = False
        elif arg == "--db":
            after_db = True
        elif not arg.startswith("-"):
            return arg
    return None


def main(argv: Sequence[str] | None = None) -> int:
    """Dispatch to the CLI for a known subcommand, else start the GUI."""
    args = list(sys.argv[1:] if argv is None else argv)
    from helferapp import cli

    if _subcommand(args) in cli.COMMANDS or "--version" in args:
        return cli.main(args)
    from helferapp.ui.app import main as gui_main

    return gui_main(args)


if __name__ == "__main__":
    sys.exit(main())
