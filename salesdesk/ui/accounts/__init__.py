"""The parts of the Accounts view: overview, account plan with history, handoff."""
