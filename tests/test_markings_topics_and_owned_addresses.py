"""Non-public information and contact details on first contact (issue 16), with hard cases:

- a long marking word as the first word of the whole text, then a space or a bracketed status
  (「極秘 ＜記者発表前＞ …」 on one long line) is a marking; inside a word or about goods it is not;
- an unfixed weakness of the city's own systems (パッチが当たっていない, 脆弱性が未対応のまま) and the
  transport of ballot boxes or cash with its route, and where police officers stand, are 第7号
  information; general questions about them are not;
- an appraisal grade written 業績評価 B is a particular of a personnel appraisal;
- an address at an example domain with a person's name as its local part, owned by a named
  person (様, 申請者), is that person's; a format shown with 例 / のように is not.

Invented texts; none is a corpus line."""
from __future__ import annotations

import pytest

from support import findings_of


@pytest.mark.parametrize("text", [
    "部外秘 ＜議会説明前＞ 駅北口の再開発で、市が保留床を取得する方向で地権者と調整を進めている件。説明の順番を考えて。",
    "マル秘扱い　庁舎の清掃委託の更新（現業者が不利）について課長向けに要約して",
    "取扱注意　来年度の指定管理者の選定で、現指定管理者の評価が低く、公募に切り替える方向で検討中です。論点を整理して。",
])
def test_a_marking_as_the_first_word_of_a_long_line_is_a_marking(scan, text):
    result = scan(text)
    assert findings_of(result, "CONFIDENTIAL_MARKING")
    assert result["verdict"] == "block"


@pytest.mark.parametrize("text", [
    "極秘任務を扱った小説の書評を、図書館だより向けに200字程度でまとめてください。読みやすい文体でお願いします。",
    "取扱注意 精密機器のため、宅配業者に渡すときの注意書きを作ってください。箱の上面に貼る予定です。よろしく。",
    "会議の冒頭で「部外秘の資料は回収します」と伝える言い方を、角が立たない表現で3案考えてください。",
])
def test_the_same_words_in_a_word_about_goods_or_in_prose_are_not(scan, text):
    assert not findings_of(scan(text), "CONFIDENTIAL_MARKING")


@pytest.mark.parametrize("text", [
    "情報システム課です。庁内の文書管理サーバーは古いOSのままで、セキュリティ更新プログラムが適用されていません。"
    "入替えは再来年度の予定です。それまでの対策を優先順位付きで教えて。",
    "選挙の期日前投票所から開票所までの投票箱の輸送ルートと時刻、警察官の配置を一覧にしたい。表の形を作って。",
])
def test_an_unfixed_weakness_or_a_transport_route_is_non_public(scan, text):
    assert findings_of(scan(text), "NONPUBLIC_INFO")


@pytest.mark.parametrize("text", [
    "セキュリティ更新プログラムを適用する作業手順書のひな形を作ってください。",
    "サポートが終わったソフトを使い続ける危険について、職員向け研修の説明文を一般論で書いて。",
    "ごみ収集車の運搬ルートを見直した結果を、市民向けのお知らせにしてください。",
])
def test_general_questions_about_updates_and_routes_are_allowed(scan, text):
    assert not findings_of(scan(text), "NONPUBLIC_INFO")


def test_an_appraisal_grade_written_with_its_kind_is_a_particular(scan):
    result = scan("人事評価の面談メモを清書して。対象は施設課の主任。業績評価 A、能力評価 B。来期は後輩の指導を期待。")
    assert findings_of(result, "NONPUBLIC_INFO")


def test_an_explanation_of_appraisal_kinds_is_not(scan):
    assert not findings_of(scan("人事評価制度の業績評価と能力評価の違いを、新任職員向けに説明してください。"), "NONPUBLIC_INFO")


@pytest.mark.parametrize("text, address", [
    ("補正依頼の宛先：申請者 木暮 里奈 様（メール rina.kogure@example.com）", "rina.kogure@example.com"),
    ("相談者の高田さん（連絡はメール k.takada@example.jp で）への返信文を作って。", "k.takada@example.jp"),
])
def test_a_named_persons_address_at_an_example_domain_is_theirs(scan, text, address):
    result = scan(text)
    assert findings_of(result, "EMAIL_ADDRESS")
    assert address not in result["redacted_text"]


@pytest.mark.parametrize("text", [
    "メールアドレス欄の書き方の例：山田様なら taro.yamada@example.com のように書きます。",
    "送信テスト用のアドレスは noreply@example.com です。",
    "設定ファイルの from: first.last@example.org を直して。",
])
def test_an_example_domain_shown_as_a_format_or_without_an_owner_is_not(scan, text):
    assert not findings_of(scan(text), "EMAIL_ADDRESS")


def test_a_work_address_on_a_business_card_warns(scan):
    text = "名刺を一覧にして。株式会社赤城テック 技術部 係長 野村 拓也 TEL 027-280-1122 t.nomura@akagi-tech.co.jp"
    mails = findings_of(scan(text), "EMAIL_ADDRESS")
    assert mails and all(f["action"] == "warn" for f in mails)


@pytest.mark.parametrize("text", [
    "保護者の連絡先：野村 拓也 様 t.nomura@akagi-tech.co.jp",
    "返信先は t.nomura1985@gmail.com です。",
])
def test_a_persons_address_outside_a_business_card_still_blocks(scan, text):
    assert any(f["action"] == "block" for f in findings_of(scan(text), "EMAIL_ADDRESS"))
