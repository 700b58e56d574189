"""Classes found on first contact in stop 45 (the known misses carried over from the blind-written train250 — letters in
Thai, Burmese, Sinhala and Nepali — and the tuning sets written blind this round), each beside a harmless twin where one
exists."""
from __future__ import annotations


def _masked(result, *values) -> bool:
    return not any(v in result["redacted_text"] for v in values)


# -- names and dates in the scripts of South and Southeast Asia ---------------------------------------------------------

def test_a_thai_birth_date_with_its_buddhist_era_year_is_masked(scan):
    r = scan("タイ語の通話記録を訳して。\nผู้โทร: ชื่อ วิไลวรรณ จันทร์เพ็ญ ค่ะ เกิด 25 ธันวาคม 1988 ค่ะ\nวันเกิด: 3 กันยายน 2533")
    assert r["verdict"] == "block" and _masked(r, "25 ธันวาคม 1988", "3 กันยายน 2533")


def test_a_nepali_bikram_sambat_and_a_burmese_birth_date_in_their_own_digits_are_masked(scan):
    r = scan("転入届の下書きを訳して。\nजन्म मिति: वि.सं. २०५२ साउन १५\nမွေးသက္ကရာဇ်: ၁၉၉၈ ခုနှစ် ဇူလိုင် ၁၇ ရက်")
    assert r["verdict"] == "block" and _masked(r, "२०५२ साउन १५", "၁၉၉၈ ခုနှစ် ဇူလိုင် ၁၇ ရက်")


def test_a_festival_date_in_thai_or_nepali_is_no_birth_date(scan):
    r = scan("国際交流協会のお知らせを訳して。\nงานสงกรานต์ 13 เมษายน 2567 ที่สวนสาธารณะ\nदशैं बिदा २०८१ असोज २६ देखि सुरु हुन्छ")
    assert r["verdict"] == "allow"


def test_a_tagalog_child_born_on_a_date_is_masked(scan):
    r = scan("メモを訳して。\nMga anak:\n - Kenji Garcia Mori, ipinanganak 2015/09/30\n - Aiko Garcia Mori, ipinanganak 2019/04/08")
    assert _masked(r, "2015/09/30", "2019/04/08")


def test_a_nepali_or_sinhala_name_of_a_common_family_name_in_prose_is_masked(scan):
    r = scan("苦情メールを訳して。\nम माएबासी-शी हाकोदा-माची को कोपो हाकोदा २ तलामा बस्ने केशव पौडेल हुँ। मेरो साथी राजु तामाङ लिन आउँछन्।")
    assert r["verdict"] == "block" and _masked(r, "केशव पौडेल", "राजु तामाङ")
    r = scan("手紙を訳して。\nමගේ ස්වාමිපුරුෂයා චමින්ද ප්‍රනාන්දු පසුගිය සතියේ රෝහලට ඇතුළත් කළා.")
    assert r["verdict"] == "block" and _masked(r, "චමින්ද")


def test_a_nepali_notice_without_a_name_passes(scan):
    r = scan("このネパール語のお知らせを確認して。\nनगरपालिकाको सूचना: फोहोर फाल्ने दिन सोमबार र बिहीबार हो। थप जानकारीको लागि नगर कार्यालयमा सम्पर्क गर्नुहोस्।")
    assert r["verdict"] == "allow"


def test_a_thai_childs_title_and_the_familys_other_members_are_masked(scan):
    r = scan("LINEのメッセージを要約して。\n[10:42] สวัสดีค่ะ ดิฉันชื่อ นภาพร วงศ์ใหญ่ ค่ะ\n[10:43] ลูกสาวชื่อ ด.ญ. ปิยะนุช วงศ์ใหญ่ ค่ะ")
    assert r["verdict"] == "block" and _masked(r, "นภาพร", "ปิยะนุช")


def test_a_family_sharing_a_devanagari_family_name_is_masked_member_by_member(scan):
    r = scan("子どもの一覧を訳して。\nबुबा: प्रकाश अधिकारी\nछोरा: आयुष अधिकारी — जन्म मिति 2013-11-02\nछोरी: आस्था अधिकारी")
    assert _masked(r, "आयुष", "आस्था")


