"""PDF exports from the window: an account's plan, the territory book.

The PDFs themselves are drawn Qt-free in salesdesk/documents; here: where to save,
which accounts (a rep or a territory), the export on a worker thread with progress and
cancel, and the message at the end (with "Open" to show the file).
"""
