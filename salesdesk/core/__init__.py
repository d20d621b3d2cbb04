"""Domain models and services. Never imports Qt."""
