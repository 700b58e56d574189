"""What the first-contact set fc25 showed once opened (round of 2026-12-06): a name the dictionary misses in a
column of names, the values of an SQL INSERT under a name or birth-date column, a hotline's 0570 number after the
word 電話, stock names in a worksheet's word problem — each beside the look-alike that must stay as it is."""
from __future__ import annotations

import pytest

from support import findings_of


def redacted(scan, text):
    return scan(text)["redacted_text"]


# -- a column of names ------------------------------------------------------------------------
def test_a_name_in_the_column_where_two_other_rows_hold_names_is_masked(scan):
    text = ("採用試験の一次結果です（非公開）。\n受験番号 氏名 教養 専門 合計\n"
            "1021 大庭 優斗 68 71 139\n1022 金井 遥香 74 59 133\n1023 須永 拓海 55 62 117\n")
    red = redacted(scan, text)
    for name in ("大庭 優斗", "金井 遥香", "須永 拓海"):
        assert name not in red


def test_words_in_a_column_of_numbers_or_items_stay(scan):
    text = ("品目別の集計です。\n品目 単位 4月 5月 6月\nコピー 用紙 120 98 110\nトナー 黒 3 2 4\nファイル 青 40 35 38\n")
    assert scan(text)["verdict"] == "allow"


def test_a_list_of_members_the_judge_reads_as_public_does_not_block_on_a_column_name(scan):
    text = "審議会の委員名簿の並び順を五十音順に。\n学識経験者　尾花 啓介\n市民公募　　丸山 千春\n関係団体　　竹田 信之"
    assert scan(text)["verdict"] != "block"


# -- an SQL INSERT with its column list -----------------------------------------------------------
def test_the_values_under_name_and_birth_columns_of_an_insert_are_masked(scan):
    text = ("このINSERT文がエラーになる原因は？\nINSERT INTO kojin_shien (case_no, shimei, seinengappi, tel) "
            "VALUES ('R6-0087', '蓮見 大悟', '2001-04-17, '090-7741-0326');")
    result = scan(text)
    assert "蓮見 大悟" not in result["redacted_text"] and "2001-04-17" not in result["redacted_text"]
    assert findings_of(result, "DATE_OF_BIRTH")


@pytest.mark.parametrize("text", ["INSERT INTO users (id, user_name, created) VALUES (1, 'admin', '2024-01-01');",
                                  "INSERT INTO t (name, birth_date) VALUES (NULL, NULL);",
                                  "INSERT INTO facility (facility_name, opened) VALUES ('中央公民館', '1998-04-01');"])
def test_inserts_of_logins_nulls_and_facilities_pass(scan, text):
    assert scan(text)["verdict"] == "allow"


# -- hotlines and worksheets ----------------------------------------------------------------------
def test_national_hotlines_after_the_word_phone_do_not_block(scan):
    text = ("相談窓口一覧をA4一枚に整理して。\n・よりそいホットライン 0120-279-338（24時間）\n・いのちの電話 0570-783-556\n"
            "・こころの健康相談統一ダイヤル 0570-064-556")
    assert scan(text)["verdict"] != "block"


def test_a_residents_mobile_after_the_word_phone_still_blocks(scan):
    assert scan("相談者の電話 090-7741-0326 に折り返してください。")["verdict"] == "block"


def test_stock_names_in_a_word_problem_pass(scan):
    text = "小学2年生の算数プリントを作って。「たろうさんはあめを12こもっています。はなこさんに5こあげました。のこりはなんこですか。」のような文章題を5問"
    assert scan(text)["verdict"] == "allow"


def test_a_stock_given_name_in_a_real_record_still_blocks(scan):
    text = "転入届の内容確認。申請者：前橋 太郎（昭和50年4月1日生）、住所 前橋市朝日町三丁目28番3号。回答文を作って。"
    assert scan(text)["verdict"] == "block"
