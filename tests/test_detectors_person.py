"""PERSON: names in kanji, kana and romaji, with context — and the hard negatives.

Names, towns and sentences here are invented for these tests (not the dev corpus)."""
import pytest

from support import findings_of, grows_linearly


def _names(result, text):
    return [text[f["start"]:f["end"]] for f in findings_of(result, "PERSON")]


BLOCK_CASES = [
    # kanji with honorifics, with and without a space
    ("市民相談室に来られた相馬 千尋さんの件で、回答文を作ってください。", ["相馬 千尋"]),
    ("感謝状「増田健司殿　あなたは永年にわたり」の続きを書いて。", ["増田健司"]),
    ("面談した佐久間さんは、来週もう一度来庁する予定です。", ["佐久間"]),
    # name slots and relations
    ("申請者：笠原 航平\n申請内容：児童手当", ["笠原 航平"]),
    ("保護者　石原 美穂\n連絡は夕方以降希望", ["石原 美穂"]),
    ("宛名：金井 悠真 様", ["金井 悠真"]),
    ("同居家族：長女 亜希子（中学2年）", ["亜希子"]),
    # katakana names
    ("口座名義：タカハシ ユウジ で登録してください。", ["タカハシ ユウジ"]),
    ("群馬銀行 本店営業部 普通 1234567 オオツカ マサル への振込依頼書を作って。", ["オオツカ マサル"]),
    ("ヨシダ ハルミ様から施設予約の問い合わせがありました。", ["ヨシダ ハルミ"]),
    # children by given name
    ("翔太くんのお母さんから欠席の連絡がありました。", ["翔太"]),
    # romaji
    ('Please translate: "Dear Ms. Haruka Ogawa, your application has been received."', ["Haruka Ogawa"]),
    ("Account holder: TAKEDA Ryo", ["TAKEDA Ryo"]),
    ("From: Nguyen Van An <an.nguyen@example.com>\nI lost my residence card.", ["Nguyen Van An"]),
    ("Maria Santos さんから転入手続きの問い合わせがありました。", ["Maria Santos"]),
]


@pytest.mark.parametrize("text,names", BLOCK_CASES)
def test_names_are_blocked_and_redacted(scan, text, names):
    r = scan(text)
    assert r["verdict"] == "block", r
    got = _names(r, text)
    for n in names:
        assert any(n in g for g in got), (n, got)
        assert n not in r["redacted_text"]


def test_a_lecturer_named_in_a_request_letter_is_masked(scan):
    # (a lecturer in a request letter is somebody in a public or business role as often as not: since stop 46's
    # retraining the judge warns on this one rather than blocks; masked either way)
    text = "講師の大久保 真理子先生への依頼文を作って。"
    r = scan(text)
    assert r["verdict"] in ("warn", "block") and "大久保 真理子" not in r["redacted_text"]
    assert any("大久保 真理子" in g for g in _names(r, text))


def test_table_column_headed_shimei(scan):
    text = ("次の名簿を五十音順に並べて。\n氏名,学年,係\n宮下 光一,3,図書\n早川 のぞみ,2,放送\n"
            "小池 蓮,1,保健")
    r = scan(text)
    assert r["verdict"] == "block"
    for n in ("宮下 光一", "早川 のぞみ", "小池 蓮"):
        assert n not in r["redacted_text"]


def test_markdown_table_name_column(scan):
    text = "| 名前 | 学年 |\n|---|---|\n| 桑原 陽菜 | 3年 |\n| 井出 湊 | 4年 |"
    r = scan(text)
    assert "桑原 陽菜" not in r["redacted_text"] and "井出 湊" not in r["redacted_text"]


def test_every_repetition_is_reported(scan):
    text = ("相談者：森下 和代（76歳）。森下さんは一人暮らしで、和代さんの長男は県外在住。"
            "次回は森下さん宅を訪問する。")
    r = scan(text)
    got = _names(r, text)
    assert got.count("森下") >= 2, got
    assert "和代" in got
    assert "森下" not in r["redacted_text"] and "和代" not in r["redacted_text"]


def test_name_near_phone_is_stronger(make_doc):
    from service.detectors import build_detectors
    dets = build_detectors()
    def score(text):
        doc = make_doc(text)
        for d in dets:
            doc.candidates.extend(d.analyze(doc))
        return max(c.score for c in doc.candidates if c.type == "PERSON")
    assert score("連絡先 高木健一 090-3344-5566") > score("高木健一の件")


def test_reason_never_contains_the_name(scan):
    text = "相談者：蓮見 智恵（090-1111-2222）"
    r = scan(text)
    for f in findings_of(r, "PERSON"):
        assert "蓮見" not in f["reason"] and "智恵" not in f["reason"]


