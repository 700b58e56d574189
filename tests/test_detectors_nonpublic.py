"""Non-public topics (nonpublic.py: 前橋市情報公開条例 第6条) and the policy's keywords.

Synthetic sentences of the same kinds as the dev corpus, not copies of it. A topic
word alone never counts: the negatives are general questions about the same systems.
"""
from __future__ import annotations


import pytest
from support import grows_linearly

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
    "国" * 100_000,
    "県から内々に照会" * 12_000,
    "not yet announced plan " * 4_000,
    "懲戒処分の量定を検討する職員" * 7_000,
    "予定価格は92%" * 10_000,
    "組合との交渉の上限" * 10_000,
    "小学校の統合" * 16_000,
]


@pytest.mark.parametrize("text", ADVERSARIAL, ids=range(len(ADVERSARIAL)))
def test_no_catastrophic_backtracking(text):
    linear, detail = grows_linearly(text, lambda doc: (NP.analyze(doc), KW.analyze(doc)),
                                    prepare=lambda t: Document(t, keywords=(("a", "warn"), ("検討", "block"))))
    assert linear, detail


# --- weakness classes found by an independent corpus: topic + status/detail combinations ----
# Sentences invented for these tests; positives by class with the expected article of 第6条,
# hard negatives on the same topics (general questions, published results, word questions).
CLASS_POSITIVES = [
    # entrusted in confidence (第8号)
    ('食品卸の事業者から「来年度で高崎の倉庫を閉鎖し、前橋に集約する計画です。まだ社内でも一部しか知らないので内密に」と連絡がありました。企業誘致の観点で論点を整理して。', 8),
    ('商店街の老舗の社長から、ここだけの話として「後継者がいないので来年の春で廃業する」と相談を受けました。事業承継の支援策をまとめて。', 8),
    ('ある法人から非公式に提供された新工場の設備投資額（約38億円）の資料です。外部に出さないでほしいと言われています。補助制度に当てはまるか整理して。', 8),
    ('進出を検討している物流会社の担当者が内々に教えてくれた雇用計画（正社員45人）をもとに、説明資料の骨子を作って。', 8),
    # results before publication
    ('観光振興補助金の審査結果（応募14件中9件採択）は、来週の記者発表まで伏せておくことになっています。採択事業者への通知文を先に作っておきたい。', 5),
    ('市民文化賞の受賞者一覧です。報道発表は来週なので、それまでは本人にも連絡しないでください。紹介文を作って。', 5),
    ('新規事業の選定結果が出ました。A社が1位、B社が2位です。公表予定日は3月10日です。講評の文案を作って。', 5),
    ('空き家改修補助の採択者名簿（不採択4件を含む）を整理してください。公表前なので取扱いに気をつけて。', 5),
    # national/prefectural dealings (第6号)
    ('総務省の担当者から非公式に、来年度の交付税算定の見直しについて市の意向を打診されました。庁内向けの報告メモを作って。', 6),
    ('県の道路管理課から、県道の移管について内々の相談がありました。移管の対象区間は約2.4kmとのことです。論点を整理して。', 6),
    ('厚生労働省から、新しいモデル事業の実施自治体として内々に照会がありました。まだ公表されていない事業です。回答案を作って。', 6),
    ('県との事前協議で、工業団地の拡張区域を約12haとする案が示されました。課内向けの要点メモにまとめて。', 6),
    # decisions in progress
    ('市民プールの廃止について、庁内では廃止の方向で調整しています。住民説明の想定問答を作って。', 4),
    ('西部地区の保育所の統合の候補施設を3か所に絞りました。まだ検討段階なので、比較表の体裁を整えて。', 4),
    ('支所の再配置のたたき台です。どの支所を閉鎖するかはまだ決まっていません。文章を整えて。', 4),
    ('公民館の休館日を増やす素案をまとめました。表現を直して。', 4),
    # discipline under deliberation
    ('窓口の現金を着服した職員の懲戒処分について、減給か停職かを処分審査会で検討する予定です。論点を整理して。', 5),
    ('部下へのハラスメント事案で、当該職員（50代、係長級）の処分案を作成中です。他市の量定と比較する表を作って。', 5),
    ('酒気帯び運転で書類送検された職員の懲戒処分の量定を検討しています。過去の本市の事例を並べる表の項目を考えて。', 5),
    # bid rates and rules
    ('下水道工事の予定価格は設計額の95%とすることにしました。公告文の下書きを作って。', 5),
    ('今回の委託では最低制限価格を予定価格の85%に設定します。決裁文を整えて。', 5),
    ('庁舎清掃業務の予定価格は、積算額に0.93を掛けた額とする方針です。起案文を作って。', 5),
    # land/route plans
    ('新しい清掃工場の建設予定地の地番一覧（12筆）です。まだ公表前なので、地権者への説明順を考えて。', 5),
    ('バイパスの計画路線が北側案に固まりつつあります。沿線の地権者への説明の順番を考えて。', 5),
    ('公園の拡張用に買収予定地を絞り込みました。発表前ですが、地番と面積の表を見やすくして。', 5),
    # budget assessment
    ('来年度予算の一次査定で、うちの課の要求額が3割削減されました。復活要求の資料を作って。', 4),
    ('財政課の査定の結果、イベント補助金はゼロ査定でした。関係団体への説明の仕方を考えて。', 4),
    ('予算査定の段階で、道路補修費の要求額 8,500万円 が 6,200万円 に減額されています。説明資料を作って。', 4),
    # negotiation positions
    ('職員組合との団体交渉で、当局側の妥結ラインは期末手当0.05か月分の上乗せまでと考えています。交渉シナリオを作って。', 5),
    ('清掃業務の委託料の交渉で、落としどころは年額1,800万円前後と見ています。相手への提案文を作って。', 5),
    ('労使交渉の譲歩案として、夏季休暇を1日増やすところまでは認める方針です。説明資料を整えて。', 5),
    # English status cues
    ('This is our draft of the bus fare increase plan (not yet announced): the adult fare goes from 180 yen to 220 yen. Please proofread.', 4),
    ('Internal only: the shortlist of three candidate sites for the new city hospital. Please turn it into a table.', 4),
    ('The budget figures below are embargoed until the press conference on Friday. Summarise them in two sentences: total 94 billion yen.', 4),
    ('We are still under negotiation with the vendor; our walk-away price is 12 million yen. Draft a polite counter-offer.', 4),
]

