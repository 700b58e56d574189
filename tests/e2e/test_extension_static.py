"""Checks on the extension that need no browser: its ID, manifest, locales and policy file."""
from __future__ import annotations

import json
import re

from e2e_support import EXT_ID, EXTENSION, ROOT, extension_id

DOCUMENTED_ID = "ooikfdfokepgkbpaoibajibnglpojben"


def test_manifest_key_gives_the_documented_id():
    assert extension_id() == DOCUMENTED_ID
    assert DOCUMENTED_ID in (EXTENSION / "README.md").read_text(encoding="utf-8")


def test_only_the_development_policy_allows_the_development_origin():
    # The shipped default allows no extension (each city has its own ID, from scripts/package.py);
    # the development policy, labelled as such, allows the unpacked extension.
    import tomllib

    default = tomllib.loads((ROOT / "service" / "default_policy.toml").read_text(encoding="utf-8"))
    assert default["server"]["allowed_origins"] == []
    dev = (ROOT / "deploy" / "dev-policy.toml").read_text(encoding="utf-8")
    assert f'"chrome-extension://{EXT_ID}"' in dev and "DEVELOPMENT ONLY" in dev


def test_manifest_is_mv3_with_the_expected_pieces():
    m = json.loads((EXTENSION / "manifest.json").read_text(encoding="utf-8"))
    assert m["manifest_version"] == 3
    assert m["default_locale"] == "ja"
    assert m["storage"]["managed_schema"] == "schema.json"
    assert m["background"] == {"service_worker": "background.js", "type": "module"}
    assert "http://127.0.0.1/*" in m["host_permissions"]
    cs = m["content_scripts"][0]
    assert set(cs["matches"]) == {"https://chatgpt.com/*", "https://chat.openai.com/*"}
    for path in [m["background"]["service_worker"], m["options_ui"]["page"], *cs["js"], *m["icons"].values()]:
        assert (EXTENSION / path).is_file(), path


def test_locales_have_the_same_keys_and_every_used_key_exists():
    ja = json.loads((EXTENSION / "_locales/ja/messages.json").read_text(encoding="utf-8"))
    en = json.loads((EXTENSION / "_locales/en/messages.json").read_text(encoding="utf-8"))
    assert ja.keys() == en.keys()
    used, literals = set(), set()
    for f in list(EXTENSION.glob("content/*.js")) + list(EXTENSION.glob("options/*")) + [EXTENSION / "manifest.json"]:
        src = f.read_text(encoding="utf-8")
        used |= set(re.findall(r"\bt\('([A-Za-z0-9_]+)'", src))
        used |= set(re.findall(r'data-i18n="([A-Za-z0-9_]+)"', src))
        used |= set(re.findall(r"__MSG_([A-Za-z0-9_]+)__", src))
        literals |= set(re.findall(r"'([A-Za-z0-9_]+)'", src))
    missing = sorted(k for k in used if k not in ja)
    assert not missing, missing
    for key in ["btnReplaceMasked", "btnBackToEdit", "btnSendAnyway", "dlgWarnCheckbox", "dlgUnreachableTitle"]:
        assert key in literals
    assert ja["btnReplaceMasked"]["message"] == "マスクした文に置き換える"
    assert ja["btnBackToEdit"]["message"] == "編集に戻る"
    assert ja["btnSendAnyway"]["message"] == "このまま送信"
    assert ja["dlgWarnCheckbox"]["message"] == "公開されている情報であることを確認しました"


def test_no_user_facing_japanese_outside_locales():
    # All strings users see come from _locales (the selectors module and comments aside).
    for f in list(EXTENSION.glob("content/*.js")) + list(EXTENSION.glob("options/*.js")) + [EXTENSION / "background.js"]:
        for n, line in enumerate(f.read_text(encoding="utf-8").splitlines(), 1):
            code = line.split("//")[0]
            assert not re.search(r"['\"`][^'\"`]*[\u3040-\u30ff\u4e00-\u9fff]", code), f"{f.name}:{n}: {line.strip()}"
