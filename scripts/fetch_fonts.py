"""Re-fetch the fonts the PDF documents embed (resources/fonts/).

Vazirmatn (npm package `vazirmatn`, SIL Open Font License 1.1) has Persian/Arabic and
Latin glyphs, so one family prints every field of an account plan. Like
scripts/fetch_web_assets.py (whose download and checksum code this reuses), the script
downloads the tarball from the npm registry, checks it against the registry's
`dist.integrity` (sha512), extracts only the TTFs below and the licence, and rewrites
resources/fonts/SHA256SUMS (`cd resources/fonts && sha256sum -c SHA256SUMS` offline).

    python scripts/fetch_fonts.py            # fetch and replace resources/fonts/
    python scripts/fetch_fonts.py --check    # download, compare, change nothing

To move to a new version, change VERSION, run the script, render an account plan
(`salesdesk pdf account-plan ...`), look at it, and update resources/fonts/README.md.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from fetch_web_assets import _members, check, download, sha256sums

PACKAGE, VERSION = "vazirmatn", "33.0.3"
OUT = Path(__file__).resolve().parents[1] / "resources" / "fonts"
# {path in the package: file name under resources/fonts/}
FILES = {
    "fonts/ttf/Vazirmatn-Regular.ttf": "Vazirmatn-Regular.ttf",
    "fonts/ttf/Vazirmatn-Bold.ttf": "Vazirmatn-Bold.ttf",
    "OFL.txt": "LICENSE-Vazirmatn.txt",
}
KEEP = ("README.md",)  # written by hand, not from the package


def collect() -> dict[Path, bytes]:
    """Every output file (relative to resources/fonts/) with its bytes, from the registry."""
    print(f"{PACKAGE}@{VERSION}", file=sys.stderr)
    files: dict[Path, bytes] = {}
    with download(PACKAGE, VERSION) as tar:
        members = _members(tar)
        for inner, target in FILES.items():
            if inner not in members:
                raise SystemExit(f"{PACKAGE}@{VERSION}: no {inner} in the package")
            extracted = tar.extractfile(members[inner])
            assert extracted is not None
            files[Path(target)] = extracted.read()
    return files


def write(files: dict[Path, bytes]) -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    for old in OUT.iterdir():
        if old.is_file() and old.name not in KEEP:
            old.unlink()
    for path, data in files.items():
        (OUT / path).write_bytes(data)
    (OUT / "SHA256SUMS").write_bytes(sha256sums(files))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument(
        "--check", action="store_true", help="compare resources/fonts/ with the registry"
    )
    args = parser.parse_args(argv)
    files = collect()
    if args.check:
        problems = check(files, OUT)
        for problem in problems:
            print(problem, file=sys.stderr)
        print("resources/fonts/ matches the pinned package" if not problems else "out of date")
        return 1 if problems else 0
    write(files)
    for path, data in sorted(files.items()):
        print(f"{path.as_posix():<28} {len(data) / 1024:>8.0f} KiB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