CLASS_NEGATIVES = [
    # entrusted in confidence (第8号)
    '「内密に」の意味と使い方を教えてください。',
    'ここだけの話ですが、今日の昼は駅前のラーメン屋に行く予定です。',
    '内々に送別会を計画しています。案内文を作って。',
    '市内企業から寄せられた意見は、市のホームページで公表されています。要約して。',
    # results before publication
    '補助金の審査結果は、3月中旬に市ホームページで公表予定です、という案内文を作ってください。',
    '採択結果の通知はいつ頃届きますか、という問い合わせへの回答例を作って。',
    '選定結果は公表済みです。選定された事業者の提案概要を市民向けにまとめて。',
    '審査結果の公表の一般的な流れを教えてください。',
    # national/prefectural dealings (第6号)
    '国土交通省からの照会に回答する文書の一般的な書き方を教えてください。',
    '県との事前協議が必要な開発行為の要件を教えて。',
    '総務省の通知の概要を職員向けにまとめて。',
    '県から正式に通知された補助金の交付決定について、市民向けのお知らせを作って。交付決定は市報で公表済みです。',
    # decisions in progress
    '公共施設の統廃合の一般的な進め方を教えて。',
    '市民プールの廃止は昨年度に決定し、市報で公表されています。お知らせ文を作って。',
    '保育所の統合のメリット・デメリットを一般論として整理して。',
    '会議のたたき台の作り方のコツを教えて。',
    # discipline under deliberation
    '懲戒処分の種類（戒告・減給・停職・免職）の違いを教えてください。',
    '人事院の懲戒処分の指針では、飲酒運転はどう扱われていますか。',
    '公務員の懲戒処分の量定の考え方を一般論として説明してください。',
    '停職と免職の違いを新人研修向けにまとめて。',
    # bid rates and rules
    '最低制限価格は予定価格の何%くらいに設定するのが一般的ですか。',
    '国のモデルでは、最低制限価格を予定価格の75%から92%の範囲で設定するとされています。根拠を説明して。',
    '消費税率10%の計算方法を教えて。',
    '予定価格の事前公表と事後公表の違いを教えて。',
    # land/route plans
    '都市計画道路の整備予定ルートは市のホームページで公開しています。案内文を作って。',
    '予定地の地番の調べ方を教えて。',
    '路線バスの予定ルートを市民向けに説明する文を作って。新ルートは4月1日から運行開始です（公表済み）。',
    'イベントの候補地を3つ挙げて。',
    # budget assessment
    '予算査定の一般的なスケジュールを教えて。',
    '復活要求とは何ですか。',
    '中古車の査定額を上げるコツを教えて。',
    '予算要求から査定までの流れを新人向けに説明して。',
    # negotiation positions
    '団体交渉の一般的なルールを教えて。',
    '労使交渉とは何か、わかりやすく説明して。',
    '団体交渉の申し入れがあった場合の対応手順を教えてください。',
    '「落としどころ」を英語で何と言いますか。',
    # English status cues
    "What does 'embargoed' mean in a press release?",
    'How should we handle confidential documents at the city office?',
    'Please polish this draft email to residents about the new park opening.',
    'The new bus fare plan was announced last week and is on the city website. Summarise it in plain English.',
    # the ordinance's kinds explained, published results and lists
    '情報公開条例第6条の非公開情報（個人情報、法人等情報、審議・検討情報、事務事業情報、国等協力関係情報、公共安全情報、任意提供情報）を研修用に説明して。',
    '第8号の任意提供情報とは、公にしないことを条件に任意に提供された情報をいいます。例えば事業者から内密に示された事業計画などです。',
    '入札の仕組みを説明して。予定価格は設計額をもとに算定し、最低制限価格は予定価格の一定割合で設定します。',
    '予算査定の結果は市のホームページで公表しています。その概要を市民向けにまとめて。',
    '落札率とは何ですか。予定価格に対する落札金額の割合（例：93%）のことですか。',
    '団体交渉の議事録を公開しているかどうか、他市の状況を教えて。',
    '懲戒処分の公表基準を市民にわかりやすく説明する文を作って。',
    '令和7年度の入札結果の公表資料です。予定価格 12,300,000円、落札金額 11,800,000円。表に整えて。',
    '市ホームページで公開している予定価格と最低制限価格の一覧を、見やすい表にしてください。',
    '国土交通省が公表した道の駅の登録要件を要約して。',
    "Please translate: 'The results of the grant selection have been published on the city website.'",
    "What is the difference between confidential and internal-only information in the city's guideline?",
]


