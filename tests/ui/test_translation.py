"""The translation pipeline: .ts/.qm in resources/ reach the UI, Persian mirrors layouts."""

from PySide6.QtCore import QLocale, Qt, QTranslator
from PySide6.QtWidgets import QApplication

from salesdesk.bootstrap import RESOURCES
from salesdesk.core.domain import Process
from salesdesk.ui.labels import process_title


def test_persian_translation_loads_and_switches_to_right_to_left(qapp):
    translator = QTranslator()
    assert translator.load(QLocale("fa"), "salesdesk", "_", str(RESOURCES / "translations"))
    app = QApplication.instance()
    app.installTranslator(translator)
    try:
        assert process_title(Process.CALLS) == "تماس‌ها"
        assert QLocale("fa").textDirection() == Qt.LayoutDirection.RightToLeft
    finally:
        app.removeTranslator(translator)
    assert process_title(Process.CALLS) == "Calls"


def test_english_plural_forms_come_from_the_english_file(qapp):
    from salesdesk.ui.views.account_list import AccountListPanel

    translator = QTranslator()
    assert translator.load(QLocale("en_GB"), "salesdesk", "_", str(RESOURCES / "translations"))
    app = QApplication.instance()
    app.installTranslator(translator)
    try:
        tr = AccountListPanel.staticMetaObject  # context name is the class name
        assert tr.className() == "AccountListPanel"
        assert app.translate("AccountListPanel", "%n account(s)", "", 1) == "1 account"
        assert app.translate("AccountListPanel", "%n account(s)", "", 103) == "103 accounts"
    finally:
        app.removeTranslator(translator)


def test_errors_raised_in_core_are_shown_translated(qapp):
    import pytest

    from salesdesk.core.workspace import InvalidProfileError, ProfileInput, validate_profile
    from salesdesk.ui.messages import error_text

    with pytest.raises(InvalidProfileError) as caught:
        validate_profile(ProfileInput(name=" ", role="field_rep"))
    assert error_text(caught.value) == "Please enter your name."
    translator = QTranslator()
    translator.load(QLocale("fa"), "salesdesk", "_", str(RESOURCES / "translations"))
    app = QApplication.instance()
    app.installTranslator(translator)
    try:
        assert error_text(caught.value) == "لطفاً نام خود را وارد کنید."
    finally:
        app.removeTranslator(translator)


def test_the_translation_files_hold_every_string_of_the_code(tmp_path):
    """Run lupdate into a scratch file: a new tr() string not in the .ts fails here."""
    import shutil
    import subprocess
    import sys
    import xml.etree.ElementTree as ET
    from pathlib import Path

    root = Path(__file__).resolve().parents[2]
    lupdate = shutil.which("pyside6-lupdate", path=str(Path(sys.executable).parent))
    files = sorted(
        str(p) for p in (root / "salesdesk").rglob("*.py") if "migrations" not in p.parts
    )
    scratch = tmp_path / "scratch.ts"
    subprocess.run([lupdate, *files, "-ts", str(scratch)], check=True, capture_output=True)

    def sources(path):
        return {
            (c.findtext("name"), m.findtext("source"))
            for c in ET.parse(path).iter("context")
            for m in c.iter("message")
        }

    missing = sources(scratch) - sources(RESOURCES / "translations" / "salesdesk_fa.ts")
    assert not missing, f"run scripts/update_translations.sh; new strings: {sorted(missing)[:5]}"


def test_no_translate_alias_hides_strings_from_lupdate():
    """lupdate only sees literal tr()/translate() calls: `t = QCoreApplication.translate`
    followed by t("Ctx", "text") silently leaves the strings out of the .ts files."""
    import re
    from pathlib import Path

    alias = re.compile(r"^\s*\w+\s*=\s*(QCoreApplication|QApplication)\.translate\s*$", re.M)
    root = Path(__file__).resolve().parents[2] / "salesdesk"
    offenders = [
        str(p.relative_to(root)) for p in root.rglob("*.py") if alias.search(p.read_text("utf-8"))
    ]
    assert offenders == []
