"""The import wizard: file, columns, a dry run to check, then the import itself.

The dry run and the import run as background Jobs (each opens its own unit of work); a
cancelled import rolls back, so the database is as before.
"""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QButtonGroup,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
    QWizard,
)

from ...core.imports.importer import ImportOptions, preview, run_import
from ...core.imports.mapping import FIELDS, RecordType
from ...core.imports.report import ImportPreview, ImportReport, RowError
from ..messages import arg, error_text, warn
from ..worker import Job
from .import_pages import (
    PREVIEW_ROWS,
    ColumnsPage,
    FilePage,
    GatedPage,
    error_label,
    fill_table,
    show_error,
    table_widget,
)

COUNT_KEYS = ("read", "created", "updated", "unchanged", "skipped", "errors", "geocode_queued")


def problem_text(error: RowError) -> str:
    return QCoreApplication.translate("Errors", error.template).format(**error.params)


def counts_form(titles: dict[str, str]) -> tuple[QFormLayout, dict[str, QLabel]]:
    form = QFormLayout()
    # Each number sits beside its label, right to left too (a number alone reads as LTR).
    form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
    values = {}
    for key in COUNT_KEYS:
        values[key] = QLabel("–")
        # Room for a 7-digit count: the hint of "–" would clip the number set later.
        values[key].setMinimumWidth(values[key].fontMetrics().horizontalAdvance("0000000"))
        form.addRow(titles[key], values[key])
    return form, values


def show_counts(values: dict[str, QLabel], report: ImportReport) -> None:
    locale = QLocale()
    for key, n in report.counts().items():
        values[key].setText(locale.toString(n))


