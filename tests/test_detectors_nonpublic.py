"""Non-public topics (nonpublic.py: 前橋市情報公開条例 第6条) and the policy's keywords.

Synthetic sentences of the same kinds as the dev corpus, not copies of it. A topic
word alone never counts: the negatives are general questions about the same systems.
"""
from __future__ import annotations

import time

import pytest

from service.detectors import nonpublic
from service.detectors.base import Document
from service.detectors.evidence import BLOCK, WARN
from service.labels import ARTICLE_6

NP = nonpublic.NonPublicTopicDetector()
KW = nonpublic.PolicyKeywordDetector()


def found(text, det=NP, keywords=()):
    doc = Document(text, keywords=keywords)
    return [c for c in det.analyze(doc) if c.score >= WARN], doc


def articles(text):
    cands, _doc = found(text)
    return {c.extra.get("article") for c in cands}


@pytest.mark.parametrize("text,article", [
    # 第4号 意思決定過程
    ("下水道使用料の値上げを庁内で検討中です。まだ公表していないので、説明の骨子だけ作ってください。", 4),
    ("保育所の統廃合について部内で調整中で、関係課との協議も終わっていません。答弁の言い回しを直して。", 4),
    ("体育館の使用料を改定する条例の改正案です。庁議にかける前に論点を整理したい。", 4),
    ("公民館の再編方針の素案を作りました。表現を柔らかくしてください。", 4),
    # 第5号 入札・見積
    ("来月公告する道路舗装工事の予定価格は 41,580,000円 です。入札説明書の目次を考えて。", 5),
    ("清掃委託の最低制限価格を 3,260,000円 に設定しました。決裁文を作って。", 5),
    ("学校給食配送業務の予定価格（公告前）をもとに、仕様書の文言をチェックしてください。", 5),
    ("複合機の賃貸借で3社から見積を取りました。X社 月額21,000円、Y社 19,800円、Z社 22,400円。比較表にして。", 5),
    ("プロポーザルの提案書の評価点はA社82点、B社75点でした。選定結果の公表前に講評案を作って。", 5),
    # 第5号 人事・試験・監査・用地・争訟
    ("4月の人事異動の内示があり、係長が転出します（発表前）。引継ぎ計画を作ってください。", 5),
    ("課長級の昇任候補者の案を作りました。人事課に出す前に文面を整えて。", 5),
    ("今年度の係長昇任試験の論文テーマ（案）です。受験者に公表する前に表現を確認してください。", 5),
    ("職員採用試験の面接の質問項目（案）を作成しました。", 5),
    ("主任昇任試験の択一問題の案を作りました。受験者には当日まで非公表です。", 5),
    ("定期監査で補助金の実績報告の確認漏れを指摘されました。監査結果はまだ公表されていません。回答案を作って。", 5),
    ("駅前広場の用地買収で、地権者が市の提示額（1㎡あたり96,000円）に納得していません。説明の仕方を考えて。", 5),
    ("係争中の損害賠償請求事件について、相手方の主張を時系列で整理して", 5),
    # 第2号 苦情の個別案件
    ("近所の犬の鳴き声の苦情が今月で4回目です。前回は飼い主に口頭で注意しました。経緯を課内で共有する文を作って。", 2),
    # 第3号 法人情報
    ("補助金を申請した事業者から提出された決算書の数字を、表にまとめてください。", 3),
    # 第6号 国等協力, 第7号 公共の安全, 第8号 任意提供
    ("県から内々に示された交付金の配分額について、課内向けのメモを作って", 6),
    ("市長が出席する式典の警備計画の配置表を見やすくしてください。", 7),
    ("爆破予告メールが庁舎あてに届きました。職員への周知文を作ってください。", 7),
    ("公表しないことを条件に事業者から提供された売上データを分析して", 8),
    ("物流拠点の進出を考えている企業から非公式に聞いた計画です。公表まで伏せてほしいとのこと。", 8),
    ("旅館業の施設への立入検査を、抜き打ちで来月実施します。対象は12施設です。", 5),
    ("橋の維持管理の負担について国と協議中で、国からは「補修費は市で負担」と回答がありました。反論を整理して", 5),
    ("市が被告の訴訟で和解案（解決金 320万円）が示されました。議会に報告する前にメリット・デメリットを整理して", 5),
])
def test_nonpublic_topics_are_found(text, article):
    cands, _doc = found(text)
    assert cands, text
    assert article in {c.extra["article"] for c in cands}
    for c in cands:
        assert c.type == "NONPUBLIC_INFO"
        assert c.extra["article"] in ARTICLE_6
        assert c.reason and len(c.reason) <= 60


