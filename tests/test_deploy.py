"""deploy/: the .reg files agree with extension/schema.json and the manifest's ID; scripts are sane."""
from __future__ import annotations

import base64
import json
import os
import re
import shutil
import sys
import tomllib
from pathlib import Path

import pytest

from support import ROOT

sys.path.insert(0, str(ROOT / "deploy"))
import make_reg  # noqa: E402

DEPLOY = ROOT / "deploy"
SCHEMA = json.loads((ROOT / "extension" / "schema.json").read_text("utf-8"))
EXT_ID = make_reg.manifest_extension_id()
POLICY_KEY = rf"HKEY_LOCAL_MACHINE\SOFTWARE\Policies\Microsoft\Edge\3rdparty\extensions\{EXT_ID}\policy"
REG_FILES = ["edge-extension-forcelist.reg", "edge-extension-settings.reg", "mamori-extension-policy.reg"]


def read_reg(name: str) -> dict:
    return make_reg.parse_reg((DEPLOY / name).read_bytes().decode("ascii"))


@pytest.mark.parametrize("name", REG_FILES)
def test_reg_files_are_regedit_text(name):
    data = (DEPLOY / name).read_bytes()
    assert data.isascii(), "non-ASCII must be written as hex(1)"
    assert data.startswith(b"Windows Registry Editor Version 5.00\r\n\r\n")
    assert b"\n" not in data.replace(b"\r\n", b""), "CRLF line ends only"


def test_policy_reg_matches_schema_exactly():
    reg = read_reg("mamori-extension-policy.reg")
    assert list(reg) == [POLICY_KEY]
    values = reg[POLICY_KEY]
    props = SCHEMA["properties"]
    assert list(values) == list(props), "every schema property, in order, and nothing else"
    for name, prop in props.items():
        kind, value = values[name]
        if prop["type"] == "string":
            assert kind == "REG_SZ", name
            if "enum" in prop:
                assert value in prop["enum"], name
        elif prop["type"] == "boolean":
            assert kind == "REG_DWORD" and value in (0, 1), name
        elif prop["type"] == "integer":
            assert kind == "REG_DWORD", name
            assert prop.get("minimum", value) <= value <= prop.get("maximum", value), name
        else:
            pytest.fail(f"{name}: schema type {prop['type']} has no registry mapping")


@pytest.mark.skipif(not shutil.which("node"), reason="node reads extension/lib/settings.js (scripts/test.sh installs it)")
def test_committed_reg_files_are_what_the_generator_writes(tmp_path):
    """deploy/*.reg are generated: regenerate from schema.json + settings.js and compare byte for byte."""
    assert make_reg.main(["--out", str(tmp_path)]) == 0
    for name in REG_FILES:
        assert (tmp_path / name).read_bytes() == (DEPLOY / name).read_bytes(), \
            f"deploy/{name} is stale: run python deploy/make_reg.py"
    # And the defaults it writes are the extension's own.
    defaults = make_reg.extension_defaults()
    reg = read_reg("mamori-extension-policy.reg")[POLICY_KEY]
    for name, (_, value) in reg.items():
        assert value == (int(defaults[name]) if isinstance(defaults[name], bool) else defaults[name]), name


def test_forcelist_and_extension_settings_name_the_manifest_id():
    forcelist = read_reg("edge-extension-forcelist.reg")
    [(key, values)] = forcelist.items()
    assert key.endswith(r"\Edge\ExtensionInstallForcelist")
    ext_id, update_url = values["1"][1].split(";")
    assert ext_id == EXT_ID and update_url.endswith("/update.xml")
    settings = read_reg("edge-extension-settings.reg")
    [(key, values)] = settings.items()
    assert key.endswith(r"\Policies\Microsoft\Edge")
    parsed = json.loads(values["ExtensionSettings"][1])
    assert parsed == {EXT_ID: {"installation_mode": "force_installed", "update_url": update_url}}


def test_the_id_is_the_same_everywhere():
    policy = tomllib.loads((ROOT / "service" / "default_policy.toml").read_text("utf-8"))
    assert f"chrome-extension://{EXT_ID}" in policy["server"]["allowed_origins"]
    assert EXT_ID in (DEPLOY / "README.md").read_text("utf-8")
    assert EXT_ID in (ROOT / "README.md").read_text("utf-8")


