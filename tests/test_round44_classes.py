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


# -- train243: documents from abroad -----------------------------------------------------------------------------------

def test_a_password_after_its_word_in_korean_chinese_or_spanish_is_masked(scan):
    for text, secret in (("[플랫폼 관리자 계정]\n- 아이디: maebashi_exch01\n- 비밀번호: Hb7#qLw2!xR9", "Hb7#qLw2!xR9"),
                         ("URL: https://10.20.3.15/admin\nUsuario: admin_maebashi\nContraseña: Kiosco2024!Mb", "Kiosco2024!Mb"),
                         ("登录信息\n密码：Kx92!mQa 请登录", "Kx92!mQa")):
        r = scan(text)
        assert r["verdict"] == "block" and _masked(r, secret), text


def test_encryption_in_korean_is_no_password(scan):
    assert scan("암호화 방식은 AES-256을 사용합니다. 설정 방법을 알려 주세요.")["verdict"] == "allow"


def test_korean_pupils_named_by_their_part_in_a_report_are_masked(scan):
    r = scan("학교폭력 사안 처리 결과 보고\n가해 학생 문준서가 피해 학생 한지우의 휴대폰을 빼앗고 여러 차례 밀친 사안임.\n이후 한지우 학생은 전학 예정.")
    assert r["verdict"] == "block" and _masked(r, "문준서", "한지우")


def test_a_sentence_that_ends_in_a_place_is_no_korean_self_introduction(scan):
    assert scan("전주 한옥마을은 700여 채의 한옥이 모여 있는 국내 최대 규모의 전통 한옥촌입니다. 비빔밥이 유명합니다.")["verdict"] == "allow"


def test_a_parent_naming_her_child_before_her_own_name_is_masked(scan):
    r = scan("선생님 안녕하세요. 3학년 2반 정민재 엄마 한소희입니다.\n민재가 다음 주 수요일에 병원 예약이 있어서 조퇴해야 할 것 같습니다.")
    assert r["verdict"] == "block" and _masked(r, "정민재", "한소희")


def test_chinese_names_after_a_relation_an_account_or_a_certificate_are_masked(scan):
    for text, names in (("我叫林晓燕，今年38岁，和丈夫周建国结婚十年。我现在带着女儿周可欣（9岁）暂时住在朋友家。", ("林晓燕", "周建国", "周可欣")),
                        ("请把儿童补助金转到我丈夫的账户：\n户名：马俊峰（マ シュンホウ）\n账号：1728406", ("马俊峰",)),
                        ("兹证明郑凯文（男，1989年3月15日出生，公民身份号码：440305198903152758），未发现有犯罪记录。", ("郑凯文",)),
                        ("老师您好，我是三年级一班杨梓萱的爸爸杨志刚。孩子下周请假五天。", ("杨梓萱", "杨志刚"))):
        r = scan(text)
        assert r["verdict"] != "allow" and _masked(r, *names), text


def test_japanese_words_with_a_chinese_family_names_character_are_no_names(scan):
    for text in ("前橋城の歴史を解説して。武田氏と上杉氏の争いの舞台でした。", "振込依頼書の書き方を教えて（白紙様式）",
                 "町丁名,男,女,計\n大手町一丁目,120,131,251"):
        assert scan(text)["verdict"] == "allow", text


def test_an_iban_with_valid_check_digits_is_masked_and_an_invalid_one_is_not(scan):
    r = scan("Titular: Pablo Jiménez Serrano\nIBAN: ES05 2100 5731 7702 0018 4429\nUn saludo")
    assert r["verdict"] == "block" and _masked(r, "ES05 2100 5731 7702 0018 4429", "Pablo Jiménez Serrano")
    assert "JP_BANK_ACCOUNT" not in _types(scan("型番 ES05 2100 5731 7702 0018 4428 の部品を注文"))


def test_spanish_and_filipino_birth_dates_are_dates_of_birth(scan):
    for text in ("nuestros hijos, Lucas (nacido el 11 de enero de 2014) y Valeria", "Si Maria Santos ay ipinanganak noong Hulyo 4, 1988 sa Batangas."):
        assert "DATE_OF_BIRTH" in _types(scan(text)), text


