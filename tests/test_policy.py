"""Policy loading: defaults, IT overrides, and start-up refusing a broken file."""
import subprocess
import sys

import pytest

from service.policy import PolicyError, load_policy
from service.scanner import Scanner

from support import ROOT


def write(tmp_path, text):
    p = tmp_path / "policy.toml"
    p.write_text(text, encoding="utf-8")
    return p


def test_default_policy_lists_city_hall_public_values():
    p = load_policy()
    joined = " ".join(p.allowlist)
    assert "027-224-1111" in joined and "371-8601" in joined and "大手町二丁目12番1号" in joined
    assert p.action_for("JP_CORPORATE_NUMBER") == "allow"
    assert p.action_for("NONPUBLIC_INFO") == "warn"
    assert p.action_for("JP_MY_NUMBER") == "block"
    assert p.source == "default"


def test_override_merges_key_by_key(tmp_path):
    p = load_policy(write(tmp_path, '''
version = "it-2027-01"
[actions]
PHONE_NUMBER = "warn"
[keywords]
block = ["プロジェクト赤城"]
[allowlist]
values = ["山田太郎"]
'''))
    assert p.version == "it-2027-01"
    assert p.action_for("PHONE_NUMBER") == "warn"
    assert p.action_for("JP_MY_NUMBER") == "block"  # untouched default
    assert ("プロジェクト赤城", "block") in p.keywords
    assert p.allowlist == ("山田太郎",)  # a list replaces the default list


@pytest.mark.parametrize("text, expected", [
    ('mode = "enforce"\n[actions\n', "line 2"),
    ('colour = "red"\n', "colour"),
    ('[actions]\nPHONE_NUMBER = "deny"\n', "actions.PHONE_NUMBER"),
    ('[actions]\nNOT_A_TYPE = "block"\n', "actions.NOT_A_TYPE"),
    ('mode = "lenient"\n', "mode"),
    ('[server]\nallowed_origins = "chrome-extension://abc"\n', "server.allowed_origins"),
    ('[server]\nallowed_origins = ["*"]\n', "server.allowed_origins"),
    ('[keywords]\nblock = [1, 2]\n', "keywords.block"),
    ('[allowlist]\nvalue = ["x"]\n', "allowlist.value"),
])
def test_broken_policy_names_line_or_key(tmp_path, text, expected):
    with pytest.raises(PolicyError) as e:
        load_policy(write(tmp_path, text))
    assert expected in str(e.value)
    assert "policy.toml" in str(e.value)


def test_missing_policy_file(tmp_path):
    with pytest.raises(PolicyError, match="見つかりません"):
        load_policy(tmp_path / "nope.toml")


def test_broken_policy_stops_start_up(tmp_path):
    bad = write(tmp_path, '[actions]\nPHONE_NUMBER = "deny"\n')
    r = subprocess.run([sys.executable, str(ROOT / "run_service.py"), "--port", "1", "--policy", str(bad)],
                       capture_output=True, text=True, timeout=60)
    assert r.returncode == 2
    assert "actions.PHONE_NUMBER" in r.stderr and "起動できません" in r.stderr


def test_refuses_non_loopback_without_flag():
    r = subprocess.run([sys.executable, str(ROOT / "run_service.py"), "--host", "0.0.0.0", "--port", "1"],
                       capture_output=True, text=True, timeout=60)
    assert r.returncode == 2
    assert "--allow-remote" in r.stderr


def test_keywords_and_allowlist_take_effect(tmp_path, morphology):
    policy = load_policy(write(tmp_path, '''
[keywords]
warn = ["ＳＭＡＲＴ連携基盤"]
block = ["プロジェクト赤城"]
[allowlist]
values = ["090-1111-2222"]
'''))
    s = Scanner(policy, analyser=morphology)
    r = s.scan("プロジェクト赤城の説明資料を作って")
    assert r["verdict"] == "block"
    assert "プロジェクト赤城" not in r["redacted_text"]
    r = s.scan("SMART連携基盤の概要を説明して")
    assert r["verdict"] == "warn"
    r = s.scan("代表番号 ０９０ー１１１１ー２２２２ に電話してください")
    assert all(f["type"] != "PHONE_NUMBER" for f in r["findings"])