def test_production_key_if_present_gives_the_manifest_id():
    key = Path(os.environ.get("MAMORI_EXTENSION_KEY", Path.home() / ".mamori" / "extension-key.pem"))
    if not key.exists():
        pytest.skip(f"no production key at {key} (CI has none; the e2e packaging test uses a generated one)")
    sys.path.insert(0, str(ROOT / "scripts"))
    import package

    der = package.public_key_der(key)
    assert make_reg.extension_id_from_public_key(der) == EXT_ID
    manifest = json.loads((ROOT / "extension" / "manifest.json").read_text("utf-8"))
    assert base64.b64decode(manifest["key"]) == der


def test_generator_checks_values_and_writes_unicode_as_hex():
    with pytest.raises(SystemExit):
        make_reg.policy_reg(SCHEMA, {"failMode": "sometimes"}, EXT_ID)
    values = {"serviceUrl": "http://127.0.0.1:8765", "failMode": "warn", "attachmentMode": "block",
              "reminderFrequency": "always", "contactLine": "情報政策課 DX推進係 内線1234",
              "allowWarnOverride": False, "timeoutMs": 5000, "pasteCheck": True, "factCheckNote": False,
              "language": "auto", "attachmentUnsupported": "block"}
    values = {k: v for k, v in values.items() if k in SCHEMA["properties"]}
    for name, prop in SCHEMA["properties"].items():
        values.setdefault(name, {"string": "", "boolean": True, "integer": prop.get("minimum", 0)}[prop["type"]])
    text = make_reg.policy_reg(SCHEMA, values, EXT_ID)
    assert text.isascii()
    back = make_reg.parse_reg(text)[POLICY_KEY]
    if "contactLine" in back:
        assert back["contactLine"] == ("REG_SZ", "情報政策課 DX推進係 内線1234")
    with pytest.raises(SystemExit):
        make_reg.policy_reg(SCHEMA, {**values, "timeoutMs": 10}, EXT_ID)
    with pytest.raises(SystemExit):
        make_reg.policy_reg(SCHEMA, {**values, "notInSchema": 1}, EXT_ID)


@pytest.mark.parametrize("name", ["install-mamori-task.ps1", "uninstall-mamori-task.ps1"])
def test_powershell_scripts_are_windows_powershell_safe(name):
    data = (DEPLOY / "windows" / name).read_bytes()
    # Windows PowerShell 5.1 reads a BOM-less script as ANSI (cp932): Japanese would break it.
    assert data.startswith(b"\xef\xbb\xbf")
    assert b"\n" not in data.replace(b"\r\n", b"")
    text = data.decode("utf-8-sig")
    assert "#Requires -RunAsAdministrator" in text
    code = re.sub(r"<#.*?#>", "", text, flags=re.S)
    code = re.sub(r'"(?:`.|[^"`])*"', '""', code)  # strings (with backtick escapes)
    code = re.sub(r"#.*", "", code)
    for o, c in ("{}", "()", "[]"):
        assert code.count(o) == code.count(c), f"unbalanced {o}{c}"


def test_install_script_registers_a_per_user_logon_task():
    text = (DEPLOY / "windows" / "install-mamori-task.ps1").read_text("utf-8-sig")
    for needle in ("Register-ScheduledTask", "New-ScheduledTaskTrigger -AtLogOn", "S-1-5-32-545",
                   "-RunLevel Limited", "pythonw.exe", "run_service.py", "--policy", "--port"):
        assert needle in text, needle
    assert "--allow-remote" not in text and "--host" not in text  # per-PC: loopback only
    un = (DEPLOY / "windows" / "uninstall-mamori-task.ps1").read_text("utf-8-sig")
    assert "Unregister-ScheduledTask" in un and "run_service.py" in un


def test_deploy_readme_covers_the_rollout():
    text = (DEPLOY / "README.md").read_text("utf-8")
    for needle in ("scripts/package.py", "update.xml", "edge-extension-forcelist.reg", "mamori-extension-policy.reg",
                   "edge://policy", "install-mamori-task.ps1", "uninstall-mamori-task.ps1", "--allow-remote",
                   "allowed_hosts", "audit", "service.report", "make_reg.py"):
        assert needle in text, needle
    for prop in SCHEMA["properties"]:
        assert f"`{prop}`" in text, f"deploy/README.md does not explain {prop}"
