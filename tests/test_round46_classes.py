"""Classes found on first contact in stop 46 (the known misses carried over from stop 45's notes and the tuning sets
written blind this round), each beside a harmless twin where one exists."""
from __future__ import annotations


def _masked(result, *values) -> bool:
    return not any(v in result["redacted_text"] for v in values)


# -- names that look like places or words, said by their bearer -------------------------------------------------------

def test_a_place_like_full_name_said_by_its_bearer_after_a_verb_or_a_greeting_is_masked(scan):
    r = scan("挨拶文を整えて。\n本日司会を務めます大和 春日と申します。")
    assert r["verdict"] == "block" and _masked(r, "大和 春日")
    r = scan("自己紹介を直して。\n日向 明日香です。よろしくお願いします。")
    assert r["verdict"] == "block" and _masked(r, "日向 明日香")
    r = scan("はじめまして、田中 希望です。4月から配属になりました。")
    assert r["verdict"] == "block" and _masked(r, "田中 希望")


def test_an_office_or_a_place_greeting_in_the_same_frame_passes(scan):
    for text in ("はじめまして、中央 図書館です。", "こんにちは、前橋 市役所です。", "本日は前橋 駅前です。",
                 "お疲れ様です。総務課 庶務係です。"):
        assert scan(text)["verdict"] == "allow", text


# -- Japanese names written by their sound in the scripts of South and Southeast Asia ---------------------------------

def test_japanese_names_written_in_devanagari_bengali_and_sinhala_are_masked(scan):
    r = scan("手紙を訳して。\nमेरो घरबेटी तानाका हिरोशी हुनुहुन्छ। उहाँले भाडा बढाउनुभयो।")
    assert r["verdict"] == "block" and _masked(r, "तानाका हिरोशी")
    r = scan("メールを訳して。\nআমার ছেলের শিক্ষক ইয়ামামোতো কেনজি খুব ভালো।")
    assert r["verdict"] == "block" and _masked(r, "ইয়ামামোতো কেনজি")
    r = scan("メッセージを訳して。\nමගේ ගුරුවරිය සුසුකි අකිකෝ ඊයේ කතා කළා.")
    assert r["verdict"] == "block" and _masked(r, "සුසුකි අකිකෝ")


def test_japanese_names_written_in_lao_khmer_and_burmese_are_masked(scan):
    r = scan("手紙を訳して。\nເຈົ້າຂອງເຮືອນ ໂມລິ ເຄັນຈິ ບອກວ່າ ຈະຂຶ້ນຄ່າເຊົ່າ.")
    assert r["verdict"] == "block" and _masked(r, "ໂມລິ ເຄັນຈິ")
    r = scan("手紙を訳して。\nម្ចាស់ផ្ទះ យ៉ាម៉ាដា អេមី បាននិយាយថា ...")
    assert r["verdict"] == "block" and _masked(r, "យ៉ាម៉ាដា អេមី")
    r = scan("手紙を訳して。\nအလုပ်ရှင် ကီမူရာ ဟီရိုရှိ က ဖုန်းဆက်ခဲ့တယ်။")
    assert r["verdict"] == "block" and _masked(r, "ကီမူရာ ဟီရိုရှိ")


def test_a_japanese_family_name_before_an_honorific_or_after_a_title_in_those_scripts_is_masked(scan):
    r = scan("通訳メモを訳して。\nमोरी सेन्सेईका अनुसार छोरालाई थप सहयोग चाहिन्छ। छोरा कक्षा ३ मा छ।")
    assert _masked(r, "मोरी")
    r = scan("通訳メモを訳して。\nဆရာ ယောရှိဒါ က ကလေးကို ဆေးရုံ ခေါ်သွားခဲ့တယ်။")
    assert _masked(r, "ယောရှိဒါ")


def test_a_thai_name_glued_to_the_words_before_it_and_said_again_is_masked_each_time(scan):
    r = scan("手紙を訳して。\nดิฉันเช่าห้องของคุณทานากะ ฮิโรชิ มาสองปี เมื่อวานคุณทานากะโทรมาบอกว่าจะขึ้นค่าเช่า")
    assert r["verdict"] == "block" and _masked(r, "ทานากะ")


