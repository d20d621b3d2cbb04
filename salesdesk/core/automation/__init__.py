"""Process 7, sales automation, without Qt: the time audit (timeaudit.py) and email
templates with merge fields rendered in Jinja2's sandbox (email.py)."""