@pytest.mark.parametrize("text,article", CLASS_POSITIVES)
def test_weakness_classes_are_found(text, article):
    cands, _doc = found(text)
    assert cands, text
    assert article in {c.extra["article"] for c in cands}, [(c.extra, c.reason) for c in cands]
    for c in cands:
        assert c.reason and len(c.reason) <= 60


@pytest.mark.parametrize("text", CLASS_NEGATIVES)
def test_weakness_classes_hard_negatives_pass(text):
    assert found(text)[0] == []


def test_published_bid_results_pass_even_with_the_estimated_price():
    text = ("開札後に公表した入札結果をお知らせ文にしてください。\n件名：市道舗装補修工事\n"
            "予定価格：18,460,000円（事後公表）\n落札金額：17,200,000円\n落札率：93.2%")
    assert found(text)[0] == []
    # the same price before publication is still reported
    assert found("市道舗装補修工事の予定価格は 18,460,000円 です。公告は来月です。")[0]


def test_rate_in_a_range_is_a_rule_not_a_price():
    assert found("最低制限価格は予定価格の75%から92%の範囲で設定するとされています。根拠を説明して。")[0] == []
    assert found("最低制限価格を予定価格の88%に設定します。起案文を作って。")[0]


def test_rule_gates_are_sound():
    """Every topic match holds one of its rule's gate literals (else the gate would skip a finding)."""
    texts = [t for t, _a in CLASS_POSITIVES] + CLASS_NEGATIVES
    for text in texts:
        doc = Document(text)
        for rule in nonpublic.RULES:
            source = doc.lower if rule.lower else doc.text
            for m in rule.topic.finditer(source):
                assert any(g in m.group(0) for g in rule.gate), (rule.name, m.group(0))


def test_scan_of_5000_characters_costs_linear_time():
    # growth, not milliseconds: the timings are in bench/bench_scan.py
    text = ("\n".join(t for t, _a in CLASS_POSITIVES) + "\n" + "\n".join(CLASS_NEGATIVES)) * 3
    linear, detail = grows_linearly(text[:5000], NP.analyze, prepare=Document)
    assert linear, detail