def test_a_thai_label_that_says_whose_name_ends_before_the_age(scan):
    r = scan("依頼票を訳して。\nชื่อผู้ป่วย: สมศรี ปัญญาดี อายุ 61 ปี\nผู้ติดต่อ: ลูกสาว ปนัดดา ปัญญาดี 090-2047-8853")
    assert r["verdict"] == "block" and _masked(r, "สมศรี", "ปนัดดา")


def test_a_burmese_name_after_its_other_label_is_masked(scan):
    r = scan("メモを訳して。\nနာမည်: သန့်ဇင်ဦး\nလိပ်စာ: 前橋市元総社町")
    assert _masked(r, "သန့်ဇင်ဦး")


def test_a_word_that_leads_to_a_number_ends_a_name_but_a_capitalised_one_does_not(scan):
    r = scan("Nama: Budi Hartono umur 45 tahun")
    assert _masked(r, "Budi Hartono")
    r = scan("Nome: Hospital Central 24 horas")
    assert r["verdict"] != "block"


# -- logs ----------------------------------------------------------------------------------------------------------------

def test_a_kernel_banners_builder_is_no_mail_address(scan):
    r = scan("起動ログです。原因を教えて。\n[    0.000000] Linux version 5.14.0-362.8.1.el9_3.x86_64 (mockbuild@x86-64-02.build.eng.rdu2.redhat.com) "
             "(gcc (GCC) 11.4.1 20230605, GNU ld version 2.35.2-42.el9) #1 SMP PREEMPT_DYNAMIC")
    assert r["verdict"] == "allow"
    r = scan("連絡は (k.tanaka1984@gmail.com) (携帯は後で)まで")
    assert r["verdict"] == "block"


def test_a_burmese_name_made_of_name_syllables_is_masked_with_or_without_its_title(scan):
    r = scan("相談記録を訳して。\nမသီတာဝင်း က ဒီနေ့ မနက် ရုံးကို လာပါတယ်။ သူမရဲ့ ခင်ပွန်း ကိုမျိုးမင်းသူ က အရက်သောက်ပြီး ရိုက်နှက်တယ်။")
    assert r["verdict"] == "block" and _masked(r, "သီတာဝင်း", "မျိုးမင်းသူ")
    r = scan("健診結果を訳して。\n၁။ မင်းခန့်ကျော် – 胸部X線 要精密検査（結核疑い）\n၂။ ဖြိုးဝေအောင် – 血圧 168/102 要治療")
    assert r["verdict"] == "block" and _masked(r, "မင်းခန့်ကျော်", "ဖြိုးဝေအောင်")


def test_a_burmese_notice_of_ordinary_words_names_no_one(scan):
    r = scan("このミャンマー語のお知らせを確認して。\nမင်္ဂလာပါ။ အမှိုက်ပစ်ရက်ကို ပြောင်းလဲပါမည်။ အသေးစိတ်ကို မြို့တော်ဖုန်းကို ဆက်သွယ်ပါ။")
    assert r["verdict"] == "allow"


def test_a_burmese_or_nepali_birth_date_followed_by_born_is_masked(scan):
    r = scan("問い合わせを訳して。\nကျွန်မ ဒေါ်ခင်မာလာ ပါ။ ၁၉၉၆ ခုနှစ် ဇူလိုင်လ ၁၄ ရက် မှာ မွေးပါတယ်။")
    assert r["verdict"] == "block" and _masked(r, "ခင်မာလာ", "၁၉၉၆")
    r = scan("メモを訳して。\nमेरो छोरा आयुष अधिकारी २०७४ साल साउन १२ गते जन्मिएको हो।")
    assert _masked(r, "आयुष", "२०७४")


