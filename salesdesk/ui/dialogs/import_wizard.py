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
from ..theme import colors
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

PROBLEMS_SHOWN = 500  # rows of the problems table; the CSV has every problem


def problem_text(error: RowError) -> str:
    return QCoreApplication.translate("Errors", error.template).format(**error.params)


def counts_form(titles: dict[str, str]) -> tuple[QFormLayout, dict[str, QLabel]]:
    """One row per count of ImportReport.counts() (and `duplicates_flagged`) in `titles`."""
    form = QFormLayout()
    # Each number sits beside its label, right to left too (a number alone reads as LTR).
    form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
    values = {}
    for key, title in titles.items():
        values[key] = QLabel("–")
        # Room for a 7-digit count: the hint of "–" would clip the number set later.
        values[key].setMinimumWidth(values[key].fontMetrics().horizontalAdvance("0000000"))
        form.addRow(title, values[key])
    return form, values


def show_counts(values: dict[str, QLabel], report: ImportReport) -> None:
    locale = QLocale()
    counts = report.counts() | {"duplicates_flagged": report.duplicates_flagged}
    for key, label in values.items():
        label.setText(locale.toString(counts[key]))


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
        self.problems = table_widget([])
        self.problems.horizontalHeader().setStretchLastSection(True)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.rows, self.tr("First rows as they will be stored"))
        problems_tab = QWidget()
        tab_layout = QVBoxLayout(problems_tab)
        tab_layout.addWidget(self.problems, 1)
        self.save_csv = QPushButton(self.tr("Save problems as &CSV…"))
        self.save_csv.clicked.connect(self.save_problems)
        self.more = QLabel()  # empty unless the list is cut (it keeps the button at the end)
        self.more.setWordWrap(True)
        save_row = QHBoxLayout()
        save_row.addWidget(self.more, 1)
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
        self._fill_problems([], [])
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
        labels |= {"phone_e164": self.tr("Phone (E.164)"), "phone_valid": self.tr("Valid phone")}
        mapped = set(shown.mapping.values())
        if "phone" in mapped:  # a phone is stored as written, in E.164, and whether valid
            mapped |= {"phone_e164", "phone_valid"}
        keys = [k for k in labels if k in mapped]
        rows = [[self._cell(row.values.get(k)) for k in keys] for row in shown.rows]
        fill_table(self.rows, [labels[k] for k in keys], rows)
        error = QColor(colors()["error"])
        for r, row in enumerate(shown.rows):  # a row that will be skipped shows why
            why = "\n".join(problem_text(p) for p in row.problems if not p.warning)
            for c in range(len(keys) if why else 0):
                self.rows.item(r, c).setForeground(error)
                self.rows.item(r, c).setToolTip(why)
        self._fill_problems(report.errors, report.warnings)
        if report.errors:
            self.tabs.setCurrentIndex(1)
        self.update_gate()

    def _cell(self, value: object) -> str:
        if isinstance(value, bool):
            return self.tr("yes") if value else self.tr("no")
        return _cell(value)

    def _fill_problems(self, errors: list[RowError], warnings: list[RowError]) -> None:
        """Errors (their rows are skipped), then warnings (their rows are imported with a
        change), each in row order; the kind written out and coloured. A long list is cut
        (a table of every problem of a big file would take long to fill): the CSV has all."""
        kinds = {False: self.tr("Error"), True: self.tr("Warning")}
        shades = {False: QColor(colors()["error"]), True: QColor(colors()["warning"])}
        problems = [*errors, *warnings]
        shown = problems[:PROBLEMS_SHOWN]
        rows = [[str(p.row), kinds[p.warning], p.column, p.value, problem_text(p)] for p in shown]
        headers = [self.tr("Row"), self.tr("Kind"), self.tr("Column"), self.tr("Value"),
                   self.tr("Problem")]  # fmt: skip
        fill_table(self.problems, headers, rows)
        for r, p in enumerate(shown):
            self.problems.item(r, 1).setForeground(shades[p.warning])
        self.tabs.setTabText(
            1,
            arg(
                self.tr("%1, %2"),
                self.tr("%n error(s)", "", len(errors)),
                self.tr("%n warning(s)", "", len(warnings)),
            ),
        )
        locale = QLocale()
        cut = arg(
            self.tr("The first %1 of %2 problems are shown; the CSV has them all."),
            locale.toString(len(shown)),
            locale.toString(len(problems)),
        )
        self.more.setText(cut if len(shown) < len(problems) else "")
        self.save_csv.setEnabled(bool(problems))

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
        self.setSubTitle(
            self.tr("Everything is written in one step: cancelled, the database stays as it was.")
        )
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
                "duplicates_flagged": self.tr("Leads flagged as duplicates"),
            }
        )
        self.counts_form = form
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
        # Only leads are checked for duplicates (an earlier lead with the same email).
        leads = self.w.record_type is RecordType.LEADS
        self.counts_form.setRowVisible(self.counts["duplicates_flagged"], leads)
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
        self.match_keys: tuple[str, ...] | None = None  # None: the record type's default
        self.phone_region = "GB"
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
            preset=self.preset,
            encoding=table.encoding,
            delimiter=table.delimiter,
            match_keys=self.match_keys,
            phone_region=self.phone_region,
            **kwargs,
        )

    def reject(self) -> None:
        if self.import_page.running:  # the import rolls back; the wizard closes
            self.import_page.cancel_import()
        super().reject()
