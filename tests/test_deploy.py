"""deploy/: generated group-policy files carry IT's ID (never a default one), the GPO script and
the PowerShell scripts are sane, Windows encodings are read, nothing generated lands in the repo."""
from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

from support import ROOT

sys.path.insert(0, str(ROOT / "deploy"))
import make_reg  # noqa: E402

DEPLOY = ROOT / "deploy"
SCHEMA = json.loads((ROOT / "extension" / "schema.json").read_text("utf-8"))
DEV_ID = make_reg.manifest_extension_id()
IT_ID = "abcdefghijklmnopabcdefghijklmnop"  # any 32 letters a–p stands for a city's own ID
URL = "https://intranet.example.jp/mamori/update.xml"
needs_node = pytest.mark.skipif(not shutil.which("node"), reason="node reads extension/lib/settings.js")
PS_SCRIPTS = ["install-mamori-task.ps1", "uninstall-mamori-task.ps1", "mamori-gpo.ps1", "collect-audit.ps1",
              "setup-mamori.ps1"]

# Every Edge policy the GPO script sets, with the Microsoft documentation page it was checked
# against (deploy/README.md cites the same). A name not listed here fails the test below.
EDGE_POLICIES = {
    "ExtensionInstallForcelist", "ExtensionInstallBlocklist", "ExtensionInstallAllowlist",
    "InPrivateModeAvailability", "BrowserGuestModeEnabled", "BrowserAddProfileEnabled", "BrowserSignin",
    "RestrictSigninToPattern", "DeveloperToolsAvailability", "ExtensionDeveloperModeSettings",
    "NativeMessagingUserLevelHosts", "HubsSidebarEnabled", "CopilotPageContext", "Microsoft365CopilotChatIconEnabled",
    "URLBlocklist", "URLAllowlist",
}


def committed_files() -> list[Path]:
    out = subprocess.run(["git", "ls-files"], cwd=ROOT, capture_output=True, text=True)
    if out.returncode != 0:
        pytest.skip("not a git checkout")
    return [ROOT / f for f in out.stdout.splitlines()]


def test_no_committed_file_presents_the_developers_id_as_its():
    # Allowed: the files that say it is the development ID (and tests that check exactly that).
    allowed = {"README.md", "extension/README.md", "deploy/dev-policy.toml", "tests/e2e/test_extension_static.py"}
    carriers = [str(f.relative_to(ROOT)) for f in committed_files()
                if f.is_file() and f.suffix not in (".png", ".jsonl") and DEV_ID in f.read_text("utf-8", "ignore")]
    assert set(carriers) <= allowed, set(carriers) - allowed
    assert not list(DEPLOY.glob("*.reg")), "generated .reg files are not committed (they go to dist/)"
    default = tomllib.loads((ROOT / "service" / "default_policy.toml").read_text("utf-8"))
    assert default["server"]["allowed_origins"] == []
    readme = (DEPLOY / "README.md").read_text("utf-8")
    assert DEV_ID not in readme


def test_make_reg_needs_its_id_and_never_writes_into_the_repository(tmp_path):
    with pytest.raises(SystemExit) as e:
        make_reg.main(["--out", str(tmp_path)])
    assert "ID" in str(e.value)
    with pytest.raises(SystemExit):
        make_reg.write_all(DEPLOY, IT_ID, URL, {})
    with pytest.raises(SystemExit):
        make_reg.write_all(tmp_path, "not-an-id", URL, {})


@needs_node
@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "utf-16"])
def test_values_saved_by_windows_tools_are_read(tmp_path, encoding):
    # PowerShell 5.1's `echo ... > file` writes UTF-16 with a BOM; Notepad writes UTF-8 with a BOM.
    values = tmp_path / "settings.json"
    values.write_text('{"contactLine": "情報政策課 DX推進係（内線 1234）", "failMode": "block"}', encoding=encoding)
    assert make_reg.main(["--id", IT_ID, "--update-url", URL, "--values", str(values), "--out", str(tmp_path)]) == 0
    reg = make_reg.parse_reg((tmp_path / "mamori-extension-policy.reg").read_text("ascii"))
    key = rf"HKEY_LOCAL_MACHINE\SOFTWARE\Policies\Microsoft\Edge\3rdparty\extensions\{IT_ID}\policy"
    assert reg[key]["contactLine"] == ("REG_SZ", "情報政策課 DX推進係（内線 1234）")
    assert reg[key]["serviceAuth"] == ("REG_SZ", "native"), "production default: per-user authentication"


