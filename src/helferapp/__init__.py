"""HelferApp: offline record keeping for volunteer refugee-support groups in Bavaria.

The package is layered (see docs/ARCHITECTURE.md): ``domain`` knows nothing else of ours,
``store`` knows the domain, ``sync`` the store, ``services`` everything below, and only
``ui`` imports Qt.
"""

__version__ = "0.1.0"
