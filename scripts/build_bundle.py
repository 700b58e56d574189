#!/usr/bin/env python3
"""Build the offline service bundle for staff PCs: program files + a checked Windows wheelhouse.

    python scripts/build_bundle.py [--out dist] [--platform win_amd64] [--python-version 3.12]
    python scripts/build_bundle.py --check-only WHEELHOUSE    (check an existing wheelhouse)

Produces dist/mamori-service-<version>-<platform>/ and a .zip of it:
  run_service.py, service/           the scan service and the per-user launcher
  requirements-service.txt           the pinned runtime (no test tools)
  wheelhouse/                        every wheel the runtime needs on <platform> / Python <version>
  mamori-host.cmd                    the Edge native messaging host (runs python -m service.launcher)
  jp.mamori.service.json             its manifest, copied from dist/ (scripts/package.py writes it with IT's ID)
  deploy/windows/*.ps1               setup / install / uninstall / GPO / audit collection scripts
  BUNDLE.json                        versions and SHA-256 of every file

Why a check: `pip download --platform win_amd64` evaluates environment markers for the machine it
runs on, so a Windows-only dependency (click needs colorama on Windows) is silently left out
when the bundle is built on Linux. The check reads every wheel's metadata, evaluates the markers
for the target (Windows, CPython <version>, AMD64), walks the dependency closure from
requirements-service.txt and fails if any needed distribution has no compatible wheel or a
different version than pinned; missing ones are downloaded (--no-deps) and checked again.
"""
from __future__ import annotations

import argparse
import hashlib
import json
import re
import shutil
import subprocess
import sys
import zipfile
from email.parser import Parser
from pathlib import Path

try:
    from packaging import tags as ptags
    from packaging.requirements import Requirement
    from packaging.utils import canonicalize_name, parse_wheel_filename
except ImportError:  # pip always carries a copy
    from pip._vendor.packaging import tags as ptags  # type: ignore
    from pip._vendor.packaging.requirements import Requirement  # type: ignore
    from pip._vendor.packaging.utils import canonicalize_name, parse_wheel_filename  # type: ignore

ROOT = Path(__file__).resolve().parent.parent
REQUIREMENTS = ROOT / "requirements-service.txt"

HOST_CMD = "\r\n".join([
    "@echo off",
    "rem mamori: Edge native messaging host (registered in HKLM by install-mamori-task.ps1).",
    "rem Edge starts it as the signed-in Windows user; it answers that user's service port and secret.",
    'cd /d "%~dp0"',
    '"%~dp0python\\python.exe" -m service.launcher native-host %*',
    "",
])


def target_env(platform: str, python_version: str) -> dict:
    windows = platform.startswith("win")
    machine = {"win_amd64": "AMD64", "win32": "x86", "win_arm64": "ARM64"}.get(platform, "x86_64")
    return {
        "sys_platform": "win32" if windows else "linux", "platform_system": "Windows" if windows else "Linux",
        "os_name": "nt" if windows else "posix", "platform_machine": machine,
        "python_version": python_version, "python_full_version": python_version + ".0",
        "implementation_name": "cpython", "platform_python_implementation": "CPython",
        "platform_release": "", "platform_version": "", "extra": "",
    }


def target_tags(platform: str, python_version: str) -> set:
    major, minor = (int(x) for x in python_version.split(".")[:2])
    if platform == "native":
        return set(ptags.sys_tags())
    plats = [platform] if platform.startswith("win") else [platform, "linux_x86_64"]
    out = set(ptags.cpython_tags(python_version=(major, minor), abis=[f"cp{major}{minor}", "abi3", "none"],
                                  platforms=plats))
    out |= set(ptags.compatible_tags(python_version=(major, minor), interpreter=f"cp{major}{minor}", platforms=plats))
    return out


def read_requirements(path: Path = REQUIREMENTS) -> list[Requirement]:
    reqs = []
    for line in path.read_text("utf-8").splitlines():
        line = line.split("#", 1)[0].strip()
        if line:
            reqs.append(Requirement(line))
    return reqs


def wheel_requires(path: Path) -> list[str]:
    with zipfile.ZipFile(path) as z:
        meta = next(n for n in z.namelist() if n.endswith(".dist-info/METADATA"))
        msg = Parser().parsestr(z.read(meta).decode("utf-8", "replace"))
    return msg.get_all("Requires-Dist") or []


