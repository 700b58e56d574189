"""The service's label table: every Japanese string a finding carries, in one place.

Each finding type has its label (shown in the extension's dialog), the placeholder
used in `redacted_text`, the guideline's classification (I / II / III / IV), its
default action, and the guideline rule it falls under.
"""
from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass(frozen=True)
class TypeInfo:
    label: str
    placeholder: str
    classification: str  # "I", "II", "III" or "IV"
    default_action: str  # "block", "warn" or "allow"
    rule: str


_RULE_I = "ガイドライン3(1)：個人情報（重要性分類Ⅰ・機密性3）は入力禁止"
_RULE_II = "ガイドライン3(1)：非公開情報（重要性分類Ⅱ・機密性2）は入力禁止"
_RULE_INFO = "公開情報（入力可）"

TYPES: dict[str, TypeInfo] = {
    # Class I — personal information
    "PERSON": TypeInfo("個人の氏名", "<氏名>", "I", "block", _RULE_I),
    "JP_ADDRESS": TypeInfo("住所", "<住所>", "I", "block", _RULE_I),
    "PHONE_NUMBER": TypeInfo("電話番号", "<電話番号>", "I", "block", _RULE_I),
    "EMAIL_ADDRESS": TypeInfo("メールアドレス", "<メールアドレス>", "I", "block", _RULE_I),
    "DATE_OF_BIRTH": TypeInfo("生年月日", "<生年月日>", "I", "block", _RULE_I),
    "JP_MY_NUMBER": TypeInfo("個人番号（マイナンバー）", "<個人番号>", "I", "block", _RULE_I),
    "JP_RESIDENT_CODE": TypeInfo("住民票コード", "<住民票コード>", "I", "block", _RULE_I),
    "JP_DRIVER_LICENSE": TypeInfo("運転免許証番号", "<運転免許証番号>", "I", "block", _RULE_I),
    "JP_PASSPORT": TypeInfo("旅券番号", "<旅券番号>", "I", "block", _RULE_I),
    "JP_RESIDENCE_CARD": TypeInfo("在留カード番号", "<在留カード番号>", "I", "block", _RULE_I),
    "JP_PENSION_NUMBER": TypeInfo("基礎年金番号", "<基礎年金番号>", "I", "block", _RULE_I),
    "JP_HEALTH_INSURANCE": TypeInfo("被保険者番号", "<被保険者番号>", "I", "block", _RULE_I),
    "JP_BANK_ACCOUNT": TypeInfo("口座番号", "<口座番号>", "I", "block", _RULE_I),
    "CREDIT_CARD": TypeInfo("クレジットカード番号", "<カード番号>", "I", "block", _RULE_I),
    "SENSITIVE_PERSONAL_INFO": TypeInfo("要配慮個人情報", "<要配慮情報>", "I", "block", _RULE_I),
    # Class II — not scheduled for publication
    "CONFIDENTIAL_MARKING": TypeInfo("秘密区分の表示", "<秘密区分>", "II", "block", _RULE_II),
    "NONPUBLIC_INFO": TypeInfo("非公開の可能性がある情報", "<非公開情報>", "II", "warn", _RULE_II),
    "CREDENTIAL": TypeInfo("パスワード・認証情報", "<認証情報>", "II", "block", _RULE_II),
    "INTERNAL_NETWORK": TypeInfo("庁内ネットワークの情報", "<内部アドレス>", "II", "block", _RULE_II),
    # Informational
    "JP_CORPORATE_NUMBER": TypeInfo("法人番号（公開情報）", "<法人番号>", "III", "allow", _RULE_INFO),
}

ACTIONS = ("block", "warn", "allow")

# Mask-and-restore (the extension's numbered placeholders 〔氏名1〕, issue 14): per type, may
# a masked text be sent at all, and how. "numbered": 〔氏名1〕; "last4": 〔電話番号1・末尾5678〕
# (the last 4 digits stay, for the user's own reference); "block_only": never offered —
# masking the span cannot make the rest safe (a marking covers the whole document; a
# 要配慮 fact or a non-public topic is told by the sentence around it).
MASKINGS = ("numbered", "last4", "block_only")
DEFAULT_MASKING = {"SENSITIVE_PERSONAL_INFO": "block_only", "CONFIDENTIAL_MARKING": "block_only",
                   "NONPUBLIC_INFO": "block_only"}
# A numbered placeholder as the extension writes it: the service's placeholder label, a
# number, optionally the kept last digits. Re-sent (a quoted answer, the masked prompt
# itself) it is a placeholder, not a finding.
NUMBERED_PLACEHOLDER = (r"〔(?:" + "|".join(sorted((re.escape(i.placeholder.strip("<>")) for i in TYPES.values()),
                                                     key=len, reverse=True))
                        + r")[0-9]{1,4}(?:・末尾[0-9]{1,4})?〕")