def test_prose_in_those_scripts_that_happens_to_sound_like_a_name_passes(scan):
    # (जुन हाल: "which now" — read with the vowel Hindi and Nepali drop at a word's end, "jun har", no family name)
    r = scan("スライドの訳を確認して。\nगौतम बुद्धको जन्म लुम्बिनीमा भएको थियो, जुन हाल नेपालमा पर्छ।")
    assert r["verdict"] == "allow"
    r = scan("お知らせを訳して。\nປະກາດ: ການເກັບຂີ້ເຫຍື້ອ ວັນຈັນ ແລະ ວັນພະຫັດ. ສອບຖາມ ຫ້ອງການເມືອງ.")
    assert r["verdict"] == "allow"


def test_the_script_reader_reads_a_word_back_to_the_listed_romaji_names_it_can_stand_for():
    from service.detectors import script_japanese
    from service.detectors.hangul_japanese import prefixes_of
    names = frozenset(("hara", "kenji", "matsumoto", "watanabe", "kyoko", "suzuki", "endo"))
    prefixes = prefixes_of(names)

    def read(script, word):
        return list(script_japanese.readings(script, word, prefixes, names))
    assert read("devanagari", "केन्जी") == ["kenji"] and read("devanagari", "हाल") == []
    assert read("bengali", "ওয়াতানাবে") == ["watanabe"] and read("bengali", "কেনজি") == ["kenji"]
    assert read("sinhala", "ක්යෝකෝ") == ["kyoko"] and read("lao", "ເອັນໂດ") == ["endo"]
    assert read("khmer", "ម៉ាត់ស៊ូម៉ូតូ") == ["matsumoto"] and read("khmer", "ស៊ូហ្ស៊ូគី") == ["suzuki"]
    # (a bare Burmese letter carries its vowel — ရ is ra —, a bare Hindi one at a word's end does not: हाल is hal)
    assert read("burmese", "ဟာရ") == ["hara"] and read("burmese", "ဟာရာ") == ["hara"]


def test_a_place_like_family_name_before_a_given_name_in_a_roster_or_after_a_slot_with_its_reading_is_masked(scan):
    r = scan("連絡網を表にして。\n1 高砂 由美（会長） 090-1834-2276\n2 桜井 まゆみ 070-4418-3360")
    assert _masked(r, "高砂 由美")
    r = scan("指示書にして。\n申込者：日向 勇気（ひゅうが ゆうき）\n収集場所：前橋市紅雲町一丁目7番24号")
    assert r["verdict"] == "block" and _masked(r, "日向 勇気", "ひゅうが ゆうき")
    r = scan("自己紹介を整えて。\n4月から配属になりました高砂 美咲（たかさご みさき）です。")
    assert r["verdict"] == "block" and _masked(r, "高砂 美咲")


def test_a_glossary_of_common_words_with_their_readings_passes(scan):
    assert scan("教科の読みを確認して。国語 算数（こくご さんすう）、理科 社会（りか しゃかい）")["verdict"] == "allow"
    assert scan("会場は高砂 由美ホールではなく市民文化会館です。")["verdict"] != "block"


# -- rural homes' bare lots (fc44) --------------------------------------------------------------------------------------

def test_a_rural_bare_lot_after_its_city_town_and_oaza_or_before_its_resident_is_an_address(scan):
    r = scan("安否確認の結果です。\n・星野 トミ子さん(一人暮らし、前橋市宮城町苗ヶ島2031)→ 在宅、異常なし。")
    assert r["verdict"] == "block" and _masked(r, "苗ヶ島2031")
    r = scan("配達リストを並べ替えて。\n- 宮城町三夜沢 812 狩野 ハル(87) 一人暮らし 5袋")
    assert r["verdict"] == "block" and _masked(r, "三夜沢 812", "狩野 ハル")


def test_a_count_after_a_town_or_a_room_number_is_no_bare_lot(scan):
    assert scan("宮城町 3 世帯が対象です。")["verdict"] == "allow"
    assert "JP_ADDRESS" not in {f["type"] for f in scan("大胡町 12 件 山田 さん")["findings"]}
    assert scan("前橋市富士見町の人口2031人")["verdict"] == "allow"


# -- non-public matters before their decision (fc44) -------------------------------------------------------------------

