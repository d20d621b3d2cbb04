"""Everything PySide6: the window, views, dialogs, workers. The only package that imports Qt."""
