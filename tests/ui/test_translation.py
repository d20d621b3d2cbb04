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
