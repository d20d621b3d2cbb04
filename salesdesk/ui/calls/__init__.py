"""The call window's parts: plan, run, debrief and feedback forms, with autosaved drafts."""
