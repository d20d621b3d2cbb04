"""The Leads view's parts: the lead form, the qualification form, matches, analytics."""