ACTION_RANK = {"allow": 0, "warn": 1, "block": 2}

# 前橋市情報公開条例 第6条 — the eight kinds of non-public information.
ARTICLE_6 = {
    1: "法令秘情報（第1号）",
    2: "個人情報（第2号）",
    3: "法人情報（第3号）",
    4: "意思決定過程情報（第4号）",
    5: "事務事業執行情報（第5号）",
    6: "国等協力情報（第6号）",
    7: "公共の安全情報（第7号）",
    8: "任意提供情報（第8号）",
}

# Why a finding was reported: reason ids of the rule catalogue (service/rules/*.toml) → the
# Japanese shown to the user. Code never branches on the Japanese; rules and reports use the ids.
# The categories of 要配慮個人情報 the sensitive rules report (service/rules/sensitive.toml), by the
# rules' reason id
SENSITIVE_CATEGORIES = {
    "sensitive.illness": "病歴・病名",
    "sensitive.disability": "障害",
    "sensitive.public_assistance": "生活保護",
    "sensitive.criminal_record": "犯罪歴・前科",
    "sensitive.arrears_debt": "滞納・債務",
    "sensitive.abuse_dv": "虐待・DV",
    "sensitive.withdrawal_truancy": "ひきこもり・不登校",
    "sensitive.creed_origin": "信条・出自",
    "sensitive.gender_identity": "性的指向・性自認",
}