# --- exam material for an exam still to come (any exam), and information given on condition -----
EXAM_POSITIVES = [
    "来月実施する土木職の採用試験（論文）の課題文の候補を2つ考えました。採点基準と合わせて表現を見直してください。",
    "次回の保育士採用試験の面接で聞く質問項目を5つ用意しました。言い回しを整えて。",
    "10月に実施予定の技術職の専門試験の出題案です。誤りがないか確認して。",
    "今度の主任昇任試験で出す論文のテーマを考えています。候補を3つ挙げて比べて。",
    "秋の消防職員採用試験の教養試験の問題を作成中です。選択肢の表現を整えて。",
]
EXAM_NEGATIVES = [
    "来月の昇任試験の論文対策として、よく出るテーマを教えて。",
    "昨年度の採用試験の作文の課題（公表済み）を使って、説明会の資料を作って。",
    "採用試験の過去問の論文テーマを一覧にして。",
    "作文の書き方のコツを教えて。",
    "来月実施する採用試験の日程は市ホームページで公表しています。案内文を作って。",
    "次回の採用試験の日程と会場の案内文を作って。",
    "来月、採用面接を受けます。よくある質問と回答例を教えて。",
    "論文の課題を設定する一般的な方法は？",
]
CONDITION_POSITIVES = [
    "市内の食品メーカーから公表しないという約束で受け取った製造工程の資料を要約して。",
    "商工会議所経由で、外に出さない約束でもらった会員企業の景況データです。グラフにして。",
    "ある建設会社から内部用にと提供された資材単価の一覧をもとに、積算の妥当性を確認して。",
    "非公開を前提に提出された事業者のヒアリング記録を、課内向けに要約して。",
    "社名を伏せる条件で、隣市の工場から聞き取った排水処理の実績をまとめて。",
    "地元の農家の方から好意で見せてもらった出荷量の記録（約1,200件）を表にして。",
    "駅前の商店から、ご厚意で提供いただいた売上の推移（公表はしない約束）をもとに分析して。",
]
CONDITION_NEGATIVES = [
    "情報を公表しない理由を説明してください、と市民に言われた場合の答え方を教えて。",
    "ご提供いただいた個人情報は、法令に基づく場合を除き公表しません。この文をアンケートの注意書きに入れて。",
    "オープンデータとして公開されている人口統計をグラフにして。",
    "好意で提供してもらった写真を広報誌に掲載します。お礼状を作って。",
    "個人情報の取扱いについて：ご記入いただいた内容は公表しないことをお約束します。この文を整えて。",
    "非公開を前提にした会議の進め方の一般的な注意点を教えて。",
    "近所の方が好意で草刈りをしてくれました。お礼の手紙を作って。",
    "設計課から検討用として共有された図面の修正点をまとめて。",
    "「他言しない約束」を英語で何と言いますか。",
]


@pytest.mark.parametrize("text", EXAM_POSITIVES)
def test_material_for_an_exam_still_to_come_is_found(text):
    cands, _doc = found(text)
    assert 5 in {c.extra["article"] for c in cands}, text


@pytest.mark.parametrize("text", CONDITION_POSITIVES)
def test_information_given_on_condition_it_stays_unpublished_is_found(text):
    cands, _doc = found(text)
    assert 8 in {c.extra["article"] for c in cands}, text
    assert all(c.reason and len(c.reason) <= 60 for c in cands)


@pytest.mark.parametrize("text", EXAM_NEGATIVES + CONDITION_NEGATIVES)
def test_exam_and_condition_hard_negatives_pass(text):
    assert found(text)[0] == []


def test_new_rule_gates_are_sound():
    for text in EXAM_POSITIVES + EXAM_NEGATIVES + CONDITION_POSITIVES + CONDITION_NEGATIVES:
        doc = Document(text)
        for rule in nonpublic.RULES:
            for m in rule.topic.finditer(doc.lower if rule.lower else doc.text):
                assert any(g in m.group(0) for g in rule.gate), (rule.name, m.group(0))


# ---------------------------------------------------------------------------
# holdout4 classes: site selection, private limits in negotiations, internal
# investigations, confidential company siting, litigation strategy (all 第5号)
# ---------------------------------------------------------------------------
H4_POSITIVES = {
"site": [
"消防署の建設予定地を内部で決めました。地権者にはまだ話していません。説明資料の構成を考えて。",
"新しい給食センターの候補地を2か所に絞り込んだ（未公表）。比較表のレイアウトを整えてください。",
"児童館の移転先の候補として、駅南の市有地と民有地の2案を課内で選定した。所有者にはまだ接触していないので、打診の手順書を作って。",
"ごみ処理施設の整備予定地は庁内で固めたが、地元自治会には一切説明していない。想定問答を作ってください。",
],
"position": [
"清掃業務の委託料の交渉で、市としては年額1,200万円までなら認めてもよいと考えている。先方には伝えていない。交渉メモを整えて。",
"職員団体との協議で、上限は手当0.1月分と内部で決めている。相手には伝えていないので、最初の提示の言い方を考えて。",
"駐車場の賃料について地主との交渉が続いています。月額30万円までなら払えるという本音を悟られない言い回しを教えて。",
],
"investigation": [
"窓口の釣り銭が3,000円不足していることが判明し、現在内部調査中です。公表するかどうかは調査結果を見て判断します。報告書の章立てを作って。",
"保育料の督促通知を別の世帯に誤送付した可能性があり、事実関係を確認中です。まだ公表していません。お詫び文の下書きを作って。",
"ある職員の不適正な事務処理について調査中の事案があります。本人からの聞き取りを先週行いました。時系列表にまとめてください。",
"補助金の不適正な経理が発覚し、内部調査を進めています。公表の是非はこれから判断します。",
],
"siting": [
"精密機器メーカーの工場進出の交渉を進めています。社名は伏せてほしいと言われています。補助制度の説明資料を作って。",
"A社から物流センターの新設について内々に打診がありました。候補地の条件を整理してください。",
"企業誘致の件で、県外の食品会社1社と交渉中です。まだ決まっていないので非公表です。提案書の骨子を作ってください。",
],
"litigation": [
"市が被告となっている国家賠償請求訴訟で、控訴するかどうかを顧問弁護士と検討しています。論点を整理して。",
"係争中の事件の対応について、答弁書の案を作ったので文章を整えてください。",
"学校事故の損害賠償の裁判で、和解するかどうか市として判断を迫られています。和解案を受け入れる場合の論点を整理して。",
"相手方から提起された訴訟について、市側の反論の方針をまとめたい。",
],
}

