"""The map widget: a locked-down web view, its URL scheme and its JavaScript bridge."""
