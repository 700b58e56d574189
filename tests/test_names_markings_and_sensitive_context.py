"""Classes of misses found by the tenth to twelfth independent corpora (holdout10-12),
with invented examples of each class (not the corpora's own texts), and the look-alikes that must
pass."""
from __future__ import annotations

import pytest

from support import findings_of

FOUND = [
    # a given name Sudachi splits into a name kanji and a suffix (悠+人)
    ("面接に来た柴崎 陽人さんが、前職を懲戒免職になっていたと分かりました。", "PERSON", "柴崎 陽人"),
    # a surname Sudachi reads as a place, right before a staff title, with health information
    ("係の吉野主任が、うつ病の診断で来週から休職します。業務分担のメールを作って。", "PERSON", "吉野"),
    # a former surname in brackets; a surname after an initial with a relation in brackets
    ("・篠田 美帆（旧姓：大沢）出席\n・M. 深町（父）欠席", "PERSON", "大沢"),
    ("・篠田 美帆（旧姓：大沢）出席\n・M. 深町（父）欠席", "PERSON", "深町"),
    # a katakana name after a list bullet, with the relation in brackets; one whose bracket names a nationality
    ("出欠一覧\n・ジュリアナ・ベアトリス・コスタ（母・通訳希望）出席", "PERSON", "ジュリアナ・ベアトリス・コスタ"),
    ("相談者：ルシア・マリア・スズキ（ペルー国籍）\n内容：児童手当の手続き", "PERSON", "ルシア・マリア・スズキ"),
    # a name after its role word and の
    ("税務課の主査 桑原 湊と主事 福田 拓也が現地を確認した。", "PERSON", "桑原 湊"),
    # initial + surname after Ms.
    ("Please reply: \"Dear Ms. K. Yamanouchi, thank you for your inquiry.\"", "PERSON", "K. Yamanouchi"),
    # Wi-Fi 接続キー, and a password passed to a login call in code
    ("庁内Wi-Fiの接続キーは「Tq7mWz-Lp4xRn-Hc8v」です。手順書にそのまま載せます。", "CREDENTIAL", "Tq7mWz-Lp4xRn-Hc8v"),
    ("import smtplib\ns = smtplib.SMTP('smtp.example.jp', 587)\ns.login('kouhou@example.jp', 'Rv8nQx2Lm5Pw')",
     "CREDENTIAL", "Rv8nQx2Lm5Pw"),
    # a health-insurance card's 記号・番号・枝番 in a list line
    ("退職者の保険証の回収一覧にしてください。\n氏名 桐生 和夫 記号 51730284 番号 12 枝番 01 回収済", "JP_HEALTH_INSURANCE",
     "51730284"),
    # a quoted mail that opens with its marking
    ("次のメールを柔らかくして。「各位 関係者外秘 新制度の骨子を添付します。」", "CONFIDENTIAL_MARKING", None),
    ("Translate: \"CONFIDENTIAL - Not for distribution. Draft terms of the agreement.\"", "CONFIDENTIAL_MARKING", None),
    # deliberation inside, superiors not yet consulted; the people concerned not yet told
    ("来年度の講座数を12から8に減らす案を課内で検討しています。まだ上には相談していません。説明の組み立てを考えて。",
     "NONPUBLIC_INFO", None),
    ("採択は来週の審査会で決めるので、まだ応募団体には知らせていません。次の採点表から講評を作って。", "NONPUBLIC_INFO", None),
    # a katakana name whose surname is also a place (沼田) is still a katakana name, not a staff surname
    ("班分けの名簿です。\nアオキ ソウタ（中学生）\nヌマタ ミユ（70代）\nカネコ チヨ（80代）", "PERSON", "ヌマタ ミユ"),
    # an address in romaji, as a foreign resident writes it
    ("Please translate: \"I moved to 3-12-5 Omote-cho, Maebashi in May. Which day is for cans?\"", "JP_ADDRESS",
     "3-12-5 Omote-cho"),
    # holdout12: 出生： as a birth-date label; a document that says it is non-public; a page marking
    ("訪問記録\n児：結翔（第1子） 出生：令和8年5月20日 出生体重3,010g", "DATE_OF_BIRTH", "令和8年5月20日"),
    ("※本資料は非公開（選考委員限り） 採点表の並べ替え方を教えて。", "CONFIDENTIAL_MARKING", None),
    ("説明資料です。\n――――\n※本ページ以降 関係者限り（回収）\n――――\n4 今後の予定", "CONFIDENTIAL_MARKING", None),
    # holdout12: this side's final offer in a union negotiation; appraisal grades in doubt; a spec before its notice
    ("職員組合との手当の交渉で、当局側の最終提示額をいくらにするか課内で検討中です。説明の順番を考えて。", "NONPUBLIC_INFO", None),
    ("部下の人事評価の面談メモ「達成度は中程度、苦情が1件。評価はAとBで迷っている」。伝え方を考えて。", "NONPUBLIC_INFO", None),
    ("公告前の清掃業務委託の仕様書の案です。あいまいな表現を指摘してください。", "NONPUBLIC_INFO", None),
    # holdout11: a one-kanji given name Sudachi reads as an adverb, before an honorific
    ("適応障害で休職していた係員の石原 凪さんが来月復職します。受け入れ計画を作って。", "PERSON", "石原 凪"),
    # holdout11: sensitive facts about a named person, in English
    ("Please rewrite for the interpreter: \"Ms. Nguyen Thi Mai has been on public assistance since April.\"",
     "SENSITIVE_PERSONAL_INFO", None),
]