H4_NEGATIVES = [
"用地買収の一般的な流れを教えてください。",
"公共施設の建設予定地を選ぶときの評価項目の例を教えて。",
"消防署の建設予定地が決まりました。市報に載せる記事の下書きを作って。",
"候補地の選定基準について、他市の事例を調べたい。",
"労使交渉とは何ですか。",
"交渉を有利に進めるコツを教えてください。",
"組合との協議の日程調整のメールを書いて。",
"関係課と協議して、会議室の予約を調整しました。",
"内部調査の進め方の一般論を教えてください。",
"不祥事が起きた場合の公表基準について、他市の事例をまとめたい。",
"個人情報の漏えいを防ぐための研修資料を作ってください。",
"落とし物の財布を紛失したと市民から問い合わせがありました。遺失物届の案内文を作って。",
"図書館の本が紛失した場合の弁償の案内文を作って。",
"予算が不足しているので、事業の優先順位の付け方を教えて。",
"企業誘致のメリットとデメリットを整理してください。",
"工場立地法の届出の手続きを教えて。",
"市内に新工場を建設すると発表した企業のニュースを要約して。",
"新しい店舗の出店計画について、一般的な市場調査の方法を教えて。",
"訴訟の手続きを教えて。",
"控訴と上告の違いは何ですか。",
"昨年、市が和解した訴訟について、和解が成立したという市HPの記事を要約して。",
"行政不服審査法と行政事件訴訟法の概要を説明して。",
"裁判員制度の案内チラシを作ってください。",
"和室の使い方の案内を作って。",
"調停委員の研修の案内文を作って。",
    "材料が不足していることが分かり、在庫を確認中です。発注書を作って。",
    "市民が財布を紛失したとのことで、警察に確認中です。遺失物の案内を作って。",
    "人手が不足していることが判明し、応援体制を調整中です。",
]


@pytest.mark.parametrize("cls,text", [(k, t) for k, v in H4_POSITIVES.items() for t in v])
def test_holdout4_classes_are_found(cls, text):
    cands, _doc = found(text)
    assert 5 in {c.extra["article"] for c in cands}, (cls, text)
    for c in cands:
        assert c.reason and len(c.reason) <= 60
        assert not any(ch.isdigit() for ch in c.reason)  # no figures of the case in the reason


@pytest.mark.parametrize("text", H4_NEGATIVES)
def test_holdout4_class_hard_negatives_pass(text):
    assert found(text)[0] == [], [(c.reason, text[c.start:c.end]) for c in found(text)[0]]


def test_holdout4_rule_gates_are_sound():
    for text in [t for v in H4_POSITIVES.values() for t in v] + H4_NEGATIVES:
        doc = Document(text)
        for rule in nonpublic.RULES:
            for m in rule.topic.finditer(doc.lower if rule.lower else doc.text):
                assert any(g in m.group(0) for g in rule.gate), (rule.name, m.group(0))


def test_holdout4_rules_stay_fast_on_hostile_input():
    text = "訴訟交渉協議不足紛失候補地立地調査中悟られ水面下" * 300
    linear, detail = grows_linearly(text, NP.analyze, prepare=Document)
    assert linear, detail