ALLOW_CASES = [
    # organisations and places
    "前橋市役所の本庁舎は大手町にあります。窓口の案内文を作って。",
    "赤城山の紅葉と敷島公園のばら園を紹介する文を書いて。",
    "田中建設株式会社と鈴木商店の見積を比較する表を作って。",
    "中村橋駅の近くの森林公園について紹介文を作って。",
    # famous / historical people in a public context
    "萩原朔太郎の詩「利根川のほとり」を紹介してください。",
    "宮沢賢治の童話をもとにした朗読会のチラシを作って。",
    "新田義貞の挙兵について、歴史講座の案内文を作ってください。",
    "上杉謙信と北条氏康の関係を中学生向けに説明して。",
    "与謝野晶子の短歌を一首紹介して。",
    "樋口一葉の作品を紹介する読書案内を作って。",
    # placeholders, sample names, job titles
    "お礼状のひな形です。「〇〇 〇〇 様　このたびは」の続きを書いて。",
    "[氏名] 様へのお礼状テンプレートを作って。",
    "○○様、××様の部分は空欄のままにしてください。",
    "校長先生のあいさつ文を作って。皆様、担当者様あての文面も。",
    "記入例：氏名欄に「前橋 太郎」と記入してください、という説明文を作って。",
    # romaji that is not a person
    "Dear Sir or Madam, we would like to invite the City of Orvieto to our festival.",
    "The Sakura Matsuri will be held at Shikishima Park in April.",
    "Please check this Python code and the Excel VLOOKUP formula.",
    # CSV with a payee column of companies
    "款,支出日,金額,支払先\n土木費,2026/04/08,1320000,株式会社ぐんま測量\n民生費,2026/04/15,2450000,（個人支給分）",
]


@pytest.mark.parametrize("text", ALLOW_CASES)
def test_not_persons(scan, text):
    r = scan(text)
    assert not findings_of(r, "PERSON"), (text, findings_of(r, "PERSON"))


def test_anonymised_letters_are_not_names(scan):
    r = scan("委員A：待機児童が特定の学区に集中している。委員B：送迎の支援も検討を。")
    assert not findings_of(r, "PERSON")


def test_famous_name_with_private_signal_is_reported(scan):
    # a namesake of a famous figure in a case record is still a private person
    text = "相談者：織田 信長（前橋市上泉町45-6）から苦情"
    r = scan(text)
    assert r["verdict"] == "block"


@pytest.mark.parametrize("text,name", [
    ("グエン・ティ・ホアさんの在留資格について回答文を作って。", "グエン・ティ・ホア"),
    ("野口 心春ちゃんの保護者から相談がありました。", "野口 心春"),
    ("氏名：須藤　ゆかり\n電話は後で", "須藤"),
    ("王 偉さんの転入届について", "王 偉"),
    ("Hi, my name is Kenji Watanabe and I live in Maebashi.", "Kenji Watanabe"),
])
def test_untagged_and_foreign_names(scan, text, name):
    r = scan(text)
    assert r["verdict"] == "block"
    assert name not in r["redacted_text"]


def test_fictional_names_for_examples_pass(scan):
    r = scan("田中さん、佐藤さんのような仮名で例文を作って。")
    assert not findings_of(r, "PERSON")


def test_ordinary_words_after_a_surname_are_not_names(scan):
    for text in ("山田 確認が必要です。", "森 林業の振興策", "市民課窓口の混雑緩和策を考えてください。"):
        assert not findings_of(scan(text), "PERSON"), text


# -- role slots, foreign romaji names, English signatures (see also test_person_generalisation.py)
def _person_findings(make_doc, text):
    from service.detectors import build_detectors
    doc = make_doc(text)
    for d in build_detectors():
        doc.candidates.extend(d.analyze(doc))
    return [(doc.text[c.start:c.end], c.score, c.reason) for c in doc.candidates if c.type == "PERSON"]


def test_role_slot_name_is_blocked_and_its_repeats_too(scan):
    text = "出席：会長 麻布 慎吾、会計 代々木 さくら\n麻布会長から、さくらさんに会計報告を依頼した。"
    r = scan(text)
    assert r["verdict"] == "block"
    assert "麻布" not in r["redacted_text"] and "代々木" not in r["redacted_text"]
    assert "さくら" not in r["redacted_text"]


def test_new_reasons_never_contain_the_value(make_doc):
    text = ("班長 八ッ塚 聡美\nGurung Prakash（ネパール）\nI am Olivia Bennett.\n"
            "Best regards,\nLiam Hargreaves\nliam.hargreaves@example.org")
    found = _person_findings(make_doc, text)
    assert len(found) >= 4, found
    for value, _, reason in found:
        for word in value.split():
            assert word not in reason, (value, reason)


