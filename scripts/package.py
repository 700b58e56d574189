#!/usr/bin/env python3
"""Build dist/: the extension as a zip and as a signed CRX3 with an update manifest.

    python scripts/package.py [--base-url https://intranet.example.jp/mamori/] [--key PATH] [--out dist]

Produces, for the version in extension/manifest.json:
  dist/mamori-<version>.zip         the extension (with its `key`: loads unpacked with the fixed ID)
  dist/mamori-<version>-store.zip   the same without `key`, for uploading to Edge Add-ons
  dist/mamori-<version>.crx         signed CRX3, packed by Chromium itself (--pack-extension)
  dist/update.xml                   the update manifest Edge polls (codebase = BASE_URL + crx name)
  dist/edge-*.reg, dist/mamori-extension-policy.reg
                                    the group-policy files for this ID and update URL (deploy/make_reg.py)
  dist/build.json                   id, version, update URL, file names and SHA-256

The private key that fixes the extension ID is never in the repository. It is taken from
--key, else $MAMORI_EXTENSION_KEY, else ~/.mamori/extension-key.pem; if none exists, a new
2048-bit RSA key is generated at that last path (mode 600) and the command says so. The
packed manifest's `key` is set to that key's public half, so the ID the command prints is
the ID Edge installs under. Keep the key file safe and backed up: a new key is a new ID.
"""
from __future__ import annotations

import argparse
import base64
import hashlib
import json
import os
import shutil
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path
from xml.sax.saxutils import quoteattr

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "deploy"))

import make_reg  # noqa: E402

EXTENSION = ROOT / "extension"
DEFAULT_KEY = Path.home() / ".mamori" / "extension-key.pem"
DEFAULT_BASE_URL = "https://intranet.example.jp/mamori/"
EXCLUDE_DIRS = {"tests", "node_modules", ".git", "__pycache__"}
EXCLUDE_SUFFIXES = (".test.mjs", ".test.js", ".map", ".pem", ".crx", ".zip")


def find_chromium() -> str | None:
    for name in ("chromium", "chromium-browser", "google-chrome", "chrome"):
        p = shutil.which(name)
        if p:
            return p
    return None


def ensure_key(path: Path) -> tuple[Path, bool]:
    """The PEM private key at `path`; generated there if absent. Returns (path, generated)."""
    if path.exists():
        return path, False
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric import rsa

    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    pem = key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                            serialization.NoEncryption())
    path.parent.mkdir(parents=True, exist_ok=True)
    try:
        os.chmod(path.parent, 0o700)
    except OSError:
        pass
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "wb") as f:
        f.write(pem)
    return path, True


def public_key_der(pem_path: Path) -> bytes:
    from cryptography.hazmat.primitives import serialization

    key = serialization.load_pem_private_key(pem_path.read_bytes(), password=None)
    return key.public_key().public_bytes(serialization.Encoding.DER,
                                         serialization.PublicFormat.SubjectPublicKeyInfo)


def _varint(buf: bytes, i: int) -> tuple[int, int]:
    shift = value = 0
    while True:
        b = buf[i]
        i += 1
        value |= (b & 0x7F) << shift
        if not b & 0x80:
            return value, i
        shift += 7


def _fields(buf: bytes):
    """(field number, wire type, value) of a protobuf message (only varint and length-delimited)."""
    i = 0
    while i < len(buf):
        tag, i = _varint(buf, i)
        num, wt = tag >> 3, tag & 7
        if wt == 0:
            v, i = _varint(buf, i)
        elif wt == 2:
            n, i = _varint(buf, i)
            v, i = buf[i:i + n], i + n
        else:
            raise ValueError(f"unexpected wire type {wt}")
        yield num, wt, v


def crx3_id(crx: bytes) -> str:
    """Check the CRX3 header and return the crx_id its signed data names (for verification only:
    Chromium wrote the file)."""
    if crx[:4] != b"Cr24" or int.from_bytes(crx[4:8], "little") != 3:
        raise ValueError("not a CRX3 file")
    hlen = int.from_bytes(crx[8:12], "little")
    header = crx[12:12 + hlen]
    for num, _, v in _fields(header):
        if num == 10000:  # signed_header_data: SignedData { bytes crx_id = 1; }
            for n2, _, v2 in _fields(v):
                if n2 == 1:
                    return "".join(chr(ord("a") + int(c, 16)) for c in v2.hex())
    raise ValueError("CRX3 header has no crx_id")


def stage(dest: Path, public_b64: str, keep_key: bool = True) -> dict:
    """Copy the extension without tests into `dest`; set (or drop) the manifest key."""
    for src in sorted(EXTENSION.rglob("*")):
        rel = src.relative_to(EXTENSION)
        if any(part in EXCLUDE_DIRS or part.startswith(".") for part in rel.parts):
            continue
        if src.is_dir() or src.name.endswith(EXCLUDE_SUFFIXES):
            continue
        (dest / rel).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(src, dest / rel)
    manifest = json.loads((EXTENSION / "manifest.json").read_text("utf-8"))
    if keep_key:
        manifest["key"] = public_b64
    else:
        manifest.pop("key", None)
    (dest / "manifest.json").write_text(json.dumps(manifest, ensure_ascii=False, indent=2) + "\n", "utf-8")
    return manifest