REASONS = {
    # CONFIDENTIAL_MARKING (service/rules/marking.toml)
    "marking.bracketed": "括弧書きの秘密区分の表示",
    "marking.bracketed_note": "括弧書きの秘密区分の注記",
    "marking.self_marked": "資料自体が秘密区分を述べている",
    "marking.secret_until": "「…まで秘」の注記",
    "marking.after_draft_title": "案の表題の後の秘密区分の表示",
    "marking.quote_head": "引用した文書・メールの冒頭の秘密区分の表示",
    "marking.labelled": "区分欄の秘密区分の表示",
    "marking.bracketed_en": "括弧書きの秘密区分の表示（英語）",
    "marking.file_name": "ファイル名の中の秘密区分の表示",
    "marking.markup": "ページのマークアップ（HTMLコメント・meta）の秘密区分",
    "marking.line_alone.head": "文頭の行の秘密区分の表示",
    "marking.line_alone": "単独行の秘密区分の表示",
    "marking.heading": "見出しの秘密区分の表示",
    "marking.decorated.head": "文頭の飾り付きの秘密区分の表示",
    "marking.decorated.foot": "文末の飾り付きの秘密区分の表示",
    "marking.line_head": "文頭の秘密区分の表示",
    "marking.subject": "件名の先頭の秘密区分の表示",
    "marking.line_tail": "文頭付近の行末の秘密区分の表示",
    "marking.prose": "資料が秘密区分付きである旨の記述",
    "marking.maru_hi": "マル秘の表示",
    "marking.bracketed_release": "括弧書きの公表前の表示",
    "marking.line_prefix": "文書の行頭の秘密区分の表示",
    "marking.english_line": "行頭の秘密区分の表示（英語）",
    "marking.english_prose": "資料が秘密区分付きである旨の記述（英語）",
    "marking.embargo": "報道解禁前（解禁日時）の表示",
    "marking.release_pending": "公表前の報道発表資料である旨の記述",
    # issue 16: structural detectors (table.py, romaji.py, identifiable.py, kana_slot.py)
    "table.column": "表の見出し「{label}」の列の値",
    "table.json_key": "データの項目名「{label}」の値",
    "table.key_value": "項目名「{label}」の値",
    "table.sql_insert": "SQLの列名「{label}」の値",
    "table.check_digit_fails": "{why}・検査用数字が不一致（誤記の可能性）",
    "table.zengin.account": "全銀形式の振込データの口座番号",
    "table.zengin.name": "全銀形式の振込データの受取人名",
    "romaji.slot": "「姓, 名」の形の氏名（氏名欄・名乗り・差出人）",
    "romaji.both_listed": "ローマ字の「姓, 名」（よくある姓と名）",
    "romaji.in_context": "ローマ字の「姓, 名」（一覧・メールの欄・署名）",
    "romaji.shape_only": "ローマ字の「姓, 名」の形",
    "romaji.given_surname_contact": "外国人の氏名（よくある名・姓）・同じ行に連絡先・番号",
    "identifiable.description": "要配慮個人情報（{category}）・氏名はないが特定の個人を示す記述（{kinds}）",
    "identifiable.kind.age": "年代・年齢",
    "identifiable.kind.sex": "性別",
    "identifiable.kind.role": "役職・立場",
    "identifiable.kind.group": "所属・学級",
    "identifiable.kind.district": "地区",
    "identifiable.kind.family": "家族の状況",
    "kana_slot.name": "氏名の欄のかな書きの姓と名",
    "kana_slot.self_named": "名乗った氏名（漢字の姓＋かなの名）",
    "kana_slot.numbered": "番号付きの項目の姓と名",
    "kana_slot.honorific": "かな書きの姓と名＋敬称（さん・くん等）",
    "kana_slot.child_bracket": "かな書きの名＋ちゃん・くん＋年齢・組の括弧書き",
    "kana_slot.relation_bracket": "続柄の後の括弧内のかな書きの名（年齢・学年つき）",
    "kana_slot.class_list": "学級名簿の行頭（◯年◯組など）の後の姓と名",
    "record.date": "個人の記録の行にある日付（生年月日とみなす）",
    "record.kana_address": "個人の記録の行にあるカナ書きの住所（町名＋番地）",
    "record.person_number_column": "表の「職員番号」などの列の値（同じ行に氏名）",
    "record.spelling": "直前の氏名の別の書き方（括弧内の漢字・かな）",
    "record.name_part": "氏名の一部（姓・名などの欄の値）・同じ文に個人の情報",
    "record.person_number": "個人に割り当てられた番号（職員番号・お客様番号など）・同じ段落に氏名",
    "kin.same_surname": "文中の個人と同じ姓の名前（家族）",
    "address.why.facility_column": "施設の一覧の所在地",
    # CREDENTIAL (service/rules/credential.toml)
    "credential.api_key.openai": "OpenAI等のAPIキー",
    "credential.api_key.github": "GitHubトークン",
    "credential.api_key.slack": "Slackトークン",
    "credential.api_key.slack_webhook": "SlackのWebhook URL",
    "credential.api_key.chat_webhook": "チャットツールのWebhook URL（投稿用の秘密を含む）",
    "credential.generic.password_prose_en": "英文で述べられたパスワード",
    "credential.generic.cli_password": "コマンドに渡したパスワード",
    "credential.generic.password_spaced": "パスワードの語の後の値",
    "marking.field": "データの区分欄の秘密区分",
    "credential.api_key.google": "Google APIキー",
    "credential.api_key.stripe": "Stripeシークレットキー",
    "credential.api_key.aws_access_key_id": "AWSアクセスキーID",
    "credential.api_key.aws_secret_access_key": "AWSシークレットアクセスキー",
    "credential.api_key.bearer": "Bearerトークン",
    "credential.api_key.azure_line_key": "LINE/Azure等の鍵",
    "credential.jwt": "JWT（ヘッダに署名方式）",
    "credential.connection_string": "接続文字列のパスワード",
    "credential.generic.english": "鍵・トークンらしき値",
    "credential.generic.auth_pair": "プログラムに書かれた利用者名とパスワードの組",
    "credential.generic.japanese": "鍵・トークンらしき値（日本語）",
    # CREDENTIAL found in code (service/detectors/credential.py)
    "credential.password.after_word": "パスワードの値（文脈語の直後）",
    "credential.password.digits": "パスワードの値（数字）",
    "credential.password.pin": "暗証番号の値",
    "credential.password.env_line": "設定ファイルのパスワード値",
    "credential.password.maybe": "パスワードらしき値（要確認）",
    "credential.password.example": "例示のパスワードらしき値（要確認）",
    "credential.password.famous_weak": "よく知られた弱いパスワード（例示の可能性）",
    "credential.login_call": "ログイン関数に渡されたパスワード",
    "credential.login_pair": "ID とパスワードの組（ログイン情報）",
    "credential.private_key.block": "秘密鍵のブロック",
    "credential.private_key.unterminated": "秘密鍵のブロック（末尾なし）",
    "credential.private_key.putty": "PuTTY秘密鍵",
    "credential.private_key.putty_file": "PuTTY鍵ファイル",
    # INTERNAL_NETWORK (service/rules/network.toml)
    "network.ipv4.private": "プライベートIPアドレス（RFC 1918）",
    "network.ipv4.default_gateway": "プライベートIPアドレス（機器の初期値・要確認）",
    "credential.generic.wifi_qr": "Wi-Fi接続用QRコードの文字列の鍵",
    "credential.generic.password_mixed_script": "パスワードの値（かな・漢字と数字の混在）",
    "network.ipv4.subnet": "プライベートIPアドレスの範囲（ネットワーク設計・要確認）",
    "network.ipv6.unique_local": "IPv6ユニークローカルアドレス",
    "network.host.lg_service": "行政ネットワークの業務サーバのホスト名",
    "network.host.cloud_site": "職場のSharePoint・OneDriveの文書のURL",
    "network.host.wifi_ssid": "無線LANのネットワーク名（SSID）",
    "network.host.internal_domain": "内部専用ドメインのホスト名",
    "network.host.internal_label": "内部用ラベルを含むホスト名",
    "network.host.url_single_label": "URL中の内部ホスト名",
    "network.unc.path": "UNCパス（共有フォルダ）",
    # NONPUBLIC_INFO topics (service/rules/nonpublic.toml)
    "nonpublic.bid_price": "入札の予定価格等（金額または公告前）",
    "nonpublic.quotes": "業者の見積額（契約前）",
    "nonpublic.proposal_review": "企画提案の審査（選定前）",
    "nonpublic.personnel": "人事・予算の内示等（発表前）",
    "nonpublic.exam": "試験問題・論文テーマ（公表前）",
    "nonpublic.audit": "監査の指摘（公表前）",
    "nonpublic.land": "用地交渉・用地買収の状況",
    "nonpublic.dispute_handling": "交渉・争訟の対応",
    "nonpublic.inspection": "立入検査・取締りの予定",
    "nonpublic.negotiation": "相手方と協議・交渉中の内容",
    "nonpublic.deliberation": "意思決定前の検討・協議の内容",
    "nonpublic.facility": "施設の統廃合・閉鎖の検討（決定前）",
    "nonpublic.complaint": "特定の市民の苦情の詳細",
    "nonpublic.corporate": "法人の非公開の経営・技術情報",
    "nonpublic.gov_informal": "国・県等から内々に得た情報",
    "nonpublic.security": "警備・防犯に関する情報",
    "nonpublic.vulnerability": "庁内システムの未対策の弱点（攻撃を招くおそれ）",
    "nonpublic.results": "審査・選定の結果（公表前）",
    "nonpublic.discipline": "職員の処分の検討（決定前）",
    "nonpublic.route": "用地・路線の計画（公表前）",
    "nonpublic.budget": "予算査定の内容（決定前）",
    "nonpublic.position": "交渉の方針・妥結ライン",
    "nonpublic.gov": "国・県等とのやり取り（非公式・公表前）",
    "nonpublic.entrusted": "内密にと提供された情報",
    "nonpublic.condition": "公にしない約束で提供された情報",
    "nonpublic.site": "用地の選定（地権者への打診前）",
    "nonpublic.position_private": "交渉における当方の譲れる線",
    "nonpublic.investigation": "事案の内部確認中（公表の判断前）",
    "nonpublic.siting": "企業の立地・進出の交渉（非公表）",
    "nonpublic.litigation": "訴訟の方針（係争中）",
    "nonpublic.english": "未公表の計画・価格等（英語）",
    "nonpublic.given_on_condition": "非公開を条件に提供された情報",
    "nonpublic.plain_deliberation": "内部で検討中の案",
    "nonpublic.dispute": "訴訟に発展するおそれのある紛争",
    "nonpublic.audit_pending": "外部監査・検査の指摘",
    "nonpublic.tax": "課税台帳等で知った個別の課税情報",
    "nonpublic.police": "捜査機関からの照会（個別の事案）",
    "nonpublic.statement.not_public_yet": "公表前・内部検討中である旨の記述",
    "nonpublic.statement.not_told": "関係者にまだ伝えていない旨の記述",
    "nonpublic.statement.keep_from_others": "外に出さないよう求められた旨の記述",
    "nonpublic.statement.without_notice": "相手に知られずに行う予定",
    "nonpublic.statement.decided_inside": "内部で決めた方針（公表前）",
    "nonpublic.particulars.unnamed_person": "特定の個人の事情（氏名なし）",
    "nonpublic.particulars.security": "施設の警備・鍵・避難先の具体的な内容",
    "nonpublic.particulars.preparedness_gap": "防災・選挙などの体制の、まだ解消していない弱点",
    "nonpublic.particulars.appraisal": "職員の人事評価の具体的な内容",
    # details a non-public combination adds to its rule's reason (service/detectors/nonpublic.py)
    "nonpublic.why.amount_or_status.1": "金額と公表前の記述",
    "nonpublic.why.amount_or_status.2": "具体的な金額",
    "nonpublic.why.amount_or_status.3": "具体的な率・算定",
    "nonpublic.why.amount_or_status.4": "公表前の記述",
    "nonpublic.why.quotes.1": "複数の業者の金額",
    "nonpublic.why.quotes.2": "業者の金額（契約前）",
    "nonpublic.why.status_or_company": "選定前の評価内容",
    "nonpublic.why.personnel.1": "予算の内示",
    "nonpublic.why.personnel.2": "内示",
    "nonpublic.why.personnel.3": "人事の案",
    "nonpublic.why.exam.1": "公表前の記述",
    "nonpublic.why.exam.2": "実施前の試験の出題内容",
    "nonpublic.why.exam.3": "作成中・案",
    "nonpublic.why.audit.1": "公表前の記述",
    "nonpublic.why.audit.2": "指摘を受けた旨",
    "nonpublic.why.land": "交渉の相手・金額",
    "nonpublic.why.facility.1": "検討中・公表前の記述",
    "nonpublic.why.facility.2": "検討中の記述",
    "nonpublic.why.deliberation.1": "検討中・公表前の記述",
    "nonpublic.why.deliberation.2": "検討中の記述",
    "nonpublic.why.complaint": "個別の案件の経緯",
    "nonpublic.why.corporate": "提供元の法人の情報",
    "nonpublic.why.inspection": "実施前の予定",
    "nonpublic.why.negotiation": "相手方とのやり取り",
    "nonpublic.why.results": "公表前の結果",
    "nonpublic.why.discipline": "処分の量定を検討中",
    "nonpublic.why.route": "公表前の計画",
    "nonpublic.why.budget": "査定の途中経過",
    "nonpublic.why.position": "当方の方針・譲れる線",
    "nonpublic.why.site": "地権者への打診前の候補地",
    "nonpublic.why.position_private": "相手に伝えていない当方の線",
    "nonpublic.why.investigation": "調査中・公表の判断前",
    "nonpublic.why.siting": "相手企業との非公表の交渉",
    "nonpublic.why.litigation": "係争中の当方の方針",
    "nonpublic.why.plain_deliberation": "関係者への説明前・方針未定",
    "nonpublic.why.dispute": "個別の案件で法的措置の示唆",
    "nonpublic.why.audit_pending": "公表前の指摘見込み",
    "nonpublic.why.gov": "非公式・公表前のやり取り",
    "nonpublic.why.entrusted": "提供元から内密にとされた情報",
    "nonpublic.why.condition": "公にしない条件で任意に提供された旨",
    "nonpublic.why.tax": "個別の土地・納税者の課税情報",
    "nonpublic.why.police": "個別の事案についての照会",
    "nonpublic.why.english": "未公表の旨と計画・金額（英語）",
    "nonpublic.why.amount": "金額",
    # identifiers with a check (service/detectors/ids.py): templates
    "ids.check_digit.valid": "{digits}桁・検査用数字が一致",
    "ids.check_digit.invalid": "{digits}桁・検査用数字が不一致（誤記の可能性）",
    "ids.check_number.valid": "{digits}桁・検査数字が一致",
    "ids.check_number.invalid": "{digits}桁・検査数字が不一致（誤記の可能性）",
    "ids.context_word": "文脈語「{word}」",
    "ids.grouped_4_4_4": "4桁区切りの書式",
    "ids.four_six": "4桁+6桁",
    "ids.symbol_number": "記号・番号",
    "ids.passport.two_letters": "英字2文字+数字7桁",
    "ids.passport.mrz": "旅券の機械読取欄（MRZ）の氏名・旅券番号",
    "ids.passport.one_letter": "英字1文字+数字7〜8桁",
    "ids.residence_card": "英字2文字+数字8桁+英字2文字",
    "ids.health_insurance.after_insured_number": "被保険者番号の直後の番号",
    "ids.health_insurance.after_insurer_number": "保険者番号の直後の番号",
    # cards and bank accounts (service/detectors/finance.py)
    "finance.card.valid": "{digits}桁・Luhn検査・発行者番号が一致",
    "finance.card.security_code": "カードのセキュリティコード（カード番号と同じ文脈）",
    "finance.card.luhn_context": "{digits}桁・Luhn検査が一致（発行者番号は一覧外）",
    "finance.card.invalid": "{digits}桁・Luhn検査が不一致（誤記の可能性）",
    "finance.account.yucho": "ゆうちょ銀行の記号・番号",
    "finance.account.zengin": "全銀形式の振込データの口座番号",
    "finance.account.after_word": "「口座番号」の直後の番号",
    # JP_ADDRESS (service/detectors/address.py): the shape, then what else holds (joined with ・)
    "address.romaji": "ローマ字の住所（番地＋町名）",
    "address.why.chome_banchi_go": "町名＋丁目・番地・号の形",
    "address.why.banchi_hyphen": "町名＋番地（ハイフン区切り）の形",
    "address.why.banchi_go": "町名＋番地・号の形",
    "address.why.chome_only": "町名＋丁目（番地なし）",
    "address.why.aza_chiban": "町名・大字＋地番",
    "address.unit.dwelling": "団地・集合住宅の部屋番号（入居者の話）",
    "address.why.postal_code": "郵便番号付き",
    "address.why.from_prefecture": "都道府県から記載",
    "address.why.facility": "施設名に続く所在地（公共施設の可能性）",
    "address.why.person_near": "近くに氏名",
    # DATE_OF_BIRTH (service/detectors/birth.py): {word} is the word that ties the date to a birth
    "birth.word_before": "日付・生年月日との結び付き（直前の「{word}」）",
    "birth.word_after": "日付・生年月日との結び付き（直後の「{word}」）",
    "birth.table_header": "日付・生年月日との結び付き（表の見出し「生年月日」）",
    "birth.table_label": "日付・生年月日との結び付き（表の項目「生年月日」）",
    # the policy's [keywords] (PolicyKeywordDetector, service/detectors/nonpublic.py)
    "policy.keyword": "管理者が登録したキーワード",
    # PHONE_NUMBER (service/rules/contact.toml, service/detectors/contact.py): the kind of number
    # by the numbering plan, then (joined with ・) what says whose it is; {word} is the word seen
    "contact.phone.mobile": "携帯電話番号の形式",
    "contact.phone.ip": "IP電話番号の形式",
    "contact.phone.tollfree": "フリーダイヤル等の形式",
    "contact.phone.service": "電話番号の形式",
    "contact.phone.m2m": "電話番号の形式",
    "contact.phone.landline": "固定電話番号の形式",
    "contact.phone.abroad": "海外の電話番号の形式（国番号つき）",
    "contact.phone.published": "市民向けの文書に載せる公開連絡先",
    "contact.phone.example": "例示によく使われる番号",
    "contact.phone.office": "部署等の公開連絡先（「{word}」）",
    "contact.phone.person": "個人の連絡先（「{word}」）",
    "contact.phone.context_word": "文脈語「{word}」",
    # EMAIL_ADDRESS (service/rules/contact.toml)
    "contact.email": "メールアドレスの形式",
    "contact.email.staff": "メールアドレスの形式・職員個人のアドレスの可能性",
    "contact.email.office": "メールアドレスの形式・部署等の公開アドレス",
    "contact.email.free_mail": "メールアドレスの形式・個人向けメールサービス",
    "contact.email.role": "メールアドレスの形式・組織の窓口アドレス",
    "contact.email.business": "メールアドレスの形式・会社の名刺・署名の業務用アドレス（確認のみ）",
    # SENSITIVE_PERSONAL_INFO (service/rules/sensitive.toml): the category …
    **{rid: f"要配慮個人情報（{name}）" for rid, name in SENSITIVE_CATEGORIES.items()},
    # … and who it is about (joined with ・ by service/detectors/sensitive.py)
    "sensitive.context.person": "同じ文脈に個人の氏名",
    "sensitive.context.person_en": "同じ文脈に個人の氏名（英語）",
    "sensitive.context.reference": "特定の個人を指す語が近くにある",
    "sensitive.context.described": "年代・性別・立場だけで示された個人の記述（確認のみ）",
    # PERSON (service/detectors/person*.py): what a candidate path saw; {honor}, {slot}, {role} and
    # {pii} are the words of the signals (the honorific, the name slot, the role, the kind of data)
    "person.kind.full": "姓と名の形（形態素解析）",
    "person.kind.katakana": "カタカナ氏名らしい形",
    "person.kind.shape": "氏名らしい形",
    "person.kind.surname": "姓のみ",
    "person.case_fact": "相談・手続の文脈",
    "person.for_publication": "公表・掲載用の文書（確認のみ）",
    "person.kind.given": "名のみ",
    "person.kind.whole": "辞書の人名",
    "person.title": "役職名が続く",
    "person.relation_bracket": "続柄の括弧書きが続く",
    "person.private_circumstance_bracket": "私人の事情の括弧書きが続く",
    "person.bank": "口座・振込の文脈",
    "person.private_fact": "私人としての事情が続く",
    "person.shape": "姓と名らしい形",
    "person.public_capacity": "公的・業務上の肩書きの後（確認のみ）",
    "person.repeat": "既に氏名と判定した姓・名の繰り返し",
    "person.honorific": "敬称「{honor}」",
    "person.slot": "氏名の欄・続柄「{slot}」",
    "person.role": "役職名「{role}」の後",
    "person.kana_given": "姓とかなの名の形",
    "person.age_bracket": "年齢の括弧書きが続く",
    "person.reading_bracket": "姓と名のふりがなの括弧書きが続く",
    "person.hangul": "ハングルの氏名と敬称（씨・님・さん等）",
    "person.class_slot": "学年・組の後",
    "person.private_bracket": "本人の状況の括弧書きが続く",
    "person.pii_near": "近くに{pii}",
    "person.slot_any": "氏名の欄・続柄",
    "person.katakana_dotted": "中黒で区切ったカタカナ氏名",
    "person.katakana_spaced": "カタカナ氏名",
    "person.nation": "国籍・在留資格の文脈",
    "person.tagged_resident": "人名の語・在留や転入の文脈",
    "person.kana_account": "口座名義・振込先のカナ氏名",
    "person.kana_reading_row": "表・CSVの欄のカナ氏名（姓と名の読み）",
    "person.table_column": "表・CSVの氏名の列",
    "person.split_cells": "姓と名が隣り合う列（CSV・SQLの値）",
    "person.kv_value": "表の氏名欄の値",
    "person.kv_reading": "表の氏名欄の読み仮名",
    "person.reading.honorific": "読み仮名つきの名・敬称「{honor}」",
    "person.reading.slot": "読み仮名つきの名・氏名の欄・続柄「{slot}」",
    "person.reading.age": "読み仮名つきの名・年齢の括弧書き",
    "person.reading_of": "氏名の読み仮名",
    "person.kanji_of_reading": "読み仮名の前の氏名",
    "person.list_sibling": "同じ一覧の他の項目が氏名",
    "person.romaji_foreign.honorific": "ローマ字氏名（敬称）",
    "person.romaji_foreign.slot": "ローマ字氏名（氏名の欄・続柄）",
    "person.romaji_foreign.bracket": "ローマ字氏名（国籍・年齢などの括弧書き）",
    "person.romaji_foreign.procedure": "ローマ字氏名（外国人に多い姓・手続の文脈）",
    "person.romaji_foreign.particle": "ローマ字氏名（外国人に多い姓・人を指す助詞）",
    "person.romaji_foreign.surname": "ローマ字氏名（外国人に多い姓の形）",
    "person.romaji_japanese.chat": "ローマ字の日本人名・チャットの発言者",
    "person.romaji_japanese.before": "ローマ字の日本人名・英文で人を指す語の後",
    "person.romaji_japanese.after": "ローマ字の日本人名・英文で人を指す語の前",
    "person.romaji_japanese.bare": "ローマ字の日本人名（よくある名と姓）",
    "person.romaji_card": "大文字のローマ字氏名（在留カード・旅券の文脈）",
    "person.romaji_caps": "ローマ字氏名の表記（姓を大文字）",
    "person.romaji_caps.jp_listed": "ローマ字氏名の表記（姓を大文字）・よくある日本人の名前",
    "person.romaji_caps.who": "ローマ字氏名の表記（姓を大文字）・人を指す関係詞（who）が続く",
    "sensitive.context.anonymised": "個人を記号（Aさん等）で匿名化した記述（確認のみ）",
    # PERSON: English contexts of a romaji name (service/detectors/person.py, _ROMAJI_CONTEXT)
    "person.romaji.title": "英文の敬称（Mr./Ms.等）",
    "person.romaji.dear": "英文の呼びかけ「Dear」",
    "person.romaji.mail_header": "英文メールの差出人・宛先欄",
    "person.romaji.account_holder": "口座名義・申請者の欄",
    "person.romaji.jp_honorific": "ローマ字の氏名＋敬称",
    "person.romaji.contact_person": "英文の名乗り・担当者欄",
    "person.romaji.mail_signature": "英文メールの署名",
    "person.romaji.closing_signature": "英文の結びの後の署名",
    "person.romaji.self_introduction": "英文の名乗り（I am / This is）",
    "person.romaji.relation_age": "英文の家族の続柄と年齢",
    "person.romaji.signature_block": "英文の署名欄（氏名の次の行に連絡先）",
    "person.romaji.mail_display_name": "メールアドレスの表示名",
    "person.romaji.name_field": "氏名欄のローマ字",
    "person.romaji.san": "ローマ字の氏名＋敬称（-san等）",
    "person.romaji.label_colon": "英文のラベル（宛先・連絡先・氏名等）の後",
    "person.romaji.label": "英文の宛先・支払先の後",
    "person.romaji.role_intro": "英文で役割とともに紹介された人名",
    "person.romaji.case_role": "事案の当事者を示す語（Patient, Applicant …）の後のローマ字氏名",
    "person.romaji.dash_signature": "英文のメッセージ末尾の署名（ダッシュの後）",
}