def test_questions_for_an_interview_next_week_and_a_ranking_before_the_budget_request_warn(scan):
    r = scan("会計年度任用職員(窓口)の面接で聞く質問を10問考えてください。面接は来週です。")
    assert r["verdict"] in ("warn", "block")
    r = scan("地元要望の優先順位を内部で付けました。予算要求の前の段階です。理由を文章にして。\n1位 排水路改修\n2位 防犯灯LED化")
    assert r["verdict"] in ("warn", "block")


def test_a_candidates_own_interview_preparation_passes(scan):
    assert scan("面接でよく聞かれる質問を5個考えてください。面接は来週で、私が受けます。")["verdict"] == "allow"
    assert scan("予算要求の前の段階で一般的に何をしますか")["verdict"] == "allow"


# -- staff addresses and English letters about a home ------------------------------------------------------------------

def test_a_staff_address_of_a_family_name_and_initials_at_the_citys_domain_is_masked_with_a_warning(scan):
    r = scan("数式の例に使って。\nimai-t@city.maebashi.gunma.jp\nozawa-tk@city.maebashi.gunma.jp")
    assert r["verdict"] in ("warn", "block") and _masked(r, "imai-t@", "ozawa-tk@")


def test_a_departments_mailbox_with_a_suffix_passes(scan):
    assert scan("問い合わせは jinji-ka@city.maebashi.gunma.jp または kosodate-shien@city.maebashi.gunma.jp へ。")["verdict"] == "allow"


def test_a_romanised_address_of_the_house_a_letter_is_about_is_masked(scan):
    r = scan("Polish this letter.\nTax Collection Division\nMaebashi City Hall\nDear Mr. Ahmed Rahman,\n"
             "Re: Unpaid Fixed Asset Tax for your house at 2-5-18 Komagata-machi, Maebashi")
    assert r["verdict"] == "block" and _masked(r, "2-5-18 Komagata-machi")


# -- sample cards -------------------------------------------------------------------------------------------------------

def test_a_sample_cards_own_sample_name_and_its_date_do_not_block(scan):
    r = scan("マイナンバーカードの見本（表面・裏面）を説明する文章を作って。\n表面：氏名 番号 花子／住所 ○○県○○市○○町○丁目○番地／"
             "生年月日 平成元年1月1日生／性別 女")
    assert r["verdict"] == "allow"
    r = scan("在留カード見本の説明文を直して。\n【見本】在留カード（公表見本を転載）\n氏名：見本 花子（MIHON HANAKO）\n在留資格：留学")
    assert r["verdict"] != "block"


def test_a_real_card_holder_named_like_a_word_still_blocks(scan):
    r = scan("在留カードの読み取り結果です。\n氏名：見本 誠（MIHON MAKOTO）\n生年月日：1991年6月14日\n住居地：前橋市朝日町三丁目21番6号")
    assert r["verdict"] == "block"


def test_a_place_like_name_after_a_slot_with_an_address_beside_it_is_masked(scan):
    r = scan("委任状を確認して。\n委任者：高砂 明日香　前橋市若宮町三丁目15番22号　昭和63年9月1日生")
    assert r["verdict"] == "block" and _masked(r, "高砂 明日香")


def test_a_place_name_after_a_place_label_is_no_person(scan):
    r = scan("所在地：大手町 明日香　前橋市若宮町三丁目15番22号")
    assert "PERSON" not in {f["type"] for f in r["findings"]}


# -- a lost card and an account's spare codes (train276) ---------------------------------------------------------------

def test_a_card_number_with_a_run_of_digits_is_masked_when_its_holder_is_named_beside_it(scan):
    r = scan("落とし物台帳に入れて。\n中身：現金3,200円、クレジットカード（VISA 4980 1234 5678 9011、名義 YUKI SHIMIZU）")
    assert r["verdict"] == "block" and _masked(r, "4980 1234 5678 9011")


def test_a_made_up_card_number_in_a_sample_passes(scan):
    assert scan("カード番号の記入例：4980 1234 5678 9011 名義 TARO YAMADA")["verdict"] == "allow"


def test_spare_codes_of_two_step_verification_on_one_line_are_masked(scan):
    r = scan("引継書を整えて。\nパスワード：別途手渡し\n2段階認証の予備コード：4729 1836 / 5520 7741")
    assert r["verdict"] == "block" and _masked(r, "4729 1836", "5520 7741")
