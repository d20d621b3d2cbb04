"""The first two pages of the import wizard: the file (encoding, delimiter, raw preview;
read in the background, a big file takes a moment) and the columns (which column fills
which SalesDesk field, how existing records are found, the phones' default country)."""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWizardPage,
)

from ...core.errors import SalesDeskError
from ...core.imports.importer import mapping_problems
from ...core.imports.mapping import FIELDS, PRESETS, RecordType, detect_preset, guess_mapping
from ...core.imports.reading import read_table
from ...core.imports.saved import save_mapping, saved_mappings
from ...core.imports.store import DEFAULT_MATCH_KEYS
from ..messages import arg, error_text, warn
from ..worker import Job

ENCODINGS = (
    "utf-8",
    "utf-8-sig",
    "utf-16",
    "cp1252",
    "iso-8859-1",
    "iso-8859-15",
    "cp1250",
    "cp1251",
    "cp1256",
    "mac_roman",
)
PREVIEW_ROWS = 20
PRESET_NAMES = {"hubspot": "HubSpot", "salesforce": "Salesforce"}  # product names
# How existing records are found when a row has no known record ID: the default first,
# () = by record ID only.
MATCH_CHOICES: dict[RecordType, tuple[tuple[str, ...], ...]] = {
    RecordType.ACCOUNTS: (DEFAULT_MATCH_KEYS[RecordType.ACCOUNTS], ("name",), ("email",), ()),
    RecordType.CONTACTS: (DEFAULT_MATCH_KEYS[RecordType.CONTACTS], ("first_name", "last_name"), ()),
    RecordType.LEADS: (DEFAULT_MATCH_KEYS[RecordType.LEADS], ("company", "last_name"), ()),
    RecordType.DEALS: (DEFAULT_MATCH_KEYS[RecordType.DEALS], ()),
}


def record_type_title(rt: RecordType) -> str:
    titles = {
        RecordType.ACCOUNTS: QCoreApplication.translate("ImportWizard", "Accounts"),
        RecordType.CONTACTS: QCoreApplication.translate("ImportWizard", "Contacts"),
        RecordType.LEADS: QCoreApplication.translate("ImportWizard", "Leads"),
        RecordType.DEALS: QCoreApplication.translate("ImportWizard", "Deals"),
    }
    return titles[rt]


def error_label() -> QLabel:
    """An inline problem: red, wrapped, plain text (it quotes file names and cells)."""
    lab = QLabel()
    lab.setStyleSheet("color: #c62828;")
    lab.setWordWrap(True)
    lab.setTextFormat(Qt.TextFormat.PlainText)
    lab.hide()
    return lab


def show_error(lab: QLabel, text: str) -> None:
    lab.setText(text)
    lab.setVisible(bool(text))


def table_widget(headers: list[str]) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.verticalHeader().hide()
    table.setWordWrap(False)
    return table


def cell_text(text: object) -> str:
    """One line (an embedded newline would make rows uneven). Right to left, the value is
    isolated so "1 High St" or a phone number keeps its own order (first strong isolate)."""
    line = " ".join(str(text).split())
    if line and QGuiApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft:
        return f"\u2068{line}\u2069"
    return line


