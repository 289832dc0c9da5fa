"""``python -m helferapp.cli``: the command line without an installed ``helferapp-cli``."""

from __future__ import annotations

import sys

from helferapp.cli import main

sys.exit(main())