def test_an_address_in_hangul_is_masked_but_a_public_road_address_is_not_blocked(scan):
    r = scan("가족관계증명서\n등록기준지: 경기도 수원시 팔달구 인계동 1127-3\n본인 박준호")
    assert _masked(r, "1127-3")
    assert scan("宿泊先：ロッテホテル ソウル\n住所：서울특별시 중구 을지로 30\nチェックイン：10月14日 15:00")["verdict"] != "block"


def test_a_family_member_named_in_a_spanish_letter_is_masked(scan):
    r = scan("le informamos que el Sr. Diego Fernando Morales Vega fue detenido el día 2 de mayo. Su hijo menor, Thiago Morales, asiste a una escuela.")
    assert r["verdict"] == "block" and _masked(r, "Thiago Morales")


def test_an_account_abroad_after_its_label_is_masked(scan):
    r = scan("Name: ADHIKARI PRAKASH\nमेरो बुबाको खाता (नेपाल): Nabil Bank, Pokhara Branch, A/C 0512017503429")
    assert _masked(r, "0512017503429")


def test_a_phone_after_an_address_at_naver_is_still_a_phone(scan):
    r = scan("보호자: 배동혁 (부)\n이메일: dh.bae77@naver.com\n전화: +82-10-5531-2078")
    assert _masked(r, "+82-10-5531-2078")


def test_a_shops_own_line_and_name_in_a_list_of_stalls_do_not_block(scan):
    r = scan("国際交流フェスタの出店者一覧を英語にしてください。\n\n・Gurung Kitchen（ネパール料理）　連絡先：店舗電話 027-212-4830\n・Casa Rosa（スペイン・中南米雑貨）")
    assert r["verdict"] != "block"


# -- train249: IT configuration and operations -------------------------------------------------------------------------

def test_passwords_on_command_lines_and_in_device_configs_are_masked(scan):
    for text, secret in (("sqlplus -s zeimu_rd/Zr#Ora2022@//10.1.40.31:1521/TAXPRD <<EOF", "Zr#Ora2022"),
                         ("+ curl --url smtp://mail01.maebashi.local:587 --user 'kouhou-notice:Kh!Notice2024'", "Kh!Notice2024"),
                         ("$ docker login harbor.maebashi.internal -u robot$ci-build -p 'Hb0r-R0b0t!x92'", "Hb0r-R0b0t!x92"),
                         ("config vpn ipsec phase1-interface\n    edit \"to_OgoShisho\"\n        set psksecret Og0-Vpn#Psk2024", "Og0-Vpn#Psk2024"),
                         ("ipsec ike pre-shared-key 1 text Sh1sho#Kasukawa2024", "Sh1sho#Kasukawa2024"),
                         ("$pw = ConvertTo-SecureString \"Bk#Maeb2023!q\" -AsPlainText -Force", "Bk#Maeb2023!q"),
                         ("user=admin note=\"temp pw reset to Zm!8424kis\"", "Zm!8424kis")):
        r = scan(text)
        assert r["verdict"] == "block" and _masked(r, secret), text


def test_wordpress_salts_are_masked_but_the_placeholder_phrase_is_not(scan):
    r = scan("define( 'AUTH_KEY',         '|8HQ<FOX}t5Q;-u)~l0NX<w0<b^BO{J_M9(EEwnk)B~~:V+@N?b$p2f$uM>,BZlF' );")
    assert r["verdict"] == "block"
    assert scan("define( 'AUTH_KEY', 'put your unique phrase here' );")["verdict"] == "allow"


def test_test_fixtures_references_and_blank_env_files_hold_no_secret(scan):
    for text in ("dsn = make_dsn(host=\"db.example.test\", user=\"dummy_user\", password=\"dummy_password\", dbname=\"testdb\")",
                 "resource \"x\" \"main\" {\n  administrator_login    = \"pgadmin\"\n  administrator_password = var.db_admin_password\n}",
                 "DB_USERNAME=\nDB_PASSWORD=\nMAIL_MAILER=smtp\nMAIL_HOST=\nMAIL_PASSWORD=",
                 "PATTERNS = {\n    \"password_assign\": r\"(?i)(password|passwd|pwd)\\s*[:=]\\s*\\S+\",\n}",
                 "git clone git@github.com:example-org/public-tools.git で\ngit@github.com: Permission denied (publickey)."):
        assert scan(text)["verdict"] != "block", text


