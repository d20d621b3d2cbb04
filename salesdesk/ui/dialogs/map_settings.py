"""Settings, Map tab: the offline pack (MBTiles/PMTiles) and the online tile source.

These are per-machine choices (a pack is a file on this laptop), kept in QSettings.
Nothing here downloads anything: an online source is only asked for the tiles the rep
looks at, and they are cached for the next time without a network.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QWidget,
)

from ...core.errors import SalesDeskError
from ..map.base import ATTRIBUTION_KEY, LOOKUP_KEY, ONLINE_KEY, PACK_KEY, plain_text
from ..messages import arg, error_text
from ..views.common import label


class MapSettingsPage(QWidget):
    def __init__(self, settings: QSettings, db=None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from ...maps.tiles import OSM_PRESET

        self._settings = settings
        self._db = db
        self._osm = OSM_PRESET
        form = QFormLayout(self)

        self.pack = QLineEdit(str(settings.value(PACK_KEY, "") or ""))
        self.pack.setReadOnly(True)
        self.pack.setPlaceholderText(self.tr("No offline map pack"))
        choose = QPushButton(self.tr("Choose…"))
        choose.clicked.connect(self._choose_pack)
        remove = QPushButton(self.tr("Remove"))
        remove.clicked.connect(self._remove_pack)
        row = QHBoxLayout()
        row.addWidget(self.pack, 1)
        row.addWidget(choose)
        row.addWidget(remove)
        form.addRow(self.tr("Offline map pack"), row)
        self.pack_info = label("", "muted", wrap=True)
        form.addRow("", self.pack_info)

        self.source = QComboBox()
        self.source.addItem(self.tr("None: work offline only"), "none")
        self.source.addItem(self.tr("OpenStreetMap (viewed tiles are cached)"), "osm")
        self.source.addItem(self.tr("Another tile server…"), "custom")
        url = str(settings.value(ONLINE_KEY, "") or "")
        self.url = QLineEdit(url if url != OSM_PRESET.url_template else "")
        self.url.setPlaceholderText("https://tiles.example.com/{z}/{x}/{y}.png")
        self.attribution = QLineEdit(str(settings.value(ATTRIBUTION_KEY, "") or ""))
        self.attribution.setPlaceholderText(self.tr("Credit line the tile provider requires"))
        form.addRow(self.tr("Online tiles"), self.source)
        form.addRow(self.tr("Tile URL"), self.url)
        form.addRow(self.tr("Attribution"), self.attribution)
        form.addRow(
            "",
            label(
                self.tr(
                    "SalesDesk asks a tile server only for the tiles you look at and keeps "
                    "them for offline use. OpenStreetMap's tile policy forbids downloading "
                    "areas in advance: for that, add an offline pack."
                ),
                "muted",
                wrap=True,
            ),
        )
        self._geocoding_rows(form)
        index = 0 if not url else (1 if url == OSM_PRESET.url_template else 2)
        self.source.setCurrentIndex(index)
        self.source.currentIndexChanged.connect(self._update_fields)
        self._update_fields()
        self._describe_pack()

    def _geocoding_rows(self, form: QFormLayout) -> None:
        """Address lookup: the team's geocoding service (kept with the data)."""
        self.geocoder = QComboBox()
        self.geocoder.addItem(self.tr("Offline gazetteer only (town level)"), "none")
        self.geocoder.addItem(
            self.tr("Nominatim (OpenStreetMap, one address a second)"), "nominatim"
        )
        self.geocoder.addItem(self.tr("Photon server"), "photon")
        self.geocoder.addItem(self.tr("Pelias server"), "pelias")
        self.geocoder_url = QLineEdit()
        self.geocoder_url.setPlaceholderText(
            self.tr("Your server, e.g. http://geo.example.org:2322")
        )
        if self._db is not None:
            from ...core.geocoding import geocoding_settings

            current = geocoding_settings(self._db)
            self.geocoder.setCurrentIndex(max(0, self.geocoder.findData(current.provider)))
            self.geocoder_url.setText(current.url or "")
        else:
            self.geocoder.setEnabled(False)
            self.geocoder_url.setEnabled(False)
        form.addRow(self.tr("Address lookup"), self.geocoder)
        form.addRow(self.tr("Lookup server"), self.geocoder_url)
        self.geocoder.currentIndexChanged.connect(self._update_lookup)
        self._update_lookup()

    def _update_lookup(self) -> None:
        # Empty with Nominatim: the public server (one address a second).
        self.geocoder_url.setEnabled(self._db is not None and self.geocoder.currentData() != "none")

    def _update_fields(self) -> None:
        custom = self.source.currentData() == "custom"
        self.url.setEnabled(custom)
        self.attribution.setEnabled(custom)

    def _choose_pack(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Offline map pack"),
            str(Path.home()),
            self.tr("Map packs (*.mbtiles *.pmtiles);;All files (*)"),
        )
        if path:
            self.pack.setText(path)
            self._describe_pack()

    def _remove_pack(self) -> None:
        self.pack.clear()
        self._describe_pack()

    def _describe_pack(self) -> bool:
        """Show what the pack holds, or why it cannot be used; True when it can."""
        from ...maps.tiles import open_pack

        path = self.pack.text()
        if not path:
            self.pack_info.setText(self.tr("The built-in world map is used when there is no pack."))
            return True
        try:
            with open_pack(Path(path)) as pack:
                kind = self.tr("vector") if pack.kind == "vector" else self.tr("raster")
                name = plain_text(pack.name or "") or Path(path).name
                self.pack_info.setText(
                    arg(
                        self.tr("%1: %2 map, zoom %3 to %4"), name, kind, pack.minzoom, pack.maxzoom
                    )
                )
            return True
        except SalesDeskError as exc:
            self.pack_info.setText(error_text(exc))
            return False

    def validate(self) -> str | None:
        """An error text if the choices cannot be saved, else None.

        The lookup service is checked by storing it (set_geocoding_settings checks and
        stores in one unit of work, all or nothing), so a valid one is already saved.
        """
        from ...maps.tiles import validate_url_template

        if self.pack.text() and not self._describe_pack():
            return self.pack_info.text()
        if self.source.currentData() == "custom":
            try:
                validate_url_template(self.url.text())
            except SalesDeskError as exc:
                return error_text(exc)
        if self._db is not None:
            try:
                self._save_geocoding()
            except SalesDeskError as exc:
                return error_text(exc)
        return None

    def _save_geocoding(self) -> None:
        """Store the lookup service (one unit of work; refused values change nothing)."""
        from ...core.geocoding import set_geocoding_settings

        set_geocoding_settings(
            self._db, provider=self.geocoder.currentData(), url=self.geocoder_url.text()
        )

    def save(self) -> None:
        s = self._settings
        s.setValue(PACK_KEY, self.pack.text())
        if self._db is not None:  # this machine's user chose the lookup service
            s.setValue(LOOKUP_KEY, self.geocoder.currentData() != "none")
        choice = self.source.currentData()
        if choice == "osm":
            s.setValue(ONLINE_KEY, self._osm.url_template)
            s.setValue(ATTRIBUTION_KEY, self._osm.attribution)
        elif choice == "custom":
            s.setValue(ONLINE_KEY, self.url.text().strip())
            s.setValue(ATTRIBUTION_KEY, self.attribution.text().strip())
        else:
            s.setValue(ONLINE_KEY, "")
            s.setValue(ATTRIBUTION_KEY, "")
