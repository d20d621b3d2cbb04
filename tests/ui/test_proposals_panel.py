"""The Proposals tab in the real deal panel, and Settings → Company, with pytest-qt on a
real database: no lines says so; a version made in the dialog with its totals live; its
PDF written off the GUI thread; Mark sent moving the deal; the company's details and logo
saved by a manager and read-only for a rep."""

from __future__ import annotations

import io
from decimal import Decimal
from pathlib import Path

import pytest
from PIL import Image
from PySide6.QtCore import Qt

from salesdesk.core.company import TERMS_MAX, company
from salesdesk.core.deals.lines import LineInput, products, save_lines
from salesdesk.core.deals.proposals import proposal, proposals_of
from salesdesk.core.deals.records import DealInput, deal_detail, save_deal
from salesdesk.core.domain import Role
from salesdesk.core.models import Account
from salesdesk.core.workspace import ProfileInput, save_profile
from salesdesk.ui.deals.deal_panel import HISTORY, PROPOSALS, DealPanel
from salesdesk.ui.dialogs import company_settings
from salesdesk.ui.dialogs.settings import SettingsDialog
from tests.pdfkit import pdf_pages

SHOTS = Path("/tmp/shots")


def _shot(widget, name: str) -> None:
    SHOTS.mkdir(parents=True, exist_ok=True)
    widget.grab().save(str(SHOTS / name))


@pytest.fixture
def world(db):
    me = save_profile(db, ProfileInput(name="Robin Ashworth", role=Role.FIELD_REP))
    with db.write() as s:
        account = Account(name="Acme Packaging", city="Bolton")
        s.add(account)
        s.flush()
        account_id = account.id
    deal = save_deal(db, DealInput(account_id=account_id, name="Line upgrade"), me.id).id
    return {"me": me, "deal": deal}


@pytest.fixture
def panel(qtbot, make_state, world):
    widget = DealPanel(make_state(world["me"]))
    qtbot.addWidget(widget)
    widget.resize(1100, 700)
    widget.show()
    widget.show_deal(world["deal"])
    widget.tabs.setCurrentIndex(PROPOSALS)
    return widget


def _with_lines(db, world) -> None:
    book = products(db)
    save_lines(
        db, world["deal"], [LineInput(book[0].id, 2, 100.0, 0), LineInput(book[1].id, 1, 50.0, 10)]
    )


def test_a_deal_without_lines_says_so(panel):
    tab = panel.proposals
    assert panel.tabs.tabText(PROPOSALS) == "P&roposals" and panel.tabs.isTabEnabled(PROPOSALS)
    assert tab.new_proposal() is None
    assert tab.errors.widget.isVisible()
    assert "no line items" in tab.errors.widget.text()
    assert tab.table.rowCount() == 0 and not tab.sent_button.isEnabled()


def test_make_a_version_save_its_pdf_and_mark_it_sent(qtbot, panel, world, db, tmp_path):
    _with_lines(db, world)
    tab = panel.proposals
    dialog = tab.new_proposal()
    assert dialog is not None and dialog.isVisible()
    dialog.tax.setValue(20.0)
    dialog.discount.setValue(10.0)
    assert "245.00" in dialog.totals.text()  # 2 × 100 + 50 − 10%
    assert "264.60" in dialog.total.text()  # 245 − 24.50, then 20% tax
    dialog.notes.setPlainText("Delivery in two weeks.")
    _shot(dialog, "proposal_dialog.png")
    with qtbot.waitSignal(panel.changed):
        dialog.accept()
    (row,) = proposals_of(db, world["deal"])
    assert row.total == Decimal("264.60") and row.status == "draft"
    assert tab.table.rowCount() == 1 and tab.table.item(0, 0).text() == row.number
    assert tab.sent_button.isEnabled()

    out = tmp_path / "quote.pdf"
    tab.choose_path = lambda _parent, _suggested: str(out)
    job = tab.save_pdf()
    with qtbot.waitSignal(job.succeeded, timeout=20_000):
        pass
    text = pdf_pages(out)[0]
    assert row.number in text and "Acme Packaging" in text and "Delivery in two weeks." in text

    assert deal_detail(db, world["deal"]).stage.name == "Prospecting"
    with qtbot.waitSignal(panel.changed):
        qtbot.mouseClick(tab.sent_button, Qt.MouseButton.LeftButton)
    assert proposal(db, row.id).status == "sent"
    assert deal_detail(db, world["deal"]).stage.name == "Proposal"
    assert "Proposal" in panel.stage.text()
    assert "moved from Prospecting to Proposal" in tab.status.text()
    assert not tab.sent_button.isEnabled() and tab.answer_button.isEnabled()
    _shot(panel, "proposal_panel.png")
    panel.tabs.setCurrentIndex(HISTORY)
    moves = panel.history.moves
    assert moves.item(moves.rowCount() - 1, 2).text() == "Proposal"
    _shot(panel, "proposal_history.png")

    panel.tabs.setCurrentIndex(PROPOSALS)
    tab.accepted_action.trigger()
    assert proposal(db, row.id).status == "accepted"
    assert tab.table.item(0, 5).text() == "Accepted" and not tab.answer_button.isEnabled()
    assert deal_detail(db, world["deal"]).stage.name == "Proposal"  # the rep wins it


