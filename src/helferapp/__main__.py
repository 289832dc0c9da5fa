"""``python -m helferapp``: the same as the ``helferapp`` command."""

import sys

from helferapp.launcher import main

sys.exit(main())
