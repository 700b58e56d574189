#!/usr/bin/env python3
"""Generate the Edge group-policy files for IT's own extension ID (normally run by scripts/package.py).

    python deploy/make_reg.py --id ID [--update-url URL] [--values settings.json] [--out dist]
    python deploy/make_reg.py --build dist/build.json [--values settings.json]

There is no default ID: every city signs with its own key (scripts/package.py) and gets its own
ID, so the ID comes from --id or from the build.json package.py wrote. Output goes to dist/
(never into the repository).

Writes:
  mamori-gpo.ps1                GPO as code (deploy/windows/mamori-gpo.ps1 with this ID, update URL
                                and extension settings as defaults): the recommended way
  mamori-extension-policy.reg   the extension's own settings under
                                HKLM\\SOFTWARE\\Policies\\Microsoft\\Edge\\3rdparty\\extensions\\<id>\\policy,
                                generated from extension/schema.json (every property, nothing else)
  edge-extension-forcelist.reg  ExtensionInstallForcelist for ONE test PC (entry "--index", default 1,
                                replaces whatever that entry holds: the GPO script picks a free one)

--values is JSON with the extension settings IT wants; it may be saved by Notepad or by
PowerShell's `>` (UTF-8 with or without BOM, or UTF-16). Unset settings take the production
defaults: the extension's built-in defaults, with serviceAuth = "native" (per-user service).

The .reg files are ASCII with CRLF line ends; a string that is not ASCII (a Japanese contact
line) is written as hex(1) (REG_SZ in UTF-16LE), which regedit reads the same way.
"""
from __future__ import annotations

import argparse
import base64
import hashlib
import json
import re
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
EXTENSION = ROOT / "extension"
GPO_TEMPLATE = ROOT / "deploy" / "windows" / "mamori-gpo.ps1"
DEFAULT_UPDATE_URL = "https://intranet.example.jp/mamori/update.xml"
EDGE = r"HKEY_LOCAL_MACHINE\SOFTWARE\Policies\Microsoft\Edge"
# What a production rollout sets beyond the extension's built-in defaults.
PRODUCTION_VALUES = {"serviceAuth": "native"}


def read_text_any(path: Path) -> str:
    """A text file as Windows tools save it: UTF-8 (with or without BOM) or UTF-16 with BOM
    (PowerShell 5.1's `>` and Out-File). Anything else is a clear error, not a traceback."""
    data = Path(path).read_bytes()
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16")
    try:
        return data.removeprefix(b"\xef\xbb\xbf").decode("utf-8")
    except UnicodeDecodeError:
        raise SystemExit(f"{path}: UTF-8 か UTF-16 で保存してください（文字コードを判別できません）") from None


def read_values(path: Path) -> dict:
    try:
        values = json.loads(read_text_any(path))
    except json.JSONDecodeError as e:
        raise SystemExit(f"{path}: JSON として読めません（{e.lineno}行目）") from None
    if not isinstance(values, dict):
        raise SystemExit(f"{path}: {{\"設定名\": 値, ...}} の形の JSON にしてください")
    return values


def production_values(overrides: dict | None = None) -> dict:
    """Every schema property: built-in defaults < production values < IT's overrides."""
    props = load_schema()["properties"]
    values = {k: v for k, v in extension_defaults().items() if k in props}
    values.update({k: v for k, v in PRODUCTION_VALUES.items() if k in props})
    values.update(overrides or {})
    return values


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
    """DEFAULTS from extension/lib/settings.js: read by node (the extension's own code) when it is
    installed, else parsed from the source (an IT build PC on Windows often has no node; the
    literal is flat — strings, booleans, integers — and tests/test_deploy.py checks both agree)."""
    node = shutil.which("node")
    if not node:
        return parse_defaults_literal((EXTENSION / "lib" / "settings.js").read_text("utf-8"))
    js = ("import { DEFAULTS } from './extension/lib/settings.js';"
          "process.stdout.write(JSON.stringify(DEFAULTS));")
    out = subprocess.run([node, "--input-type=module", "-e", js], cwd=ROOT, capture_output=True, text=True,
                         check=True, timeout=30)
    return json.loads(out.stdout)


def parse_defaults_literal(source: str) -> dict:
    m = re.search(r"export const DEFAULTS = Object\.freeze\(\{(.*?)\n\}\);", source, re.S)
    if not m:
        raise SystemExit("extension/lib/settings.js: DEFAULTS not found")
    out = {}
    for line in m.group(1).splitlines():
        line = line.strip()
        if not line or line.startswith("//"):
            continue
        kv = re.fullmatch(r"(\w+):\s*('(?:[^'\\]|\\.)*'|true|false|-?\d+),?\s*(?://.*)?", line)
        if not kv:
            raise SystemExit(f"extension/lib/settings.js: cannot read DEFAULTS line {line!r} (install node)")
        key, raw = kv.group(1), kv.group(2)
        out[key] = raw[1:-1] if raw.startswith("'") else {"true": True, "false": False}.get(raw, None)
        if out[key] is None:
            out[key] = int(raw)
    return out


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