def test_values_that_are_not_json_get_a_clear_message(tmp_path):
    bad = tmp_path / "settings.json"
    bad.write_bytes(b"\x81\x82\x83 not text")
    with pytest.raises(SystemExit) as e:
        make_reg.read_values(bad)
    assert "UTF-8" in str(e.value)


@needs_node
def test_policy_reg_matches_schema_exactly(tmp_path):
    make_reg.main(["--id", IT_ID, "--update-url", URL, "--out", str(tmp_path)])
    data = (tmp_path / "mamori-extension-policy.reg").read_bytes()
    assert data.isascii() and data.startswith(b"Windows Registry Editor Version 5.00\r\n\r\n")
    assert b"\n" not in data.replace(b"\r\n", b"")
    reg = make_reg.parse_reg(data.decode("ascii"))
    [(key, values)] = reg.items()
    assert key.endswith(rf"\3rdparty\extensions\{IT_ID}\policy")
    assert list(values) == list(SCHEMA["properties"]), "every schema property, in order, and nothing else"
    for name, prop in SCHEMA["properties"].items():
        kind, value = values[name]
        assert kind == ("REG_SZ" if prop["type"] == "string" else "REG_DWORD"), name
        if "enum" in prop:
            assert value in prop["enum"], name
    forcelist = make_reg.parse_reg((tmp_path / "edge-extension-forcelist.reg").read_text("ascii"))
    assert list(forcelist.values())[0]["1"] == ("REG_SZ", f"{IT_ID};{URL}")


@needs_node
def test_generated_gpo_script_carries_the_id_settings_and_only_documented_policies(tmp_path):
    make_reg.main(["--id", IT_ID, "--update-url", URL, "--out", str(tmp_path)])
    data = (tmp_path / "mamori-gpo.ps1").read_bytes()
    assert data.startswith(b"\xef\xbb\xbf") and b"\n" not in data.replace(b"\r\n", b"")
    text = data.decode("utf-8-sig")
    assert f"$ExtensionId = '{IT_ID}'" in text and f"$UpdateUrl = '{URL}'" in text
    block = text.split("# BEGIN mamori-extension-settings", 1)[1].split("# END mamori-extension-settings", 1)[0]
    for name in SCHEMA["properties"]:
        assert re.search(rf"^\s+'{name}' = ", block, re.M), name
    assert "'serviceAuth' = 'native'" in block
    # Registry policy through the GPO (not tattooed): no reg.exe, no direct registry writes.
    assert "Set-GPRegistryValue" in text and "reg add" not in text.lower() and "New-ItemProperty" not in text
    # List entries go to a free index found across every GPO, never a fixed "1".
    assert "Get-GPO -All" in text and 'Add-ListEntry $MachineGpo "$Edge\\ExtensionInstallForcelist"' in text
    # Approval: ChatGPT blocked on the machine, allowed per user through a security-filtered GPO.
    assert 'Add-ListEntry $MachineGpo "$Edge\\URLBlocklist"' in text
    assert 'Add-ListEntry $AllowGpo "$EdgeUser\\URLAllowlist"' in text
    assert "-PermissionLevel GpoApply" in text and "-PermissionLevel GpoRead -Replace" in text
    names = set(re.findall(r'^\s+"([A-Za-z0-9]+)"\s+=\s+\d', text, re.M))
    names |= set(re.findall(r'\$Hardening(?:Strings)?\["?([A-Za-z]+)"?\]', text))
    names |= set(re.findall(r'@\{ "([A-Za-z]+)" = \$SigninPattern', text))
    names |= set(re.findall(r'\\(URLBlocklist|URLAllowlist|ExtensionInstall[A-Za-z]+)"', text))
    assert names and names <= EDGE_POLICIES, names - EDGE_POLICIES
    readme = (DEPLOY / "README.md").read_text("utf-8")
    for name in EDGE_POLICIES:
        assert f"`{name}`" in readme, f"deploy/README.md does not explain {name}"


@pytest.mark.parametrize("name", PS_SCRIPTS)
def test_powershell_scripts_are_windows_powershell_safe(name):
    data = (DEPLOY / "windows" / name).read_bytes()
    # Windows PowerShell 5.1 reads a BOM-less script as ANSI (cp932): Japanese would break it.
    assert data.startswith(b"\xef\xbb\xbf")
    assert b"\n" not in data.replace(b"\r\n", b"")
    text = data.decode("utf-8-sig")
    code = re.sub(r"<#.*?#>", "", text, flags=re.S)
    # One left-to-right pass: strings (double with backtick escapes, single with '') and comments,
    # whichever starts first, so an apostrophe in a comment or a # in a string is read right.
    code = re.sub(r'"(?:`.|[^"`])*"|\'(?:\'\'|[^\'])*\'|#[^\n]*',
                  lambda m: "" if m.group(0).startswith("#") else '""', code)
    for o, c in ("{}", "()", "[]"):
        assert code.count(o) == code.count(c), f"unbalanced {o}{c}"


