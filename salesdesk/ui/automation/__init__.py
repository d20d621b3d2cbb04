"""Process 7, sales automation, in the window: the time audit panel, email templates."""