def test_a_nepali_name_before_a_case_ending_or_a_stop_and_a_sinhala_de_name_are_masked(scan):
    r = scan("チャットを訳して。\nनमस्ते सर, म दीपक खड्का। मेरो पेन्सन नम्बर 4127-583920 हो। कमला मगरको आवेदन")
    assert r["verdict"] == "block" and _masked(r, "दीपक खड्का", "कमला मगर")
    r = scan("手紙を訳して。\nමගේ අම්මා සුනීතා ද සොයිසා ට පියයුරු පිළිකාවක් ඇති බව පසුගිය මාසයේ හඳුනා ගත්තා.")
    assert r["verdict"] == "block" and _masked(r, "සුනීතා")


# -- logs, keys and samples ----------------------------------------------------------------------------------------------

def test_a_key_files_first_and_last_line_without_its_body_is_no_key(scan):
    r = scan("鍵ファイルの中身は伏せています（先頭と末尾の行だけ）。\n$ head -1 server.key; tail -1 server.key\n"
             "-----BEGIN ENCRYPTED PRIVATE KEY-----\n-----END ENCRYPTED PRIVATE KEY-----")
    assert r["verdict"] != "block"
    r = scan("鍵です。\n-----BEGIN PRIVATE KEY-----\nMIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQC7\n-----END PRIVATE KEY-----")
    assert r["verdict"] == "block"


def test_a_password_property_masked_by_the_installer_is_no_password(scan):
    r = scan("MSI のログで「Property(S): DBPASSWORD = **********」となっています。これは実際のパスワードが残っていないという理解で合っていますか？")
    assert r["verdict"] == "allow"
    r = scan("インストーラのログです。\nProperty(S): DBPASSWORD=Kx7pR2mqL9")
    assert r["verdict"] == "block"


def test_a_units_description_after_a_dash_is_no_signature(scan):
    r = scan("systemd のユニットが起動しません。\n× kanko-api.service - Kanko Map API\n     Loaded: loaded (/etc/systemd/system/kanko-api.service; enabled)")
    assert r["verdict"] == "allow"


def test_a_sample_card_under_a_sample_heading_with_its_side_is_no_ones_birth_date(scan):
    r = scan("研修資料です。\n\n【見本】表面\n氏名　番号 花子\n生年月日　昭和60年3月31日生　性別 女\n")
    assert r["verdict"] != "block" and "昭和60年3月31日" in r["redacted_text"]


def test_passwords_that_net_user_sets_ldap_binds_with_or_an_installer_logs_are_masked(scan):
    for text, secret in (("キッティング用バッチです。\nnet user Administrator Kit#Mbs0401", "Kit#Mbs0401"),
                         ("$ ldapsearch -x -H ldap://ad01 -D \"CN=svc\" -w 'Ld@pSvc#2291' -b \"OU=Staff\"", "Ld@pSvc#2291"),
                         ("MSI (s) (A4:9C): PROPERTY CHANGE: Adding DBPASSWORD property. Its value is 'Kx7#pR2m!qL9'.", "Kx7#pR2m!qL9")):
        r = scan(text)
        assert r["verdict"] == "block" and _masked(r, secret), text
    r = scan("net user Administrator * /domain で入力を求められます")
    assert r["verdict"] == "allow"


def test_a_memory_address_in_a_kernel_oops_is_no_street_address(scan):
    r = scan("ログです。\n[183204.551203] BUG: unable to handle page fault for address: ffffb4c1c0a3f000")
    assert r["verdict"] == "allow"


def test_a_courts_published_address_after_its_name_passes(scan):
    r = scan("来庁者向けに「近くの官公庁」の案内を作ってください。\n\n・前橋地方裁判所：前橋市大手町三丁目1番34号\n・前橋市役所：前橋市大手町二丁目12番1号")
    assert r["verdict"] == "allow"


# -- Vietnamese names in capitals -------------------------------------------------------------------------------------

def test_vietnamese_full_names_in_capitals_are_masked(scan):
    r = scan("寮の結核接触者です。\n同室者：TRAN QUOC BAO、LE HOANG NAM\n対象：HA THI THANH TAM（縫製、技能実習2号）")
    assert r["verdict"] == "block" and _masked(r, "TRAN QUOC BAO", "LE HOANG NAM", "HA THI THANH TAM")