# ---------------------------------------------------------------------------
# holdout5 classes: deliberation in plain words (第4号), disputes that may become
# lawsuits (第5号 争訟), external audits / 会計検査院 before publication (第5号)
# ---------------------------------------------------------------------------
H5_POSITIVES = {
"plain_deliberation": [
("北部の保育園3園の集約について、こども未来部の内部で2つの案を比べています。まだ保護者には知らせていません。比較の観点を挙げて。", 4),
("図書館分館の廃止は課内で議論している段階で、地元の自治会にはまだ伝えていません。想定される質問をまとめて。", 4),
("市民プールの再編について方針はまだ決まっていない。甲案と乙案のメリットを表にしてください。", 4),
("支所の移転について庁内で整理しているところです。議会にはまだ説明していないので、説明資料の骨子を作って。", 4),
],
"dispute": [
("道路の陥没で車が傷ついたという男性から、修理代を払わなければ訴えると言われています。回答文の下書きを作って。", 5),
("除雪で塀が壊れたと住民が主張しており、弁護士に相談すると言っています。これまでの経過を整理して。", 5),
("給食の異物混入について保護者から損害賠償を求められています。課内の対応方針のメモを作ってください。", 5),
("騒音の件で近隣の方が「裁判にする」と言っています。上司への報告文を作って。", 5),
],
"audit": [
("今年度の行政監査で、備品管理の不備が指摘される見込みです。報告書の公表前に是正策をまとめたい。", 5),
("会計検査院の実地検査で補助事業の経費について指摘を受けそうです。まだ公表されていない段階なので、説明資料を作って。", 5),
("財政援助団体等監査の講評で、委託先の経理について意見が出る見通しです。回答案を作って。", 5),
("外部監査人から、施設使用料の減免の運用について指摘が見込まれると聞きました。改善案の骨子を作って。", 5),
],
}

H5_NEGATIVES = [
# plain deliberation: general explanations, published decisions, notices to residents
"学校の統合を進めるときの一般的な手順と、保護者への説明のポイントを教えて。",
"小中学校の再編計画が決定しました。保護者の皆様へのお知らせ文を作ってください。",
"A案とB案の違いを表にしてください。エクセルの関数の話です。",
"来週の会議の計画を立てたいので、議題の並べ方を教えて。",
"公民館の移転は昨年度に公表しました。新しい場所への案内地図の説明文を作って。",
"方針はまだ決まっていないけど、夕食はカレーにしようかな。レシピを教えて。",
"ファイルの統合について課内で検討しています。VBAのコードを書いて。",
"部署の飲み会の計画はまだ決まっていません。お店の候補を挙げて。",
# disputes: general explanations, settled cases, guidance for residents
"住民が市を訴える場合の手続きの流れを教えてください。",
"損害賠償請求の時効について、一般的な説明をまとめて。",
"隣の市で住民が訴えた裁判は和解が成立したというニュースを要約して。",
"弁護士に相談したい市民向けの無料法律相談のご案内を作ってください。",
"訴えるという言葉の敬語表現を教えて。",
# audits: systems explained, published reports
"包括外部監査制度の概要を説明してください。",
"行政監査と財政援助団体等監査の違いを教えて。",
"昨年度の包括外部監査の報告書はホームページで公表されました。指摘事項の一覧を要約して。",
"会計検査院の実地検査とはどういうものですか。",
]


@pytest.mark.parametrize("cls,text,article", [(k, t, a) for k, v in H5_POSITIVES.items() for t, a in v])
def test_holdout5_classes_are_found(cls, text, article):
    cands, _doc = found(text)
    assert article in {c.extra["article"] for c in cands}, (cls, text)
    for c in cands:
        assert c.reason and len(c.reason) <= 60
        assert not any(ch.isdigit() for ch in c.reason)
        assert text[c.start:c.end] not in c.reason


@pytest.mark.parametrize("text", H5_NEGATIVES)
def test_holdout5_class_hard_negatives_pass(text):
    assert found(text)[0] == [], [(c.reason, text[c.start:c.end]) for c in found(text)[0]]


def test_holdout5_rule_gates_are_sound():
    for text in [t for v in H5_POSITIVES.values() for t, _a in v] + H5_NEGATIVES:
        doc = Document(text)
        for rule in nonpublic.RULES:
            for m in rule.topic.finditer(doc.lower if rule.lower else doc.text):
                assert any(g in m.group(0) for g in rule.gate), (rule.name, m.group(0))


def test_holdout5_rules_stay_fast_on_hostile_input():
    text = "内部で比べている統合計画方針A案まだ住民には説明していない訴えると言われ外部監査指摘見込み" * 150
    linear, detail = grows_linearly(text, NP.analyze, prepare=Document)
    assert linear, detail


