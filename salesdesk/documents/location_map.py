"""The small location map: the account and its numbered neighbours on the base map.

Drawn as vector paths on the PDF canvas, from the built-in Natural Earth polygons
(basemap.py): no tiles, no network, no browser. A local equirectangular projection
(longitude scaled by the cosine of the account's latitude) is true enough at the few
tens of kilometres such a map spans. Everything is computed once when the flowable is
made; drawing it again in a later build pass only replays the paths.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

import numpy as np
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import FILL_EVEN_ODD
from reportlab.platypus import Flowable

from .basemap import land_polygons
from .fonts import register_fonts
from .plan_data import Neighbour
from .text import fit, visual

SEA = colors.HexColor("#dbe8f2")
LAND = colors.HexColor("#f6f3ea")
BORDER = colors.HexColor("#a9a39a")
HOME = colors.HexColor("#c0392b")
NEAR = colors.HexColor("#1f5f8b")
MIN_SPAN_DEG = 0.06  # about 7 km north to south: a lone account still shows its area
PAD = 0.16
NICE_KM = (0.5, 1, 2, 5, 10, 20, 50, 100, 200, 500)
INSET_W, INSET_H = 22 * mm, 17 * mm
INSET_SPAN_DEG = 9.0  # north to south: the country or region around the account


class LocationMap(Flowable):
    """A `width` x `height` map centred on the account, neighbours numbered 1, 2, ..."""

    def __init__(
        self,
        lat: float,
        lon: float,
        name: str,
        neighbours: Sequence[Neighbour],
        width: float,
        height: float,
        attribution: str,
    ) -> None:
        super().__init__()
        self.width, self.height = width, height
        self.name = name
        self.attribution = attribution
        self._kx = math.cos(math.radians(lat))
        lats = [lat, *(n.lat for n in neighbours)]
        xs = [lon * self._kx, *(n.lon * self._kx for n in neighbours)]
        self._x0, self._y0, self._scale = _frame(xs, lats, width, height)
        self.home = self._project(lon, lat)
        self.near = [self._project(n.lon, n.lat) for n in neighbours]
        self.land = self._land()
        self.inset = Inset(lat, lon, INSET_W, INSET_H)

    def _project(self, lon: float, lat: float) -> tuple[float, float]:
        return (lon * self._kx - self._x0) * self._scale, (lat - self._y0) * self._scale

    def _land(self) -> list[list[np.ndarray]] | None:
        return _land(self._x0, self._y0, self._kx, self._scale, self.width, self.height)

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        return self.width, self.height

    def draw(self) -> None:
        canvas = self.canv
        regular, bold = register_fonts()
        canvas.saveState()
        frame = canvas.beginPath()
        frame.rect(0, 0, self.width, self.height)
        canvas.clipPath(frame, stroke=0, fill=0)
        canvas.setFillColor(SEA if self.land is not None else LAND)
        canvas.rect(0, 0, self.width, self.height, stroke=0, fill=1)
        canvas.setFillColor(LAND)
        canvas.setStrokeColor(BORDER)
        canvas.setLineWidth(0.5)
        canvas.setLineJoin(1)
        _draw_land(canvas, self.land)
        # Under the markers: a neighbour in that corner stays visible.
        if self.inset.land:
            canvas.saveState()
            canvas.translate(self.width - INSET_W - 4, self.height - INSET_H - 4)
            self.inset.draw_on(canvas)
            canvas.restoreState()
        for number, (x, y) in reversed(list(enumerate(self.near, start=1))):
            _marker(canvas, x, y, 5.2, NEAR)
            canvas.setFillColor(colors.white)
            canvas.setFont(bold, 6.5)
            canvas.drawCentredString(x, y - 2.3, str(number))
        x, y = self.home
        _marker(canvas, x, y, 6, HOME)
        self._label(canvas, x, y, bold)
        self._scale_bar(canvas, regular)
        canvas.setFont(regular, 5.5)
        canvas.setFillColor(colors.HexColor("#7b8794"))
        canvas.drawRightString(self.width - 3, 3, visual(self.attribution))
        canvas.restoreState()
        canvas.setStrokeColor(colors.HexColor("#9fb0c0"))
        canvas.setLineWidth(0.6)
        canvas.rect(0, 0, self.width, self.height, stroke=1, fill=0)

    def _label(self, canvas, x: float, y: float, font: str) -> None:
        size = 7.5
        text = visual(fit(self.name, font, size, self.width * 0.45))
        w = canvas.stringWidth(text, font, size)
        left = x + 9 if x + 9 + w < self.width - 4 else x - 9 - w
        canvas.setFillColor(colors.Color(1, 1, 1, alpha=0.85))
        canvas.roundRect(left - 2.5, y - 4.5, w + 5, 11, 2, stroke=0, fill=1)
        canvas.setFillColor(colors.HexColor("#1d2733"))
        canvas.setFont(font, size)
        canvas.drawString(left, y - 2.2, text)

    def _scale_bar(self, canvas, font: str) -> None:
        points_per_km = self._scale / 111.32
        length_km = next(
            (k for k in reversed(NICE_KM) if k * points_per_km <= self.width * 0.28), NICE_KM[0]
        )
        length = length_km * points_per_km
        x, y = 8, 9
        canvas.setFillColor(colors.Color(1, 1, 1, alpha=0.8))
        canvas.rect(x - 3, y - 5, length + 32, 13, stroke=0, fill=1)
        canvas.setStrokeColor(colors.HexColor("#1d2733"))
        canvas.setLineWidth(0.8)
        canvas.line(x, y, x + length, y)
        canvas.line(x, y - 2, x, y + 2)
        canvas.line(x + length, y - 2, x + length, y + 2)
        canvas.setFillColor(colors.HexColor("#1d2733"))
        canvas.setFont(font, 6.5)
        label = f"{length_km:g} km"
        canvas.drawString(x + length + 4, y - 2.2, label)


class Inset:
    """A small overview in the map's corner: the region, the account as a dot."""

    def __init__(self, lat: float, lon: float, width: float, height: float) -> None:
        self.width, self.height = width, height
        kx = math.cos(math.radians(lat))
        scale = height / INSET_SPAN_DEG
        x0 = lon * kx - width / scale / 2
        y0 = lat - INSET_SPAN_DEG / 2
        self.land = _land(x0, y0, kx, scale, width, height, overview=True)
        self.dot = ((lon * kx - x0) * scale, (lat - y0) * scale)

    def draw_on(self, canvas) -> None:
        frame = canvas.beginPath()
        frame.rect(0, 0, self.width, self.height)
        canvas.setFillColor(SEA)
        canvas.setStrokeColor(colors.white)
        canvas.setLineWidth(2)
        canvas.drawPath(frame, stroke=1, fill=1)
        canvas.clipPath(frame, stroke=0, fill=0)
        canvas.setFillColor(LAND)
        canvas.setStrokeColor(BORDER)
        canvas.setLineWidth(0.3)
        _draw_land(canvas, self.land)
        canvas.setFillColor(HOME)
        canvas.circle(*self.dot, 1.8, stroke=0, fill=1)
        canvas.setStrokeColor(colors.HexColor("#9fb0c0"))
        canvas.setLineWidth(0.5)
        canvas.rect(0, 0, self.width, self.height, stroke=1, fill=0)


