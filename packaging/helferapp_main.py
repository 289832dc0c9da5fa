"""Entry script for PyInstaller: the frozen ``helferapp`` executable starts here.

PyInstaller needs a script file, not a console-script entry point; this one only hands
over to the launcher, so the bundle behaves exactly like the installed ``helferapp``.
"""

import sys

from helferapp.launcher import main

if __name__ == "__main__":
    sys.exit(main())