# -- classes found by the sixth independent corpus (holdout6): plain staff wording ------------
# Invented sentences of the same kinds, not the corpus's own.
H6_POSITIVES = {
    # a weak "how should I think about it" question does not hide the particulars of one case
    "case_with_approach_question": [
        ("再来週、抜き打ちで市内の美容所8か所に立入検査をします。事前に知られないよう、回る順番の考え方を教えてください。", 5),
        ("市が被告の国家賠償訴訟で、和解金は150万円までなら応じる方向で顧問弁護士と詰めています。進め方の考え方を整理して。", 5),
        ("部内では、地権者に示す単価を1㎡あたり18,200円とする方向でほぼ固まりました。単価の考え方を説明する文を作って。", 5),
    ],
    "money_that_did_not_balance": [
        ("内部点検で、支所の窓口のつり銭が2か月で合計3,100円合わなかったことが分かりました。まだ課長にも報告していません。", 5),
    ],
    "tax_records_of_one_property": [
        ("課税台帳で調べたら、駅南の旧工場跡地の土地の評価額は約2億4千万円でした。買い手候補の事業者に伝える文面を考えて。", 1),
        ("名寄せ帳を見ると、粕川町の山林の所有者は市外の方で、固定資産税の滞納額が38万円あります。連絡文を作って。", 1),
    ],
    "company_figures_from_an_application": [
        ("補助金の審査で、有限会社あかぎ製麺が提出してきた決算書を見ると、営業利益率が2%しかありません。審査会用に要点をまとめて。", 3),
    ],
    "deliberation_untold": [
        ("教育委員会の中では、北小と東小を令和12年度に統合する案が有力です。保護者にも地域にもまだ何も伝えていません。", 4),
    ],
    "told_in_confidence": [
        ("取引先の社長から、社内でも役員しか知らない話として、本社を県外へ移すつもりだと打ち明けられました。影響を試算したい。", 8),
    ],
    "police_inquiry_about_one_person": [
        ("警察署から、ある女性の住民票の異動歴について捜査関係事項照会書が届きました。本人には知られないようにとのことです。回答文を作って。", 7),
    ],
    "exam_still_to_come": [
        ("来月の保育士採用試験の面接で、実際に聞く質問を6つ用意しました。評価の観点を付けてください。", 5),
    ],
}
H6_NEGATIVES = [
    # the approach alone, no case
    "立入検査の注意点を、来週の研修用にまとめてください。",
    "損害賠償を求められたときの対応の考え方を、一般論として教えてください。",
    "用地買収で地権者に単価を説明するときの考え方を教えてください。",
    # tax questions in general, or the city's own totals
    "固定資産税の土地の評価額の計算方法を、市民向けにやさしく説明してください。",
    "土地の評価額が上がったのに固定資産税が下がることはありますか。仕組みを教えてください。",
    "市税の滞納額は市全体で前年より減りました。広報の記事にしてください。",
    # police inquiries in general
    "警察からの捜査関係事項照会に応じる義務はあるか、一般論として教えてください。",
    "捜査関係事項照会書への回答文書のひな形を作ってください。",
    # results already published
    "監査委員が公表した随時監査の結果（指摘事項3件）を、職員向けの注意喚起の記事にしてください。部署名は伏せてください。",
    "保護者にも分かりやすいように、統合後の通学路の案内文を作ってください。",
    "面接で、よく聞かれる質問と答え方のコツを教えてください。来月、転職の面接を受けます。",
    "決算書の読み方を、中小企業の経営者向けにやさしく解説してください。",
    # a checklist that names every kind of topic as an example of what not to enter
    "AI利用チェックリスト案：予定価格や最低制限価格は入力しません。人事異動の案も入力しないでください。"
    "国や県から公表しないでほしいと言われた情報も入力できません。公表済みの統計は入力して構いません。",
]


@pytest.mark.parametrize("cls,text,article", [(k, t, a) for k, v in H6_POSITIVES.items() for t, a in v])
def test_holdout6_classes_are_found(cls, text, article):
    cands, _doc = found(text)
    assert cands, f"{cls}: nothing found"
    assert article in {c.extra.get("article") for c in cands}, [(c.reason, c.extra) for c in cands]


@pytest.mark.parametrize("text", H6_NEGATIVES)
def test_holdout6_class_hard_negatives_pass(text):
    cands, _doc = found(text)
    assert not cands, [(text[c.start:c.end], c.reason) for c in cands]


def test_rule_talk_needs_several_statements():
    # one "may I enter this?" question in front of a real case is still the case
    text = "これを入力してもよいですか。来月公告する橋梁補修工事の予定価格は 58,300,000円 です。"
    assert found(text)[0]


