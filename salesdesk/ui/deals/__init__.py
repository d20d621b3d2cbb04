"""The Deals view's parts: pipeline board, deal panel, dashboard, what works, openings."""
