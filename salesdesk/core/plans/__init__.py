"""Account management without Qt (process 4): account plans with their history
(plans.py), the account overview (overview.py) and the rep-to-account-manager handoff
(handoffs.py)."""