def fill_table(table: QTableWidget, headers: list[str], rows: list[list[str]]) -> None:
    table.clear()
    table.setColumnCount(len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.setRowCount(len(rows))
    for r, cells in enumerate(rows):
        for c, text in enumerate(cells):
            item = QTableWidgetItem(cell_text(text))
            item.setToolTip(str(text))
            table.setItem(r, c, item)
    table.resizeColumnsToContents()
    for c in range(table.columnCount()):
        table.setColumnWidth(c, min(table.columnWidth(c), 260))


class GatedPage(QWizardPage):
    """A page whose Next button follows `ready()`, through a hidden mandatory field rather
    than an isComplete override: PySide6 6.12 drops a reference to True/False each time
    C++ calls a Python isComplete, and the interpreter aborts once the count runs out."""

    def __init__(self) -> None:
        super().__init__()
        self._gate = QLineEdit(self)
        self._gate.hide()
        self.registerField(f"{type(self).__name__}_ready*", self._gate)

    def ready(self) -> bool:
        return True

    def update_gate(self) -> None:
        self._gate.setText("1" if self.ready() else "")


class FilePage(GatedPage):
    """Choose the file and record type; encoding and delimiter detected, with overrides."""

    def __init__(self, wizard) -> None:
        super().__init__()
        self.w = wizard
        self._run = 0  # a read that finishes after a newer one started is ignored
        self.reading = False
        self.setTitle(self.tr("Choose the file"))
        self.setSubTitle(self.tr("A CSV or Excel file exported from another CRM or a spreadsheet."))
        self.path = QLineEdit()
        self.path.setPlaceholderText(self.tr("No file chosen"))
        self.path.editingFinished.connect(self.reread)
        browse = QPushButton(self.tr("&Browse…"))
        browse.clicked.connect(self.browse)
        file_row = QHBoxLayout()
        file_row.addWidget(self.path, 1)
        file_row.addWidget(browse)
        self.record_type = QComboBox()
        for rt in RecordType:
            self.record_type.addItem(record_type_title(rt), rt.value)
        self.encoding = QComboBox()
        self.encoding.addItem(self.tr("Automatic"), None)
        for name in ENCODINGS:
            self.encoding.addItem(name, name)
        self.delimiter = QComboBox()
        self.delimiter.addItem(self.tr("Automatic"), None)
        self.delimiter.addItem(self.tr("Comma"), ",")
        self.delimiter.addItem(self.tr("Semicolon"), ";")
        self.delimiter.addItem(self.tr("Tab"), "\t")
        self.delimiter.addItem(self.tr("Vertical bar"), "|")
        self.detected = QLabel()
        self.detected.setTextFormat(Qt.TextFormat.PlainText)
        form = QFormLayout()
        file_label = QLabel(self.tr("&File"))
        file_label.setBuddy(self.path)
        form.addRow(file_label, file_row)
        form.addRow(self.tr("&Import as"), self.record_type)
        form.addRow(self.tr("&Encoding"), self.encoding)
        form.addRow(self.tr("&Delimiter"), self.delimiter)
        form.addRow("", self.detected)
        self.error = error_label()
        self.preview = table_widget([])
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.preview, 1)
        for combo in (self.encoding, self.delimiter):
            combo.currentIndexChanged.connect(self.reread)
        self.record_type.currentIndexChanged.connect(self._type_changed)

    def set_initial(self, path: str | None, record_type: RecordType | None) -> None:
        if record_type is not None:
            self.record_type.setCurrentIndex(self.record_type.findData(record_type.value))
        if path:
            self.path.setText(str(path))
            self.reread()

    def browse(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Import records"),
            self.path.text(),
            self.tr("Spreadsheets (*.csv *.tsv *.txt *.xlsx);;All files (*)"),
        )
        if path:
            self.path.setText(path)
            self.reread()

    def _type_changed(self) -> None:
        self.w.record_type = RecordType(self.record_type.currentData())

    def reread(self) -> None:
        """Read the file again with the chosen overrides (in the background: a big file
        takes a moment); then show its raw first rows."""
        w = self.w
        w.table = None
        w.path = self.path.text().strip()
        w.encoding = self.encoding.currentData()
        w.delimiter = self.delimiter.currentData()
        show_error(self.error, "")
        fill_table(self.preview, [], [])
        self._run += 1
        self.reading = bool(w.path)
        self.detected.setText(self.tr("Reading the file…") if w.path else "")
        self.update_gate()
        if not w.path:
            return
        path, encoding, delimiter = w.path, w.encoding, w.delimiter

        def work(progress, cancelled):
            try:
                return read_table(path, encoding=encoding, delimiter=delimiter), ""
            except OSError as exc:  # a file that went away, a folder, no permission
                return None, str(exc.strerror or exc)

        job = Job(work, self)
        job.succeeded.connect(partial(self._read, self._run, path))
        job.failed.connect(partial(self._failed, self._run))
        job.start()

    def _read(self, run: int, path: str, result: tuple) -> None:
        if run != self._run:  # the user changed the file or an override meanwhile
            return
        table, problem = result
        self.reading = False
        self.detected.clear()
        if table is None:
            show_error(self.error, arg(self.tr("%1 cannot be read: %2"), path, problem))
        else:
            self.w.table = table
            fill_table(self.preview, table.headers, table.rows[:PREVIEW_ROWS])
            self.detected.setText(self._detected_text(table))
        self.update_gate()

    def _failed(self, run: int, text: str) -> None:
        if run != self._run:
            return
        self.reading = False
        self.detected.clear()
        show_error(self.error, text)
        self.update_gate()

    def _detected_text(self, table) -> str:
        rows = self.tr("%n row(s)", "", len(table.rows))
        if table.encoding is None:
            return rows
        names = {",": self.tr("comma"), ";": self.tr("semicolon"), "\t": self.tr("tab")}
        delimiter = names.get(table.delimiter or "", table.delimiter or "")
        percent = round(table.encoding_confidence * 100)
        return arg(self.tr("%1, read as %2 (%3% sure), separated by %4"), rows, table.encoding,
                   percent, delimiter)  # fmt: skip

    def ready(self) -> bool:
        return not self.reading and self.w.table is not None and bool(self.w.table.headers)


