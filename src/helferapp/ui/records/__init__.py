"""The pages of the record kinds (Helferkreise, Angebote, Stellen, Personen, Kontakte,
Gebiete): list, detail panel with the form, related lists and links, and the dialogs
that create a record from elsewhere (quick contact, new linked record).
"""
