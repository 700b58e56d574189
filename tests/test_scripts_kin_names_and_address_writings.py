"""Names the Japanese dictionary cannot read found from what stands beside them (a birth date or an age in the
bracket after, a relation word before, a title in the writer's language, a name column of a CSV or a URL's
query key), digits of other scripts, given names in kana after a relation or a class, and the harmless texts
beside each: a public office's address in its other writings, statistics by town, a template in a URL,
a sample name in code, an instruction where a password goes, an election result with ages."""
from __future__ import annotations

import pytest
from support import masked

from service.normalize import normalize
from service.policy import _address_writings



@pytest.mark.parametrize("text, value", [
    ("통역 메모: 김민재(1988년 11월 2일생)는 우울증으로 통원 중입니다.", "김민재"),
    ("अनुवाद गर्नुहोस्: सुनिता गुरुङ (जन्म मिति २०४५/०७/२२) लाई मधुमेह छ।", "सुनिता गुरुङ"),
    ("Case note: Mateo (age 9) has missed school since his mother was hospitalised for depression.", "Mateo"),
])
def test_a_name_in_another_script_before_a_bracketed_birth_date_or_age_ismasked(scanner, text, value):
    result = scanner.scan(text)
    assert result["verdict"] == "block"
    assert value not in result["redacted_text"]


def test_digits_of_other_scripts_read_as_the_same_number():
    assert normalize("२०४५/०७/२२") == "2045/07/22"
    assert normalize("٣١٢") == "312"
    assert normalize("①②") == normalize("①②")  # circled numbers are not decimal digits: left to their own rules


def test_a_korean_birth_date_with_its_saeng_suffix_is_a_birth_date(scanner):
    result = scanner.scan("신청자 정보: 1975년 3월 9일생, 연락처는 나중에 드리겠습니다.")
    assert "DATE_OF_BIRTH" in {f["type"] for f in result["findings"]}


def test_ages_in_election_news_do_not_make_names_of_the_candidates(scanner):
    text = ("Summarise: In the city election, Newcomer Kenta Arai (38) won a seat; turnout was 41.2 percent.")
    assert "Kenta Arai" in scanner.scan(text)["redacted_text"]


def test_a_function_call_with_a_number_is_no_name_and_age(scanner):
    text = "VBAで Range(\"A1\").Offset(i, 3) と Cells(r, 5) を使っています。ループを直してください。"
    assert scanner.scan(text)["verdict"] == "allow"


@pytest.mark.parametrize("text, value", [
    ("面談記録：父 Rahul Sharma（工場勤務）、長男 Aarav が不登校。母は入院中。", "Rahul Sharma"),
    ("相談記録：妻 박지민 と二人暮らし。妻はうつ病で通院している。", "박지민"),
])
def test_a_relatives_name_in_another_script_after_the_relation_word_ismasked(scanner, text, value):
    assert masked(scanner, text, value)


def test_a_relation_word_before_a_product_name_is_no_relative(scanner):
    assert scanner.scan("父 Excel で家計簿をつけたいので、関数を教えてください。")["verdict"] == "allow"


@pytest.mark.parametrize("text, value", [
    ("Por favor traduza: A Sra. Camila Yoshida Prado está internada e não pode comparecer.", "Camila Yoshida Prado"),
    ("Bitte übersetzen: Herr Jonas Becker wurde gestern wegen einer Depression krankgeschrieben.", "Jonas Becker"),
])
def test_a_name_after_a_title_in_another_latin_language_is_found(scanner, text, value):
    assert masked(scanner, text, value)


def test_an_address_after_an_address_label_in_another_language_is_masked_whole(scanner):
    text = "Traduza: A Sra. Camila Yoshida Prado mudou-se. Endereço: Avenida Brasil, 2210, bloco B, Curitiba - PR."
    result = scanner.scan(text)
    assert result["verdict"] == "block"
    assert "2210" not in result["redacted_text"] and "Avenida Brasil" not in result["redacted_text"]


def test_an_address_label_without_a_number_is_no_address(scanner):
    assert scanner.scan("Endereço: a definir pela secretaria.")["verdict"] == "allow"


@pytest.mark.parametrize("text, value", [
    ("ケース会議メモ：姉のゆいなさん（中3）が弟の世話をしており、母は精神科に通院中。", "ゆいな"),
    ("園からの連絡：もも組のそうたくん、今週も朝食抜きで登園。虐待の疑いで通告を検討。", "そうた"),
])
def test_a_kana_given_name_after_a_relation_or_a_class_ismasked(scanner, text, value):
    assert masked(scanner, text, value)


def test_family_terms_after_a_relation_are_no_given_names(scanner):
    assert scanner.scan("母のおばあちゃんが来ました。妹のあかちゃんも一緒です。")["verdict"] == "allow"


def test_a_name_column_of_a_csv_holds_the_names_of_every_row(scanner):
    text = ("エラー件数を数える式を教えて。\n申込日,申込者,電話,エラー\n2025/01/06,大森 亮介,090-3381-2047,E12\n"
            "2025/01/06,桐生 ななみ,080-7719-5520,E07\n")
    result = scanner.scan(text)
    assert "桐生 ななみ" not in result["redacted_text"]


