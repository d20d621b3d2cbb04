"""Territory: the ranked account list beside the map, today's route and the call pattern.

Loading (ranking, map columns, today's route, the page itself) and the call pattern run
on worker threads; the page is generated once per load and then driven by small
scripts: selecting, filtering, moving a marker never reload it. A load is numbered:
results of an older one are dropped, change notices are gathered for 300 ms, and a
hidden view only notes that it is out of date.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from PySide6.QtCore import QItemSelectionModel, QLocale, QSettings, Qt, QTimer, Signal
from PySide6.QtWidgets import QApplication, QProgressDialog, QSplitter, QVBoxLayout, QWidget

from ...core.domain import Role
from ...core.territory.config import pattern_settings, ranking_weights
from ...maps.data import MapData, load_territory, pattern_layer
from ...maps.page import build_page
from ..map.base import LOOKUP_KEY, choose_base_map, page_labels
from ..map.view import MapView
from ..messages import arg, critical, error_text
from ..models.ranked_table import ID_ROLE, RankFilter
from ..territory_text import explain, geocode_summary, precision_text, waiting_text
from ..worker import Job
from .territory_panel import TerritoryPanel

OWN_TABLES = frozenset({"accounts", "geocode_queue", "geocode_cache"})
RELOAD_TABLES = frozenset({"accounts", "calls", "users", "opportunities", "settings"})


@dataclass
class _Loaded:
    generation: int
    data: MapData
    ranking: object
    waiting: dict[str, tuple[str | None, int]]  # account hex -> geocoding queue reason
    files: dict[str, bytes]
    base: object
    pack: object
    online: object


class TerritoryView(QWidget):
    status_changed = Signal(str)  # which base map is in use, for the status bar
    loaded = Signal()
    plan_call = Signal(object)  # the account (uuid) to plan a call with
    account_calls = Signal(object)  # the account whose call history to show

    def __init__(self, app_state, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._state = app_state
        self._data: MapData | None = None
        self._waiting: dict[str, tuple[str | None, int]] = {}
        self._placing: str | None = None  # account being placed by a click on the map
        self._own_writes = 0
        self._jobs: set[Job] = set()
        self._generation = 0
        self._dirty = False
        self._keep_id: str | None = None  # the selection to restore after a reload
        self._center: bool | str = True
        self.base_label = ""
        self.map_ready = False
        self._page_pending = False
        self.pattern_done = False
        self._retried = False

        self.panel = TerritoryPanel()
        p = self.panel
        self.search, self.level, self.kind, self.owner = p.search, p.level, p.kind, p.owner
        self.tabs, self.model, self.table = p.tabs, p.model, p.table
        self.d_name, self.d_why, self.d_where = p.d_name, p.d_why, p.d_where
        self.attention, self.place_btn, self.lookup_btn = p.attention, p.place_btn, p.lookup_btn

        self.map = MapView()
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.panel)
        self.splitter.addWidget(self.map)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([420, 860])
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.splitter)

        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(150)
        self._debounce.timeout.connect(self.apply_filter)
        self._reload_timer = QTimer(self)
        self._reload_timer.setSingleShot(True)
        self._reload_timer.setInterval(300)
        self._reload_timer.timeout.connect(self.reload)
        self.search.textChanged.connect(self._debounce.start)
        for combo in (self.level, self.kind, self.owner):
            combo.currentIndexChanged.connect(self.apply_filter)
        self.tabs.currentChanged.connect(self.apply_filter)
        self.table.selectionModel().currentRowChanged.connect(self._on_row)
        self.table.doubleClicked.connect(self._zoom_to)
        self.attention.activated.connect(self._on_attention)
        self.place_btn.clicked.connect(self.start_placing)
        self.lookup_btn.clicked.connect(self.look_up_addresses)
        self._card_account = None
        p.plan_btn.clicked.connect(lambda: self.plan_call.emit(self._card_account))
        p.calls_btn.clicked.connect(lambda: self.account_calls.emit(self._card_account))
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
        """Load everything again on a worker thread; older loads still running are void."""
        self._reload_timer.stop()
        self._dirty = False
        self._generation += 1
        for job in self._jobs:
            job.cancel()
        self.pattern_done = False
        self._keep_id = self.selected_id() or self._keep_id
        if self.map_ready:  # keep where the rep left the map
            self.map.run("window.SD ? SD.view() : null", self._start_load)
        else:
            self._start_load(None)

    def _start_load(self, view) -> None:
        generation = self._generation
        db, scope, profile = self._state.ctx.db, self._scope(), self._state.profile
        rtl = QApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
        lang = QLocale().name().split("_")[0]
        view = view if isinstance(view, list) and len(view) == 3 else None

        def work(progress, cancelled):
            weights = ranking_weights(db)
            data, ranking = load_territory(db, profile, scope, weights=weights)
            from ...core.geocoding import needs_location

            waiting = {n.account_id.hex: (n.reason, n.attempts) for n in needs_location(db)}
            base, pack, online = choose_base_map()
            labels = page_labels(data)
            files = build_page(data, base, labels, rtl=rtl, lang=lang, view=view)
            return _Loaded(generation, data, ranking, waiting, files, base, pack, online)

        self.count_text(self.tr("Loading…"))
        self._run(Job(work, self), self._on_loaded)

    def count_text(self, text: str) -> None:
        self.panel.count.setText(text)

    def _run(self, job: Job, done, failed=None) -> Job:
        self._jobs.add(job)
        job.succeeded.connect(done)
        job.failed.connect(failed or self._on_failed)
        for signal in (job.succeeded, job.failed, job.cancelled):
            signal.connect(self._forget)
        job.start()
        return job

    def _forget(self, *_args) -> None:
        self._jobs = {j for j in self._jobs if j is not self.sender()}

    def _on_failed(self, text: str) -> None:
        self.count_text("")
        critical(self, text)

    def _on_loaded(self, loaded: _Loaded) -> None:
        if loaded.generation != self._generation:
            return  # a newer load is on its way
        data = loaded.data
        self._data, self._waiting = data, loaded.waiting
        self.model.set_accounts(loaded.ranking.accounts, [v is not None for v in data.lat])
        owners = sorted({o for o in data.owners if o})
        self.panel.set_owners([(o, data.owner_names.get(o, o)) for o in owners])
        self.base_label = loaded.base.label
        self.map_ready = False
        self._page_pending = True
        self.map.show_files(
            loaded.files, data.ids, loaded.base, pack=loaded.pack, online=loaded.online
        )
        self.status_changed.emit(loaded.base.label)
        self.apply_filter(keep=self._keep_id)
        self.loaded.emit()
        self._retry_lookups()

    def _on_map_ready(self) -> None:
        if not self._page_pending:
            return  # a late ready from a page already replaced
        self._page_pending = False
        first = not self.map_ready
        self.map_ready = True
        if first and not self.pattern_done:
            self._plan_pattern()  # after the map is drawn: it competes for the CPU
        self.map.filter(self.model.mask() if self.tabs.currentIndex() == 0 else None)
        if self._data is not None and self._data.pattern is not None:
            self.map.set_pattern(self._data.pattern)
        chosen = self.selected_id()
        if chosen is not None:
            self.map.select(chosen, center=False)

    def settled(self) -> bool:
        """The map is drawn and the call pattern planned (screenshots wait for this)."""
        return self.map_ready and self.pattern_done

    def _plan_pattern(self) -> None:
        p, data, generation = self._state.profile, self._data, self._generation
        if p is None or data is None or p.home_lat is None:
            self.pattern_done = True
            return
        db = self._state.ctx.db

        def work(progress, cancelled):
            from ...core.territory.pattern_data import pattern_for_owner

            plan = pattern_for_owner(db, p.id, settings=pattern_settings(db)).plan
            return generation, plan

        self._run(Job(work, self), self._on_pattern, self._on_pattern_failed)

    def _on_pattern_failed(self, text: str) -> None:
        # The map is usable without the pattern layer: say why it is missing, no dialog.
        self.pattern_done = True
        self.status_changed.emit(arg(self.tr("The call pattern could not be planned: %1"), text))

    def _on_pattern(self, result) -> None:
        generation, plan = result
        if generation != self._generation or self._data is None:
            return
        self.pattern_done = True
        self._data.pattern = pattern_layer(plan, self._data)
        if self.map_ready:
            self.map.set_pattern(self._data.pattern)

    def _retry_lookups(self) -> None:
        """Addresses queued while offline are retried once per session, only on a machine
        whose user chose the lookup service in Settings (the choice travels with the
        data; sending customer addresses out is this machine's user's decision)."""
        allowed = QSettings().value(LOOKUP_KEY, False, type=bool)
        if self._retried or not self._waiting or not allowed:
            return
        self._retried = True
        db = self._state.ctx.db

        def work(progress, cancelled):
            from ...core.geocoding import geocoding_settings, retry_queue

            if not geocoding_settings(db).configured:
                return None
            return retry_queue(db, due_only=True, progress=progress, cancelled=cancelled)

        self._run(Job(work, self), self._on_looked_up, self.status_changed.emit)

    # filtering and selection ----------------------------------------------------
    def current_filter(self) -> RankFilter:
        return RankFilter(
            level=self.level.currentData(),
            kind=self.kind.currentData(),
            owner=self.owner.currentData() if not self.owner.isHidden() else None,
            text=self.search.text(),
            located=None if self.tabs.currentIndex() == 0 else False,
        )

    def apply_filter(self, *_args, keep: str | None = None) -> None:
        keep = keep or self.selected_id()  # still selected if the filter still shows it
        self.model.set_filter(self.current_filter())
        if self._data is not None:
            # The needs-location tab lists accounts the map cannot show: keep its markers.
            if self.tabs.currentIndex() == 0 and self.map_ready:
                self.map.filter(self.model.mask())
            missing = sum(1 for v in self._data.lat if v is None)
            self.tabs.setTabText(1, self.tr("Needs location (%n)", "", missing))
        self.count_text(self.tr("%n account(s)", "", self.model.rowCount()))
        if keep is None or not self.select_account(keep, center=False):
            self._show_details(None)
            self.map.clear_selection()

    def selected_id(self) -> str | None:
        index = self.table.currentIndex()
        return index.data(ID_ROLE) if index.isValid() else None

    def select_account(self, hex_id: str, center: bool | str = True) -> bool:
        row = self.model.row_of(hex_id)
        if row is None:
            return False
        self._center = center
        index = self.model.index(row, 0)
        flags = QItemSelectionModel.SelectionFlag
        self.table.selectionModel().setCurrentIndex(index, flags.ClearAndSelect | flags.Rows)
        self.table.scrollTo(index)
        return True

    def _on_row(self, current, _previous) -> None:
        account = self.model.account_at(current.row()) if current.isValid() else None
        self._show_details(account)
        if account is not None:
            self._keep_id = account.id.hex
            if self.map_ready:
                self.map.select(account.id.hex, center=self._center)
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
            for w in (self.search,):
                w.clear()
            for combo in (self.level, self.kind, self.owner):
                combo.setCurrentIndex(0)
            self.tabs.setCurrentIndex(0)
            self.apply_filter(keep=hex_id)

    def _show_details(self, account) -> None:
        self.panel.details.setEnabled(account is not None)
        self._card_account = account.id if account is not None else None
        if account is None:
            self.d_name.setText(self.tr("Select an account in the list or on the map."))
            self.d_why.setText("")
            self.d_where.setText("")
            return
        self.d_name.setText(account.name)
        self.d_why.setText(explain(account))
        i = self._data.index_of(account.id.hex) if self._data else None
        located = i is not None and self._data.lat[i] is not None
        where = precision_text(self._data.precision[i] if located else "none")
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

        db = self._state.ctx.db
        try:
            level = self.attention.currentData()
            set_attention_override(db, uuid.UUID(hex_id), level, ranking_weights(db))
        except Exception as exc:
            critical(self, error_text(exc))
        # The change notice reloads list and map (a level changes colours and counts);
        # the selection and the map's view are kept.

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

        i = self._data.index_of(hex_id) if self._data else None
        self._own_writes += 1
        try:
            set_location(self._state.ctx.db, uuid.UUID(hex_id), lat, lon)
        except Exception as exc:
            self._own_writes -= 1
            critical(self, error_text(exc))
            if i is not None and self._data.lat[i] is not None:
                self.map.move_marker(hex_id, self._data.lat[i], self._data.lon[i])
            return
        if i is not None:
            self._data.lat[i], self._data.lon[i] = lat, lon
            self._data.precision[i] = "manual"
            self.model.set_located(hex_id, True)
        self._waiting.pop(hex_id, None)
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

        pairs = zip(self._data.ids, self._data.lat, strict=True)
        ids = [uuid.UUID(h) for h, lat in pairs if lat is None]
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
        for signal in (job.succeeded, job.failed, job.cancelled):
            signal.connect(dialog.reset)
        self._run(job, self._on_looked_up)

    def _on_looked_up(self, report) -> None:
        if report is not None:  # the change notices reload what changed
            self.status_changed.emit(geocode_summary(report))

    def _refresh_waiting(self) -> None:
        """Only the queue changed (nothing located): new reasons, no new page."""
        db = self._state.ctx.db

        def work(progress, cancelled):
            from ...core.geocoding import needs_location

            return {n.account_id.hex: (n.reason, n.attempts) for n in needs_location(db)}

        self._run(Job(work, self), self._on_waiting)

    def _on_waiting(self, waiting: dict) -> None:
        self._waiting = waiting
        self._show_details(self.model.account_at(self.table.currentIndex().row()))

    def _on_changed(self, tables: frozenset) -> None:
        if self._own_writes and tables <= OWN_TABLES:
            self._own_writes -= 1
            return
        if tables & RELOAD_TABLES:
            if self.isVisible():
                self._reload_timer.start()
            else:
                self._dirty = True
        elif "geocode_queue" in tables:
            self._refresh_waiting()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._dirty:
            self.reload()

    def settings_changed(self) -> None:
        """The base map may have changed (Settings, Map tab): draw the page again."""
        self._reload_timer.start()

    def shutdown(self) -> None:
        """The window is closing: stop background work (lookups, tile fetches)."""
        for job in self._jobs:
            job.cancel()
        self.map.shutdown()