def test_the_jwt_io_sample_token_is_documentation(scan):
    r = scan("jwt.io の有名なサンプルトークンを分解して説明して。\neyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c")
    assert r["verdict"] == "allow"


def test_syslog_hosts_and_lan_hosts_are_internal_names(scan):
    r = scan("Oct 12 02:14:07 kikan-db02 postgres[4112]: connection from 172.20.31.45 port 50122")
    assert _masked(r, "kikan-db02")
    r = scan("防犯カメラネットワークの構成を図にして。\n- 管理用スイッチ: sw-bouhan-core.lan.city.maebashi")
    assert r["verdict"] == "block" and _masked(r, "sw-bouhan-core.lan.city.maebashi")


def test_nslookups_server_is_no_foreign_address(scan):
    assert scan("> nslookup www.city.maebashi.gunma.jp 8.8.8.8\nServer:  dns.google\nAddress:  8.8.8.8")["verdict"] == "allow"


# -- train244–248: identifiers, markings, relations --------------------------------------------------------------------

def test_a_residents_number_after_its_label_is_masked(scan):
    r = scan("【取扱注意】差押予告 対象一覧（収納課）\n\n1. 宛名 0002205871 高山 浩二　市県民税 R4〜R5 計 412,600円　給与差押予定")
    assert r["verdict"] == "block" and _masked(r, "0002205871")
    assert _masked(scan("手帳番号は 精-第0418290号 です。受給者証の申請手続きについて教えて。"), "精-第0418290号")


def test_a_residents_number_alone_warns_and_a_blank_one_passes(scan):
    assert scan("宛名番号 0004417729 の世帯の照会結果を確認してください。")["verdict"] == "warn"
    assert scan("宛名番号：0000000000（記入例）")["verdict"] == "allow"


def test_a_closed_session_marked_at_the_line_head_and_a_joined_handling_mark_block(scan):
    assert scan("非公開（秘密会）　総務常任委員会 会議メモ\n案件：旧庁舎跡地の売却に係る優先交渉権者の選定経過")["verdict"] == "block"
    assert scan("監査委員事務局 内部資料・取扱注意\n対象：○○公民館\n・使用料収入を現金出納簿に記載せず保管していた。")["verdict"] == "block"


def test_a_meetings_closed_status_in_a_schedule_only_warns(scan):
    assert scan("庁議の開催通知を整えて。\n令和7年12月15日（月）9:00〜10:00 庁議（非公開）\n場所：本庁舎4階 庁議室")["verdict"] == "warn"


def test_a_question_about_the_word_embargo_passes(scan):
    assert scan("報道機関への資料提供で使う「報道解禁（エンバーゴ）」とは何ですか？ 解禁日時の書き方も教えて。")["verdict"] == "allow"


def test_advice_not_to_tell_a_pin_is_no_security_particular(scan):
    assert scan("高齢者向けに「パスワードや暗証番号を他人に教えない」ことを呼びかける、出前講座用の話の台本（5分程度）を書いて。")["verdict"] == "allow"


def test_counts_by_relation_and_a_flyers_audience_are_no_person(scan):
    assert scan("高齢者虐待の相談件数をグラフにしたい。\n虐待者の続柄：息子 41件、夫 18件、娘 14件、その他 30件")["verdict"] == "allow"
    assert scan("認知症カフェのチラシのキャッチコピーを5案ください。対象は、認知症の方ご本人と、そのご家族です。")["verdict"] == "allow"


def test_birth_dates_in_a_delegations_roster_with_passports_are_masked(scan):
    r = scan("【庁内限り】訪問団 名簿を並べ替えてください\n1 副市長 福田 昌弘　FUKUDA MASAHIRO　1962年3月14日　TR3318402\n"
             "2 文化国際課長 桑原 由紀　KUWABARA YUKI　1975年11月2日　TK6620915")
    assert r["verdict"] == "block" and _masked(r, "1962年3月14日", "1975年11月2日")


