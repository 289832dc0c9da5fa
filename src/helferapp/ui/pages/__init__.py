"""What every page shares (the page interface, the record table) and the pages that are
not about one kind of record: Übersicht and Papierkorb.
"""