def test_capitals_that_only_open_with_a_vietnamese_word_or_a_placeholder_name_pass(scan):
    r = scan("Excel関数の相談。「NGUYEN VAN A」は定型の仮名です。LE PETIT PRINCE の翻訳本と HO CHI MINH CITY の観光案内も。")
    assert r["verdict"] == "allow"


# -- fc43 (opened this round) ---------------------------------------------------------------------------------------------

def test_a_child_naming_themself_in_kana_by_the_found_parents_surname_is_masked(scan):
    r = scan("迷子の記録です。\n14:20 男児を保護。本人の話では「すどう はると、5さい」。\n14:35 母親から連絡あり（須藤 瞳さん、携帯 090-6682-4175）。")
    assert r["verdict"] == "block" and _masked(r, "はると")


def test_a_parcels_lot_after_its_label_is_masked(scan):
    r = scan("応対記録です。\n相手：金井 沙織さん（電話 027-251-6648）\n内容：前橋市富田町の土地（地番 1086番3）の評価額が上がった理由")
    assert r["verdict"] == "block" and _masked(r, "1086番3")
    r = scan("地番とは何ですか。住居表示との違いを教えて")
    assert r["verdict"] == "allow"


def test_thai_names_whose_family_name_is_made_of_family_name_parts_are_masked(scan):
    r = scan("タイ語のCSVを訳して。\nชื่อ,เบอร์\nธนวัฒน์ บุญมา,090-1111-2222\nสุดารัตน์ พรหมวงศ์,080-3333-4444\n"
             "ข้อความ: คุณอรุณี ทองประเสริฐ ตั้งครรภ์และเป็นเบาหวาน")
    assert r["verdict"] == "block" and _masked(r, "ธนวัฒน์ บุญมา", "สุดารัตน์ พรหมวงศ์", "อรุณี ทองประเสริฐ")


def test_thai_prose_with_spaces_names_no_one(scan):
    r = scan("このタイ語の案内を確認して。\nเทศบาลเมืองมาเอะบาชิ ขอแจ้งให้ทราบ วันเก็บขยะ เปลี่ยนเป็นวันจันทร์ และ วันพฤหัสบดี ขอบคุณที่ให้ความร่วมมือ")
    assert r["verdict"] == "allow"


def test_bengali_khmer_tamil_and_mongolian_birth_dates_and_names_are_masked(scan):
    r = scan("手紙の要旨を。\nআমার নাম ফারহানা আক্তার। আমার স্বামী মোঃ রফিকুল ইসলাম (জন্ম: ১৪ মার্চ ১৯৮৬) হাসপাতালে ভর্তি।")
    assert r["verdict"] == "block" and _masked(r, "ফারহানা আক্তার", "রফিকুল ইসলাম", "১৪ মার্চ ১৯৮৬")
    r = scan("問診メモを訳して。\nឈ្មោះ: ផុន ស្រីមុំ\nថ្ងៃខែឆ្នាំកំណើត: ថ្ងៃទី ៩ ខែតុលា ឆ្នាំ ១៩៩៩\nអ្នកជិតខាង ឈ្មោះ លី ម៉េងហុង")
    assert r["verdict"] == "block" and _masked(r, "ផុន ស្រីមុំ", "ខែតុលា", "លី ម៉េងហុង")
    r = scan("届を訳して。\nபிறந்த தேதி: 2020 ஆகஸ்ட் 17\nТөрсөн огноо: 2023 оны 5 дугаар сарын 3")
    assert _masked(r, "2020 ஆகஸ்ட் 17", "2023 оны 5 дугаар сарын 3")


def test_a_khmer_greeting_names_no_one(scan):
    r = scan("このクメール語の挨拶文を確認して。\nសុខ សប្បាយ ទេ? ការិយាល័យក្រុង សូមស្វាគមន៍ ពិធីបុណ្យចូលឆ្នាំថ្មី ថ្ងៃទី ១៤ ខែមេសា ឆ្នាំ ២០២៥")
    assert r["verdict"] == "allow"