# -- fc42 (opened this round) and the signatures of letters from abroad ------------------------------------------------

def test_a_handling_mark_joined_to_what_the_paper_is_blocks(scan):
    for text in ("【試験問題・取扱注意】令和7年度 前橋市職員採用試験 教養試験 問12〜14（案）\n問12 次のうち…", "【会議資料・部外秘】駅前再開発の事業者選定"):
        assert scan(text)["verdict"] == "block", text


def test_a_bracket_that_only_mentions_a_handling_point_passes(scan):
    assert scan("【お知らせ・取扱注意点】薬品の保管方法について職員向けの説明文を作って。")["verdict"] != "block"


def test_the_name_under_a_nepali_letters_closing_and_a_spanish_certificates_title_are_masked(scan):
    r = scan("म राम बहादुर गुरुङ, हाल मायबासी सहरमा बस्दै आएको छु।\nसम्पर्क नम्बर: 080-4417-2386\n\nभवदीय,\nराम बहादुर गुरुङ")
    assert r["verdict"] == "block" and _masked(r, "राम बहादुर गुरुङ")
    r = scan("CERTIFICADO DE EMPRESA\n\nD.ª Laura Sánchez Prieto, en calidad de directora de Recursos Humanos, CERTIFICA: que D. Javier Ortiz "
             "Molina, con DNI 20735184V, presta servicios en esta empresa.")
    assert r["verdict"] == "block" and _masked(r, "Laura Sánchez Prieto", "20735184V")


# -- train250–256 (written while 318a189 was made; scored on 2b2fbb3 and 318a189 first) ---------------------------------

def test_a_form_with_blanks_to_fill_is_no_table_of_names(scan):
    r = scan("分納誓約書の様式を見直しています。\n住所　＿＿＿＿＿＿＿＿\n氏名　＿＿＿＿＿＿　電話　＿＿＿＿＿＿\n滞納額合計　　　　円\n"
             "納付方法　毎月　　日までに　　　円ずつ（　　回）")
    assert r["verdict"] == "allow"


def test_hashing_a_password_with_bcrypt_names_no_password(scan):
    assert scan("パスワードを bcrypt でハッシュ化しています。コストパラメータはいくつが妥当ですか？")["verdict"] == "allow"


def test_a_wireless_controllers_psk_an_env_files_secret_key_a_json_auth_token_and_smtp_auth_plain_are_masked(scan):
    for text, secret in (("wlan \"MBS-STAFF\" 1 \"MBS-STAFF\"\n security wpa-psk ascii 0 Maebashi_Staff_5G#2024\n vlan 120", "Maebashi_Staff_5G#2024"),
                         ("POSTGRES_USER=yoyaku\nDJANGO_SECRET_KEY=p7$w#k2m!q9zv(3t8b@e0r^u6y*x1n4c\nALLOWED_HOSTS=localhost", "p7$w#k2m!q9zv(3t8b@e0r^u6y*x1n4c"),
                         ("curl -d '{\"method\":\"host.get\",\"auth\":\"f3a9c27e81b54d6e9a0c1b2d3e4f5a67b8c9d0e1f2a3b4c5d6e7f8091a2b3c4d\",\"id\":1}'",
                          "f3a9c27e81b54d6e9a0c1b2d3e4f5a67b8c9d0e1f2a3b4c5d6e7f8091a2b3c4d"),
                         ("250-AUTH PLAIN LOGIN\nAUTH PLAIN AHVwcy1hbGVydEBtYnMubG9jYWwAVXBzQWxlcnQjMjAyMw==\n535 5.7.8 Error", "AHVwcy1hbGVydEBtYnMubG9jYWwAVXBzQWxlcnQjMjAyMw==")):
        r = scan(text)
        assert r["verdict"] == "block" and _masked(r, secret), text


