"""Lead qualification: frameworks, the ideal customer profile, scoring, conversion."""
