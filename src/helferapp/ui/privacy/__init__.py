"""Consent and DSGVO: the consent dialog of a person, Auskunft and Löschen."""