def test_a_percent_sign_in_a_urls_password_is_the_passwords_own(scan):
    r = scan('backend:\n  faq_db: "postgresql://chatbot:Mbs-Faq%2024@db01.example-city.jp:5432/faq"')
    assert r["verdict"] == "block" and _masked(r, "Mbs-Faq%2024")


def test_a_meetings_host_key_and_a_yucho_account_in_romaji_are_masked(scan):
    assert _masked(scan("Webex ミーティング番号：2519 884 3071\nホストキー：608214"), "608214")
    r = scan("Ito po ang account ko para sa refund:\nBangko: ゆうちょ銀行\nKigo: 10180\nBango: 48213571\nPangalan sa account: ARMANDO TOLENTINO CRUZ")
    assert r["verdict"] == "block" and _masked(r, "48213571")


def test_portuguese_and_spanish_parents_and_children_are_masked(scan):
    r = scan("[19:42] Gisele Moreira Ota: Boa noite, professora. Aqui é a mãe do Kauã Ota.\n[19:45] Gisele Moreira Ota: Meu número novo é +81 90-4628-1937")
    assert _masked(r, "Kauã Ota")
    r = scan("Buenos días. Soy Rosa Elena Quispe Huamán, mamá de Valeria Quispe (2.º grado, clase 1). Ella tiene asma y usa inhalador.")
    assert _masked(r, "Rosa Elena Quispe Huamán", "Valeria Quispe")


def test_a_relation_word_before_a_place_or_a_saint_is_no_name(scan):
    for text in ("Mi hijo, Buenos Aires, es una ciudad.", "La madre Teresa de Calcuta, premio Nobel.", "O pai do Brasil, Getúlio Vargas."):
        assert scan(text)["verdict"] == "allow", text


def test_names_in_thai_sinhala_burmese_and_nepali_after_their_words_are_masked(scan):
    for text, name in (("[10:42] สวัสดีค่ะ ดิฉันชื่อ นภาพร วงศ์ใหญ่ ค่ะ\n[10:44] เบอร์ 080-7745-1203", "นภาพร วงศ์ใหญ่"),
                       ("เรียน เจ้าหน้าที่\nผมชื่อ ธนากร บุญมา เป็นผู้ฝึกงาน เบอร์ 080-7745-1203", "ธนากร บุญมา"),
                       ("ආයුබෝවන්. මම නිමල් පෙරේරා. මගේ පුතා සෙනුර පෙරේරා (උපන් දිනය 2020-10-05) ට ඔටිසම් ඇත.", "සෙනුර පෙරේරා"),
                       ("ආයුබෝවන්,\nමගේ නම කුමාරි ජයසිංහ. මගේ දුරකථන අංකය 080-2953-1170.", "කුමාරි ජයසිංහ"),
                       ("အမည်: မြတ်နိုးခိုင်\nဖုန်း: 080-5512-3347", "မြတ်နိုးခိုင်"),
                       ("बुबा: प्रकाश अधिकारी\nआमा: सरिता अधिकारी\nसम्पर्क: 080-3321-7781", "प्रकाश अधिकारी")):
        r = scan(text)
        assert r["verdict"] == "block" and _masked(r, name), text


def test_an_indonesian_roster_is_read_by_its_headings(scan):
    r = scan("no,nama,asal,email,hp,kelas\n1,Lestari Ningsih,Bandung,lestari.ning97@gmail.com,080-9931-2207,Pemula A\n"
             "2,Yusuf Hidayat,Surabaya,yusuf.hdyt@yahoo.co.id,090-6120-4478,Pemula B")
    assert r["verdict"] == "block" and _masked(r, "Lestari Ningsih", "Yusuf Hidayat")


def test_a_closed_for_security_mark_blocks_and_marking_words_as_vocabulary_pass(scan):
    assert scan("警備上非公開\n皇族ご視察に関する報道対応メモ\n・移動ルート：県道〇号→国道17号、到着14:10予定")["verdict"] == "block"
    assert scan("報道資料に「解禁日時」を設定するときの一般的な書き方を教えてください。「取扱注意」や「解禁厳守」といった表記をどこに入れるのが普通ですか。")["verdict"] == "allow"