def check_wheelhouse(wheelhouse: Path, platform: str, python_version: str,
                     requirements: list[Requirement] | None = None) -> tuple[list[str], list[str]]:
    """(problems, missing distribution names) for the target; empty lists = complete."""
    env = target_env(platform, python_version)
    tags = target_tags(platform, python_version)
    wheels: dict[str, list[tuple]] = {}
    for w in wheelhouse.glob("*.whl"):
        name, version, _, wtags = parse_wheel_filename(w.name)
        wheels.setdefault(canonicalize_name(name), []).append((str(version), wtags, w))
    pins = {canonicalize_name(r.name): r for r in (requirements or read_requirements())}
    todo = [r for r in pins.values() if not r.marker or r.marker.evaluate(env)]
    seen, problems, missing = set(), [], []
    while todo:
        req = todo.pop()
        key = canonicalize_name(req.name)
        if key in seen:
            continue
        seen.add(key)
        pin = pins.get(key)
        if pin is None:
            problems.append(f"{key}: needed on {platform} but not pinned in requirements-service.txt")
        usable = [(v, w) for v, wtags, w in wheels.get(key, []) if wtags & tags
                  and (pin is None or pin.specifier.contains(v, prereleases=True))
                  and req.specifier.contains(v, prereleases=True)]
        if not usable:
            have = ", ".join(sorted(w.name for _, _, w in wheels.get(key, []))) or "none"
            problems.append(f"{key}: no wheel for {platform} / Python {python_version} "
                            f"matching {pin.specifier if pin else req.specifier} (have: {have})")
            missing.append(key)
            continue
        for line in wheel_requires(usable[0][1]):
            dep = Requirement(line)
            if dep.marker and not dep.marker.evaluate(env):
                continue
            todo.append(dep)
    return problems, missing


def pip_download(args: list[str], dest: Path, platform: str, python_version: str) -> None:
    cmd = [sys.executable, "-m", "pip", "download", "--disable-pip-version-check", "--only-binary=:all:",
           "-d", str(dest)]
    if platform != "native":
        cmd += ["--platform", platform, "--python-version", python_version, "--implementation", "cp"]
    subprocess.run(cmd + args, check=True)


def build(out: Path, platform: str, python_version: str, download: bool = True) -> Path:
    from service import __version__

    name = f"mamori-service-{__version__}-{platform if platform != 'native' else 'native'}"
    bundle = out / name
    if bundle.exists():
        shutil.rmtree(bundle)
    bundle.mkdir(parents=True)
    ignore = shutil.ignore_patterns("__pycache__", "*.pyc")
    shutil.copytree(ROOT / "service", bundle / "service", ignore=ignore)
    shutil.copy2(ROOT / "run_service.py", bundle)
    shutil.copy2(REQUIREMENTS, bundle)
    (bundle / "deploy" / "windows").mkdir(parents=True)
    for ps1 in (ROOT / "deploy" / "windows").glob("*.ps1"):
        shutil.copy2(ps1, bundle / "deploy" / "windows")
    (bundle / "mamori-host.cmd").write_bytes(HOST_CMD.encode("ascii"))
    host_manifest = out / "jp.mamori.service.json"
    if host_manifest.exists():
        shutil.copy2(host_manifest, bundle)
    else:
        print(f"note: {host_manifest} not found: run scripts/package.py first (it carries IT's extension ID)")
    wheelhouse = bundle / "wheelhouse"
    wheelhouse.mkdir()
    if download:
        pip_download(["-r", str(REQUIREMENTS)], wheelhouse, platform, python_version)
    problems, missing = check_wheelhouse(wheelhouse, platform, python_version)
    if missing and download:
        pins = {canonicalize_name(r.name): r for r in read_requirements()}
        print(f"adding what the target's markers need but pip skipped: {', '.join(missing)}")
        pip_download(["--no-deps"] + [f"{pins[m].name}{pins[m].specifier}" for m in missing if m in pins],
                     wheelhouse, platform, python_version)
        problems, missing = check_wheelhouse(wheelhouse, platform, python_version)
    if problems:
        raise SystemExit("wheelhouse incomplete:\n  " + "\n  ".join(problems))
    files = {str(p.relative_to(bundle)).replace("\\", "/"): hashlib.sha256(p.read_bytes()).hexdigest()
             for p in sorted(bundle.rglob("*")) if p.is_file()}
    (bundle / "BUNDLE.json").write_text(json.dumps({"version": __version__, "platform": platform,
                                                    "python": python_version, "files": files}, indent=1), "utf-8")
    archive = shutil.make_archive(str(out / name), "zip", root_dir=out, base_dir=name)
    print(f"bundle: {bundle}\narchive: {archive}")
    return bundle


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--out", type=Path, default=ROOT / "dist")
    ap.add_argument("--platform", default="win_amd64", help="wheel platform tag, or 'native' for this machine")
    ap.add_argument("--python-version", default="3.12", help="the Python the PCs run (deploy/README.md names it)")
    ap.add_argument("--check-only", type=Path, metavar="WHEELHOUSE", help="only check an existing wheelhouse")
    a = ap.parse_args(argv)
    sys.path.insert(0, str(ROOT))
    if a.check_only:
        problems, _ = check_wheelhouse(a.check_only, a.platform, a.python_version)
        print("\n".join(problems) or f"OK: complete for {a.platform} / Python {a.python_version}")
        return 1 if problems else 0
    build(a.out, a.platform, a.python_version)
    return 0


if __name__ == "__main__":
    sys.exit(main())
