"""A name said in the writer's own language (저는 …입니다, मेरो नाम … हो, Tôi tên là …), numbers said aloud in katakana,
a date written with 中点, an e-mail's full-width ＠ between spaces, a spaced phone with a horizontal bar, a PIN in
quotes, a household named in English, an account said to be the person's, an employee's age in the bracket after
their number — and the harmless texts beside them: a bot's address at a reserved domain, an organisation's role
mailbox in a notice, a sample form under a title marked 記入例, someone who has died, a list of numbers."""
from __future__ import annotations

import pytest
from support import finding_types, masked

from service.normalize import normalize




@pytest.mark.parametrize("text, name", [
    ("안녕하세요. 저는 박지훈(朴智勳)입니다. 아이의 예방접종에 대해 묻고 싶습니다.", "박지훈"),
    ("안녕하세요. 저는 박지훈(朴智勳)입니다. 아이의 예방접종에 대해 묻고 싶습니다.", "朴智勳"),
    ("नमस्ते, मेरो नाम सीता कुमारी श्रेष्ठ हो। मलाई कर तिर्न गाह्रो छ।", "सीता कुमारी श्रेष्ठ"),
    ("Xin chào, tôi tên là TRẦN VĂN MINH, tôi muốn hỏi về bảo hiểm.", "TRẦN VĂN MINH"),
    ("Olá, meu nome é Ana Paula Ferreira. Preciso de ajuda com o aluguel.", "Ana Paula Ferreira"),
])
def test_a_name_in_a_self_introduction_in_the_writers_language_ismasked(scanner, text, name):
    assert masked(scanner, text, name)


def test_a_self_introduction_frame_without_a_name_after_it_finds_nothing(scanner):
    assert scanner.scan("「Tôi tên là」はベトナム語で「私の名前は」という意味ですか？")["verdict"] == "allow"


def test_digits_said_aloud_in_katakana_are_a_number(scanner):
    said = "折り返しはゼロキューゼロ、ヨンヨンにい、さんいちなな ハチです"
    assert normalize("電話はゼロにいなな、にいさんいち、ごうごうきゅうぜろ") == "電話は0272315590"
    assert "PHONE_NUMBER" in finding_types(scanner, "電話はゼロにいなな、にいさんいち、ごうごうきゅうぜろ（カワイ）")
    assert said  # (a sentence of katakana words that are no digits stays as it is)
    assert normalize("ハチミツとナナの話") == "ハチミツとナナの話"


def test_a_date_written_with_nakaguro_is_a_date(scanner):
    assert normalize("Ｒ５・１１・０３") == "R5.11.03"
    assert "DATE_OF_BIRTH" in finding_types(scanner, "第2子　森 結菜　生年月日：Ｒ５・１１・０３")


def test_numbers_with_nakaguro_that_are_no_date_stay():
    assert normalize("1・2・3") == "1・2・3"


def test_an_address_with_a_full_width_at_sign_between_spaces_is_found(scanner):
    text = "返信先は本人指定で「h.ogiwara ＠ example.ne.jp（スペース除く）」です。差出人：荻原 浩二さん"
    assert masked(scanner, text, "h.ogiwara")


def test_a_phone_spaced_digit_by_digit_with_horizontal_bars_is_one_number(scanner):
    assert normalize("０ ９ ０ ― １ ２ ３ ４ ― ５ ６ ７ ８") == "090-1234-5678"
    assert "PHONE_NUMBER" in finding_types(scanner, "連　絡　先　　０ ９ ０ ― ４ ４ １ ２ ― ７ ３ ０ ６")


def test_a_pin_in_quotes_that_someone_set_is_a_credential(scanner):
    text = "窓口で聞き取り（カード暗証番号ロック）：利用者証明用は「3841」、署名用は「Haruna2031」にしていたとのこと。"
    found = {(f["type"], text[f["start"]:f["end"]]) for f in scanner.scan(text)["findings"]}
    assert ("CREDENTIAL", "3841") in found and ("CREDENTIAL", "Haruna2031") in found


def test_a_rule_about_pins_with_a_quoted_example_is_no_credential(scanner):
    assert scanner.scan("暗証番号は4桁の数字です。例えば「0101」のような推測しやすいものは避けてください。")["verdict"] == "allow"


def test_a_household_named_by_its_family_in_english_ismasked(scanner):
    text = "Host families (draft):\n1. The Kurihara family (Shota, Emi; a son aged 8) - Higashi-cho 1-4-9 - emi.k@example.jp"
    assert masked(scanner, text, "Kurihara")


def test_accounts_said_to_be_the_consulting_persons_aremasked(scanner):
    text = "相談チャットのログ\n相談者LINE ID: haru_mama1207\nインスタ（本人の公開垢）: @haru.no.hibi\n内容：夫からの暴言が続いている。"
    result = scanner.scan(text)
    assert "haru_mama1207" not in result["redacted_text"] and "@haru.no.hibi" not in result["redacted_text"]


def test_an_offices_account_in_a_notice_is_left(scanner):
    assert "PERSON" not in finding_types(scanner, "市の公式LINE ID: maebashi_city を友だち追加してください。")


def test_an_employees_age_after_their_number_in_the_bracket_makes_the_name_private(scanner):
    text = "職名・氏名：主査 岩崎 浩之（職員番号 204417、51歳）\n酒気帯び運転で検挙された件の処分案を作って"
    assert scanner.scan(text)["verdict"] == "block"


def test_a_number_on_the_electoral_roll_is_masked_in_a_text_that_blocks(scanner):
    text = "選挙人：永井 トミ　昭和3年生　第5投票区 名簿番号 2-1187\n（入院中のため代理投票の可否を確認）"
    assert masked(scanner, text, "2-1187")


def test_a_bots_address_at_a_reserved_domain_is_no_persons(scanner):
    assert scanner.scan("git log の見方を教えて。\nAuthor: release-bot <release-bot@build.invalid>")["verdict"] == "allow"


def test_an_organisations_role_mailbox_in_a_notice_is_published(scanner):
    text = "夏祭りの告知文を作って。問い合わせは自治会連合会事務局（メール info@natsumatsuri-rengo.jp）まで。"
    assert scanner.scan(text)["verdict"] == "allow"


def test_a_form_under_a_title_marked_as_its_sample_is_no_ones(scanner):
    text = "転入届（記入例）\n届出人：前橋 太郎（記入例）\n新住所：前橋市大手町二丁目12番1号\n生年月日：昭和60年1月1日\nこの記入例の注意書きを直して"
    assert scanner.scan(text)["verdict"] == "allow"


def test_a_person_whose_death_the_text_reports_is_at_most_a_warning(scanner):
    text = "元教育長で文化協会顧問だった北原 進 様が亡くなられました。市長名の弔辞の文案を作ってください。"
    assert scanner.scan(text)["verdict"] != "block"


def test_a_relative_who_died_in_an_inheritance_question_still_blocks(scanner):
    text = "叔父の北原 進が亡くなったので相続の手続きを教えて。北原 進の預金口座は前橋信金 普通 1234567です。"
    assert scanner.scan(text)["verdict"] == "block"
