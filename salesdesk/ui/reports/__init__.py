"""The reports dashboard (issue 9): overview cards, detail pages, charts and exports."""
