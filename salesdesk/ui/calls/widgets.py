"""Small pieces the call forms share: time conversion, editable lists, inline errors."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QDate, QDateTime, QLocale, Qt, QTime, QTimeZone, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QStyledItemDelegate,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from ..theme import icon
from ..views.common import label


def to_local(utc: datetime | None) -> QDateTime:
    """Stored naive UTC to this computer's clock."""
    if utc is None:
        return QDateTime()
    return QDateTime(
        QDate(utc.year, utc.month, utc.day),
        QTime(utc.hour, utc.minute, utc.second),
        QTimeZone.utc(),
    ).toLocalTime()


def to_utc(value: QDateTime) -> datetime | None:
    """A local QDateTime to the naive UTC we store (seconds dropped)."""
    if not value.isValid():
        return None
    u = value.toUTC()
    d, t = u.date(), u.time()
    return datetime(d.year(), d.month(), d.day(), t.hour(), t.minute())


def local_text(utc: datetime | None, with_date: bool = True) -> str:
    if utc is None:
        return ""
    fmt = QLocale.FormatType.ShortFormat
    local = to_local(utc)
    return QLocale().toString(local, fmt) if with_date else QLocale().toString(local.time(), fmt)


def date_time_edit() -> QDateTimeEdit:
    edit = QDateTimeEdit()
    edit.setCalendarPopup(True)
    edit.setDisplayFormat(QLocale().dateTimeFormat(QLocale.FormatType.ShortFormat))
    return edit


def watch(widget: QWidget, callback) -> None:
    """Call `callback` whenever the user edits `widget` or anything inside it."""
    for child in [widget, *widget.findChildren(QWidget)]:
        if isinstance(child, QLineEdit):
            child.textEdited.connect(callback)
        elif isinstance(child, QPlainTextEdit):
            child.textChanged.connect(callback)
        elif isinstance(child, QComboBox):
            child.currentIndexChanged.connect(callback)
        elif isinstance(child, QDateTimeEdit):
            child.dateTimeChanged.connect(callback)
        elif isinstance(child, QSpinBox):
            child.valueChanged.connect(callback)
        elif isinstance(child, QCheckBox):
            child.toggled.connect(callback)
        elif isinstance(child, QListWidget | QTableWidget):
            child.itemChanged.connect(callback)
            child.model().rowsInserted.connect(callback)
            child.model().rowsRemoved.connect(callback)
            child.model().rowsMoved.connect(callback)


def text_box(placeholder: str = "", lines: int = 3) -> QPlainTextEdit:
    box = QPlainTextEdit()
    box.setPlaceholderText(placeholder)
    box.setTabChangesFocus(True)  # keyboard-first: Tab moves on, it does not indent
    box.setMinimumHeight(box.fontMetrics().lineSpacing() * lines + 12)
    box.setMaximumHeight(box.fontMetrics().lineSpacing() * (lines + 2) + 12)
    return box


def scrolling(owner: QWidget, page: QWidget) -> None:
    """Lay `page` out as `owner`'s whole content, scrolling when the window is short."""
    scroll = QScrollArea()
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QScrollArea.Shape.NoFrame)
    scroll.setWidget(page)
    lay = QVBoxLayout(owner)
    lay.setContentsMargins(0, 0, 0, 0)
    lay.addWidget(scroll)


def set_text(box: QPlainTextEdit, text: str) -> None:
    """Fill a text box, leaving it (and the cursor) alone when it already holds `text`:
    a reload after a save must not throw the user's cursor to the start."""
    if box.toPlainText() != text:
        box.setPlainText(text)


class LiveCellDelegate(QStyledItemDelegate):
    """Table cells that hand every keystroke to the table, not only when the edit ends:
    the draft of a form then holds a cell still being typed in."""

    def createEditor(self, parent, option, index):
        editor = super().createEditor(parent, option, index)
        if isinstance(editor, QLineEdit):
            editor.textEdited.connect(lambda _text, e=editor: self.commitData.emit(e))
        return editor


def live_cells(table: QTableWidget) -> QTableWidget:
    table.setItemDelegate(LiveCellDelegate(table))
    return table


class ErrorLabel:
    """An inline message under a form: shown on a refused save, hidden on the next edit."""

    def __init__(self) -> None:
        self.widget = label("", "error", wrap=True)
        self.widget.hide()

    def show(self, text: str) -> None:
        self.widget.setText(text)
        self.widget.show()

    def clear(self, *_args: object) -> None:
        self.widget.hide()


class TextList(QWidget):
    """An editable list of short texts (questions, objections left...), with add/remove.

    Items may carry data (e.g. the call a question was carried from) in UserRole.
    """

    changed = Signal()

    def __init__(self, placeholder: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.list = QListWidget()
        self.list.setAlternatingRowColors(True)
        self.list.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self.list.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.entry = QLineEdit()
        self.entry.setPlaceholderText(placeholder)
        self.entry.returnPressed.connect(self._add_typed)
        add = QPushButton(icon("mdi6.plus"), "")
        add.setToolTip(self.tr("Add"))
        add.clicked.connect(self._add_typed)
        remove = QPushButton(icon("mdi6.minus"), "")
        remove.setToolTip(self.tr("Remove the selected item (Delete)"))
        remove.clicked.connect(self.remove_selected)
        row = QHBoxLayout()
        row.addWidget(self.entry, 1)
        row.addWidget(add)
        row.addWidget(remove)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.list, 1)
        lay.addLayout(row)
        self.list.setMinimumHeight(70)
        self.list.setMaximumHeight(150)

    def keyPressEvent(self, event) -> None:
        if event.key() == Qt.Key.Key_Delete and self.list.hasFocus():
            self.remove_selected()
            return
        super().keyPressEvent(event)

    def _add_typed(self) -> None:
        text = self.entry.text().strip()
        if text:
            self.add(text)
            self.entry.clear()

    def add(self, text: str, data: object = None, tooltip: str = "") -> None:
        if text in self.texts():
            return
        item = QListWidgetItem(text)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsEditable)
        item.setData(Qt.ItemDataRole.UserRole, data)
        if tooltip:
            item.setToolTip(tooltip)
            item.setIcon(icon("mdi6.history"))
        self.list.addItem(item)
        self.changed.emit()

    def remove_selected(self) -> None:
        for item in self.list.selectedItems():
            self.list.takeItem(self.list.row(item))
        self.changed.emit()

    def clear(self) -> None:
        self.list.clear()

    def texts(self) -> list[str]:
        return [self.list.item(i).text().strip() for i in range(self.list.count())]

    def items(self) -> list[tuple[str, object]]:
        return [
            (self.list.item(i).text().strip(), self.list.item(i).data(Qt.ItemDataRole.UserRole))
            for i in range(self.list.count())
        ]
