"""Entry script for PyInstaller: the frozen ``helferapp`` executable starts here.

PyInstaller needs a script file, not a console-script entry point; this one only hands
over to the launcher, so the bundle behaves exactly like the installed ``helferapp``.
"""

import multiprocessing
import sys

from helferapp.launcher import main

if __name__ == "__main__":
    # The Austauschordner reads files ahead in a second process: the same executable,
    # started with arguments that freeze_support recognises (and then runs the worker).
    multiprocessing.freeze_support()
    sys.exit(main())
