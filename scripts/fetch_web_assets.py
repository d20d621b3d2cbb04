"""Re-fetch the JavaScript, CSS, images and map data the territory map page loads.

Every file under resources/web/ comes from an npm package at the version pinned below.
For each package this script downloads the tarball from the npm registry, checks it
against the registry's `dist.integrity` (sha512), and extracts only the files the page
needs plus the package's licence into resources/web/<package>/ (a leading "dist/" is
dropped, so leaflet.css still finds images/ beside it). It then rewrites
resources/web/SHA256SUMS, so the files can be checked offline with
`cd resources/web && sha256sum -c SHA256SUMS`.

Standard library only; the network is needed here, never at run time:

    python scripts/fetch_web_assets.py            # fetch and replace resources/web/
    python scripts/fetch_web_assets.py --check    # download, compare, change nothing

To move to a new version, change it in PACKAGES, run the script, look at the map page,
and update the table in resources/web/README.md.
"""

from __future__ import annotations

import argparse
import base64
import fnmatch
import hashlib
import io
import json
import shutil
import sys
import tarfile
import urllib.parse
import urllib.request
from dataclasses import dataclass
from pathlib import Path

REGISTRY = "https://registry.npmjs.org"
OUT = Path(__file__).resolve().parents[1] / "resources" / "web"
LICENCE_NAMES = (
    "LICENSE",
    "LICENSE.md",
    "LICENSE.txt",
    "LICENCE",
    "LICENCE.md",
    "LICENCE.txt",
    "MIT-LICENCE.txt",
    "MIT-LICENSE.txt",
)


@dataclass(frozen=True)
class Package:
    name: str
    version: str
    files: tuple[str, ...]  # glob patterns inside the package folder of the tarball
    licence: str  # SPDX id, for the README table
    target: str = ""  # folder under resources/web/; default: the package name
    strip: str = "dist/"  # prefix dropped from extracted paths

    @property
    def folder(self) -> str:
        return self.target or self.name


PACKAGES = (
    Package(
        "leaflet",
        "1.9.4",
        ("dist/leaflet.js", "dist/leaflet.css", "dist/images/*.png"),
        "BSD-2-Clause",
    ),
    # The browser bundle defines the global `protomapsL`; it needs no bundler and makes
    # no network request of its own (tiles come from the URL template it is given).
    Package("protomaps-leaflet", "5.1.0", ("dist/protomaps-leaflet.js",), "BSD-3-Clause"),
    Package("topojson-client", "3.1.0", ("dist/topojson-client.min.js",), "ISC"),
    # Natural Earth admin-0 countries (public domain) as TopoJSON: 1:10m for the
    # territory (coasts still look right at zoom 10; the page gets only the polygons near
    # the territory), 1:110m for the rest of the world and the zoomed-out view.
    # Each file also holds the object "land" (the countries merged), so land-*.json
    # (3 MB more at 10m) is not needed to fill the land.
    Package("world-atlas", "2.0.2", ("countries-10m.json", "countries-110m.json"), "ISC"),
)

# protomaps-leaflet.js bundles these packages (versions that satisfy the dependency
# ranges of protomaps-leaflet 5.1.0); only their licences are kept, beside the bundle.
BUNDLED_IN_PROTOMAPS = (
    ("@mapbox/point-geometry", "1.1.0", "ISC"),
    ("@mapbox/vector-tile", "2.0.5", "BSD-3-Clause"),
    ("@protomaps/basemaps", "5.7.2", "BSD-3-Clause"),
    ("color2k", "2.0.4", "MIT"),
    ("fflate", "0.8.3", "MIT"),
    ("pbf", "4.0.2", "BSD-3-Clause"),
    ("pmtiles", "3.2.1", "BSD-3-Clause"),
    ("potpack", "1.0.2", "ISC"),
    ("quickselect", "2.0.0", "ISC"),
    ("rbush", "3.0.1", "MIT"),
)


def _get(url: str) -> bytes:
    request = urllib.request.Request(url, headers={"User-Agent": "salesdesk-fetch-web-assets"})
    with urllib.request.urlopen(request, timeout=60) as response:
        return response.read()


def download(name: str, version: str) -> tarfile.TarFile:
    """The package tarball, verified against the registry's sha512 integrity."""
    quoted = urllib.parse.quote(name, safe="@")
    meta = json.loads(_get(f"{REGISTRY}/{quoted.replace('/', '%2F')}/{version}"))
    integrity = meta["dist"]["integrity"]
    algorithm, _, expected = integrity.partition("-")
    if algorithm != "sha512":
        raise SystemExit(f"{name}@{version}: unexpected integrity {integrity!r}")
    basename = name.rsplit("/", 1)[-1]
    url = f"{REGISTRY}/{name}/-/{basename}-{version}.tgz"
    data = _get(url)
    actual = base64.b64encode(hashlib.sha512(data).digest()).decode()
    if actual != expected:
        raise SystemExit(f"{url}: sha512 mismatch (registry {expected}, downloaded {actual})")
    return tarfile.open(fileobj=io.BytesIO(data), mode="r:gz")


