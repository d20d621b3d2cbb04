"""The layering rule: core/, maps/ and documents/ never import Qt."""

import ast
import subprocess
import sys
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[2] / "salesdesk"
QT_FREE = ("core", "maps", "documents", "migrations")


def _imports(path: Path) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
    return names


def test_qt_free_packages_do_not_import_qt_in_source():
    offenders = [
        str(f.relative_to(PACKAGE))
        for folder in QT_FREE
        for f in (PACKAGE / folder).rglob("*.py")
        if any(
            n.split(".")[0] in {"PySide6", "PyQt6", "PyQt5", "qtawesome", "qtpy"}
            for n in _imports(f)
        )
    ]
    assert offenders == []


def test_importing_core_and_cli_loads_no_qt():
    code = (
        "import sys, salesdesk.cli, salesdesk.bootstrap, salesdesk.core.demo, "
        "salesdesk.core.today, salesdesk.core.stats;"
        "print(sorted(m for m in sys.modules if m.startswith('PySide6')))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_the_schema_head_constant_matches_the_migrations():
    from salesdesk.core.migrate import SCHEMA_HEAD, alembic_head

    assert alembic_head() == SCHEMA_HEAD


def test_opening_an_up_to_date_database_does_not_import_alembic(tmp_path):
    code = (
        "import sys; from salesdesk.bootstrap import open_context;"
        f"open_context({str(tmp_path / 'a.sqlite3')!r}).close();"  # creates: imports alembic
        "[sys.modules.pop(m) for m in list(sys.modules) if m.startswith('alembic')];"
        f"open_context({str(tmp_path / 'a.sqlite3')!r}).close();"
        "print(any(m.startswith('alembic') for m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