# Reminders of guideline rules (2)–(4), shown by the extension.
REMINDERS = {
    "business_use": "(2) 業務以外での利用はしないでください。",
    "fact_check": "(3) 回答は必ず事実確認をしてください（誤りや偏りを含むことがあります）。",
    "responsibility": "(4) 判断の責任は人間にあります。自らの責任の下に利用してください。",
    "no_personal": "(1) 個人情報や非公開情報は入力しないでください。",
}

# Japanese messages for the contract's JSON errors.
ERROR_MESSAGES = {
    "bad_json": "リクエストの本文が正しいJSONではありません。",
    "bad_request": "リクエストの形式が正しくありません。",
    "missing_text": "「text」（検査する文字列）が指定されていません。",
    "text_not_string": "「text」は文字列で指定してください。",
    "bad_source": "「source」は prompt・paste・file のいずれかを指定してください。",
    "text_too_long": "文字数が多すぎます（上限は{limit:,}文字です）。文章を分けて送ってください。",
    "body_too_large": "リクエストが大きすぎます（上限は1MiBです）。文章を分けて送ってください。",
    "unsupported_media_type": "Content-Type は application/json で送ってください。",
    "host_not_allowed": "このホスト名からのアクセスは許可されていません。",
    "origin_not_allowed": "このオリジンからのアクセスは許可されていません。",
    "method_not_allowed": "このURLではそのメソッドは使えません。",
    "not_found": "そのURLはありません。",
    "internal_error": "検査中に内部エラーが発生しました。情報政策課に連絡してください。",
    # answered by the HTTP server itself (service/server.py), before the app sees the request
    "bad_http_request": "HTTPリクエストの形式が正しくありません（Content-Length またはチャンクの指定）。",
    "headers_too_large": "リクエストのヘッダーが大きすぎます。",
    "transfer_encoding_not_supported": "この Transfer-Encoding には対応していません（chunked のみ使えます）。",
    # POST /v1/events (service/audit.py)
    "event_unknown_key": "イベントに使えない項目が含まれています（使える項目: event, verdict, source, findings, "
                         "extension_version, policy_version, error, occurred_at, user_name）。",
    "bad_event": "「event」は blocked・redacted・sent_after_warning・cancelled・service_unreachable の"
                 "いずれかを指定してください。",
    "bad_event_field": "イベントの項目「{key}」の値が正しくありません。",
    "event_too_large": "イベントが大きすぎます（上限は4KiBです）。",
    "audit_unavailable": "監査ログのフォルダに書き込めません。情報政策課に連絡してください。",
    # per-user authentication (service/auth.py)
    "service_auth_required": "このサービスはPCの利用者ごとの認証が必要です。mamori 拡張機能から使ってください"
                             "（IT担当者: deploy/README.md「しくみ」）。",
    # POST /v1/scan-file (service/file_api.py, service/files.py)
    "file_not_octet_stream": "ファイルは Content-Type: application/octet-stream で、中身をそのまま送ってください。",
    "bad_file_name": "ファイル名（X-Mamori-File-Name）は UTF-8 をパーセントエンコードして指定してください。",
    "file_too_large": "ファイルが大きすぎるため、中身を確認できません（上限は20MB）。安全のため添付を止めました。"
                      "必要な部分だけを別のファイルにしてください。",
    "file_too_much_text": "ファイルの文字数（またはページ数）が多すぎるため、中身を確認できません。"
                          "安全のため添付を止めました。必要な部分だけを別のファイルにしてください。",
    "unsupported_file_type": "この形式のファイル（画像・音声・圧縮ファイルなど）は中身を確認できません。",
    "file_corrupt": "ファイルが壊れているか、形式が拡張子と一致しないため、中身を確認できません。"
                    "安全のため添付を止めました。",
    "file_encrypted": "パスワードで保護（暗号化）されたファイルは中身を確認できません。"
                      "安全のため添付を止めました。保護を解除したファイルで確認してください。",
    "file_legacy_office": "古い形式のOfficeファイル（.xls・.doc・.ppt）は中身を確認できません。"
                          "安全のため添付を止めました。.xlsx・.docx・.pptx 形式で保存し直してください。",
    "file_bomb": "ファイルの展開後のサイズが大きすぎる（圧縮率が異常な）ため、中身を確認できません。"
                 "安全のため添付を止めました。",
    "file_too_complex": "ファイルの構造が複雑すぎて時間内に確認できませんでした。安全のため添付を止めました。",
}