@pytest.mark.parametrize("text", [
    "予定価格を事前公表する場合と事後公表する場合のメリット・デメリットを、一般論として教えてください。",
    "人事評価制度の一般的な仕組みを説明してください。",
    "公開で行った会議の会議録から要旨を作ってください。",
    "入札制度の概要を新人向けにまとめて。",
    "見積金額が50万円を超える場合に相見積が必要かどうか教えて。",
    "最低制限価格制度とは何ですか。",
    "昇任試験の勉強の進め方を教えてください。",
    "職員採用試験の過去問題は市のホームページで公開しています。",
    "人事異動の時期は一般的にいつ頃ですか。",
    "監査委員の役割と監査の種類の概要を教えて",
    "用地買収の一般的な流れを説明して",
    "市民からの苦情に丁寧に対応するための心構えをまとめて",
    "苦情対応の研修資料を作ってください。",
    "決算書の読み方を初心者向けに教えて",
    "防犯カメラの設置に関するガイドラインの概要",
    "条例改正の手続きの流れを教えてください",
    "令和8年4月から施行された手数料の改定を市民向けに説明する文を作って（公表済み）",
    "市報に載せる記者発表資料の文案を作って",
    "マイナンバーカードの申請方法を案内する文",
    "個人情報保護法の概要を教えてください",
    "訴訟と調停の違いを一般論として教えてください",
    "地区の夏祭りの案内文を作って。会費は1,000円です。",
    "第8号の任意提供情報は、公開しないことを条件に任意で提供を受けた情報です。研修資料を直して",
    "食品衛生法の立入検査とはどういう制度か、一般的な流れを教えて",
])
def test_general_questions_pass(text):
    assert found(text)[0] == []


def test_amounts_are_reported_for_redaction():
    text = "次回入札の予定価格は ２３，４５０，０００円 です。"
    cands, doc = found(text)
    values = {doc.norm.original_text(c.start, c.end) for c in cands}
    assert "予定価格" in values and "２３，４５０，０００円" in values
    for c in cands:
        assert "23,450,000" not in c.reason


def test_strong_combination_reaches_block_threshold():
    cands, _ = found("来月の人事異動の内示で係長が異動になります（発表前）。")
    assert max(c.score for c in cands) >= BLOCK  # the policy's action (warn by default) applies


def test_long_text_with_a_single_signal_far_away_passes():
    filler = "市民サービスの向上に向けた取り組みを紹介します。" * 40
    text = "予定価格の考え方について。\n\n" + filler + "\n\n会費は 2,000円 です。"
    assert found(text)[0] == []


# --- policy keywords -------------------------------------------------------------------------
def test_keywords_warn_and_block():
    text = "プロジェクトＡＫＡＧＩの進め方と、基幹系システム「ハルナ」の移行計画について"
    kws = (("projectx", "block"), ("akagi", "warn"), ("ハルナ", "block"))
    cands, doc = found(text, KW, kws)
    got = {(doc.norm.original_text(c.start, c.end), c.type) for c in cands}
    assert got == {("ＡＫＡＧＩ", "NONPUBLIC_INFO"), ("ハルナ", "CONFIDENTIAL_MARKING")}
    for c in cands:
        assert c.reason == "管理者が登録したキーワード"
        if c.type == "CONFIDENTIAL_MARKING":
            assert c.score >= BLOCK
        else:
            assert WARN <= c.score < BLOCK and c.extra.get("article") in ARTICLE_6


def test_keyword_is_not_found_inside_a_longer_ascii_word():
    cands, _ = found("AKAGI2 と XAKAGI は別物", KW, (("akagi", "block"),))
    assert cands == []
    assert found("赤城AKAGIです", KW, (("akagi", "block"),))[0]


def test_no_keywords_no_findings():
    assert found("何でもない文章", KW, ())[0] == []


# --- robustness -------------------------------------------------------------------------------
ADVERSARIAL = [
    "予定価格1,000円公表前" * 7_000,
    "苦情前回" * 25_000,
    "見積A社1,000円" * 8_000,
    "1," * 50_000,
    "内部で検討中" * 16_000,
    "a" * 100_000,
    "\n\n" * 50_000,
]


@pytest.mark.parametrize("text", ADVERSARIAL, ids=range(len(ADVERSARIAL)))
def test_no_catastrophic_backtracking(text):
    doc = Document(text, keywords=(("a", "warn"), ("検討", "block")))
    t0 = time.perf_counter()
    NP.analyze(doc)
    KW.analyze(doc)
    assert time.perf_counter() - t0 < 1.0