class CheckPage(GatedPage):
    """The dry run: what the import would do, every problem, and the all-or-nothing choice."""

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.w = wizard
        self.report: ImportReport | None = None
        self._run = 0  # results of an older dry run (the user went back) are ignored
        self.setTitle(self.tr("Check before importing"))
        self.setSubTitle(self.tr("Nothing has been written yet: this is what the import would do."))
        self.setCommitPage(True)
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("&Import"))
        self.progress = QProgressBar()
        form, self.counts = counts_form(
            {
                "read": self.tr("Rows read"),
                "created": self.tr("To create"),
                "updated": self.tr("To update"),
                "unchanged": self.tr("Unchanged"),
                "skipped": self.tr("Skipped"),
                "errors": self.tr("Errors"),
                "geocode_queued": self.tr("Queued for geocoding"),
            }
        )
        self.error = error_label()
        self.rows = table_widget([])
        self.problems = table_widget(
            [self.tr("Row"), self.tr("Column"), self.tr("Value"), self.tr("Problem")]
        )
        self.problems.horizontalHeader().setStretchLastSection(True)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.rows, self.tr("First rows as they will be stored"))
        problems_tab = QWidget()
        tab_layout = QVBoxLayout(problems_tab)
        tab_layout.addWidget(self.problems, 1)
        self.save_csv = QPushButton(self.tr("Save problems as &CSV…"))
        self.save_csv.clicked.connect(self.save_problems)
        save_row = QHBoxLayout()
        save_row.addStretch(1)
        save_row.addWidget(self.save_csv)
        tab_layout.addLayout(save_row)
        self.tabs.addTab(problems_tab, "")
        self.all_or_nothing = QRadioButton(
            self.tr("Import only if every row is valid (nothing is written otherwise)")
        )
        self.skip_invalid = QRadioButton(self.tr("Import the valid rows and skip the others"))
        self.choice = QButtonGroup(self)
        for button in (self.all_or_nothing, self.skip_invalid):
            self.choice.addButton(button)
            button.toggled.connect(self._choice_changed)
        self.all_or_nothing.setChecked(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.progress)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.all_or_nothing)
        layout.addWidget(self.skip_invalid)

    def initializePage(self) -> None:
        self._run += 1
        run = self._run
        self.report = None
        show_error(self.error, "")
        for label in self.counts.values():
            label.setText("–")
        fill_table(self.rows, [], [])
        self._fill_problems([])
        self.progress.setRange(0, 0)
        self.progress.show()
        w = self.w
        db, user, path, rt, mapping = w.job_args()
        options = w.import_options(dry_run=True, skip_invalid=True)

        def work(progress, cancelled):
            report = run_import(
                db, user, path, rt, mapping, options=options, progress=progress, cancelled=cancelled
            )
            shown = preview(path, rt, mapping, rows=PREVIEW_ROWS, options=options,
                            preset=options.preset, encoding=options.encoding,
                            delimiter=options.delimiter)  # fmt: skip
            return report, shown

        job = Job(work, self)
        # Slots return None: a lambda returning a bool to PySide crashed the interpreter at exit.
        job.progress.connect(partial(self._progress, run))
        job.succeeded.connect(partial(self._checked, run))
        job.failed.connect(partial(self._failed, run))
        job.start()
        self.update_gate()

    def _progress(self, run: int, done: int, total: int) -> None:
        if run == self._run:
            self.progress.setRange(0, max(total, 1))
            self.progress.setValue(done)

    def _failed(self, run: int, text: str) -> None:
        if run != self._run:
            return
        self.progress.hide()
        show_error(self.error, text)

    def _checked(self, run: int, result: tuple[ImportReport, ImportPreview]) -> None:
        if run != self._run:
            return
        report, shown = result
        self.report = report
        self.progress.hide()
        show_counts(self.counts, report)
        fields = FIELDS[self.w.record_type]
        labels = {f.key: QCoreApplication.translate("Import", f.label) for f in fields}
        keys = [k for k in labels if k in set(shown.mapping.values())]
        rows = [[_cell(row.values.get(k)) for k in keys] for row in shown.rows]
        fill_table(self.rows, [labels[k] for k in keys], rows)
        for r, row in enumerate(shown.rows):  # a row that will be skipped shows why
            why = "\n".join(problem_text(p) for p in row.problems if not p.warning)
            for c in range(len(keys) if why else 0):
                self.rows.item(r, c).setForeground(QColor("#c62828"))
                self.rows.item(r, c).setToolTip(why)
        self._fill_problems(report.errors)
        if report.errors:
            self.tabs.setCurrentIndex(1)
        self.update_gate()

    def _fill_problems(self, errors: list[RowError]) -> None:
        rows = [[str(e.row), e.column, e.value, problem_text(e)] for e in errors]
        fill_table(
            self.problems,
            [self.tr("Row"), self.tr("Column"), self.tr("Value"), self.tr("Problem")],
            rows,
        )
        self.tabs.setTabText(1, self.tr("%n problem(s)", "", len(errors)))
        self.save_csv.setEnabled(bool(errors))

    def save_problems(self) -> None:
        if self.report is None:
            return
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save problems"), "import-problems.csv", self.tr("CSV files (*.csv)")
        )
        if not path:
            return
        try:
            self.report.write_errors_csv(path)
        except OSError as exc:
            warn(self, arg(self.tr("The problems could not be saved: %1"), error_text(exc)))

    def _choice_changed(self) -> None:
        self.w.skip_invalid = self.skip_invalid.isChecked()
        self.update_gate()

    def ready(self) -> bool:
        if self.report is None:
            return False
        return self.w.skip_invalid or not self.report.errors


def _cell(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, float):
        return QLocale().toString(value, "f", 2) if value % 1 else QLocale().toString(int(value))
    return str(value)