def test_a_name_parameter_of_a_url_is_masked_in_whatever_encoding(scanner):
    text = ("このURLを短くしたい https://apply.example.jp/form?id=88&kojin_no=4&shimei=%E5%B2%A1%E7%94%B0%E3%80%80%E6%A1%83%E5%AD%90"
            " 個人番号欄の値は 7418 3395 2606 です")
    assert "%E5%B2%A1%E7%94%B0%E3%80%80%E6%A1%83%E5%AD%90" not in scanner.scan(text)["redacted_text"]


def test_a_url_template_with_placeholders_names_no_one(scanner):
    text = "APIの設計：/api/users?name={name}&birth={birth} と /api/users?shimei=<shimei> のどちらがよいですか"
    assert scanner.scan(text)["verdict"] == "allow"


def test_a_sample_romaji_name_split_over_two_parameters_is_a_sample(scanner):
    text = 'テストを書いて：\ndef test_full_name():\n    """例: Person(family="Yamada", given="Hanako")"""\n'
    assert scanner.scan(text)["verdict"] == "allow"


def test_an_instruction_in_brackets_where_a_password_goes_is_no_password(scanner):
    assert scanner.scan("設定ファイルには DB_PASSWORD=（管理者に確認） と書いておけばよいですか")["verdict"] == "allow"
    assert scanner.scan("サーバーのパスワード：（Qe7!mR4z）です")["verdict"] == "block"


def test_counts_of_people_by_town_are_statistics_not_addresses(scanner):
    text = "町丁別世帯数を表にして\n城東町二丁目 1,208世帯（+4）\n三河町一丁目 2,311人（−18）\n"
    assert scanner.scan(text)["verdict"] == "allow"


def test_katakana_ni_before_chome_reads_as_the_numeral(scanner):
    result = scanner.scan("転居届の住所：前橋市南町ニ丁目１４ー６　届出人 城田 佳奈")
    assert "１４ー６" not in result["redacted_text"]


def test_an_allowlisted_address_is_allowed_in_its_other_writings(scanner):
    writings = _address_writings("前橋市大手町二丁目12番1号")
    assert {"前橋市大手町2丁目12-1", "前橋市大手町二丁目12-1", "前橋市大手町2-12-1"} <= set(writings)
    assert _address_writings("2-12-1 Ote-machi")[-1] == "Ote-machi 2-12-1"
    text = "窓口の案内文を直して：会場は市役所（前橋市大手町二丁目12-1）、英語版は Maebashi-shi Ote-machi 2-12-1 です。"
    assert scanner.scan(text)["verdict"] == "allow"


# -- a pupil's class or roll number, the numbers beside a blocking name, a row's holder -------------------------

@pytest.mark.parametrize("text, value", [
    ("学年会資料の下書きを作って。3年1組の森田 健太について、欠席が続き不安障害で通院中と母親から連絡があった。", "森田 健太"),
    ("所見を整えて：\n7番 岡部 湊斗：友人関係のトラブル後、保健室登校が続く。\n8番 川端 結衣：発表が上手。\n", "岡部 湊斗"),
])
def test_a_name_after_a_class_or_a_roll_number_is_a_pupils(scanner, text, value):
    assert masked(scanner, text, value)


def test_a_roll_number_that_opens_no_line_makes_no_pupil(scanner):
    text = "背番号10番 大谷 翔平選手がホームランを打った試合の記事を要約して"
    assert "大谷 翔平" in scanner.scan(text)["redacted_text"]


def test_every_mobile_number_of_a_text_that_blocks_ismasked(scanner):
    text = ("接触者健診のメモを表にして：\n初発患者 氏名：小池 達也 1980年5月2日生 肺結核で入院中\n"
            "勤務先の現場責任者 連絡先 080-4417-2093（本人の同意なく連絡しない）\n")
    result = scanner.scan(text)
    assert result["verdict"] == "block" and "080-4417-2093" not in result["redacted_text"]


def test_a_mobile_number_alone_in_a_harmless_text_is_left_to_the_phone_rules(scanner):
    # (the mobile mechanism only masks more in a text that blocks; a shop's number is no one's record)
    text = "このチラシの文を短くして：出張買取のご予約は 080-1234-5678（受付 9時〜18時）まで"
    assert scanner.scan(text)["verdict"] != "block"


def test_a_phone_right_after_a_blocking_name_is_that_persons(scanner):
    text = ("立会人候補への依頼文を作って\n第3投票区（桃井小）　藤生 一郎　027-231-5820（自治会長）\n"
            "第4投票区（中央公民館）　新保 さゆり　090-6612-0473（PTA）\n")
    assert "027-231-5820" not in scanner.scan(text)["redacted_text"]


def test_a_capital_romaji_name_before_a_japanese_label_in_an_id_row_is_the_holder(scanner):
    text = ("実習生の住居の相談です。\nTRAN VAN HUNG　旅券 TZ4410285　在留カード AB12345678CD\n"
            "PHAM THI LAN　旅券 TR8830164　在留カード EF87654321GH\n")
    result = scanner.scan(text)
    assert "TRAN VAN HUNG" not in result["redacted_text"] and "PHAM THI LAN" not in result["redacted_text"]


