"""Classes found on first contact in stop 44 (the known misses carried over from the blind-written train240 — documents
from abroad — and the tuning sets written blind this round), each beside a harmless twin where one exists."""
from __future__ import annotations


def _masked(result, *values) -> bool:
    return not any(v in result["redacted_text"] for v in values)


def _types(result) -> set:
    return {f["type"] for f in result["findings"]}


# -- records from abroad: headings, labels and names in other languages ------------------------------------------------

def test_a_vietnamese_table_of_names_and_birth_dates_is_masked_by_its_headings(scan):
    r = scan("新規入国者の一覧です。注意事項の列を和訳してください。\n\n| Họ tên | Ngày sinh | Quê quán | Ghi chú |\n|---|---|---|---|\n"
             "| LÊ VĂN ĐỨC | 1999-07-21 | Thanh Hóa | Có tiền sử viêm gan B |\n| NGÔ THỊ HỒNG NHUNG | 2001-01-15 | Nam Định | Cần phòng riêng |")
    assert r["verdict"] == "block" and _masked(r, "LÊ VĂN ĐỨC", "NGÔ THỊ HỒNG NHUNG")


def test_a_vietnamese_table_of_provinces_is_no_record(scan):
    r = scan("ベトナムの地方の人口を訳して表にして。\n\n| Tỉnh | Dân số | Ghi chú |\n|---|---|---|\n| Thanh Hóa | 3.760.000 | Bắc Trung Bộ |\n"
             "| Nghệ An | 3.420.000 | Bắc Trung Bộ |")
    assert r["verdict"] == "allow"


def test_a_csv_cell_with_wide_commas_stays_one_cell_of_its_row(scan):
    r = scan("中国から転入する兄妹の成績証明書をCSVにしました。列名を日本語にしてください。\n\n学生姓名,性别,出生日期,学校,备注\n"
             "李明轩,男,2012-03-18,沈阳市和平区第一小学,班长，数学竞赛市二等奖\n李欣怡,女,2015-11-02,沈阳市和平区第一小学,有轻度哮喘，体育课需注意")
    assert r["verdict"] == "block" and _masked(r, "李明轩", "李欣怡")


def test_a_chinese_csv_of_schools_is_no_record(scan):
    r = scan("沈阳市の学校一覧を日本語にして。\n\n学校,区,学生数,备注\n沈阳市和平区第一小学,和平区,1200,市重点，历史悠久\n沈阳市第二十中学,和平区,1800,省重点")
    assert r["verdict"] == "allow"


def test_a_vietnamese_name_label_that_says_whose_name_is_masked(scan):
    r = scan("学業記録を訳してください。\nHọ và tên học sinh: LÊ HOÀNG NAM\nNgày sinh: 05/09/2010   Nơi sinh: Thành phố Vinh")
    assert r["verdict"] == "block" and _masked(r, "LÊ HOÀNG NAM")


def test_a_chinese_student_or_identity_number_after_its_label_is_masked(scan):
    r = scan("成绩单を訳して。\n姓名：杨静　性别：女　出生年月：1998年3月　学籍号：G130402199803120028")
    assert r["verdict"] == "block" and _masked(r, "G130402199803120028")
    r = scan("结婚证を訳して。\n姓名：佐藤健一　性别：男　国籍：日本　出生日期：1985年04月02日　身份证件号：TK4829173")
    assert _masked(r, "TK4829173")


def test_a_korean_parent_naming_her_child_and_signing_is_masked(scan):
    r = scan("保護者メール（韓国語）を訳してください。\n\n선생님 안녕하세요. 5학년 1반 최유나 엄마입니다.\n"
             "담임 선생님께 말씀드렸는데 아직 연락이 없습니다.\n최은정 드림 (010-5582-3107)")
    assert r["verdict"] == "block" and _masked(r, "최유나", "최은정")


def test_a_korean_mother_in_a_bracket_is_masked(scan):
    r = scan("학교생활기록부\n성명: 이지은\n담임교사와 보호자(어머니 박선영) 간 주 1회 상담을 실시함. ADHD 진단을 받았으며 약물 치료 중임.")
    assert r["verdict"] == "block" and _masked(r, "이지은", "박선영")


def test_japanese_names_written_in_hangul_are_masked(scan):
    r = scan("保護者メールを訳して。\n5학년 1반 최유나 엄마입니다. 같은 반 남자아이 두 명(사토 하루토, 스즈키 렌)이 체육복을 숨겼다고 합니다.\n"
             "최은정 드림 (010-5582-3107)")
    assert r["verdict"] == "block" and _masked(r, "사토 하루토", "스즈키 렌")


def test_korean_words_that_are_no_japanese_names_pass(scan):
    for text in ("오늘 학교 수업이 끝났습니다. 내일 다시 만나요.", "일본 도쿄 시부야 관광 안내를 번역해 주세요.",
                 "한국 음식 드림 팀의 행사 안내를 번역해 주세요."):
        assert scan(text)["verdict"] == "allow", text


def test_a_romaji_address_with_long_vowel_marks_is_masked(scan):
    for text, lot in (("Xin chào, tôi là Bùi Quang Huy, hiện ở tại Maebashi-shi Sōja-machi Sōja 1650-2, phòng 201.", "1650-2"),
                      ("Aqui é a Mariana Higa Santos. Moro em Maebashi, Ōtomo-machi 1-22-14. Meu celular é 080-9051-6672.", "1-22-14")):
        r = scan(text)
        assert r["verdict"] == "block" and _masked(r, lot), text


def test_a_spanish_account_with_its_kind_and_number_sign_is_masked(scan):
    r = scan("Nueva cuenta: Banco Gunma, sucursal Maebashi Higashi, cuenta ordinaria N.º 5082316, titular パレデス チャベス ホルヘ ルイス")
    assert r["verdict"] == "block" and _masked(r, "5082316")


def test_a_spanish_question_about_accounts_passes(scan):
    r = scan("¿Qué documentos necesito para abrir una cuenta ordinaria en un banco japonés? Escríbelo en japonés sencillo.")
    assert r["verdict"] == "allow"