def _land(
    x0: float,
    y0: float,
    kx: float,
    scale: float,
    width: float,
    height: float,
    overview: bool = False,
) -> list[list[np.ndarray]] | None:
    """The land polygons in a frame, in its own coordinates (points from its corner)."""
    margin = 0.02 * width / scale
    west, east = (x0 - margin) / kx, (x0 + width / scale + margin) / kx
    south, north = y0 - margin, y0 + height / scale + margin
    polygons = land_polygons((west, south, east, north), overview)
    if polygons is None:
        return None
    drawn = []
    for rings in polygons:
        page_rings = []
        for ring in rings:
            xy = np.column_stack(((ring[:, 0] * kx - x0) * scale, (ring[:, 1] - y0) * scale))
            # A quarter of a point is below what print or screen shows.
            xy = np.round(xy * 4) / 4
            keep = np.ones(len(xy), dtype=bool)
            keep[1:] = np.any(xy[1:] != xy[:-1], axis=1)
            page_rings.append(xy[keep])
        drawn.append([r for r in page_rings if len(r) >= 3])
    return drawn


def _draw_land(canvas, land: list[list[np.ndarray]] | None) -> None:
    for rings in land or ():
        if not rings:
            continue
        path = canvas.beginPath()
        for ring in rings:
            path.moveTo(*ring[0])
            for x, y in ring[1:].tolist():
                path.lineTo(x, y)
            path.close()
        canvas.drawPath(path, stroke=1, fill=1, fillMode=FILL_EVEN_ODD)


def _marker(canvas, x: float, y: float, radius: float, fill) -> None:
    canvas.setFillColor(fill)
    canvas.setStrokeColor(colors.white)
    canvas.setLineWidth(1.2)
    canvas.circle(x, y, radius, stroke=1, fill=1)


def _frame(
    xs: list[float], ys: list[float], width: float, height: float
) -> tuple[float, float, float]:
    """Origin (projected degrees) and points per degree that show every point, padded."""
    cx, cy = xs[0], ys[0]
    # Centred on the account; wide enough for the farthest neighbour either way.
    half_x = max(abs(x - cx) for x in xs) * (1 + PAD)
    half_y = max(abs(y - cy) for y in ys) * (1 + PAD)
    half_y = max(half_y, MIN_SPAN_DEG / 2, half_x * height / width)
    half_x = half_y * width / height
    scale = width / (2 * half_x)
    return cx - half_x, cy - half_y, scale