def test_install_script_refuses_without_a_usable_policy_and_registers_the_launcher():
    text = (DEPLOY / "windows" / "install-mamori-task.ps1").read_text("utf-8-sig")
    assert "#Requires -RunAsAdministrator" in text
    i_missing = text.index("if (-not (Test-Path -LiteralPath $Policy))")
    i_check = text.index("--check-policy")
    i_register = text.index("Register-ScheduledTask")
    assert i_missing < i_check < i_register, "the policy is checked before anything is registered"
    assert "throw" in text[i_missing:i_check]
    for needle in ("New-ScheduledTaskTrigger -AtLogOn", "S-1-5-32-545", "-RunLevel Limited", "service.launcher run",
                   "RepetitionInterval", r"HKLM:\SOFTWARE\Microsoft\Edge\NativeMessagingHosts\jp.mamori.service",
                   '-UserId "S-1-5-18"'):
        assert needle in text, needle
    assert "--allow-remote" not in text and "--port" not in text  # per user: loopback, port chosen by Windows
    un = (DEPLOY / "windows" / "uninstall-mamori-task.ps1").read_text("utf-8-sig")
    assert "Unregister-ScheduledTask" in un and "NativeMessagingHosts" in un and "service.launcher" in un


def test_check_policy_accepts_a_bom_and_names_utf16(tmp_path):
    good = tmp_path / "policy.toml"
    good.write_bytes(b"\xef\xbb\xbf" + f'version = "x"\n[server]\nallowed_origins = ["chrome-extension://{IT_ID}"]\n'.encode())
    r = subprocess.run([sys.executable, "run_service.py", "--check-policy", "--policy", str(good)], cwd=ROOT,
                       capture_output=True, text=True, timeout=120)
    assert r.returncode == 0, r.stderr
    assert json.loads(r.stdout)["allowed_origins"] == [f"chrome-extension://{IT_ID}"]
    utf16 = tmp_path / "policy16.toml"
    utf16.write_text('version = "x"\n', encoding="utf-16")
    r = subprocess.run([sys.executable, "run_service.py", "--check-policy", "--policy", str(utf16)], cwd=ROOT,
                       capture_output=True, text=True, timeout=120)
    assert r.returncode == 2 and "UTF-16" in r.stderr
    # No origin: usable file, but the extension would get 403 for everything: the install script stops.
    r = subprocess.run([sys.executable, "run_service.py", "--check-policy"], cwd=ROOT, capture_output=True,
                       text=True, timeout=120)
    assert r.returncode == 3 and "allowed_origins" in r.stderr


def test_service_starts_with_a_bom_policy(tmp_path):
    from service.policy import load_policy

    p = tmp_path / "policy.toml"
    p.write_bytes(b"\xef\xbb\xbf" + 'version = "bom"\ncontact = "情報政策課"\n'.encode("utf-8"))
    pol = load_policy(p)
    assert pol.version == "bom" and pol.contact == "情報政策課"


def test_guide_is_in_the_order_a_newcomer_needs_and_lists_what_was_not_run_here():
    text = (DEPLOY / "README.md").read_text("utf-8")
    heads = [h for h in re.findall(r"^## (.+)$", text, re.M)]
    order = ["前提", "署名鍵", "ビルド", "GPO", "承認グループ", "パイロット確認", "展開", "更新", "ロールバック",
             "アンインストール"]
    pos = [next(i for i, h in enumerate(heads) if word in h) for word in order]
    assert pos == sorted(pos), heads
    assert "Edge は版を下げません" in text and "拡張機能 → サービス" in text
    assert "chatgpt.com" in text and "chat.openai.com" in text and "守る範囲" in text
    assert "verified-by-reading" in text
    for prop in SCHEMA["properties"]:
        assert f"`{prop}`" in text, f"deploy/README.md does not explain {prop}"
    for script in PS_SCRIPTS:
        assert script in text, script


@needs_node
def test_defaults_read_without_node_equal_what_node_reads():
    # IT's Windows build PC may have no node: the source parser must give the same values.
    source = (ROOT / "extension" / "lib" / "settings.js").read_text("utf-8")
    assert make_reg.parse_defaults_literal(source) == make_reg.extension_defaults()