def test_numbers_the_text_says_are_not_my_numbers_and_fail_the_check_pass(scan):
    r = scan("重複を教えてください（いずれも市の収納管理番号で、個人番号ではありません）。\n220894226356\n836299064261\n836299064261")
    assert r["verdict"] == "allow"
    r = scan("個人番号：220894226356 の方の申請です")
    assert r["verdict"] != "allow"


def test_a_session_id_in_an_internal_urls_query_is_masked(scan):
    r = scan("URLです。\nhttps://gw.example.local/kouken/list?session=7f3a9c2e81b44d6aa0e5c91f2d7b8e40&dept=choju")
    assert _masked(r, "7f3a9c2e81b44d6aa0e5c91f2d7b8e40")


def test_a_thai_family_name_with_sara_am_is_read_as_nfkc_writes_it(scan):
    r = scan("保健所です。タイ語の相談メールを訳して。\n\nผมภานุวัฒน์ คำแก้ว ผลตรวจเลือดที่คลินิกเมื่อวานออกมาว่าติดเชื้อ HIV ผมไม่กล้าบอกบริษัท")
    assert r["verdict"] != "allow" and _masked(r, "ภานุวัฒน์", "คำแก้ว")


def test_a_kana_full_name_heading_its_line_before_a_grade_is_masked_but_a_storys_title_is_not(scan):
    r = scan("就学援助の認定者リストです。\nみやざわ そうた（桂萱小3年）準要保護\nみやざわ りお（桂萱中1年）準要保護")
    assert r["verdict"] == "block" and _masked(r, "みやざわ そうた", "みやざわ りお")
    r = scan("国語の教材です。\nおおきな かぶ（小1国語）の指導案を作って")
    assert r["verdict"] == "allow"


def test_a_spaced_chinese_name_heading_a_row_with_its_passport_number_is_masked(scan):
    r = scan("技能実習生の名簿です。\n张 丽娜　护照号码 EJ4829173\n陈 晓燕　护照号码 EH6602814")
    assert r["verdict"] == "block" and _masked(r, "张 丽娜", "陈 晓燕")


def test_put_out_on_other_days_is_no_secret_kept_from_others(scan):
    r = scan("ごみ集積所の看板の文言をやさしい日本語に。\n・燃やすごみは朝8時30分までに出してください。\n・収集日以外に出さないでください。")
    assert r["verdict"] == "allow"


def test_japanese_names_written_in_thai_by_their_sound_are_masked(scan):
    r = scan("タイ語の相談を訳して。\nลูกชาย ซาโตะ ยูโตะ ถูกเพื่อน อิโตะ ฮารุกิ แกล้งที่โรงเรียน ส่วนสามี คุณทานากะ เคนจิ ไม่ช่วยเลย")
    assert r["verdict"] == "block" and _masked(r, "ซาโตะ ยูโตะ", "อิโตะ ฮารุกิ", "ทานากะ เคนจิ")


def test_thai_words_that_read_as_no_japanese_name_pass(scan):
    r = scan("このタイ語の案内を確認して。\nเทศบาล นคร มาเอะบาชิ จัดงาน เทศกาล ดอกไม้ ที่สวน สาธารณะ")
    assert r["verdict"] == "allow"


def test_lao_names_after_whose_label_or_a_title_and_their_family_are_masked(scan):
    r = scan("出生届のメモを訳して。\nຊື່ພໍ່: ສົມພອນ ແກ້ວມະນີ\nຊື່ແມ່: ວັນນະພອນ ສີສຸວັນ\nຊື່ລູກ: ມະນີວອນ ແກ້ວມະນີ (ລູກສາວ)")
    assert r["verdict"] == "block" and _masked(r, "ສົມພອນ", "ວັນນະພອນ", "ມະນີວອນ")
    r = scan("事情説明書を要約して。\nຂ້ອຍ ທ້າວ ສີສະຫວາດ ພົມມະຈັນ ອາຍຸ 46 ປີ. ເມຍຂອງຂ້ອຍ ນາງ ແສງເດືອນ ພົມມະຈັນ ມີບັດຄົນພິການ.")
    assert r["verdict"] == "block" and _masked(r, "ສີສະຫວາດ", "ແສງເດືອນ")
