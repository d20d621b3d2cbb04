"""SalesDesk: an offline-first desktop workbench for field sales teams."""

__version__ = "0.1.0"
APP_NAME = "SalesDesk"
