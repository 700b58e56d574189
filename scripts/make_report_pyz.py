#!/usr/bin/env python3
"""Build dist/mamori-report.pyz: the audit report as one file for 情報政策課's PC.

    python scripts/make_report_pyz.py [--out dist/mamori-report.pyz]
    python mamori-report.pyz '\\\\fileserver\\mamori-audit$' --since 30d --html report.html

The zipapp holds service/report.py and service/labels.py (the standard library is all they
need) and runs on any Python 3.11+ without installing mamori or any package.
"""
from __future__ import annotations

import argparse
import sys
import zipapp
from pathlib import Path
import shutil
import tempfile

ROOT = Path(__file__).resolve().parent.parent
MAIN = "import sys\nfrom service.report import main\nsys.exit(main())\n"


def build(out: Path) -> Path:
    with tempfile.TemporaryDirectory(prefix="mamori-report-") as tmp:
        src = Path(tmp) / "app"
        (src / "service").mkdir(parents=True)
        # An empty package marker: service/__init__.py would pull in nothing heavy, but keep it minimal.
        (src / "service" / "__init__.py").write_text('"""mamori audit report (zipapp)."""\n', "utf-8")
        for name in ("report.py", "labels.py"):
            shutil.copy2(ROOT / "service" / name, src / "service" / name)
        (src / "__main__.py").write_text(MAIN, "utf-8")
        out.parent.mkdir(parents=True, exist_ok=True)
        zipapp.create_archive(src, out, interpreter="/usr/bin/env python3", compressed=True)
    return out


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description="Build the single-file audit report (zipapp).")
    ap.add_argument("--out", type=Path, default=ROOT / "dist" / "mamori-report.pyz")
    a = ap.parse_args(argv)
    print(f"wrote {build(a.out)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