def test_classification_label_is_a_marking():
    from service.detectors.marking import ConfidentialMarkingDetector

    det = ConfidentialMarkingDetector()
    doc = Document("資料区分：非公開　第2回 検討部会 資料3 候補地の比較（暫定）")
    assert [c for c in det.analyze(doc) if c.score >= BLOCK]
    doc = Document("公開区分：公開　第2回 検討部会 資料3")
    assert not det.analyze(doc)


# -- classes found by the seventh independent corpus (holdout7): no textbook words at all -----
H7_POSITIVES = {
    "people_concerned_not_told": [
        ("議会にはまだ諮っていないけれど、課内では来年度から図書館の開館時間を短くする方向で決まりました。お知らせ文を先に作って。", 4),
        ("（課内メモ）市営プールの夏季営業は今年で終える方向。利用者団体にはまだ話していない。代わりの案を整理して。", 4),
    ],
    "keep_it_from_others": [
        ("市長が来月の記者会見で発表する予定の構想です。それまでは他の課にも言わないよう指示されています。キャッチコピーを考えて。", 8),
        ("防衛省の出先から、演習で市有地を使いたいと打診がありました。調整が済むまでは外に出さないでほしいとのことです。", 6),
    ],
    "action_they_must_not_notice": [
        ("滞納している法人の預金を来週差し押さえます。相手に気付かれて預金を引き出されないよう、段取りを整理して。", 5),
        ("来月、障害福祉サービス事業所に予告なしで監査に入ります。確認項目のチェックリストを作ってください。", 5),
    ],
    "one_unnamed_person": [
        ("相談記録を整えてください。来所者は50代前半の女性。先月から家賃が3か月分たまっていて、電気も止められたとのこと。"
         "夫とは別居中で、娘は不登校。", 2),
    ],
    "security_particulars": [
        ("集会所の当番向け手順：予備の鍵は裏口横の消火器ボックスの中にあり、警備システムは事務室のパネルで解除します。読みやすくして。", 7),
    ],
    "appraisal_grades": [
        ("係の職員4人の今期の人事評価は、A1人、B2人、C1人にするつもりです。Cの本人への伝え方を考えて。", 2),
    ],
    "one_taxpayer": [
        ("家屋評価の結果、新しい物流倉庫の評価額は約12億3千万円になりそうです。所有会社への説明資料の構成を考えて。", 1),
    ],
    "state_before_announcement": [
        ("県の畜産の担当から電話があり、県の発表より先に、市内の農場で鳥インフルエンザの疑い例が出たと聞きました。お知らせ案を準備したい。", 6),
    ],
}
H7_NEGATIVES = [
    "人事評価の期末面談で、評価者が気を付けることを5つ挙げてください。評価が低かった職員への伝え方の例も入れてください。",
    "公共施設の鍵の管理ルールを作ってください。貸出簿の付け方、紛失時の対応を入れ、具体的な保管場所は［ ］にしてください。",
    "市報の「情報公開制度のご案内」の原稿です。入札の予定価格や試験問題など、公開すると事務に支障が出る情報は非公開にできます。",
    "図書館の開館時間を短くすることが議会で可決されました。市民向けのお知らせ文を作ってください。",
    "予告なしで行う立入検査の法的な根拠を、一般論として教えてください。",
    "高齢者の見守り活動で、80代の方に声をかけるときの注意点を教えてください。",
    "固定資産税の家屋評価の仕組みを、新築した市民向けに説明する文を作ってください。",
    "差押えの手続きの流れを、新人職員向けに説明する資料を作ってください。",
    "県が発表した鳥インフルエンザの発生状況を、市のホームページ用に要約してください。",
]


@pytest.mark.parametrize("cls,text,article", [(k, t, a) for k, v in H7_POSITIVES.items() for t, a in v])
def test_holdout7_classes_are_found(cls, text, article):
    cands, _doc = found(text)
    assert cands, f"{cls}: nothing found"
    assert article in {c.extra.get("article") for c in cands}, [(c.reason, c.extra) for c in cands]


@pytest.mark.parametrize("text", H7_NEGATIVES)
def test_holdout7_class_hard_negatives_pass(text):
    cands, _doc = found(text)
    assert not cands, [(text[c.start:c.end], c.reason) for c in cands]


def test_definition_toha_is_not_with_toha():
    # 「弁護士とは（= with）」 and 「ことは何」 are not a definition question
    assert found("損害賠償の件で、顧問弁護士とは「和解するなら200万円まで」という線で話しています。相手方への回答書の構成を考えて。")[0]
    assert not found("予定価格とは何ですか。")[0]
