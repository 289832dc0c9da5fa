"""Reusable input widgets for the record forms: pickers, optional dates, lists of words.

Every value widget here offers the same small protocol, which ``ui.forms.base`` relies on:
``value()`` (raises ``ValueError`` with a German message when the typed text cannot be
read), ``set_value(value)`` and a ``valueChanged`` signal.
"""
