"""The service's label table: every Japanese string a finding carries, in one place.

Each finding type has its label (shown in the extension's dialog), the placeholder
used in `redacted_text`, the guideline's classification (I / II / III / IV), its
default action, and the guideline rule it falls under.
"""
from __future__ import annotations

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
    # POST /v1/events (service/audit.py)
    "event_unknown_key": "イベントに使えない項目が含まれています（使える項目: event, verdict, source, findings, "
                         "extension_version, policy_version, error, occurred_at, user_name）。",
    "bad_event": "「event」は blocked・redacted・sent_after_warning・cancelled・service_unreachable の"
                 "いずれかを指定してください。",
    "bad_event_field": "イベントの項目「{key}」の値が正しくありません。",
    "event_too_large": "イベントが大きすぎます（上限は4KiBです）。",
    "audit_unavailable": "監査ログのフォルダに書き込めません。情報政策課に連絡してください。",
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
