"""Territory: the ranked account list beside the map, today's route and the call pattern.

Loading (ranking, map columns, today's route) and the call pattern run on worker
threads; the map page is generated once per load and then driven by small scripts:
selecting, filtering, moving a marker never reload it.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QItemSelectionModel, QLocale, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QProgressDialog,
    QPushButton,
    QSplitter,
    QTabBar,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...core.domain import Role
from ...core.territory.config import pattern_settings, ranking_weights
from ...maps.data import MapData, load_map_data, pattern_layer, route_layer
from ..map.base import choose_base_map, page_labels
from ..map.view import MapView
from ..messages import critical, error_text
from ..models.ranked_table import COL_NAME, ID_ROLE, RankedTableModel, RankFilter
from ..territory_text import (
    attention_title,
    explain,
    geocode_summary,
    precision_text,
    waiting_text,
)
from ..worker import Job
from .common import Card, label


@dataclass
class _Loaded:
    data: MapData
    ranking: object
    route: object | None
    waiting: dict[str, tuple[str | None, int]]  # account hex -> geocoding queue reason


class TerritoryView(QWidget):
    status_changed = Signal(str)  # which base map is in use, for the status bar
    loaded = Signal()

    def __init__(self, app_state, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._state = app_state
        self._data: MapData | None = None
        self._waiting: dict[str, tuple[str | None, int]] = {}
        self._placing: str | None = None  # account being placed by a click on the map
        self._own_writes = 0
        self._jobs: set[Job] = set()
        self.base_label = ""
        self.map_ready = False
        self.pattern_done = False
        self._retried = False

        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search accounts or towns"))
        self.search.setClearButtonEnabled(True)
        self.level = QComboBox()
        self.level.addItem(self.tr("All levels"), None)
        for lv in "ABCD":
            self.level.addItem(attention_title(lv), lv)
        self.kind = QComboBox()
        self.kind.addItem(self.tr("Customers and prospects"), None)
        self.kind.addItem(self.tr("Customers"), "customer")
        self.kind.addItem(self.tr("Prospects"), "prospect")
        self.owner = QComboBox()
        self.owner.addItem(self.tr("All owners"), None)
        self.owner.setVisible(False)
        filters = QHBoxLayout()
        filters.addWidget(self.level, 1)
        filters.addWidget(self.kind, 1)
        filters.addWidget(self.owner, 1)

        self.tabs = QTabBar()
        self.tabs.addTab(self.tr("Ranked"))
        self.tabs.addTab(self.tr("Needs location"))
        self.tabs.setExpanding(False)

        self.model = RankedTableModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(26)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_NAME, QHeaderView.ResizeMode.Stretch)

        self.details = Card(self.tr("Account"))
        self.d_name = label("", wrap=True)
        font = self.d_name.font()
        font.setBold(True)
        self.d_name.setFont(font)
        self.d_why = label("", "muted", wrap=True)
        self.d_where = label("", "muted", wrap=True)
        self.attention = QComboBox()
        self.attention.addItem(self.tr("Level from the ranking"), None)
        for lv in "ABCD":
            self.attention.addItem(attention_title(lv), lv)
        self.place_btn = QPushButton(self.tr("Place on map"))
        self.place_btn.setToolTip(self.tr("Click on the map where the account is"))
        row = QHBoxLayout()
        row.addWidget(self.attention, 1)
        row.addWidget(self.place_btn)
        for w in (self.d_name, self.d_why, self.d_where):
            self.details.body.addWidget(w)
        self.details.body.addLayout(row)
        self.details.setEnabled(False)

        self.count = label("", "muted")
        self.lookup_btn = QPushButton(self.tr("Look up addresses"))
        self.lookup_btn.setToolTip(
            self.tr("Find coordinates for accounts without a location (offline gazetteer first)")
        )
        bottom = QHBoxLayout()
        bottom.addWidget(self.count, 1)
        bottom.addWidget(self.lookup_btn)

        left = QWidget()
        lay = QVBoxLayout(left)
        lay.setContentsMargins(12, 12, 6, 12)
        lay.addWidget(self.search)
        lay.addLayout(filters)
        lay.addWidget(self.tabs)
        lay.addWidget(self.table, 1)
        lay.addWidget(self.details)
        lay.addLayout(bottom)

        self.map = MapView()
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.map)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([420, 860])
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.splitter)

        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(150)
        self._debounce.timeout.connect(self.apply_filter)
        self.search.textChanged.connect(self._debounce.start)
        for combo in (self.level, self.kind, self.owner):
            combo.currentIndexChanged.connect(self.apply_filter)
        self.tabs.currentChanged.connect(self.apply_filter)
        self.table.selectionModel().currentRowChanged.connect(self._on_row)
        self.table.doubleClicked.connect(self._zoom_to)
        self.attention.activated.connect(self._on_attention)
        self.place_btn.clicked.connect(self.start_placing)
        self.lookup_btn.clicked.connect(self.look_up_addresses)
        self.map.ready.connect(self._on_map_ready)
        self.map.bridge.account_clicked.connect(self._on_map_click)
        self.map.bridge.account_moved.connect(self._on_moved)
        self.map.bridge.placed.connect(self._on_placed)
        self.map.bridge.placing_cancelled.connect(self._on_placing_cancelled)
        app_state.notifier.changed.connect(self._on_changed)
        self.reload()

    # loading --------------------------------------------------------------------
    def _scope(self) -> uuid.UUID | None:
        p = self._state.profile
        if p is None or self._state.role == Role.SALES_MANAGER:
            return None
        return p.id

    def reload(self) -> None:
        db, scope = self._state.ctx.db, self._scope()
        profile = self._state.profile
        home = None
        if profile and profile.home_lat is not None and profile.home_lon is not None:
            home = (profile.home_lat, profile.home_lon, profile.home_address or "")
        owner = profile.id if profile else None

        def work(progress, cancelled):
            weights = ranking_weights(db)
            data, ranking = load_map_data(db, scope, weights=weights, home=home)
            if scope is not None and not data.ids:  # nothing owned yet: show everyone's
                data, ranking = load_map_data(db, None, weights=weights, home=home)
            route = None
            if owner is not None:
                from ...core.territory.day_route import planned_day

                route = planned_day(db, owner, date.today())
            from ...core.geocoding import needs_location

            waiting = {n.account_id.hex: (n.reason, n.attempts) for n in needs_location(db)}
            return _Loaded(data, ranking, route, waiting)

        self.count.setText(self.tr("Loading…"))
        self._run(Job(work, self), self._on_loaded)

    def _run(self, job: Job, done, failed=None) -> Job:
        self._jobs.add(job)
        job.succeeded.connect(done)
        job.failed.connect(failed or self._on_failed)
        job.succeeded.connect(self._forget)
        job.failed.connect(self._forget)
        job.cancelled.connect(self._forget)
        job.start()
        return job

    def _forget(self, *_args) -> None:
        self._jobs = {j for j in self._jobs if j is not self.sender()}

    def _on_failed(self, text: str) -> None:
        self.count.setText("")
        critical(self, text)

    def _on_loaded(self, loaded: _Loaded) -> None:
        data = loaded.data
        data.route = route_layer(loaded.route)
        self._data = data
        self._waiting = loaded.waiting
        located = [v is not None for v in data.lat]
        self.model.set_accounts(loaded.ranking.accounts, located)
        owners = sorted({o for o in data.owners if o})
        self.owner.blockSignals(True)
        self.owner.clear()
        self.owner.addItem(self.tr("All owners"), None)
        for o in owners:
            self.owner.addItem(data.owner_names.get(o, o), o)
        self.owner.setVisible(len(owners) > 1)
        self.owner.blockSignals(False)
        base, pack, online = choose_base_map()
        self.base_label = base.label
        rtl = QApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
        lang = QLocale().name().split("_")[0]
        self.map_ready = False
        self.map.show_map(
            data, base, page_labels(data), pack=pack, online=online, rtl=rtl, lang=lang
        )
        self.status_changed.emit(base.label)
        self.apply_filter()
        self.loaded.emit()
        self._plan_pattern()
        self._retry_lookups()

    def _retry_lookups(self) -> None:
        """Addresses queued while offline are retried once per session when a lookup
        service is configured; found ones appear on the map without a click."""
        if self._retried or not self._waiting:
            return
        self._retried = True
        db = self._state.ctx.db

        def work(progress, cancelled):
            from ...core.geocoding import geocoding_settings, retry_queue

            if not geocoding_settings(db).configured:
                return None
            return retry_queue(db, due_only=True, progress=progress, cancelled=cancelled)

        self._run(Job(work, self), self._on_retried, self._on_retry_failed)

    def _on_retried(self, report) -> None:
        if report is not None and report.located:  # the change notice reloads the map
            self.status_changed.emit(geocode_summary(report))

    def _on_retry_failed(self, text: str) -> None:
        self.status_changed.emit(text)

    def _on_map_ready(self) -> None:
        self.map_ready = True
        if self._data is not None and self._data.pattern is not None:
            self.map.set_pattern(self._data.pattern)

    def settled(self) -> bool:
        """The map is drawn and the call pattern planned (screenshots wait for this)."""
        return self.map_ready and self.pattern_done

    def _plan_pattern(self) -> None:
        p, data = self._state.profile, self._data
        if p is None or data is None or p.home_lat is None:
            self.pattern_done = True
            return
        db = self._state.ctx.db

        def work(progress, cancelled):
            from ...core.territory.pattern_data import pattern_for_owner

            return pattern_for_owner(db, p.id, settings=pattern_settings(db))

        self._run(Job(work, self), self._on_pattern, self._on_pattern_failed)

    def _on_pattern_failed(self, text: str) -> None:
        # The map is usable without the pattern layer: say why it is missing, no dialog.
        self.pattern_done = True
        self.status_changed.emit(self.tr("The call pattern could not be planned: {0}").format(text))

    def _on_pattern(self, owner_pattern) -> None:
        self.pattern_done = True
        if self._data is not None:
            self._data.pattern = pattern_layer(owner_pattern.plan, self._data)
            if self.map_ready:
                self.map.set_pattern(self._data.pattern)

    # filtering and selection ----------------------------------------------------
    def current_filter(self) -> RankFilter:
        return RankFilter(
            level=self.level.currentData(),
            kind=self.kind.currentData(),
            owner=self.owner.currentData() if self.owner.isVisible() else None,
            text=self.search.text(),
            located=None if self.tabs.currentIndex() == 0 else False,
        )

    def apply_filter(self) -> None:
        self.model.set_filter(self.current_filter())
        if self._data is not None:
            # The needs-location tab shows nobody on the map: keep the map's last filter.
            if self.tabs.currentIndex() == 0:
                self.map.filter(self.model.mask())
            missing = sum(1 for v in self._data.lat if v is None)
            self.tabs.setTabText(1, self.tr("Needs location (%n)", "", missing))
        self.count.setText(self.tr("%n account(s)", "", self.model.rowCount()))
        self._show_details(None)

    def selected_id(self) -> str | None:
        index = self.table.currentIndex()
        return index.data(ID_ROLE) if index.isValid() else None

    def select_account(self, hex_id: str, center: bool = True) -> bool:
        row = self.model.row_of(hex_id)
        if row is None:
            return False
        self._center = center
        self.table.selectionModel().setCurrentIndex(
            self.model.index(row, 0),
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.table.scrollTo(self.model.index(row, 0))
        return True

    def _on_row(self, current, _previous) -> None:
        account = self.model.account_at(current.row()) if current.isValid() else None
        self._show_details(account)
        if account is not None:
            self.map.select(account.id.hex, center=getattr(self, "_center", True))
        self._center = True

    def _zoom_to(self, index) -> None:
        """Double-click: zoom to the account, or place it if it has no location yet."""
        account = self.model.account_at(index.row())
        if account is None:
            return
        i = self._data.index_of(account.id.hex) if self._data else None
        if i is not None and self._data.lat[i] is None:
            self.start_placing()
        else:
            self.map.select(account.id.hex, center="zoom")

    def _on_map_click(self, hex_id: str) -> None:
        if not self.select_account(hex_id, center=False):
            # Filtered out of the list: clear the filters that hide it, then select.
            self.search.clear()
            self.level.setCurrentIndex(0)
            self.kind.setCurrentIndex(0)
            self.tabs.setCurrentIndex(0)
            self.apply_filter()
            self.select_account(hex_id, center=False)

    def _show_details(self, account) -> None:
        self.details.setEnabled(account is not None)
        if account is None:
            self.d_name.setText(self.tr("Select an account in the list or on the map."))
            self.d_why.setText("")
            self.d_where.setText("")
            return
        self.d_name.setText(account.name)
        self.d_why.setText(explain(account))
        i = self._data.index_of(account.id.hex) if self._data else None
        precision = self._data.precision[i] if i is not None else "none"
        located = i is not None and self._data.lat[i] is not None
        where = precision_text(precision if located else "none")
        reason, attempts = self._waiting.get(account.id.hex, (None, 0))
        if not located and reason:
            where += "\n" + waiting_text(reason, attempts)
        self.d_where.setText(where)
        self.attention.setCurrentIndex("ABCD".index(account.level) + 1 if account.override else 0)

    # editing --------------------------------------------------------------------
    def _on_attention(self, _index: int) -> None:
        hex_id = self.selected_id()
        if hex_id is None:
            return
        from ...core.territory.attention import set_attention_override

        try:
            set_attention_override(
                self._state.ctx.db,
                uuid.UUID(hex_id),
                self.attention.currentData(),
                ranking_weights(self._state.ctx.db),
            )
        except Exception as exc:
            critical(self, error_text(exc))
        # The notifier reloads the list and the map (a level changes colours and counts).

    def start_placing(self) -> None:
        hex_id = self.selected_id()
        if hex_id is None:
            return
        self._placing = hex_id
        self.map.start_placing()
        self.status_changed.emit(self.tr("Click on the map where the account is (Esc cancels)."))

    def _on_placing_cancelled(self) -> None:
        self._placing = None
        self.status_changed.emit(self.base_label)

    def _on_placed(self, lat: float, lon: float) -> None:
        hex_id, self._placing = self._placing, None
        if hex_id is not None:
            self._save_location(hex_id, lat, lon)

    def _on_moved(self, hex_id: str, lat: float, lon: float) -> None:
        self._save_location(hex_id, lat, lon)

    def _save_location(self, hex_id: str, lat: float, lon: float) -> None:
        from ...core.geocoding import set_location

        self._own_writes += 1
        try:
            set_location(self._state.ctx.db, uuid.UUID(hex_id), lat, lon)
        except Exception as exc:
            self._own_writes -= 1
            critical(self, error_text(exc))
            i = self._data.index_of(hex_id) if self._data else None
            if i is not None and self._data.lat[i] is not None:
                self.map.move_marker(hex_id, self._data.lat[i], self._data.lon[i])
            return
        i = self._data.index_of(hex_id)
        if i is not None:
            self._data.lat[i], self._data.lon[i] = lat, lon
            self._data.precision[i] = "manual"
            self.model.set_located(hex_id, True)
        self.map.move_marker(hex_id, lat, lon)
        if self.tabs.currentIndex() == 1:
            self.apply_filter()
        else:
            self._show_details(self.model.account_at(self.table.currentIndex().row()))
        self.status_changed.emit(self.tr("Location saved."))

    def look_up_addresses(self) -> None:
        if self._data is None:
            return
        from ...core.geocoding import geocode_accounts

        ids = [
            uuid.UUID(h) for h, v in zip(self._data.ids, self._data.lat, strict=True) if v is None
        ]
        if not ids:
            self.status_changed.emit(self.tr("Every account has a location."))
            return
        db = self._state.ctx.db
        dialog = QProgressDialog(
            self.tr("Looking up addresses…"), self.tr("Cancel"), 0, len(ids), self
        )
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(300)

        def work(progress, cancelled):
            return geocode_accounts(db, ids, progress=progress, cancelled=cancelled)

        job = Job(work, self)
        job.progress.connect(dialog.setValue)
        dialog.canceled.connect(job.cancel)
        job.succeeded.connect(dialog.reset)
        job.failed.connect(dialog.reset)
        job.cancelled.connect(dialog.reset)
        self._run(job, self._on_looked_up)

    def _on_looked_up(self, report) -> None:
        self.status_changed.emit(geocode_summary(report))  # the change notice reloads

    def _on_changed(self, tables: frozenset) -> None:
        if self._own_writes and tables <= {"accounts", "geocode_queue", "geocode_cache"}:
            self._own_writes -= 1
            return
        if tables & {"accounts", "calls", "users", "opportunities", "settings"}:
            self.reload()

    def settings_changed(self) -> None:
        """The base map may have changed (Settings, Map tab): draw the page again."""
        self.reload()

    def closeEvent(self, event) -> None:
        for job in self._jobs:
            job.cancel()
        super().closeEvent(event)
