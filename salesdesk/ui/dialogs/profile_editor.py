"""Settings, Qualification, Ideal customer profile: who we sell to best.

Industries are offered from the accounts and leads already in the database (plus any
typed), regions are typed with the accounts' regions and towns as suggestions. An empty
dimension means "any".
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QCompleter,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy import select, union

from ...core.db import Database
from ...core.leads.icp import DIMENSION_LABELS, REVENUE_BANDS, SIZE_BANDS, Profile, load_profile
from ...core.models import Account, Lead
from ..messages import arg
from ..views.common import label


def known_values(db: Database) -> tuple[list[str], list[str], list[str]]:
    """Industries, regions, and regions with towns, found in the accounts and leads."""

    def distinct(*columns) -> list[str]:
        query = union(
            *(select(c).where(c.is_not(None), c.class_.deleted_at.is_(None)) for c in columns)
        )
        found = {str(v).strip() for v in s.scalars(query) if str(v).strip()}
        return sorted(found, key=str.casefold)

    with db.read() as s:
        industries = distinct(Account.industry, Lead.industry)
        regions = distinct(Account.region, Lead.region)
        places = distinct(Account.region, Account.city, Lead.region, Lead.city)
    return industries, regions, places


class CheckList(QWidget):
    """Values found in the data to tick, and a line to add others (ticked)."""

    def __init__(
        self,
        title: str,
        known: list[str],
        chosen: tuple[str, ...],
        placeholder: str,
        completions: list[str] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.list = QListWidget()
        self.list.setAccessibleName(title)
        wanted = {c.casefold(): c for c in chosen}
        for value in known:
            self._add(value, wanted.pop(value.casefold(), None) is not None)
        for value in wanted.values():  # in the profile, in no record (yet)
            self._add(value, True)
        self.entry = QLineEdit()
        self.entry.setPlaceholderText(placeholder)
        self.entry.setAccessibleName(placeholder)
        if completions:
            completer = QCompleter(completions, self.entry)
            completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
            completer.setFilterMode(Qt.MatchFlag.MatchContains)
            self.entry.setCompleter(completer)
        self.add_button = QPushButton(self.tr("Add"))
        self.entry.returnPressed.connect(self.add_typed)
        self.add_button.clicked.connect(self.add_typed)
        row = QHBoxLayout()
        row.addWidget(self.entry, 1)
        row.addWidget(self.add_button)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.list, 1)
        lay.addLayout(row)

    def checked(self) -> list[str]:
        return [
            self.list.item(i).text()
            for i in range(self.list.count())
            if self.list.item(i).checkState() == Qt.CheckState.Checked
        ]

    def set_checked(self, text: str, on: bool = True) -> None:
        for i in range(self.list.count()):
            item = self.list.item(i)
            if item.text().casefold() == text.casefold():
                item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)
                return

    def add_typed(self) -> None:
        value = " ".join(self.entry.text().split())
        if not value:
            return
        for i in range(self.list.count()):
            item = self.list.item(i)
            if item.text().casefold() == value.casefold():
                item.setCheckState(Qt.CheckState.Checked)
                break
        else:
            item = self._add(value, True)
        self.list.scrollToItem(item)
        self.entry.clear()

    def set_read_only(self, read_only: bool) -> None:
        self.entry.setVisible(not read_only)
        self.add_button.setVisible(not read_only)
        for i in range(self.list.count()):
            item = self.list.item(i)
            flags = item.flags() | Qt.ItemFlag.ItemIsUserCheckable
            if read_only:
                flags &= ~Qt.ItemFlag.ItemIsUserCheckable
            item.setFlags(flags)

    def _add(self, value: str, checked: bool) -> QListWidgetItem:
        item = QListWidgetItem(value)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        self.list.addItem(item)
        return item


def _dimension_title(dimension: str) -> str:
    return QCoreApplication.translate("Leads", DIMENSION_LABELS[dimension])


class ProfileEditor(QWidget):
    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        with db.read() as s:
            self._saved = load_profile(s)
        industries, regions, places = known_values(db)
        self.industries = CheckList(
            _dimension_title("industries"),
            industries,
            self._saved.industries,
            self.tr("Another industry"),
        )
        self.regions = CheckList(
            _dimension_title("regions"),
            regions,
            self._saved.regions,
            self.tr("Another region, country or town"),
            places,
        )
        lay = QVBoxLayout(self)
        lay.addWidget(
            label(
                self.tr(
                    "The profile pre-answers the fit question of a framework (the criterion "
                    "set to pre-answer from the profile): yes when what is known of the lead "
                    "matches, no when something does not. Leave a part empty to accept any."
                ),
                "muted",
                wrap=True,
            )
        )
        grid = QGridLayout()
        grid.addWidget(self._box(_dimension_title("industries"), self.industries), 0, 0)
        grid.addWidget(self._box(_dimension_title("regions"), self.regions), 0, 1)
        self.size_boxes = self._bands(SIZE_BANDS, self._saved.size_bands)
        self.revenue_boxes = self._bands(REVENUE_BANDS, self._saved.revenue_bands)
        sizes = self._band_box(
            arg(self.tr("%1 (employees)"), _dimension_title("size_bands")), self.size_boxes
        )
        revenues = self._band_box(_dimension_title("revenue_bands"), self.revenue_boxes)
        grid.addWidget(sizes, 1, 0, 1, 2)
        grid.addWidget(revenues, 2, 0, 1, 2)
        grid.setRowStretch(0, 1)
        lay.addLayout(grid, 1)
        lay.addWidget(
            label(self.tr("A lead matches a region by its region, country or town."), "muted")
        )

    @staticmethod
    def _box(title: str, content: QWidget) -> QGroupBox:
        box = QGroupBox(title)
        QVBoxLayout(box).addWidget(content)
        return box

    @staticmethod
    def _bands(bands, chosen: tuple[str, ...]) -> dict[str, QCheckBox]:
        boxes = {}
        for key, _low, _high in bands:
            # Left-to-right marks: in a right-to-left layout "1000+" would read "+1000".
            box = QCheckBox(f"\u200e{key}\u200e")
            box.setChecked(key in chosen)
            boxes[key] = box
        return boxes

    @staticmethod
    def _band_box(title: str, boxes: dict[str, QCheckBox]) -> QGroupBox:
        group = QGroupBox(title)
        row = QHBoxLayout(group)
        for box in boxes.values():
            row.addWidget(box)
        row.addStretch(1)
        return group

    # values -----------------------------------------------------------------------
    def profile(self) -> Profile:
        return Profile.from_json(
            {
                "industries": self.industries.checked(),
                "size_bands": [k for k, box in self.size_boxes.items() if box.isChecked()],
                "regions": self.regions.checked(),
                "revenue_bands": [k for k, box in self.revenue_boxes.items() if box.isChecked()],
            }
        )

    def is_dirty(self) -> bool:
        return self.profile() != self._saved

    def mark_saved(self) -> None:
        self._saved = self.profile()

    def set_read_only(self, read_only: bool) -> None:
        self.industries.set_read_only(read_only)
        self.regions.set_read_only(read_only)
        for box in (*self.size_boxes.values(), *self.revenue_boxes.values()):
            box.setEnabled(not read_only)