class ImportPage(GatedPage):
    """The import itself, with progress and cancel, then what was written."""

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.w = wizard
        self.job: Job | None = None
        self.finished = False
        self.setTitle(self.tr("Import"))
        self.progress = QProgressBar()
        self.cancel = QPushButton(self.tr("&Cancel import"))
        self.cancel.clicked.connect(self.cancel_import)
        bar = QHBoxLayout()
        bar.addWidget(self.progress, 1)
        bar.addWidget(self.cancel)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.error = error_label()
        form, self.counts = counts_form(
            {
                "read": self.tr("Rows read"),
                "created": self.tr("Created"),
                "updated": self.tr("Updated"),
                "unchanged": self.tr("Unchanged"),
                "skipped": self.tr("Skipped"),
                "errors": self.tr("Errors"),
                "geocode_queued": self.tr("Queued for geocoding"),
            }
        )
        self.result = QWidget()
        self.result.setLayout(form)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.status)
        layout.addWidget(self.error)
        layout.addWidget(self.result)
        layout.addStretch(1)

    def initializePage(self) -> None:
        self.finished = False
        self.result.hide()
        self.progress.setRange(0, 0)
        self.cancel.setEnabled(True)
        self.status.setText(self.tr("Importing…"))
        w = self.w
        db, user, path, rt, mapping = w.job_args()
        options = w.import_options(skip_invalid=w.skip_invalid)
        self.job = Job(
            lambda progress, cancelled: run_import(
                db, user, path, rt, mapping, options=options, progress=progress, cancelled=cancelled
            ),
            self,
        )
        self.job.progress.connect(self._progress)
        self.job.succeeded.connect(self._imported)
        self.job.failed.connect(self._failed)
        self.job.cancelled.connect(self._cancelled)
        self.job.start()

    @property
    def running(self) -> bool:
        return self.job is not None and not self.finished

    def cancel_import(self) -> None:
        if self.running:
            self.job.cancel()
            self.cancel.setEnabled(False)
            self.status.setText(self.tr("Cancelling…"))

    def _progress(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)

    def _end(self) -> None:
        self.finished = True
        self.cancel.setEnabled(False)
        self.progress.setRange(0, 1)
        self.update_gate()

    def _imported(self, report: ImportReport) -> None:
        self.progress.setValue(1)
        if report.written:
            self.status.setText(self.tr("The import is finished."))
        else:
            self.status.setText(self.tr("Nothing was imported: some rows have problems."))
        show_counts(self.counts, report)
        self.result.show()
        self._end()

    def _failed(self, text: str) -> None:
        self.status.setText(self.tr("Nothing was imported."))
        show_error(self.error, text)
        self._end()

    def _cancelled(self) -> None:
        self.status.setText(self.tr("Cancelled: nothing was imported"))
        self._end()

    def ready(self) -> bool:
        return self.finished


class ImportWizard(QWizard):
    """Import accounts, contacts, leads or deals from a CSV/XLSX file."""

    def __init__(
        self,
        app_state,
        parent: QWidget | None = None,
        path: str | None = None,
        record_type: RecordType | str | None = None,
    ) -> None:
        super().__init__(parent)
        self.app_state = app_state
        self.path = ""
        self.record_type = RecordType(record_type or RecordType.ACCOUNTS)
        self.encoding: str | None = None
        self.delimiter: str | None = None
        self.table = None
        self.mapping: dict[str, str | None] = {}
        self.preset: str | None = None
        self.skip_invalid = False
        self.setWindowTitle(self.tr("Import records"))
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.file_page = FilePage(self)
        self.columns_page = ColumnsPage(self)
        self.check_page = CheckPage(self)
        self.import_page = ImportPage(self)
        for page in (self.file_page, self.columns_page, self.check_page, self.import_page):
            self.addPage(page)
        self.file_page.set_initial(path, RecordType(record_type) if record_type else None)
        self.resize(960, 680)

    def job_args(self) -> tuple:
        """What a background job needs, as plain values (it never touches the wizard)."""
        state = self.app_state
        return state.ctx.db, state.user_id, self.path, self.record_type, dict(self.mapping)

    def import_options(self, **kwargs) -> ImportOptions:
        """Read the file exactly as the preview did (the detected encoding and delimiter)."""
        table = self.table
        return ImportOptions(
            preset=self.preset, encoding=table.encoding, delimiter=table.delimiter, **kwargs
        )

    def reject(self) -> None:
        if self.import_page.running:  # the import rolls back; the wizard closes
            self.import_page.cancel_import()
        super().reject()