def test_a_latin_name_glued_to_a_full_width_age_bracket_with_a_sensitive_fact_ismasked(scanner):
    text = "戸別収集の対象者\n・岩神町 Silva Maria（81）要介護3 独居\n・朝日町 小林 トメ（88）要介護2\n"
    assert "Silva Maria" not in scanner.scan(text)["redacted_text"]


# -- national identity numbers of other countries, by their check digits -------------------------------------

@pytest.mark.parametrize("text, value", [
    ("请翻译：居民身份证号码 440304199307256313，现住前桥市。", "440304199307256313"),
    ("번역 부탁드립니다. 주민등록번호 930725-1412345, 주소는 마에바시입니다.", "930725-1412345"),
    ("Traduza o documento: CPF 529.982.247-25, residente em Maebashi.", "529.982.247-25"),
])
def test_a_foreign_national_id_that_passes_its_check_digits_ismasked(scanner, text, value):
    result = scanner.scan(text)
    assert result["verdict"] == "block" and value not in result["redacted_text"]


@pytest.mark.parametrize("text", [
    "請求書番号 440304199307256310 の支払期限を教えて",
    "伝票番号 930725-1412340 の処理状況は？",
    "A versão 529.982.247-26 do sistema tem um erro.",
])
def test_a_number_of_the_same_shape_that_fails_the_check_is_no_national_id(scanner, text):
    assert scanner.scan(text)["verdict"] == "allow"


def test_the_check_digit_validators_follow_their_published_algorithms():
    from service.detectors.ids import br_cpf_valid, cn_resident_id_valid, kr_rrn_valid
    assert cn_resident_id_valid("11010519491231002X") and not cn_resident_id_valid("110105194912310021")
    assert kr_rrn_valid("880614-2345672") and not kr_rrn_valid("880614-2345673")
    assert br_cpf_valid("123.456.789-09") and not br_cpf_valid("111.111.111-11")


def test_a_street_address_abroad_in_a_text_that_names_someone_ismasked(scanner):
    text = "Please translate: Ms. Emily Porter moved to 2207 W. Maple Avenue, Apt 4B, Denver. She asks about her pension."
    result = scanner.scan(text)
    assert "2207 W. Maple Avenue, Apt 4B" not in result["redacted_text"] and "Maple" not in result["redacted_text"]


def test_a_published_street_address_in_a_text_naming_no_one_is_left_alone(scanner):
    assert scanner.scan("Translate the notice: the consulate is at 1600 Lakeshore Drive, open 9 to 5.")["verdict"] == "allow"


def test_an_exam_number_opening_the_line_makes_the_name_after_it_an_applicants(scanner):
    text = "面接の所見を整えて\n受験番号 3107 関根 隼人：受け答えが的確 評価A\n受験番号 3112 岸 大和：声が小さい 評価C\n"
    result = scanner.scan(text)
    assert "関根 隼人" not in result["redacted_text"]


@pytest.mark.parametrize("text, value", [
    ("相続の相談メモを整えて：被相続人 岡田 茂 名義の畑（富士見町小暮 字西 2214番）を長女 岡田 恵 が相続", "2214番"),
    ("旧住所：群馬県勢多郡宮城村大字苗ヶ島字ノ上 517番地の2 に住んでいた 桑原 聡 さん", "517番地の2"),
])
def test_a_lot_number_after_a_spaced_aza_is_an_address(scanner, text, value):
    assert masked(scanner, text, value)


def test_a_word_with_the_character_aza_before_a_number_is_no_address(scanner):
    assert scanner.scan("会議は字幕 3番 のスライドから始めます")["verdict"] == "allow"


def test_a_named_persons_year_of_birth_is_masked_in_a_text_that_blocks(scanner):
    text = "入所申込の経過：申込者 北爪 トシ 様は大正15年生まれ、要介護4。長男 北爪 勉 さんが代理で申請。"
    result = scanner.scan(text)
    assert result["verdict"] == "block" and "大正15年生まれ" not in result["redacted_text"]


def test_a_birth_cohort_in_a_notice_is_no_ones_year_of_birth(scanner):
    text = "案内文を直して：令和2年4月2日生まれ以降のお子さんが対象です。平成30年生まれの方は対象外です。"
    assert scanner.scan(text)["verdict"] == "allow"


@pytest.mark.parametrize("text, value", [
    ("連絡帳への返信を考えて：「いつもお世話になっております。そうまの母です。昨日の発熱でお休みします」", "そうま"),
    ("園へのお便り：ゆずちゃんの父より。明日のお迎えは祖母が行きます。", "ゆず"),
])
def test_a_childs_kana_name_in_a_parents_signature_ismasked(scanner, text, value):
    assert masked(scanner, text, value)


def test_a_pronoun_before_the_parent_word_is_no_child(scanner):
    assert scanner.scan("エッセイの推敲：うちの母です、と紹介したら笑われた。わたしの父より年上の先生。")["verdict"] == "allow"