NOT_BLOCKED = [
    # holdout12: the office heads the contact block, the phone line carries only its label
    "■応募・問い合わせ先\n前橋市 文化国際課\n〒371-8601 前橋市大手町二丁目12番1号\n電話 027-898-6524（直通）",
    # holdout11: an association's number in an English flyer
    "Please write an English flyer. Contact: Maebashi International Association 027-210-1234 (weekdays)",
    # an office's or a clinic's number listed with its name on the same line
    "問い合わせ：こども未来課 kosodate@city.maebashi.gunma.jp／FAX 027-224-3355",
    "市民課（住民票・戸籍） 本庁舎1階 027-898-5815\n税務課（証明書） 本庁舎2階 027-898-5920",
    "5月3日 たなか内科医院（天川大島町）027-261-8899\n5月4日 いしい整形外科（六供町）027-243-7010",
]

PASSES = [
    # holdout12: the city's districts in a population table; minutes of a meeting held in public
    "地区別人口です。\n地区 人口 世帯数\n上川淵 21,430 9,812\n下川淵 15,220 6,930\n南橘 30,115 13,204\n特徴を比べる文を書いて。",
    "公開で開催した審議会の議事要旨です。\n委員：バス路線の再編とあわせて検討してほしい。\n会長：素案を修正し次回審議する。\nです・ます調にして。",
    # holdout11: a sample name and its reading in a form marked as made up
    "記入例シートです（架空の記入例）。\n氏名：山田 花子\nフリガナ：ヤマダ ハナコ\n電話番号：027-XXX-XXXX\n条件付き書式を教えて。",
    # a date-based serial given as an example
    "受付番号は受付日8桁と連番4桁の12桁（例：202511036021）です。日付部分を取り出す式を教えて。",
    # a famous person's public birthday; characters of stories and cartoons
    "チラシに大谷翔平選手（1994年7月5日生まれ）の話を入れたいです。紹介文を作って。",
    "防災クイズに物語の登場人物を使います。磯野波平（54歳）と『銀河鉄道の夜』のジョバンニが出てきます。",
    # a hidden gem, not a secret
    "赤城山の秘湯と、まだあまり知られていない滝をめぐるドライブコースの記事を作って。",
    "子ども会の「極秘ミッション」ゲームの案内文を作ってください。",
    "荷物に「取扱注意」のシールを貼る理由を説明して。",
    "徳川秀忠（三男）は江戸幕府の二代将軍です。年表にして。",
    "各位 お疲れさまです。来週の会議の案内です。",
    "smtplib の login() の使い方を教えてください。",
]


@pytest.mark.parametrize("text,ftype,value", FOUND)
def test_each_class_is_found_with_its_type(scan, text, ftype, value):
    result = scan(text)
    assert findings_of(result, ftype), (ftype, result["findings"])
    if value:
        assert value not in result["redacted_text"]


@pytest.mark.parametrize("text", NOT_BLOCKED)
def test_office_numbers_listed_with_their_office_do_not_block(scan, text):
    result = scan(text)
    assert result["verdict"] != "block", result["findings"]


@pytest.mark.parametrize("text", PASSES)
def test_look_alikes_of_the_classes_pass(scan, text):
    result = scan(text)
    assert result["verdict"] == "allow", result["findings"]


def test_a_talk_about_an_illness_is_not_the_speakers_illness(scan):
    result = scan("Ms. Tanaka gave a talk about cancer prevention. Please summarise the talk for the newsletter.")
    assert not findings_of(result, "SENSITIVE_PERSONAL_INFO"), result["findings"]
