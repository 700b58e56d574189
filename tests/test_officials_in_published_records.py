"""Officials named in their post, and names in a text that says it is already published
(service/detectors/person_base.py: _CAPACITY_STAFF, _published_record, _election_candidate).

An official named after their post (総務部長 萩原 智之) is named in a public capacity: a warning at
most. In a press release, published minutes or published election results the same names are public
information and pass. Private associations' officers, drafts not yet released and anything private
said of the person keep the name personal."""
import pytest

from support import findings_of


@pytest.mark.parametrize("text", [
    "報道発表（令和7年2月3日）前橋市は、空き家バンクの登録件数が300件を超えたと発表しました。建築部長 早川 俊介 は「移住の相談が増えている」と話しています。この発表を広報向けに200字でまとめて。",
    "市ホームページで公開している会議録の抜粋です。要点をまとめてください。\n○議長（新井 孝則）：次に、5番 根岸 美穂議員。\n○5番（根岸 美穂）：子育て支援について伺います。",
    "公表済みの市議会議員補欠選挙の開票結果です。得票率を計算してください。\n候補者 党派 得票数\n久保田 正樹 無所属 21,406\n岩崎 奈央 無所属 18,233",
])
def test_officials_and_candidates_in_a_published_record_pass(scan, text):
    result = scan(text)
    assert not findings_of(result, "PERSON"), result["findings"]


@pytest.mark.parametrize("text,name", [
    ("総務部長 萩原 智之から、来週の会議の日程について連絡がありました。", "萩原 智之"),
    ("消防局長 倉持 雅之 が開会のあいさつを行います。進行表を作って。", "倉持 雅之"),
])
def test_an_official_named_after_their_post_warns_at_most(scan, text, name):
    result = scan(text)
    found = [f for f in findings_of(result, "PERSON") if text[f["start"]:f["end"]] == name]
    assert all(f["action"] == "warn" for f in found), found


@pytest.mark.parametrize("text,name", [
    # a private association's officers are private persons, whatever the text says of itself
    ("公表済みの自治会だよりです。会長 羽鳥 光男、副会長 栗田 恵子が出席しました。", "羽鳥 光男"),
    # a press release not yet released is no published record
    ("報道発表資料（公表前・取扱注意）人事課長 白石 亮 が説明します。", "白石 亮"),
    # something private said of an official keeps the name personal
    ("報道発表済みの件とは別に、財務部長 大島 康弘（54歳）が入院中であることを各課に伝えたい。", "大島 康弘"),
])
def test_private_officers_unreleased_drafts_and_private_facts_keep_the_name(scan, text, name):
    result = scan(text)
    assert name not in result["redacted_text"], result["findings"]


@pytest.mark.parametrize("text,name", [
    ("議会事務局です。戸塚 俊夫議員が心筋梗塞で入院中のため、委員会を欠席するとご家族から連絡がありました。", "戸塚 俊夫"),
    ("秘書課メモ：副市長 小池 健司 の給与に債権差押命令が届きました。事務処理を整理したい。", "小池 健司"),
])
def test_a_private_matter_of_an_official_keeps_their_name_personal(scan, text, name):
    result = scan(text)
    assert name not in result["redacted_text"], result["findings"]


def test_an_official_speaking_of_a_campaign_stays_public(scan):
    result = scan("市長 山本 龍 は、がん検診の受診を市民に呼びかけました。広報記事にして。")
    assert not findings_of(result, "PERSON"), result["findings"]
