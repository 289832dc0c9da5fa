"""Tables in and out: the Excel/CSV import wizard, the duplicate finder and its merge,
and the table commands of the pages.
"""
