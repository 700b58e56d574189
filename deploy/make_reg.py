#!/usr/bin/env python3
"""Generate the Windows registry files IT imports (or copies into a GPO) for Microsoft Edge.

    python deploy/make_reg.py [--update-url URL] [--values settings.json] [--id ID] [--out deploy]

Writes:
  edge-extension-forcelist.reg  ExtensionInstallForcelist: Edge installs mamori and keeps it installed
  edge-extension-settings.reg   the same through ExtensionSettings (installation_mode force_installed),
                                for sites that already manage extensions with ExtensionSettings
  mamori-extension-policy.reg   the extension's own settings under
                                HKLM\\SOFTWARE\\Policies\\Microsoft\\Edge\\3rdparty\\extensions\\<id>\\policy,
                                generated from extension/schema.json (every property, nothing else)
                                with the extension's built-in defaults (extension/lib/settings.js) or
                                the values in --values.

The files are ASCII with CRLF line ends; a string that is not ASCII (a Japanese contact line)
is written as hex(1) (REG_SZ in UTF-16LE), which regedit reads the same way.
"""
from __future__ import annotations

import argparse
import base64
import hashlib
import json
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
EXTENSION = ROOT / "extension"
DEFAULT_UPDATE_URL = "https://intranet.example.jp/mamori/update.xml"
EDGE = r"HKEY_LOCAL_MACHINE\SOFTWARE\Policies\Microsoft\Edge"


def extension_id_from_public_key(der: bytes) -> str:
    """Chromium's extension ID: the first 16 bytes of SHA-256 of the public key, as letters a–p."""
    return "".join(chr(ord("a") + int(c, 16)) for c in hashlib.sha256(der).hexdigest()[:32])


def manifest_extension_id(manifest_path: Path = EXTENSION / "manifest.json") -> str:
    key = json.loads(manifest_path.read_text("utf-8"))["key"]
    return extension_id_from_public_key(base64.b64decode(key))


def load_schema(path: Path = EXTENSION / "schema.json") -> dict:
    schema = json.loads(path.read_text("utf-8"))
    if schema.get("type") != "object" or not isinstance(schema.get("properties"), dict):
        raise SystemExit(f"{path}: expected an object schema with properties")
    return schema


def extension_defaults() -> dict:
    """DEFAULTS from extension/lib/settings.js, read by node (the extension's own code)."""
    node = shutil.which("node")
    if not node:
        raise SystemExit("node is needed to read extension/lib/settings.js (or pass --values FILE)")
    js = ("import { DEFAULTS } from './extension/lib/settings.js';"
          "process.stdout.write(JSON.stringify(DEFAULTS));")
    out = subprocess.run([node, "--input-type=module", "-e", js], cwd=ROOT, capture_output=True, text=True,
                         check=True, timeout=30)
    return json.loads(out.stdout)


def check_value(name: str, prop: dict, value) -> None:
    t = prop.get("type")
    ok = {"string": isinstance(value, str), "boolean": isinstance(value, bool),
          "integer": isinstance(value, int) and not isinstance(value, bool)}.get(t)
    if ok is None:
        raise SystemExit(f"schema.json: {name}: type {t!r} is not supported by this generator")
    if not ok:
        raise SystemExit(f"{name}: {value!r} is not a {t}")
    if "enum" in prop and value not in prop["enum"]:
        raise SystemExit(f"{name}: {value!r} is not one of {prop['enum']}")
    if t == "integer" and not prop.get("minimum", value) <= value <= prop.get("maximum", value):
        raise SystemExit(f"{name}: {value} is outside {prop.get('minimum')}..{prop.get('maximum')}")


def reg_string(s: str) -> str:
    if s.isascii():
        return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'
    data = (s + "\0").encode("utf-16-le")
    return "hex(1):" + ",".join(f"{b:02x}" for b in data)


def reg_value(prop: dict, value) -> str:
    if prop["type"] == "string":
        return reg_string(value)
    if prop["type"] == "boolean":
        return f"dword:{int(value):08x}"
    return f"dword:{value:08x}"


def _file(lines: list[str]) -> str:
    return "\r\n".join(["Windows Registry Editor Version 5.00", ""] + lines) + "\r\n"


