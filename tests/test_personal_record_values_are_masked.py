"""Once a row or a passage is about a named person, the rest of that person's record is masked
with the name (service/detectors/record.py): in a fixed-width or pipe-separated row, an old date
(the birth date: 19590723, 1979/11/5) and a katakana address (ﾏｴﾊﾞｼｼﾛｯｸﾏﾁ 2-15-8); after a label
such as 職員番号 / お客様番号（水栓番号）, the number the office gave that person. Beside them: a layout
definition with sample values, a list of officials with the dates of their terms, a question
about the format of staff numbers, a sample record."""
from __future__ import annotations

import pytest

from support import findings_of

RECORDS = [
    ("口座振替の固定長ファイルを読み込めません。\n"
     "0101 ﾅｶｼﾞﾏ ｹｲｺ          19590723 ﾏｴﾊﾞｼｼﾛｯｸﾏﾁ 2-15-8     0000023400\n"
     "0102 ｵｵﾉ ﾀｶｼ            19810304 ﾏｴﾊﾞｼｼｱｶｷﾞﾏﾁ 508-2      0000118000",
     ["19590723", "2-15-8", "19810304", "508-2"]),
    ("次の数式で名簿から電話番号を引きたいです。\n=XLOOKUP(\"高橋 美咲\",名簿!B:B,名簿!G:G)\n"
     "元の行は「高橋 美咲｜タカハシ ミサキ｜1979/11/5｜前橋市朝日町3-21-7｜090-3318-6620」です。",
     ["高橋 美咲", "タカハシ ミサキ", "1979/11/5", "3-21-7", "090-3318-6620"]),
    ("この行を分割したい\n岩崎 恭平\tイワサキ キョウヘイ\tS52.8.14\t027-231-4478",
     ["岩崎 恭平", "S52.8.14", "027-231-4478"]),
    ("住民税の固定長レコードをCSVにしたい。\n1234567ﾔﾏｸﾞﾁ ｹﾝｲﾁ    S450312ｸﾞﾝﾏｹﾝﾏｴﾊﾞｼｼｶｽｶﾞﾏﾁ3-4-5        000123400",
     ["S450312", "3-4-5"]),
]


@pytest.mark.parametrize("text,values", RECORDS)
def test_every_value_of_a_record_row_about_a_person_is_masked(scan, text, values):
    r = scan(text)
    assert r["verdict"] == "block"
    assert [v for v in values if v in r["redacted_text"]] == []


def test_an_old_date_in_a_personal_record_row_is_reported_as_a_birth_date(scan):
    r = scan("名簿の1行：高橋 美咲｜1979/11/5｜前橋市朝日町3-21-7｜090-3318-6620")
    assert [f for f in findings_of(r, "DATE_OF_BIRTH") if f["start"] < f["end"]]


PERSON_NUMBERS = [
    ("人事課あて報告（案）\n1 職員　市民部市民課　主事　小野寺　真一（職員番号 21-1187）\n"
     "2 内容　うつ病により令和6年9月から休職中。", "21-1187"),
    ("件名：Re: 減免について\n\n> 受付番号：2024-0918\n> お客様番号（水栓番号）：12-405-77813\n"
     "> 申込者：大谷 恵子 様（前橋市大手町三丁目8-14）\n> 電話：027-254-8812", "12-405-77813"),
    ("ケース記録\n受給者番号：0458-2231\n対象者：宮下 和子 様（78歳）\n訪問時、認知症の進行がみられた。", "0458-2231"),
]


@pytest.mark.parametrize("text,number", PERSON_NUMBERS)
def test_a_number_assigned_to_a_named_person_is_masked(scan, text, number):
    r = scan(text)
    assert r["verdict"] == "block"
    assert number not in r["redacted_text"]


NOT_RECORDS = [
    "固定長ファイルのレイアウト定義です。\n項目  桁  例\n氏名ｶﾅ 20 ﾏｴﾊﾞｼ ﾀﾛｳ\n生年月日 8 19900101",
    "審議会委員名簿\n氏名 | 役職 | 任期開始\n前橋 太郎 | 会長 | 2012/4/1",
    "職員番号の桁数（例：19-0842 のような形式）を統一したいです。職員番号は採用年と連番です。",
    "お客様番号（10桁）はお手元の検針票に記載されています。ご不明な点は料金課（027-224-1111）へ。",
]


