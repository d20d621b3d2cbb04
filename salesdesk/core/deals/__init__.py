"""Deal management: stages and moves, the board, plans, line items, touches, quota,
what works, and cross-sell/upsell openings."""
