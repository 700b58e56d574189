"""SENSITIVE_PERSONAL_INFO: 要配慮個人情報 about an individual — general talk passes."""
import pytest

from support import findings_of

BLOCK_CASES = [
    ("部下の樋口さんがうつ病で休職しています。復職支援の計画を作って。", "うつ病"),
    ("長男がADHDと診断され、学校との連絡方法を相談したいと母親から電話。", "ADHD"),
    ("対象者の男性（58歳）は生活保護を受給中で、家賃を3か月滞納している。", "生活保護"),
    ("利用者の村上 清さんは認知症が進行しており、施設入所を検討中です。", "認知症"),
    ("元夫からDVを受けていた相談者 松井 里美 さんの住所を非開示にする手続き", "DV"),
    ("同僚のBさんが逮捕されたと聞きました。職場での説明文を作って。", "逮捕"),
    ("軽自動車税を滞納している岩田 正さんへの催告書を作成して。", "滞納"),
    ("妻が双極性障害で通院しているため、時短勤務を申請したいという職員の相談。", "双極性障害"),
    ("園児の高野 結衣ちゃんは療育手帳を持っています。保護者への連絡文を作って。", "療育手帳"),
]


@pytest.mark.parametrize("text,phrase", BLOCK_CASES)
def test_sensitive_tied_to_person(scan, text, phrase):
    r = scan(text)
    assert r["verdict"] == "block", r
    found = findings_of(r, "SENSITIVE_PERSONAL_INFO")
    assert any(text[f["start"]:f["end"]] == phrase for f in found), found


ALLOW_CASES = [
    "生活保護制度の概要を説明する資料を作って。",
    "熱中症の予防について市報の記事を書いて。",
    "がん検診の受診率を上げるアイデアを5つ出して。",
    "障害者差別解消法に基づく合理的配慮の研修資料を作って。",
    "システム障害の報告書を、発生日時・影響範囲・原因の見出しで整理して。",
    "認知症サポーター養成講座の案内を作成して。",
    "市税の滞納整理の一般的な流れを説明してください。",
    "児童虐待防止推進月間のポスターの標語を考えて。",
    "ひきこもり支援の相談窓口を案内するチラシを作って。",
    "個人情報保護の研修資料です。病歴や障害、生活保護の受給など、特に配慮が必要な情報があります。",
    "がんばっている職員をほめる言葉を考えて。",
    "うつ病の初期症状と、職場でできるセルフケアについてのコラムを書いて。",
    "窃盗事件の増加を受けた防犯パトロールの呼びかけ文を作って。",
]


@pytest.mark.parametrize("text", ALLOW_CASES)
def test_general_texts_pass(scan, text):
    r = scan(text)
    assert not findings_of(r, "SENSITIVE_PERSONAL_INFO"), (text, r["findings"])
    assert r["verdict"] == "allow", (text, r["findings"])


def test_reason_names_category_not_value(scan):
    r = scan("同僚の南田 恵美さんが乳がんの治療中です。")
    for f in findings_of(r, "SENSITIVE_PERSONAL_INFO"):
        assert "乳がん" not in f["reason"] and "南田" not in f["reason"]


@pytest.mark.parametrize("text,phrase", [
    ("利用者のAさん（70代）は人工透析を週3回受けています。", "人工透析"),
    ("息子さんに前科があることを近所に知られたくないとの相談。", "前科"),
    ("夫からの暴力（DV）で避難中の女性の住民票の閲覧制限について", "DV"),
])
def test_sensitive_with_anonymous_reference(scan, text, phrase):
    r = scan(text)
    found = findings_of(r, "SENSITIVE_PERSONAL_INFO")
    assert any(text[f["start"]:f["end"]] == phrase for f in found), found


def test_violence_described_in_plain_words_is_sensitive(scan):
    r = scan("相談者の森本 恵さんは、夫からの暴力で家を出たいと話している。支援の選択肢を教えて。")
    assert "SENSITIVE_PERSONAL_INFO" in {f["type"] for f in r["findings"]}
    assert scan("暴力を受けた人のための相談窓口の一覧を作ってください。")["verdict"] == "allow"


@pytest.mark.parametrize("text,phrase", [
    ("新規就農者の塩原 舞さん（31）から、妊娠がわかったので作付けを減らしたいと相談がありました。", "妊娠"),
    ("清掃作業中に収集員の飯塚 拓也さんが転倒し、右腕を骨折しました。労災の手続きを整理して。", "骨折"),
    ("交付先の代表者 松浦 勲 について、横領の疑いがあるとの情報が寄せられました。", "横領"),
])
def test_work_and_health_words_with_a_named_person_are_sensitive(scan, text, phrase):
    found = findings_of(scan(text), "SENSITIVE_PERSONAL_INFO")
    assert any(text[f["start"]:f["end"]] == phrase for f in found), found


@pytest.mark.parametrize("text", [
    "職員から妊娠の報告を受けたときに上司がとるべき対応を、管理職向けの手引きにまとめて。",
    "公務災害の認定までの流れと、所属でそろえる書類を職員向けに説明して。",
    "懲戒処分の指針のうち、停職と減給の違いを新任係長向けに説明して。",
])
def test_work_and_health_words_with_only_a_reference_pass(scan, text):
    assert not findings_of(scan(text), "SENSITIVE_PERSONAL_INFO")
