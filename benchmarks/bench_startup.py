"""Cold start: process launch to the main window shown, offscreen.

Builds a demo database of each size once (`salesdesk demo`), then launches
`python -m salesdesk --db FILE` with SALESDESK_EXIT_AFTER_SHOW=1 several times and
reports the median wall time from launch to the window shown. A baseline in the same
run, a bare `import PySide6.QtWidgets` plus a QApplication, shows the floor this
machine sets for any Qt program.

    python benchmarks/bench_startup.py --accounts 5000 --repeat 7
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

BASELINE = (
    "import time,sys;from PySide6.QtWidgets import QApplication,QMainWindow;"
    "a=QApplication([]);w=QMainWindow();w.show();a.processEvents();"
    "print(f'window-shown-at {time.time():.6f}',file=sys.stderr)"
)


def _env(home: Path) -> dict[str, str]:
    env = dict(
        os.environ,
        QT_QPA_PLATFORM="offscreen",
        SALESDESK_EXIT_AFTER_SHOW="1",
        XDG_CONFIG_HOME=str(home / "config"),
        XDG_DATA_HOME=str(home / "data"),
        XDG_CACHE_HOME=str(home / "cache"),
    )
    env.pop("SALESDESK_DB", None)
    return env


def _launch(cmd: list[str], env: dict[str, str]) -> float:
    start = time.time()
    out = subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=120)
    for line in out.stderr.splitlines():
        if line.startswith("window-shown-at"):
            return float(line.split()[1]) - start
    raise RuntimeError(f"window never shown: {out.returncode}\n{out.stderr[-2000:]}")


def build_db(path: Path, accounts: int, env: dict[str, str]) -> float:
    start = time.perf_counter()
    subprocess.run(
        [sys.executable, "-m", "salesdesk", "--db", str(path), "demo", "--accounts", str(accounts)],
        env=env,
        check=True,
        capture_output=True,
    )
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--accounts", type=int, nargs="+", default=[5000])
    parser.add_argument("--repeat", type=int, default=7)
    args = parser.parse_args()
    home = Path(tempfile.mkdtemp(prefix="salesdesk-bench-"))
    env = _env(home)
    _launch([sys.executable, "-c", BASELINE], env)  # warm the file cache
    results = {
        "baseline_qt_window_s": statistics.median(
            _launch([sys.executable, "-c", BASELINE], env) for _ in range(args.repeat)
        )
    }
    for n in args.accounts:
        db = home / f"bench-{n}.sqlite3"
        results[f"demo_{n}_build_s"] = round(build_db(db, n, env), 2)
        cmd = [sys.executable, "-m", "salesdesk", "--db", str(db)]
        # The first start after the build also draws and caches the icons.
        results[f"start_{n}_first_s"] = round(_launch(cmd, env), 3)
        times = [_launch(cmd, env) for _ in range(args.repeat)]
        results[f"start_{n}_median_s"] = round(statistics.median(times), 3)
        results[f"start_{n}_all_s"] = [round(t, 3) for t in times]
    results["baseline_qt_window_s"] = round(results["baseline_qt_window_s"], 3)
    print(json.dumps(results, indent=2))


if __name__ == "__main__":
    main()