@pytest.mark.parametrize("text", NOT_RECORDS)
def test_layouts_terms_formats_and_samples_are_not_records(scan, text):
    r = scan(text)
    assert r["verdict"] != "block"
    assert not findings_of(r, "DATE_OF_BIRTH")


def test_the_number_of_a_sample_record_is_not_a_persons(scan):
    r = scan("記入例\nお客様番号：12-345-67890\n契約者：前橋 花子 様\n使用場所：前橋市大手町1-2-3")
    assert "12-345-67890" in r["redacted_text"]


KANA_HEADINGS = [
    "固定長ファイルの見出し行 ｾｲﾘﾊﾞﾝｺﾞｳ ｼﾒｲ ｾｲﾈﾝｶﾞｯﾋﾟ ｼﾞｭｳｼｮ を日本語の列名に直すには？",
    "ﾌﾘｶﾞﾅ ｼﾞｭｳｼｮ ﾃﾞﾝﾜﾊﾞﾝｺﾞｳ の各項目の桁数を教えて",
]


@pytest.mark.parametrize("text", KANA_HEADINGS)
def test_the_kana_headings_of_a_fixed_width_file_are_not_names(scan, text):
    assert not findings_of(scan(text), "PERSON")


def test_a_fixed_width_record_under_kana_headings_is_masked_but_not_its_headings(scan):
    text = ("臨戸リストを固定長で出力しました。\nｾｲﾘﾊﾞﾝｺﾞｳ ｼﾒｲ              ｾｲﾈﾝｶﾞｯﾋﾟ ｼﾞｭｳｼｮ\n"
            "000451    ｲﾉｳｴ ｻﾁｺ           19550316  ﾏｴﾊﾞｼｼｿｳｼﾞｬﾏﾁ 1-5-12")
    r = scan(text)
    assert r["verdict"] == "block"
    assert "ｼﾒｲ" in r["redacted_text"] and "ｾｲﾈﾝｶﾞｯﾋﾟ" in r["redacted_text"]
    assert "19550316" not in r["redacted_text"] and "1-5-12" not in r["redacted_text"]


def test_an_abbreviated_staff_number_label_is_a_persons_number(scan):
    r = scan("健康管理室への報告\n職員：管財課 主査 宇佐美 浩之（職番 3321）\n内容：健診で要精密検査、現在通院中。")
    assert "3321" not in r["redacted_text"]


def test_a_column_headed_by_a_persons_number_label_is_masked_in_rows_with_a_name(scan):
    text = ("休職者一覧\n職員番号 | 氏名 | 所属 | 休職理由\n18-0331 | 岡本 大輔 | 道路管理課 | 椎間板ヘルニア\n"
            "20-1187 | 中沢 里美 | 保育課 | 適応障害")
    r = scan(text)
    assert r["verdict"] == "block"
    for v in ("18-0331", "20-1187", "椎間板ヘルニア"):
        assert v not in r["redacted_text"]


def test_a_column_of_numbers_in_a_table_of_no_one_is_left(scan):
    r = scan("部署一覧\n所属番号 | 所属名 | 内線\n1101 | 総務課 | 2201\n1102 | 財政課 | 2230")
    assert "1101" in r["redacted_text"] and r["verdict"] == "allow"


def test_a_named_staff_members_arrest_is_sensitive_and_the_number_masked(scan):
    r = scan("服務事故報告書（案）\n職・氏名：主事　石田 航（職員No. 22-0415）\n事故の概要：酒気帯び運転で検挙された。")
    assert r["verdict"] == "block"
    assert findings_of(r, "SENSITIVE_PERSONAL_INFO")
    assert "22-0415" not in r["redacted_text"]


def test_an_unnamed_staff_members_drink_driving_case_does_not_block_on_the_words(scan):
    r = scan("飲酒運転で検挙された職員の懲戒処分の量定を検討しています。説明の文例を作って。")
    assert r["verdict"] != "block"