def test_monitor_mode_never_blocks(tmp_path, morphology):
    policy = load_policy(write(tmp_path, 'mode = "monitor"\n[keywords]\nblock = ["プロジェクト赤城"]\n'))
    r = Scanner(policy, analyser=morphology).scan("プロジェクト赤城")
    assert r["verdict"] == "warn"


def test_policy_edit_is_picked_up_and_broken_edit_keeps_last_good(tmp_path, morphology):
    import os

    from service.app import create_app

    f = write(tmp_path, 'version = "v1"\n[keywords]\nblock = ["赤城計画"]\n')
    app = create_app({"POLICY_FILE": str(f), "ANALYSER": morphology, "PORT": 8765})
    state = app.extensions["mamori"]
    client = app.test_client()
    assert client.post("/v1/scan", json={"text": "赤城計画の件"}).get_json()["verdict"] == "block"

    f.write_text('version = "v2"\n[keywords]\nblock = ["榛名計画"]\n', encoding="utf-8")
    os.utime(f, ns=(1, 2_000_000_000_000_000_000))
    assert state.reload_if_changed()
    r = client.post("/v1/scan", json={"text": "赤城計画と榛名計画"}).get_json()
    assert r["policy_version"] == "v2"
    assert "榛名計画" not in r["redacted_text"] and "赤城計画" in r["redacted_text"]

    f.write_text('version = "v3"\n[actions]\nPERSON = "maybe"\n', encoding="utf-8")
    os.utime(f, ns=(1, 3_000_000_000_000_000_000))
    assert not state.reload_if_changed()
    health = client.get("/healthz").get_json()
    assert health["policy_version"] == "v2"
    assert "actions.PERSON" in health["policy_error"]
    assert client.post("/v1/scan", json={"text": "榛名計画"}).get_json()["verdict"] == "block"


@pytest.mark.parametrize("text", ["", "   \n\t\n", "# 情報政策課のポリシー\n# (下書き)\n", "\ufeff\n"],
                         ids=["empty", "whitespace", "comments-only", "bom-only"])
def test_a_policy_file_that_sets_nothing_is_refused(tmp_path, text):
    with pytest.raises(PolicyError, match="設定が一つもありません"):
        load_policy(write(tmp_path, text))


def test_empty_marker_runs_the_shipped_default(tmp_path):
    p = load_policy(write(tmp_path, "# 既定のまま\nempty = true\n"))
    assert p.keywords == load_policy().keywords and p.actions == load_policy().actions


@pytest.mark.parametrize("text", ['empty = false\n', 'empty = true\nmode = "monitor"\n'])
def test_empty_marker_must_be_true_and_alone(tmp_path, text):
    with pytest.raises(PolicyError, match="empty"):
        load_policy(write(tmp_path, text))


def test_an_emptied_policy_file_keeps_the_last_good_policy(tmp_path, morphology):
    import os

    from service.app import create_app

    f = write(tmp_path, 'version = "v1"\n[keywords]\nblock = ["赤城計画"]\n')
    app = create_app({"POLICY_FILE": str(f), "ANALYSER": morphology, "PORT": 8765})
    state = app.extensions["mamori"]
    client = app.test_client()
    f.write_text("", encoding="utf-8")  # what a half-finished save looks like
    os.utime(f, ns=(1, 2_000_000_000_000_000_000))
    assert not state.reload_if_changed()
    health = client.get("/healthz").get_json()
    assert health["policy_version"] == "v1" and "設定が一つもありません" in health["policy_error"]
    assert client.post("/v1/scan", json={"text": "赤城計画の件"}).get_json()["verdict"] == "block"