def _members(tar: tarfile.TarFile) -> dict[str, tarfile.TarInfo]:
    """Regular files by their path inside the package (the tarball's first folder dropped)."""
    out = {}
    for member in tar.getmembers():
        if not member.isfile():
            continue
        _, _, inner = member.name.partition("/")
        if inner and ".." not in Path(inner).parts and not inner.startswith("/"):
            out[inner] = member
    return out


def _licence(members: dict[str, tarfile.TarInfo], label: str) -> str:
    for candidate in LICENCE_NAMES:
        for path in members:
            if path.lower() == candidate.lower():
                return path
    raise SystemExit(f"{label}: no licence file in the package")


def _licence_note(
    name: str, version: str, spdx: str, members: dict[str, tarfile.TarInfo], tar: tarfile.TarFile
) -> bytes:
    """For a package that publishes no licence file: what its package.json declares."""
    extracted = tar.extractfile(members["package.json"])
    assert extracted is not None
    meta = json.loads(extracted.read())
    if meta.get("license") != spdx:
        raise SystemExit(f"{name}@{version}: licence {meta.get('license')!r}, expected {spdx}")
    repository = meta.get("repository") or "https://www.npmjs.com/package/" + name
    if isinstance(repository, dict):
        repository = repository.get("url", "")
    return (
        f"{name}@{version} publishes no licence file. Its package.json declares the\n"
        f"licence {spdx} ({repository}).\nFor the Protomaps packages the copyright "
        "holder is Protomaps LLC, under the\nsame BSD-3-Clause terms as ../LICENSE.\n"
    ).encode()


def _select(package: Package, members: dict[str, tarfile.TarInfo]) -> dict[str, str]:
    """{path in package: path under the package's output folder}."""
    chosen: dict[str, str] = {}
    for pattern in package.files:
        hits = [p for p in members if fnmatch.fnmatchcase(p, pattern)]
        if not hits:
            raise SystemExit(f"{package.name}@{package.version}: nothing matches {pattern}")
        for path in hits:
            chosen[path] = path.removeprefix(package.strip) if package.strip else path
    licence = _licence(members, f"{package.name}@{package.version}")
    chosen[licence] = Path(licence).name
    return chosen


def collect() -> dict[Path, bytes]:
    """Every output file (relative to resources/web/) with its bytes, from the registry."""
    files: dict[Path, bytes] = {}
    for package in PACKAGES:
        print(f"{package.name}@{package.version}", file=sys.stderr)
        with download(package.name, package.version) as tar:
            members = _members(tar)
            for inner, target in sorted(_select(package, members).items()):
                extracted = tar.extractfile(members[inner])
                assert extracted is not None
                files[Path(package.folder) / target] = extracted.read()
    for name, version, spdx in BUNDLED_IN_PROTOMAPS:
        print(f"  licence of {name}@{version}", file=sys.stderr)
        with download(name, version) as tar:
            members = _members(tar)
            flat = name.replace("@", "").replace("/", "-")
            target = Path("protomaps-leaflet") / "third-party" / f"{flat}-{version}.LICENSE"
            try:
                extracted = tar.extractfile(members[_licence(members, f"{name}@{version}")])
                assert extracted is not None
                files[target] = extracted.read()
            except SystemExit:
                files[target] = _licence_note(name, version, spdx, members, tar)
    return files


def sha256sums(files: dict[Path, bytes]) -> bytes:
    lines = [
        f"{hashlib.sha256(data).hexdigest()}  {path.as_posix()}" for path, data in files.items()
    ]
    return ("\n".join(sorted(lines, key=lambda line: line[66:])) + "\n").encode()


def write(files: dict[Path, bytes]) -> None:
    for folder in {path.parts[0] for path in files}:
        shutil.rmtree(OUT / folder, ignore_errors=True)
    for path, data in files.items():
        (OUT / path).parent.mkdir(parents=True, exist_ok=True)
        (OUT / path).write_bytes(data)
    (OUT / "SHA256SUMS").write_bytes(sha256sums(files))


def check(files: dict[Path, bytes], out: Path = OUT) -> list[str]:
    """What differs between `out` and the files the registry gives (also for fonts)."""
    problems = [
        f"differs or missing: {path.as_posix()}"
        for path, data in sorted(files.items())
        if not (out / path).is_file() or (out / path).read_bytes() != data
    ]
    sums = out / "SHA256SUMS"
    if not sums.is_file() or sums.read_bytes() != sha256sums(files):
        problems.append("SHA256SUMS is out of date")
    return problems


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument(
        "--check", action="store_true", help="compare resources/web/ with the registry"
    )
    args = parser.parse_args(argv)
    files = collect()
    if args.check:
        problems = check(files)
        for problem in problems:
            print(problem, file=sys.stderr)
        print("resources/web/ matches the pinned packages" if not problems else "out of date")
        return 1 if problems else 0
    write(files)
    for folder in sorted({path.parts[0] for path in files}):
        size = sum(len(d) for p, d in files.items() if p.parts[0] == folder)
        print(f"{folder:<20} {size / 1024:>8.0f} KiB")
    print(f"{'total':<20} {sum(len(d) for d in files.values()) / 1024:>8.0f} KiB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
