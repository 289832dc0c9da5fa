"""Plain-Python core: enums, record data, validation rules, text folding.

Nothing in here imports another layer of HelferApp, Qt or SQLAlchemy, so that every rule
can be tested (and reused by CLI, GUI and the exchange reader) on its own.
"""
