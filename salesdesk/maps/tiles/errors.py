"""Errors a user can read: each names the pack file or the tile server and says what is wrong."""

from __future__ import annotations

from pathlib import Path

from ...core.errors import SalesDeskError
from ...core.i18n import QT_TRANSLATE_NOOP


class TileSourceError(SalesDeskError):
    """A base map cannot be used; the message names it and says what is wrong."""


class PackMissingError(TileSourceError):
    def __init__(self, path: str | Path) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "Errors",
                "The offline map {path} was not found. It may have been moved or deleted, "
                "or the drive it is on is not connected.",
            ),
            path=str(path),
        )


class PackUnreadableError(TileSourceError):
    def __init__(self, path: str | Path, detail: object) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP("Errors", "The offline map {path} could not be read ({detail})."),
            path=str(path),
            detail=detail,
        )


class NotAPackError(TileSourceError):
    def __init__(self, path: str | Path) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "Errors",
                "{path} is not an offline map SalesDesk can use. Choose an MBTiles "
                "(.mbtiles) or PMTiles (.pmtiles) file.",
            ),
            path=str(path),
        )


class NotMBTilesError(TileSourceError):
    def __init__(self, path: str | Path, *, is_sqlite: bool = False) -> None:
        if is_sqlite:
            template = QT_TRANSLATE_NOOP(
                "Errors",
                "{path} is not an MBTiles file: it is an SQLite database, but without the "
                "tiles and metadata tables an MBTiles map has.",
            )
        else:
            template = QT_TRANSLATE_NOOP(
                "Errors", "{path} is not an MBTiles file (it is not an SQLite database)."
            )
        super().__init__(template, path=str(path))


class NotPMTilesError(TileSourceError):
    def __init__(self, path: str | Path) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "Errors", "{path} is not a PMTiles file (it does not start like one)."
            ),
            path=str(path),
        )


class PMTilesVersionError(TileSourceError):
    def __init__(self, path: str | Path, version: int) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "Errors",
                "{path} is a PMTiles version {version} file; SalesDesk reads version 3. "
                "Convert it with the pmtiles tool (pmtiles convert).",
            ),
            path=str(path),
            version=version,
        )


class PackDamagedError(TileSourceError):
    def __init__(self, path: str | Path, detail: object) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "Errors",
                "The offline map {path} is damaged ({detail}). Copy it again or choose "
                "another map.",
            ),
            path=str(path),
            detail=detail,
        )


class PackFormatError(TileSourceError):
    def __init__(self, path: str | Path, fmt: str) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "Errors",
                "The offline map {path} holds {format} tiles, which SalesDesk cannot show. "
                "It needs png, jpg or webp images, or vector tiles (pbf).",
            ),
            path=str(path),
            format=fmt,
        )


class PackCompressionError(TileSourceError):
    def __init__(self, path: str | Path, compression: str) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "Errors",
                "The offline map {path} is compressed with {compression}, which SalesDesk "
                "cannot read. Make it again with gzip or without compression.",
            ),
            path=str(path),
            compression=compression,
        )


class EmptyPackError(TileSourceError):
    def __init__(self, path: str | Path) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP("Errors", "The offline map {path} holds no map tiles."),
            path=str(path),
        )


class TileUrlError(TileSourceError):
    def __init__(self, url: str) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "Errors",
                "{url} is not a tile address SalesDesk can use. It must start with http:// "
                "or https:// and contain {{z}}, {{x}} and {{y}} (optionally {{s}} or "
                "{{-y}}), for example https://tile.example.org/{{z}}/{{x}}/{{y}}.png.",
            ),
            url=url,
        )


class TileFetchError(TileSourceError):
    """Why the last online tile did not come; the map shows it in its status line."""

    def __init__(self, host: str, detail: object) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "Errors",
                "The online map {host} could not be reached ({detail}); the map shows the "
                "tiles saved earlier.",
            ),
            host=host,
            detail=detail,
        )


class TileHttpError(TileSourceError):
    def __init__(self, host: str, status: int) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP("Errors", "The online map {host} refused a tile (HTTP {status})."),
            host=host,
            status=status,
        )


class TileContentError(TileSourceError):
    def __init__(self, host: str) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "Errors",
                "The online map {host} answered with something that is not a map tile.",
            ),
            host=host,
        )
