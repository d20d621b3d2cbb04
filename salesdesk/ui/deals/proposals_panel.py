"""The Proposals tab: the deal's quote versions (number, version, date, valid until,
total, status), a new version from its lines, its PDF saved off the GUI thread, and
"Mark sent", which logs a touch and, by the automation rule, moves the deal forward.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QMenu,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ...core.deals.proposals import (
    NO_LINES,
    ProposalError,
    ProposalRow,
    deal_has_lines,
    mark_accepted,
    mark_declined,
    mark_sent,
    proposal,
    proposals_of,
)
from ..calls.widgets import ErrorLabel, local_text
from ..documents.export import ask_pdf_path, pdf_translate, show_written, suggested_path
from ..messages import arg, error_text, warn
from ..theme import icon
from ..views.common import label
from ..worker import Job
from .proposal_dialog import NewProposalDialog, cents

NUMBER, VERSION, CREATED, VALID, TOTAL, STATUS = range(6)
ID_ROLE = Qt.ItemDataRole.UserRole


def status_title(value: str) -> str:
    return {
        "draft": QCoreApplication.translate("DealLabels", "Draft"),
        "sent": QCoreApplication.translate("DealLabels", "Sent"),
        "accepted": QCoreApplication.translate("DealLabels", "Accepted"),
        "declined": QCoreApplication.translate("DealLabels", "Declined"),
    }.get(value, value)


class ProposalsPanel(QWidget):
    saved = Signal(object)  # deal id, after a version was made or sent

    def __init__(self, state, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._state = state
        self._db = state.ctx.db
        self.deal_id: uuid.UUID | None = None
        self.currency = "GBP"
        self._rows: list[ProposalRow] = []
        self.job: Job | None = None
        # Where Save PDF writes (parent, suggested path -> path or None); tests replace it.
        self.choose_path: Callable[[QWidget | None, str], str | None] = ask_pdf_path

        self.new_button = QPushButton(
            icon("mdi6.file-document-plus-outline"), self.tr("&New proposal…")
        )
        self.new_button.setToolTip(self.tr("A new numbered version from the deal's current lines"))
        self.new_button.clicked.connect(lambda: self.new_proposal())
        self.pdf_button = QPushButton(icon("mdi6.file-pdf-box"), self.tr("&Save PDF…"))
        self.pdf_button.clicked.connect(lambda: self.save_pdf())
        self.sent_button = QPushButton(icon("mdi6.send-outline"), self.tr("&Mark sent"))
        self.sent_button.setToolTip(
            self.tr("Log the proposal as sent; the automation rule may move the deal forward")
        )
        self.sent_button.clicked.connect(lambda: self.send())
        self.answer_button = QToolButton()
        self.answer_button.setText(self.tr("Customer's &answer"))
        self.answer_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.answer_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        answers = QMenu(self.answer_button)
        self.accepted_action = answers.addAction(
            icon("mdi6.check-circle-outline"), self.tr("Accepted")
        )
        self.accepted_action.triggered.connect(lambda: self.answer(mark_accepted))
        self.declined_action = answers.addAction(
            icon("mdi6.close-circle-outline"), self.tr("Declined")
        )
        self.declined_action.triggered.connect(lambda: self.answer(mark_declined))
        self.answer_button.setMenu(answers)
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_button)
        buttons.addStretch(1)
        buttons.addWidget(self.pdf_button)
        buttons.addWidget(self.sent_button)
        buttons.addWidget(self.answer_button)

        self.table = QTableWidget(0, 6)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Number"),
                self.tr("Version"),
                self.tr("Made"),
                self.tr("Valid until"),
                self.tr("Total"),
                self.tr("Status"),
            ]
        )
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(STATUS, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._enable)
        self.table.doubleClicked.connect(lambda _i: self.save_pdf())

        self.count = label("", "muted")
        self.status = label("", "muted", wrap=True)
        self.errors = ErrorLabel()
        lay = QVBoxLayout(self)
        lay.setContentsMargins(16, 12, 16, 12)
        lay.addLayout(buttons)
        lay.addWidget(self.errors.widget)
        lay.addWidget(self.count)
        lay.addWidget(self.table, 1)
        lay.addWidget(self.status)

    def load(self, deal_id: uuid.UUID, currency: str = "GBP") -> None:
        if deal_id != self.deal_id:
            self.status.clear()
        self.deal_id, self.currency = deal_id, currency
        self.errors.clear()
        self.show_list()

    def show_list(self, select: uuid.UUID | None = None) -> None:
        if self.deal_id is None:
            return
        keep = select or self.selected_id()
        self._rows = proposals_of(self._db, self.deal_id)
        self.table.setRowCount(0)
        self.table.setRowCount(len(self._rows))
        locale = QLocale()
        for row, p in enumerate(self._rows):
            cells = (
                p.number,
                str(p.version),
                local_text(p.created_at),
                locale.toString(p.valid_until, QLocale.FormatType.ShortFormat),
                cents(p.total, p.currency),
                status_title(p.status)
                + (f" · {local_text(p.sent_at)}" if p.sent_at and p.status == "sent" else ""),
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(ID_ROLE, str(p.id))
                self.table.setItem(row, column, item)
            self.table.item(row, TOTAL).setTextAlignment(
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
            )
        self.count.setText(
            self.tr("%n version(s)", "", len(self._rows))
            if self._rows
            else self.tr("No proposal yet: New proposal makes one from the deal's lines.")
        )
        index = next((i for i, p in enumerate(self._rows) if p.id == keep), 0)
        if self._rows:
            self.table.selectRow(index)
        self._enable()

    def selected_id(self) -> uuid.UUID | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        if not rows:
            return None
        return uuid.UUID(self.table.item(rows[0].row(), NUMBER).data(ID_ROLE))

    def _selected_row(self) -> ProposalRow | None:
        chosen = self.selected_id()
        return next((p for p in self._rows if p.id == chosen), None)

    def _enable(self) -> None:
        row = self._selected_row()
        self.pdf_button.setEnabled(row is not None)
        self.sent_button.setEnabled(row is not None and row.status == "draft")
        self.answer_button.setEnabled(row is not None and row.status in ("draft", "sent"))

    # actions -------------------------------------------------------------------------
    def new_proposal(self) -> NewProposalDialog | None:
        """The New proposal dialog (not blocking); None with the reason shown when the
        deal has no lines."""
        if self.deal_id is None:
            return None
        self.errors.clear()
        if not deal_has_lines(self._db, self.deal_id):
            self.errors.show(QCoreApplication.translate("Errors", NO_LINES))
            return None
        dialog = NewProposalDialog(self._state, self.deal_id, self.currency, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        deal_id = self.deal_id
        dialog.accepted.connect(lambda: self._made(deal_id, dialog.created))
        dialog.open()
        return dialog

    def _made(self, deal_id: uuid.UUID, created: uuid.UUID | None) -> None:
        if deal_id == self.deal_id:
            self.show_list(select=created)
            row = self._selected_row()
            if row is not None:
                self.status.setText(
                    arg(self.tr("Made %1 (version %2)."), row.number, str(row.version))
                )
        self.saved.emit(deal_id)

    def save_pdf(self) -> Job | None:
        row = self._selected_row()
        if row is None:
            return None
        path = self.choose_path(self, suggested_path(row.number))
        if not path:
            return None
        from ...documents.proposal import proposal_pdf

        db, proposal_id = self._db, row.id
        job = Job(lambda _p, _c: proposal_pdf(proposal(db, proposal_id), path, pdf_translate), self)
        job.succeeded.connect(lambda _r: show_written(self, path))
        job.failed.connect(lambda error: warn(self, error))
        self.job = job
        return job.start()

    def send(self) -> bool:
        row = self._selected_row()
        if row is None or self.deal_id is None:
            return False
        self.errors.clear()
        try:
            sent = mark_sent(self._db, row.id, self._state.user_id)
        except ProposalError as exc:
            self.errors.show(error_text(exc))
            self.show_list()
            return False
        self.show_list(select=row.id)
        if sent.to_stage:
            self.status.setText(
                arg(
                    self.tr("%1 marked sent. By the automation rule the deal moved from %2 to %3."),
                    row.number,
                    sent.from_stage or "—",
                    sent.to_stage,
                )
            )
        else:
            self.status.setText(arg(self.tr("%1 marked sent."), row.number))
        self.saved.emit(self.deal_id)
        return True

    def answer(self, mark: Callable[..., None]) -> bool:
        """Record the customer's answer to the selected version (the deal stays where it
        is: winning or losing it is the rep's move on the board)."""
        row = self._selected_row()
        if row is None or self.deal_id is None:
            return False
        self.errors.clear()
        try:
            mark(self._db, row.id)
        except ProposalError as exc:
            self.errors.show(error_text(exc))
            return False
        self.show_list(select=row.id)
        self.saved.emit(self.deal_id)
        return True
