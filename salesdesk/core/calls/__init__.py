"""Call management: plan, run, debrief and review calls; lists, drafts, calendars.

One module per part of the loop; each public function is one user action in one
transaction (reads excepted). Times are naive UTC, like everything stored.
"""