def policy_reg(schema: dict, values: dict, ext_id: str) -> str:
    props = schema["properties"]
    unknown = sorted(set(values) - set(props))
    if unknown:
        raise SystemExit(f"values not in schema.json: {', '.join(unknown)}")
    lines = ["; mamori extension settings (chrome.storage.managed) for Microsoft Edge.",
             "; GENERATED from extension/schema.json by deploy/make_reg.py - do not edit by hand;",
             "; change the values with: python deploy/make_reg.py --values my-settings.json",
             "; Check at edge://policy (section for the extension) after gpupdate /force.",
             "", f"[{EDGE}\\3rdparty\\extensions\\{ext_id}\\policy]"]
    for name, prop in props.items():
        if name not in values:
            raise SystemExit(f"no value for {name} (schema.json has it, the defaults do not)")
        check_value(name, prop, values[name])
        comment = prop.get("title", name)
        if "enum" in prop:
            comment += f" ({' | '.join(prop['enum'])})"
        elif prop["type"] == "boolean":
            comment += " (1 = true, 0 = false)"
        elif "minimum" in prop or "maximum" in prop:
            comment += f" ({prop.get('minimum', '')}..{prop.get('maximum', '')})"
        lines.append(f"; {comment}".encode("ascii", "replace").decode())
        lines.append(f'"{name}"={reg_value(prop, values[name])}')
    return _file(lines)


def forcelist_reg(ext_id: str, update_url: str) -> str:
    return _file([
        "; mamori: Microsoft Edge installs the extension on every PC and users cannot remove it.",
        "; Replace the update URL with where IT hosts update.xml (python scripts/package.py --base-url ...).",
        "; Generated by deploy/make_reg.py.",
        "",
        f"[{EDGE}\\ExtensionInstallForcelist]",
        f'"1"={reg_string(f"{ext_id};{update_url}")}',
    ])


def extension_settings_reg(ext_id: str, update_url: str) -> str:
    settings = {ext_id: {"installation_mode": "force_installed", "update_url": update_url}}
    return _file([
        "; mamori through ExtensionSettings (use this OR edge-extension-forcelist.reg, not both).",
        "; If ExtensionSettings already exists in your GPO, merge this extension's entry into it.",
        "; Generated by deploy/make_reg.py.",
        "",
        f"[{EDGE}]",
        f'"ExtensionSettings"={reg_string(json.dumps(settings, separators=(",", ":")))}',
    ])


def parse_reg(text: str) -> dict[str, dict[str, tuple[str, object]]]:
    """A small .reg reader for the tests and for checking: {key: {name: (kind, value)}}."""
    out: dict = {}
    cur = None
    for line in text.replace("\r\n", "\n").split("\n"):
        line = line.strip()
        if not line or line.startswith(";") or line.startswith("Windows Registry Editor"):
            continue
        if line.startswith("[") and line.endswith("]"):
            cur = out.setdefault(line[1:-1], {})
            continue
        name, _, raw = line.partition("=")
        name = json.loads(name)
        if raw.startswith('"'):
            out_s = raw[1:-1].replace('\\"', '"').replace("\\\\", "\\")
            cur[name] = ("REG_SZ", out_s)
        elif raw.startswith("hex(1):"):
            data = bytes(int(b, 16) for b in raw[7:].split(","))
            cur[name] = ("REG_SZ", data.decode("utf-16-le").rstrip("\0"))
        elif raw.startswith("dword:"):
            cur[name] = ("REG_DWORD", int(raw[6:], 16))
        else:
            raise ValueError(f"unsupported value: {line}")
    return out


def write_all(out: Path, ext_id: str, update_url: str, values: dict) -> list[Path]:
    schema = load_schema()
    out.mkdir(parents=True, exist_ok=True)
    files = {
        "edge-extension-forcelist.reg": forcelist_reg(ext_id, update_url),
        "edge-extension-settings.reg": extension_settings_reg(ext_id, update_url),
        "mamori-extension-policy.reg": policy_reg(schema, values, ext_id),
    }
    paths = []
    for name, text in files.items():
        p = out / name
        p.write_bytes(text.encode("ascii"))
        paths.append(p)
    return paths


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description="Generate the Edge policy .reg files for mamori.")
    ap.add_argument("--update-url", default=DEFAULT_UPDATE_URL, help="URL of update.xml on IT's web server")
    ap.add_argument("--id", help="extension ID (default: from extension/manifest.json's key)")
    ap.add_argument("--values", type=Path, help="JSON with the extension settings IT wants (default: built-in)")
    ap.add_argument("--out", type=Path, default=Path(__file__).resolve().parent)
    a = ap.parse_args(argv)
    props = load_schema()["properties"]
    # Built-in defaults the schema does not expose cannot be set by policy: leave them out.
    values = {k: v for k, v in extension_defaults().items() if k in props}
    if a.values:
        values.update(json.loads(a.values.read_text("utf-8")))
    for p in write_all(a.out, a.id or manifest_extension_id(), a.update_url, values):
        print(f"wrote {p}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