def test_common_foreign_surname_alone_only_warns(make_doc):
    found = _person_findings(make_doc, "Tran Van Khoa")
    assert found and all(0.40 <= s < 0.75 for _, s, _ in found), found


def test_title_case_line_over_an_office_phone_is_not_a_signature(make_doc):
    assert not _person_findings(make_doc, "Agenda:\nReview Budget\nTel: 027-224-1111")
    found = _person_findings(make_doc, "Please fix my signature:\nReview Budget\nTel: 027-224-1111")
    assert found  # after 「signature」 the same shape is a name line


def test_street_and_brand_named_after_people_pass(scan):
    for text in ("Nguyen Hue 通りの夜景を紹介して。", "Tran Hung Dao 通りのホテルを予約したい。"):
        assert not findings_of(scan(text), "PERSON"), text


@pytest.mark.parametrize("text, name", [
    ("Tanaka-san sent me the report yesterday.", "Tanaka"),
    ("Please thank Hoshino-sensei for the lecture.", "Hoshino"),
])
def test_romaji_name_with_japanese_honorific(scan, text, name):
    r = scan(text)
    assert r["verdict"] in ("warn", "block")
    assert name not in r["redacted_text"]


@pytest.mark.parametrize("text", [
    "市長の山本龍が記者会見で発表した内容を要約してください。",
    "小川市長の施政方針演説の要点を3つにまとめてください。",
    "知事 山本一太氏の年頭あいさつを要約してください。",
])
def test_public_officials_named_in_their_office_pass(scan, text):
    assert scan(text)["verdict"] == "allow"


def test_public_official_with_private_details_is_still_flagged(scan):
    r = scan("市長の山本龍さん（携帯 090-4821-7730）の自宅に連絡してください。")
    assert r["verdict"] == "block"
    assert "山本龍" not in r["redacted_text"]


# -- record slots, readings, key/value tables, romaji Japanese names, history context ------------
def test_reasons_of_the_new_rules_never_contain_the_value(make_doc):
    text = ("対象児 小此木 湊（6歳）\n応募者、久保寺 葵（くぼでら あおい）さん\n蒼（あおい）ちゃん\n"
            "| 項目 | 内容 |\n|---|---|\n| 氏名 | GURUNG ANIL（グルン アニル） |\n| 在留カード番号 | 裏面参照 |\n"
            "在留カードの氏名は TRAN THI MAI です。\nYuji Kashiwagi: I'll upload it tonight\n")
    found = _person_findings(make_doc, text)
    assert len(found) >= 8, found
    for value, _, reason in found:
        for word in value.split():
            assert word not in reason, (value, reason)


def test_listed_romaji_name_without_context_only_warns(make_doc):
    found = _person_findings(make_doc, "Kenta Hirose")
    assert found and all(0.40 <= s < 0.75 for _, s, _ in found), found


def test_romaji_name_list_is_loaded():
    from service.detectors.person import JP_GIVEN, JP_SURNAMES
    assert len(JP_SURNAMES) >= 250 and len(JP_GIVEN) >= 250
    assert "Sakura" not in JP_GIVEN and "Hikari" not in JP_GIVEN  # mostly trains/brands in English text


def test_listed_figure_found_as_a_prefix_passes(scan):
    # Sudachi cuts 速水堅曹 as 速水+堅+曹: the list is checked from the name's start
    assert scan("速水堅曹らの指導で製糸所が設けられた経緯を要約して。")["verdict"] == "allow"


def test_readings_and_brackets_stay_linear(make_doc):
    from service.detectors.person import PersonDetector
    det = PersonDetector()
    for text in ("山田（やまだ たろう）さん、" * 3000, "蒼（あおい（" * 3000, "| 氏名 | 山田 太郎（やまだ たろう） |\n" * 1000):
        linear, detail = grows_linearly(text, det.analyze, prepare=_tokenised(make_doc))
        assert linear, detail


# -- role+の in prose, English labels, bank kana, living figures ---------------------------------
def test_detector_sees_half_width_voicing_as_a_combining_mark(make_doc):
    # NFKC per character leaves ﾀﾞ as タ + U+3099: the bank-kana rule reads such words as they are
    doc = make_doc("口座名義：ｼﾓﾀﾞ ｹｲｺ")
    assert "\u3099" in doc.text or "ダ" in doc.text
    found = _person_findings(make_doc, "口座名義：ｼﾓﾀﾞ ｹｲｺ")
    assert found and max(s for _, s, _ in found) >= 0.75, found


