"""F1 and Hilfe → Über HelferApp: the built-in help and the about dialog (licences)."""
