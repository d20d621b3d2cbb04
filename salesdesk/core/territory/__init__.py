"""Territory planning (issue 3): ranking and attention levels, call patterns, day routes.

Pure core code, no Qt; import from the modules (`territory.ranking`, `territory.attention`)
so that using one part does not load the others.
"""