def forcelist_reg(ext_id: str, update_url: str, index: int = 1) -> str:
    return _file([
        "; mamori: ExtensionInstallForcelist for ONE test PC (not for rollout: use mamori-gpo.ps1,",
        f"; which picks a free entry). This file writes entry {index}, replacing what that entry holds;",
        "; check the key first: reg query HKLM\\SOFTWARE\\Policies\\Microsoft\\Edge\\ExtensionInstallForcelist",
        "; Generated by deploy/make_reg.py.",
        "",
        f"[{EDGE}\\ExtensionInstallForcelist]",
        f'"{index}"={reg_string(f"{ext_id};{update_url}")}',
    ])


def _ps_string(s: str) -> str:
    return "'" + s.replace("'", "''") + "'"


def _ps_value(prop: dict, value) -> str:
    if prop["type"] == "boolean":
        return "$true" if value else "$false"
    if prop["type"] == "integer":
        return f"[int]{value}"
    return _ps_string(value)


def gpo_script(schema: dict, values: dict, ext_id: str, update_url: str) -> bytes:
    """deploy/windows/mamori-gpo.ps1 with this build's ID, update URL and settings as defaults
    (UTF-8 with BOM and CRLF: Windows PowerShell 5.1 reads a BOM-less script as ANSI)."""
    text = GPO_TEMPLATE.read_bytes().decode("utf-8-sig").replace("\r\n", "\n")
    for name, prop in schema["properties"].items():
        check_value(name, prop, values[name])
    id_param = "[Parameter(Mandatory = $true)][ValidatePattern('^[a-p]{32}$')][string]$ExtensionId,"
    url_param = "[Parameter(Mandatory = $true)][ValidatePattern('^https://')][string]$UpdateUrl,"
    assert id_param in text and url_param in text, "mamori-gpo.ps1 parameters changed"
    text = text.replace(id_param, f"[ValidatePattern('^[a-p]{{32}}$')][string]$ExtensionId = {_ps_string(ext_id)},")
    text = text.replace(url_param, f"[ValidatePattern('^https?://')][string]$UpdateUrl = {_ps_string(update_url)},")
    begin, end = "# BEGIN mamori-extension-settings", "# END mamori-extension-settings"
    head, rest = text.split(begin, 1)
    _, tail = rest.split(end, 1)
    lines = [begin + f" (generated by deploy/make_reg.py for {ext_id})", "$ExtensionSettings = [ordered]@{"]
    for name, prop in schema["properties"].items():
        lines.append(f"    {_ps_string(name)} = {_ps_value(prop, values[name])}")
    lines += ["}", end]
    text = head + "\n".join(lines) + tail
    return b"\xef\xbb\xbf" + text.replace("\n", "\r\n").encode("utf-8")


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


def write_all(out: Path, ext_id: str, update_url: str, values: dict, index: int = 1) -> list[Path]:
    if not re.fullmatch(r"[a-p]{32}", ext_id or ""):
        raise SystemExit(f"extension ID must be 32 letters a-p (got {ext_id!r})")
    if out.resolve() == (ROOT / "deploy").resolve() or out.resolve() == ROOT.resolve():
        raise SystemExit("generated files go to dist/ (or another folder), not into the repository")
    schema = load_schema()
    out.mkdir(parents=True, exist_ok=True)
    files = {
        "mamori-extension-policy.reg": policy_reg(schema, values, ext_id).encode("ascii"),
        "edge-extension-forcelist.reg": forcelist_reg(ext_id, update_url, index).encode("ascii"),
        "mamori-gpo.ps1": gpo_script(schema, values, ext_id, update_url),
    }
    paths = []
    for name, data in files.items():
        p = out / name
        p.write_bytes(data)
        paths.append(p)
    return paths


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description="Generate the Edge group-policy files for IT's extension ID.")
    ap.add_argument("--id", help="IT's extension ID (scripts/package.py prints it)")
    ap.add_argument("--build", type=Path, help="dist/build.json from scripts/package.py (ID and update URL)")
    ap.add_argument("--update-url", help=f"URL of update.xml on IT's web server (default from --build, else {DEFAULT_UPDATE_URL})")
    ap.add_argument("--values", type=Path, help="JSON with the extension settings IT wants")
    ap.add_argument("--index", type=int, default=1, help="entry number in edge-extension-forcelist.reg (test PC)")
    ap.add_argument("--out", type=Path, default=ROOT / "dist")
    a = ap.parse_args(argv)
    build = {}
    if a.build:
        build = json.loads(read_text_any(a.build))
    ext_id = a.id or build.get("id")
    if not ext_id:
        raise SystemExit("拡張機能IDがありません: --id ID か --build dist/build.json を指定してください"
                         "（ID は自庁の鍵で scripts/package.py を実行すると決まります）")
    update_url = a.update_url or build.get("update_url") or DEFAULT_UPDATE_URL
    values = production_values(read_values(a.values) if a.values else None)
    for p in write_all(a.out, ext_id, update_url, values, a.index):
        print(f"wrote {p}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