def test_reasons_of_the_label_kana_and_role_rules_never_contain_the_value(make_doc):
    text = ("書記の丸尾 千夏さんから提案があった。\nIt goes to: Luana Beatriz Kobayashi\n"
            "Payable to Fernanda Lima Sato.\n口座名義：ｼﾉﾊﾗ ﾐﾂｴ\nNo,カナ,金額\n1,ﾋﾗﾉ ﾕｳｷ,3000\n2,ｶﾜﾊﾞﾀ ﾁｻﾄ,4500\n"
            "羽生結弦さんが生活保護の相談に来庁した。\n")
    found = _person_findings(make_doc, text)
    assert len(found) >= 6, found
    for value, _, reason in found:
        for word in value.split():
            assert word not in reason, (value, reason)


def test_new_rules_stay_linear_on_hostile_input(make_doc):
    from service.detectors.person import PersonDetector
    det = PersonDetector()
    for text in ("to: Ab Cd " * 3000, "ｼﾓﾀﾞ ｹｲｺ," * 3000, "口座名義 ｱ ｲ ｳ " * 3000, "書記の" * 10000,
                 "の山田 太" * 5000, "Attention: " * 3000):
        linear, detail = grows_linearly(text, det.analyze, prepare=_tokenised(make_doc))
        assert linear, (text[:20], detail)


@pytest.mark.parametrize("text", ["口座名義（カナ） ｱﾗｲ ﾖｳｺ", "口座名義(ｶﾅ)：ﾀﾃﾞﾉ ｼﾝｺﾞ"])
def test_bank_kana_holder_after_a_qualified_label(scan, text):
    r = scan(text)
    assert r["verdict"] == "block"
    assert "ﾖｳｺ" not in r["redacted_text"] and "ｼﾝｺﾞ" not in r["redacted_text"]


def _tokenised(make_doc):
    """A Document with its tokens already computed (morphology is not what these tests time)."""
    def prepare(text):
        doc = make_doc(text)
        doc.tokens
        return doc
    return prepare


def test_the_romaji_prefilter_words_found_in_one_scan_are_exactly_those_in_the_text():
    """One scan of all the prefilter words (overlapping and prefix words included) must say what
    a separate `in` for each word says."""
    import random

    from service.detectors import person_romaji as R

    words = R._PREFILTER_WORDS + list(R._PREFILTER_PLAIN)
    rnd = random.Random(11)
    pieces = words + [" ", "a", "x", "\n", "名前", "Mr"]
    for _ in range(3000):
        low = "".join(rnd.choice(pieces) for _ in range(rnd.randint(0, 12))).lower()
        assert R._prefilter_words_in(low) == {w for w in words if w in low}, low
    assert R._prefilter_words_in("mr " * 3000) is None  # too many hits: asked word by word


# --- role words before a name, searched only where one can end (person_base._role_left / _role_no) ----
from hypothesis import given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

from service.detectors import person_base as _pb  # noqa: E402

_ROLE_PIECES = _pb._ROLE_WORDS[:12] + ["の", " ", ":", "：", "=", "\n", "、", "山田", "花子", "A", "記"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_ROLE_PIECES), max_size=10))
def test_role_word_prechecks_find_what_the_patterns_find(pieces):
    text = "".join(pieces)
    for a in range(len(text) + 1):
        plain = _pb._ROLE_LEFT.search(text, max(0, a - 16), a)
        assert (plain and plain.span()) == ((m := _pb._role_left(text, a)) and m.span())
        plain = _pb._ROLE_NO.search(text, max(0, a - 12), a)
        assert (plain and plain.span()) == ((m := _pb._role_no(text, a)) and m.span())


_SLOT_PIECES = _pb._SLOT_WORDS[:12] + ["名", "の", "は", "母", "長男", " ", "　", ":", "：", "|", "(", "\n", "\t",
                                       "山田", "花子", "、", "A"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_SLOT_PIECES), max_size=10))
def test_slot_precheck_finds_what_the_slot_pattern_finds(pieces):
    text = "".join(pieces)
    for a in range(len(text) + 1):
        plain = _pb._SLOT_RX.search(text[max(0, a - 14):a])
        assert (plain and plain.span()) == ((m := _pb._slot_before(text, a)) and m.span())


def test_the_staff_member_in_charge_alone_is_masked_and_at_least_warns(scan):
    # 担当：小野寺 is the office's own staff in charge: the learned judge may read the note as office work
    # and cap the surname at a warning; it is never left in clear
    r = scan("担当：小野寺\n内線は後で追記します")
    assert r["verdict"] in ("block", "warn") and "小野寺" not in r["redacted_text"], r