def make_zip(src: Path, out: Path) -> None:
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for f in sorted(src.rglob("*")):
            if f.is_file():
                z.write(f, f.relative_to(src).as_posix())


def pack_crx(chromium: str, src: Path, key: Path, work: Path) -> bytes:
    """Chromium's own packer: writes <src>.crx next to <src>."""
    cmd = [chromium, "--headless=new", "--no-sandbox", "--disable-gpu", "--no-first-run",
           f"--user-data-dir={work / 'profile'}", f"--pack-extension={src}", f"--pack-extension-key={key}"]
    r = subprocess.run(cmd, capture_output=True, text=True, timeout=120)
    crx = src.with_suffix(".crx")
    if not crx.exists():
        raise SystemExit(f"chromium --pack-extension failed ({r.returncode}):\n{r.stderr[-2000:]}")
    return crx.read_bytes()


def update_xml(ext_id: str, version: str, codebase: str) -> str:
    return ("<?xml version='1.0' encoding='UTF-8'?>\n"
            "<gupdate xmlns='http://www.google.com/update2/response' protocol='2.0'>\n"
            f"  <app appid={quoteattr(ext_id)}>\n"
            f"    <updatecheck codebase={quoteattr(codebase)} version={quoteattr(version)} />\n"
            "  </app>\n"
            "</gupdate>\n")


def sha256(p: Path) -> str:
    return hashlib.sha256(p.read_bytes()).hexdigest()


def build(out: Path, key_path: Path, base_url: str, chromium: str | None = None, quiet: bool = False) -> dict:
    say = (lambda *a: None) if quiet else print
    chromium = chromium or find_chromium()
    if not chromium:
        raise SystemExit("Chromium is needed to sign the CRX (Debian: apt-get install chromium)")
    key_path, generated = ensure_key(key_path)
    if generated:
        say(f"NEW signing key generated: {key_path}  (keep it safe and backed up; it fixes the extension ID)")
    else:
        say(f"signing key: {key_path}")
    der = public_key_der(key_path)
    public_b64 = base64.b64encode(der).decode()
    ext_id = make_reg.extension_id_from_public_key(der)
    source_key = json.loads((EXTENSION / "manifest.json").read_text("utf-8")).get("key")
    if source_key and source_key != public_b64:
        say(f"note: extension/manifest.json's key is for ID {make_reg.manifest_extension_id()}, this key gives "
            f"{ext_id}; the package uses {ext_id}. To keep one ID, put this key's public half in the manifest:\n"
            f"  {public_b64}")
    if not base_url.endswith("/"):
        base_url += "/"

    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="mamori-pack-") as tmp:
        work = Path(tmp)
        src = work / "mamori"
        manifest = stage(src, public_b64)
        version = manifest["version"]
        name = f"mamori-{version}"
        make_zip(src, out / f"{name}.zip")
        store = work / "store"
        stage(store, public_b64, keep_key=False)
        make_zip(store, out / f"{name}-store.zip")
        crx = pack_crx(chromium, src, key_path, work)
    crx_path = out / f"{name}.crx"
    crx_path.write_bytes(crx)
    crx_id = crx3_id(crx)
    if crx_id != ext_id:
        raise SystemExit(f"the CRX was signed for {crx_id}, expected {ext_id}")
    update_url = base_url + "update.xml"
    (out / "update.xml").write_text(update_xml(ext_id, version, base_url + crx_path.name), "utf-8")
    make_reg.write_all(out, ext_id, update_url,
                       {k: v for k, v in make_reg.extension_defaults().items()
                        if k in make_reg.load_schema()["properties"]})
    files = sorted(p.name for p in out.iterdir() if p.is_file() and p.name != "build.json")
    info = {"id": ext_id, "version": version, "update_url": update_url, "crx": crx_path.name,
            "key": str(key_path), "key_generated": generated,
            "files": {f: sha256(out / f) for f in files}}
    (out / "build.json").write_text(json.dumps(info, indent=2) + "\n", "utf-8")
    say(f"extension ID: {ext_id}\nversion: {version}\nupdate URL: {update_url}")
    for f in files:
        say(f"  {out / f}")
    return info


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description="Build dist/ (zip, signed CRX3, update.xml, policy .reg files).")
    ap.add_argument("--base-url", default=DEFAULT_BASE_URL,
                    help="where IT will serve the files in dist/ (update.xml and the .crx)")
    ap.add_argument("--key", type=Path, default=Path(os.environ.get("MAMORI_EXTENSION_KEY", DEFAULT_KEY)),
                    help="PEM private key (default $MAMORI_EXTENSION_KEY or ~/.mamori/extension-key.pem)")
    ap.add_argument("--out", type=Path, default=ROOT / "dist")
    ap.add_argument("--chromium", help="Chromium binary (default: chromium on PATH)")
    a = ap.parse_args(argv)
    build(a.out, a.key.expanduser(), a.base_url, a.chromium)
    return 0


if __name__ == "__main__":
    sys.exit(main())
