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
