"""The Versorgung page: where Bavaria has an Integrationskonzept, a KI and Angebote.

The map of the Kreise, the table beside it (the full text alternative to the map) and
the page that holds both with its filters.
"""
