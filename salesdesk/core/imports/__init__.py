"""Importing CSV/XLSX files: reading (reading.py), values (values.py), columns (mapping.py).

Everything here is Qt-free; the wizard and the CLI build on it.
"""
