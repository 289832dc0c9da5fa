"""A person's consent at a glance, worded once for the tables, the CLI's files and the GUI.

"intern, weitergeben", "keine Einwilligung" or "widerrufen am 03.02.2026": the Personen
table shows it, ``helferapp-cli export-table person`` writes it, and both must say the
same. The words are German source texts; the GUI passes its translation function
(context ``display``), the command line keeps them German.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from helferapp.domain.validation import format_date
from helferapp.services.queries.rows import PersonRow

Translate = Callable[[str, str], str]
"""``translate(context, text)``: Qt's translation in the GUI, :func:`german` elsewhere."""

CONTEXT = "display"
WORDS = ("widerrufen am %1", "keine Einwilligung", "intern", "weitergeben", "drucken")
"""Every text of the summary, for the translation files (packaging/translation_sources.py)."""


def german(context: str, text: str) -> str:
    """No translation: the German source text (the command line has no Qt)."""
    del context
    return text


def consent_ok(given_on: date | None, withdrawn_on: date | None, *scopes: bool) -> bool:
    """True when a consent is given, not withdrawn and covers at least one use."""
    return given_on is not None and withdrawn_on is None and any(scopes)


def consent_summary(
    given_on: date | None,
    withdrawn_on: date | None,
    internal: bool,
    share: bool,
    print_: bool,
    translate: Translate = german,
) -> str:
    """The consent at a glance: its scopes, "keine Einwilligung" or "widerrufen am …"."""
    if withdrawn_on is not None:
        return translate(CONTEXT, "widerrufen am %1").replace("%1", format_date(withdrawn_on))
    if given_on is None or not (internal or share or print_):
        return translate(CONTEXT, "keine Einwilligung")
    scopes = (("intern", internal), ("weitergeben", share), ("drucken", print_))
    return ", ".join(translate(CONTEXT, name) for name, allowed in scopes if allowed)


def person_consent(row: PersonRow, translate: Translate = german) -> str:
    """The summary for a row of the Personen table."""
    return consent_summary(
        row.consent_given_on,
        row.consent_withdrawn_on,
        row.consent_internal,
        row.consent_share,
        row.consent_print,
        translate,
    )
