"""The use cases: everything the GUI and the CLI can do, as plain functions.

Each function takes a ``UnitOfWork`` (one user action, one transaction) and returns
frozen dataclasses, never ORM objects, so callers cannot write behind the clock's back.
"""