def test_over_long_terms_are_shown_at_their_field(panel, world, db):
    _with_lines(db, world)
    dialog = panel.proposals.new_proposal()
    dialog.terms.setPlainText("x" * (TERMS_MAX + 1))
    dialog.accept()
    terms_error = dialog._fields["terms"][1]
    assert dialog.isVisible() and terms_error.isVisible()
    assert f"{TERMS_MAX + 1} characters" in terms_error.text()
    assert not dialog.errors.widget.isVisible() and not dialog._fields["notes"][1].isVisible()
    assert dialog.focusWidget() is dialog.terms and proposals_of(db, world["deal"]) == []
    _shot(dialog, "proposal_dialog_error.png")
    dialog.terms.setPlainText("Net 30.")  # editing clears it
    assert not terms_error.isVisible()


def _png(size=(300, 90)) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", size, (31, 95, 139)).save(out, "PNG")
    return out.getvalue()


@pytest.fixture
def open_settings(qtbot, db, make_state, settings):
    def build(role=Role.SALES_MANAGER):
        profile = save_profile(db, ProfileInput(name="Morgan Lee", role=role))
        dialog = SettingsDialog(make_state(profile), settings)
        qtbot.addWidget(dialog)
        return dialog, dialog.company_page

    return build


def test_a_manager_saves_the_company_and_its_logo(db, open_settings, tmp_path, monkeypatch):
    warned = []
    monkeypatch.setattr(company_settings, "warn", lambda _parent, text: warned.append(text))
    dialog, page = open_settings()
    assert dialog.tabs.tabText(dialog.tabs.indexOf(page)) == "Company"
    page.name.setText("Northwind Packaging Ltd")
    page.address.setPlainText("Unit 4, Riverside Park\nManchester M17 1EX")
    page.tax.setValue(20.0)
    page.prefix.setText("NW")
    not_image = tmp_path / "logo.png"
    not_image.write_bytes(b"<svg>not really</svg>")
    page.choose_file = lambda _parent: str(not_image)
    assert not page.choose_logo()
    assert "PNG, JPEG or GIF" in warned[-1] and page.logo is None
    logo = tmp_path / "real.png"
    logo.write_bytes(_png())
    page.choose_file = lambda _parent: str(logo)
    assert page.choose_logo() and not page.preview.pixmap().isNull()
    dialog.tabs.setCurrentWidget(page)
    dialog.resize(900, 680)
    dialog.show()
    _shot(dialog, "proposal_company_settings.png")
    dialog.accept()
    saved = company(db)
    assert saved.name == "Northwind Packaging Ltd" and saved.number_prefix == "NW"
    assert saved.tax_pct == 20.0 and saved.logo_bytes == _png()
    assert saved.address == "Unit 4, Riverside Park\nManchester M17 1EX"

    page.prefix.setText("Q-1")  # refused: the dialog stays on the Company tab
    dialog.accept()
    assert "prefix" in warned[-1] and company(db).number_prefix == "NW"


def test_only_a_manager_edits_the_company(open_settings):
    _dialog, page = open_settings(Role.FIELD_REP)
    assert "Only a sales manager" in page.note.text()
    assert page.name.isReadOnly() and not page.choose_button.isEnabled()
    assert not page.tax.isEnabled()
    page.name.setText("changed anyway")
    assert page.save()  # nothing stored for a rep
