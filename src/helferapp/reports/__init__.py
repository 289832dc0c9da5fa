"""Reports: PDF sheets and overviews, and the files other programs read.

Nothing here queries the database or imports Qt: a report gets plain rows
(``reports.rows``, filled by ``services.report_data``) and writes bytes.

=========================  ===============================================
``pdf_base``               font, styles, escaping, tables (start here)
``pdf_document``           ``build_pdf``: A4 page frame, footer, metadata
``contact_sheet``          Kontaktblatt with a QR vCard per person
``programme_overview``     Angebotsübersicht and the one-page Aushang
``group_profile``          Helferkreis-Profil
``contact_log``            Kontaktprotokoll of one Stelle
``table_pdf``              any table view as a PDF list
``table_files``            CSV (UTF-8 BOM, ``;``) and XLSX, formula-safe
``vcard``, ``ical``        vCard 3.0 and iCalendar
=========================  ===============================================

A new PDF report (the Versorgungsbericht, say) is a module with a ``build(target, data,
**options)`` that makes flowables with ``pdf_base`` and hands them to
``pdf_document.build_pdf``; ``services.report_kinds.REPORTS`` then lists it for the
CLI (``helferapp-cli report``) and the GUI's print dialog.
"""