class ColumnsPage(GatedPage):
    """One row per column of the file: its header, a sample value and the field it fills."""

    COL_HEADER, COL_SAMPLE, COL_FIELD = range(3)

    def __init__(self, wizard) -> None:
        super().__init__()
        self.w = wizard
        self.setTitle(self.tr("Match the columns"))
        self.setSubTitle(self.tr("Choose which SalesDesk field each column of the file fills."))
        self.preset = QComboBox()
        self.preset.activated.connect(self._preset_chosen)
        save = QPushButton(self.tr("&Save mapping…"))
        save.clicked.connect(self.save_mapping)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("&Preset")))
        top.itemAt(0).widget().setBuddy(self.preset)
        top.addWidget(self.preset, 1)
        top.addWidget(save)
        self.columns = table_widget(
            [self.tr("Column in the file"), self.tr("Sample value"), self.tr("SalesDesk field")]
        )
        self.columns.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.columns.horizontalHeader().setSectionResizeMode(
            self.COL_FIELD, QHeaderView.ResizeMode.Stretch
        )
        self.detected = QLabel()  # which tool's export the headers look like
        self.detected.setTextFormat(Qt.TextFormat.PlainText)
        self.problems = error_label()
        self.match = QComboBox()
        self.match.currentIndexChanged.connect(self._options_changed)
        self.region = region_combo()
        self.region.currentIndexChanged.connect(self._options_changed)
        options = QGroupBox(self.tr("Options"))
        form = QFormLayout(options)
        form.addRow(self.tr("&Find existing records by"), self.match)
        form.addRow(self.tr("Phone numbers without a country &code are from"), self.region)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.detected)
        layout.addWidget(self.columns, 1)
        layout.addWidget(self.problems)
        layout.addWidget(options)
        self.combos: list[QComboBox] = []
        self.found: list = []
        self._made_for: tuple | None = None  # the file and record type the mapping is for

    def initializePage(self) -> None:
        w = self.w
        made_for = (w.path, tuple(w.table.headers), w.record_type)
        if made_for == self._made_for:
            # Back and Next again: the columns as the user left them, not guessed anew.
            self._apply(dict(w.mapping))
            return
        self._made_for = made_for
        self._fill_presets()
        self._fill_match_choices()
        found = detect_preset(w.table.headers, w.record_type)
        self.detected.setText(
            arg(self.tr("Detected: %1 export"), PRESET_NAMES.get(found, found)) if found else ""
        )
        self.detected.setVisible(bool(found))
        self._apply(guess_mapping(w.table.headers, w.record_type))

    def _fill_match_choices(self) -> None:
        fields = FIELDS[self.w.record_type]
        labels = {f.key: QCoreApplication.translate("Import", f.label) for f in fields}
        labels["account_id"] = labels.get("account_name", "")  # a deal's account
        self.match.blockSignals(True)
        self.match.clear()
        for keys in MATCH_CHOICES[self.w.record_type]:
            if keys:
                text = arg(self.tr("Record ID, else %1"), " + ".join(labels[k] for k in keys))
            else:
                text = self.tr("Record ID only")
            self.match.addItem(text, keys)
        self.match.blockSignals(False)
        self._options_changed()

    def _options_changed(self) -> None:
        keys = self.match.currentData()
        self.w.match_keys = tuple(keys) if keys is not None else None
        self.w.phone_region = self.region.currentData() or "GB"

    def _fill_presets(self, current: str | None = None) -> None:
        self.preset.clear()
        self.preset.addItem(self.tr("Automatic"), None)
        self.preset.addItem("HubSpot", "preset:hubspot")
        self.preset.addItem("Salesforce", "preset:salesforce")
        for name in saved_mappings(self.w.app_state.ctx.db, self.w.record_type):
            self.preset.addItem(arg(self.tr("Saved: %1"), name), "saved:" + name)
        assert set(PRESETS) == {"hubspot", "salesforce"}, "a new preset needs a name here"
        self.preset.setCurrentIndex(max(0, self.preset.findData(current)))

    def _preset_chosen(self) -> None:
        headers, rt = self.w.table.headers, self.w.record_type
        data = self.preset.currentData()
        self.w.preset = None
        if data is None:
            mapping = guess_mapping(headers, rt)
        elif data.startswith("preset:"):
            self.w.preset = data.removeprefix("preset:")
            mapping = guess_mapping(headers, rt, self.w.preset)
        else:
            saved = saved_mappings(self.w.app_state.ctx.db, rt).get(data.removeprefix("saved:"), {})
            mapping = {h: k for h, k in saved.items() if h in headers}
        self._apply(mapping)

    def _apply(self, mapping: dict[str, str]) -> None:
        table = self.w.table
        fields = FIELDS[self.w.record_type]
        self.columns.setRowCount(len(table.headers))
        self.combos = []
        for r, header in enumerate(table.headers):
            sample = next((row[r] for row in table.rows if row[r].strip()), "")
            self.columns.setItem(r, self.COL_HEADER, QTableWidgetItem(cell_text(header)))
            item = QTableWidgetItem(cell_text(sample))
            item.setToolTip(sample)
            self.columns.setItem(r, self.COL_SAMPLE, item)
            combo = QComboBox()
            combo.addItem(self.tr("Do not import"), None)
            for f in fields:
                combo.addItem(QCoreApplication.translate("Import", f.label), f.key)
            combo.setCurrentIndex(max(0, combo.findData(mapping.get(header))))
            combo.currentIndexChanged.connect(self._changed)
            self.columns.setCellWidget(r, self.COL_FIELD, combo)
            self.combos.append(combo)
        self.columns.resizeColumnToContents(self.COL_HEADER)
        self.columns.setColumnWidth(self.COL_SAMPLE, 220)
        self._changed()

    def mapping(self) -> dict[str, str | None]:
        return {h: c.currentData() for h, c in zip(self.w.table.headers, self.combos, strict=True)}

    def _changed(self) -> None:
        self.w.mapping = self.mapping()
        self.found = found = mapping_problems(self.w.table, self.w.record_type, self.w.mapping)
        texts = [QCoreApplication.translate("Errors", p.template).format(**p.params) for p in found]
        show_error(self.problems, "\n".join(texts))
        self.update_gate()

    def save_mapping(self) -> None:
        name, ok = QInputDialog.getText(self, self.tr("Save mapping"), self.tr("Name:"))
        if not ok:
            return
        try:
            save_mapping(self.w.app_state.ctx.db, name, self.w.record_type, self.mapping())
        except SalesDeskError as exc:
            warn(self, error_text(exc))
            return
        self._fill_presets("saved:" + " ".join(name.split()))

    def ready(self) -> bool:
        return bool(self.combos) and not self.found


def region_combo() -> QComboBox:
    """The countries phonenumbers knows, by name; this computer's own chosen at first."""
    import phonenumbers

    combo = QComboBox()
    entries = []
    for code in phonenumbers.SUPPORTED_REGIONS:
        territory = QLocale.codeToTerritory(code)
        name = QLocale.territoryToString(territory) if territory.value else code
        entries.append((name, code))
    for name, code in sorted(entries, key=lambda e: e[0].casefold()):
        combo.addItem(f"{name} ({code})", code)
    here = QLocale.territoryToCode(QLocale().territory())
    index = combo.findData(here)
    combo.setCurrentIndex(index if index >= 0 else max(0, combo.findData("GB")))
    return combo
