"""What the user sets and the app remembers: Einstellungen, the first-start questions,
and the window state kept between starts.
"""
