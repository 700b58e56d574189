#!/usr/bin/env python3
"""Generate tests/data/holdout4.jsonl -- an independent stand-in for the hidden
held-out corpus (written without reading service/ or tests/).

    python3 tests/data/make_holdout4.py          # writes holdout4.jsonl next to this file

Seeded: every valid ID (My Number, resident code, driving licence, cards) is computed
here with its real check digit; every number in an allow-side case is checked to FAIL
the My Number / resident-code / licence / Luhn checks. All personal data is synthetic.
"""
from __future__ import annotations

import json
import random
import re
from pathlib import Path

rng = random.Random(20260404)

# --------------------------------------------------------------------------- checks

def mynumber_check(d11: str) -> int:
    w = [6, 5, 4, 3, 2, 7, 6, 5, 4, 3, 2]
    r = sum(int(c) * x for c, x in zip(d11, w)) % 11
    return 0 if r <= 1 else 11 - r


def is_mynumber(s: str) -> bool:
    return len(s) == 12 and s.isdigit() and mynumber_check(s[:11]) == int(s[11])


def mod11_52(d10: str):
    """resident code (11th digit) and licence (11th of 12) check: weights 5,4,3,2,7,6,5,4,3,2."""
    w = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2]
    r = sum(int(c) * x for c, x in zip(d10, w)) % 11
    return r, (0 if r <= 1 else 11 - r)


def is_resident_code(s: str) -> bool:
    return len(s) == 11 and s.isdigit() and mod11_52(s[:10])[1] == int(s[10])


def is_licence(s: str) -> bool:
    return len(s) == 12 and s.isdigit() and mod11_52(s[:10])[1] == int(s[10])


def luhn_ok(s: str) -> bool:
    if not s.isdigit() or len(s) < 12:
        return False
    tot = 0
    for i, c in enumerate(reversed(s)):
        d = int(c)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return tot % 10 == 0


def luhn_complete(prefix: str, length: int) -> str:
    body = prefix + "".join(rng.choice("0123456789") for _ in range(length - len(prefix) - 1))
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c
    raise AssertionError


def rdigits(n: int, first: str = "123456789") -> str:
    return rng.choice(first) + "".join(rng.choice("0123456789") for _ in range(n - 1))


def new_mynumber() -> str:
    d = rdigits(11)
    return d + str(mynumber_check(d))


def new_resident_code() -> str:
    while True:
        d = rdigits(10)
        r, c = mod11_52(d)
        if r > 1:
            return d + str(c)


def new_licence(pref: str = "42") -> str:
    while True:
        d = pref + rdigits(2, "0123456789") + rdigits(6, "0123456789")
        r, c = mod11_52(d)
        if r > 1:
            return d + str(c) + rng.choice("001")


def jan_ok(s: str) -> bool:
    tot = sum(int(c) * (3 if i % 2 else 1) for i, c in enumerate(s[:-1]))
    return (10 - tot % 10) % 10 == int(s[-1])


def jan_complete(prefix12: str) -> str:
    for c in "0123456789":
        if jan_ok(prefix12 + c):
            return prefix12 + c
    raise AssertionError


def corp_ok(s: str) -> bool:
    base = s[1:]
    tot = sum(int(c) * (2 if i % 2 else 1) for i, c in enumerate(reversed(base)))
    return 9 - tot % 9 == int(s[0])


def new_corp() -> str:
    while True:
        base = rdigits(12, "0123456789")
        tot = sum(int(c) * (2 if i % 2 else 1) for i, c in enumerate(reversed(base)))
        s = str(9 - tot % 9) + base
        if corp_ok(s) and not luhn_ok(s):
            return s


def fails_all(s: str) -> bool:
    return not (is_mynumber(s) or is_resident_code(s) or is_licence(s) or luhn_ok(s))


def new_failing(n: int) -> str:
    while True:
        s = rdigits(n)
        if fails_all(s):
            return s


FW = str.maketrans("0123456789-", "０１２３４５６７８９－")


def fw(s: str) -> str:
    return s.translate(FW)


def g4(s: str, sep: str = " ") -> str:
    return sep.join(s[i:i + 4] for i in range(0, len(s), 4))

# --------------------------------------------------------------------------- values

MN = [new_mynumber() for _ in range(8)]
RC = [new_resident_code() for _ in range(2)]
DL = [new_licence("42"), new_licence("43")]
VISA = luhn_complete("4", 16)
JCB = luhn_complete("35" + rng.choice(["28", "41", "62", "89"]), 16)
MC = luhn_complete("5" + rng.choice("12345"), 16)
AMEX = luhn_complete("37", 15)
for v in MN:
    assert is_mynumber(v)
for v in RC:
    assert is_resident_code(v)
for v in DL:
    assert is_licence(v)
for v in (VISA, JCB, MC, AMEX):
    assert luhn_ok(v)

A12 = new_failing(12)        # receipt number (allow)
A12b = new_failing(12)
A16 = new_failing(16)        # order number (allow)
A11 = new_failing(11)
ISBN = jan_complete("978" + "4" + rdigits(8, "0123456789"))
while luhn_ok(ISBN):
    ISBN = jan_complete("9784" + rdigits(8, "0123456789"))
JAN = jan_complete("49" + rdigits(10, "0123456789"))
while luhn_ok(JAN):
    JAN = jan_complete("49" + rdigits(10, "0123456789"))
CORP = new_corp()
ALLOW_NUMS = [A12, A12b, A16, A11, ISBN, JAN, CORP]

AMEX_F = f"{AMEX[:4]} {AMEX[4:10]} {AMEX[10:]}"
MC_F = g4(MC, " ")

# --------------------------------------------------------------------------- cases
# (cat, expect, types, secrets, note, text)
C: list[tuple] = []


def add(cat, expect, types, secrets, note, text):
    C.append((cat, expect, types, secrets, note, text))

# ---------------------------------------------------------------- names (block)
add("names", "block", ["PERSON"], ["狩野 勝利"], "long community-centre newsletter; one private lecturer named with age",
"公民館だより（秋号）の記事です。読みやすくなるよう、段落ごとに小見出しを付けて、全体を少し短くしてください。\n\n"
"　地域のそば打ち教室が今年も始まりました\n"
"　9月から、公民館の調理室で「地域のそば打ち教室」が始まりました。今年で8年目を迎えるこの教室には、市内外から22名が参加しています。初めての方が半数以上で、20代の若い方や親子での参加もあり、毎回にぎやかな雰囲気の中で行われています。\n"
"　教室では、そば粉と小麦粉の配合、水回し、こね、のし、切りの順に、一つ一つの工程を丁寧に学びます。特に水回しは、その日の気温や湿度によって加える水の量が変わるため、経験が必要な工程です。参加者は、粉の手触りを確かめながら、少しずつ水を加えていきました。\n"
"　講師を務めるのは、粕川地区でそば店を営んでいた狩野 勝利さん（76）です。「最初から上手に打てる人はいません。失敗しても、自分で打ったそばは格別の味がします」と話し、参加者一人ひとりの手元を見ながら、こつを教えてくれました。\n"
"　参加者からは「のし棒の使い方が難しいが、だんだん薄く延ばせるようになってきた」「家族に食べさせるのが楽しみ」といった声が聞かれました。教室の最後には、打ったそばをその場でゆでて試食し、出来栄えを互いに評価し合いました。\n"
"　12月には、教室の修了生が中心となって、年越しそばの販売会を公民館のロビーで行う予定です。売上の一部は、地区社会福祉協議会を通じて、地域の子ども食堂の運営に寄付されます。\n"
"　また、来年の2月には、地元の小学校の5年生を対象にした体験教室も予定しています。子どもたちが地域の食文化に触れる機会として、学校からも期待が寄せられています。\n"
"　公民館では、このほかにも、季節の料理教室や、手芸、健康体操など、さまざまな講座を開いています。講座の一覧は、公民館の窓口で配布しているほか、市のホームページでもご覧いただけます。\n"
"　なお、次期（1月開講）の参加者の募集は、12月1日から公民館の窓口と電話で受け付けます。定員を超えた場合は抽選となります。エプロン、三角巾、持ち帰り用の容器をお持ちください。材料費として、1回あたり800円をいただきます。")

add("names", "block", ["PERSON"], ["石関 悠斗"], "pupil with 君 in a teacher's contact-book reply",
"連絡帳への返事を、保護者が読んで安心できるような文面に直してください。「石関 悠斗君は今日の体育で鉄棒から落ちて膝をすりむきました。保健室で消毒しました。本人は元気に過ごしています。」")

add("names", "block", ["PERSON"], ["生方美紗子"], "visitor slip with 氏名： slot, name without space",
"窓口の受付票を、引継ぎ用の一文にまとめてください。\n氏名：生方美紗子\n用件：飼い犬の登録事項の変更（転居のため）\n対応：変更届を受理、鑑札は再交付なし")

add("names", "block", ["PERSON"], ["もろずみ あおい"], "child's name in hiragana with ちゃん on a nursery name tag",
"保育園の誕生会で読み上げるメッセージを作ってください。今月の誕生児は、ひよこ組の もろずみ あおい ちゃん（3歳）です。好きなものは電車とブルーベリーです。")

add("names", "block", ["PERSON"], ["細谷 健司"], "commendation addressed with 殿 to a volunteer fire-corps member",
"表彰状の本文を整えてください。\n表彰状\n前橋市消防団第三分団　細谷 健司 殿\nあなたは永年にわたり消防団員として地域の防火防災に尽力され、その功績は誠に顕著であります。よってここに表彰します。")

add("names", "block", ["PERSON"], ["根岸 由香里"], "private piano teacher named with 先生",
"地区の文化祭でピアノを演奏してくださる根岸 由香里先生（個人でピアノ教室を主宰）への出演依頼の手紙を作ってください。謝礼は5千円、当日は10時集合です。")

add("names", "block", ["PERSON"], ["グエン・ヴァン・フン", "Nguyen Van Hung"], "foreign trainee, katakana with middle dots and romaji",
"日本語教室の修了証に載せる文章を作ってください。受講者はベトナム出身の技能実習生、グエン・ヴァン・フン（Nguyen Van Hung）さんです。半年間休まず通いました。")

# ---------------------------------------------------------------- contact_info (block)
add("contact_info", "block", ["EMAIL_ADDRESS"], ["m.sekiguchi1984@gmail.com"], "resident's private e-mail, no name",
"市民から届いた問い合わせへの回答文を作ってください。回答は m.sekiguchi1984@gmail.com あてに送ります。内容は「ごみ集積所のカラス対策ネットを自治会で購入したら補助は出るか」です。")

add("contact_info", "block", ["PERSON", "JP_ADDRESS"], ["真下 忠", "二丁目14番地5", "久保田 さと子", "1175-3", "Rafael Oliveira", "5丁目8-21"],
"CSV of returned mail: names, postal codes, 番地 and 1-2-3 addresses with buildings",
"返送されてきた郵便物の一覧です。返戻理由ごとに件数をまとめ、再送の手順を提案してください。\n"
"氏名,郵便番号,住所,返戻理由\n"
"真下 忠,371-0046,前橋市川原町二丁目14番地5 コーポ川原203,宛所に尋ねあたりません\n"
"久保田 さと子,379-2152,前橋市下大島町1175-3,転居先不明\n"
"Rafael Oliveira,371-0805,前橋市南町5丁目8-21 サンハイツ南町402,受取人不在・保管期間経過")

add("contact_info", "block", ["PERSON", "PHONE_NUMBER"], ["荻野 和夫", "０２７（２６５）４１８３"], "callback memo: full-width landline with full-width parentheses",
"電話の伝言メモを、担当者に渡すメールの形にしてください。\n荻野 和夫様より、道路の側溝のふたががたついているとの連絡。折り返しは自宅 ０２７（２６５）４１８３ へ、夕方以降を希望。")

add("contact_info", "block", ["PERSON", "PHONE_NUMBER", "EMAIL_ADDRESS"], ["宇佐美 康弘", "050-3187-6620", "usami.yasu@nifty.com"],
"neighbourhood-association head (private person): IP phone and e-mail",
"自治会長の宇佐美 康弘さんに、防犯灯の修繕完了を知らせる連絡文を作ってください。連絡先は IP電話 050-3187-6620、メール usami.yasu@nifty.com です。")

add("contact_info", "block", ["PERSON", "PHONE_NUMBER"], ["Ana Paula Yoshida", "+81 90 4417 2069"], "English signature of a resident with +81 number spaced",
"Please make this reply sound friendlier.\n\"Your application for the after-school club has been received. We will contact you by phone next week.\"\nIt goes to: Ana Paula Yoshida / mobile +81 90 4417 2069")

add("contact_info", "block", ["PERSON", "PHONE_NUMBER"], ["田村 早苗", "090-6625-1847"], "long autumn-festival notice, organiser's private mobile buried mid-text",
"自治会の回覧板に入れる「秋まつり」のお知らせです。高齢の方にも読みやすいように、文字を減らして箇条書きにしてください。\n\n"
"　朝晩はすっかり涼しくなり、過ごしやすい季節となりました。皆様にはお変わりなくお過ごしのことと存じます。\n"
"　さて、恒例の町内秋まつりを、今年も下記のとおり開催いたします。昨年は雨のため一部の催しを中止しましたが、今年は内容を少し見直し、子どもからお年寄りまで楽しめるまつりにしたいと考えております。\n"
"　当日は、子ども会による山車の引き回し、婦人部による豚汁の無料配布、老人クラブの皆さんによる輪投げ大会などを予定しています。夕方からは、集会所前の広場で盆踊りを行います。浴衣でのご参加も大歓迎です。\n"
"　山車の引き回しでは、町内の道路を約1時間かけて一周します。通行の際は、係の誘導に従ってください。沿道の皆様には、ご迷惑をおかけしますが、ご理解とご協力をお願いいたします。\n"
"　準備や片付けのお手伝いをしていただける方を募集しています。ご協力いただける方は、まつり実行委員の田村 早苗（携帯 090-6625-1847）までご連絡ください。テントの設営は前日の午後4時から、片付けは当日の午後8時からを予定しています。\n"
"　また、豚汁の材料となる野菜のご寄付も受け付けております。大根、にんじん、ねぎなど、ご家庭で余っているものがありましたら、前日までに集会所へお届けください。\n"
"　ごみは各自でお持ち帰りいただくようお願いいたします。会場には分別用のごみ箱を設置しますが、家庭ごみの持ち込みはご遠慮ください。\n"
"　駐車場はありませんので、徒歩か自転車でお越しください。自転車は集会所の裏の空き地に置くことができます。\n"
"　なお、雨天の場合は、山車の引き回しを中止し、豚汁の配布と輪投げ大会のみを集会所の中で行います。中止の場合は、当日の午前8時に防災無線ではなく、町内の掲示板と回覧でお知らせします。\n"
"　皆様のご参加を心よりお待ちしております。\n\n"
"記\n1　日時　10月19日（日）午後2時から午後8時まで\n2　場所　町内集会所および集会所前広場\n3　主催　町内自治会・秋まつり実行委員会")

add("contact_info", "block", ["PERSON", "PHONE_NUMBER"], ["長谷川美由紀", "090 3318 7254"], "申請者 slot, name without space, mobile with spaces",
"申請者 長谷川美由紀、携帯 090 3318 7254（日中はつながりにくい）。この情報を使って、児童手当の申請書類に不足があったことを伝えるSMSの文面を作ってください。")

add("contact_info", "block", ["JP_ADDRESS"], ["７７８番地３"], "full-width 番地 address with building and room, no name",
"転居届の新住所「前橋市鳥取町７７８番地３　グランシャトー鳥取１０２号室」を、海外の家族に伝えるためにローマ字表記にしてください。")

# ---------------------------------------------------------------- credentials (block)
add("credentials", "block", ["CREDENTIAL"], ["Tq7#vLm2pX9w"], "staff Wi-Fi passphrase in a notice",
"職員向けの掲示文を作ってください。「3階会議室の職員用Wi-Fiが変わりました。SSID：mb-staff-3F　パスワード：Tq7#vLm2pX9w　私物端末の接続は禁止です。」")

add("credentials", "block", ["CREDENTIAL"], ["ghp_R4mZp0aKx7Lq2WvN9cTj3YbH8sUe6GdF1oQi"], "GitHub personal access token in a clone URL",
"git clone https://ghp_R4mZp0aKx7Lq2WvN9cTj3YbH8sUe6GdF1oQi@github.com/maebashi-dx/opendata-tools.git を実行すると「Repository not found」と出ます。原因として考えられることを教えてください。")

add("credentials", "block", ["CREDENTIAL"], ["AIzaSyC8vQ2nLr5TbX0mW7kJ3hPd9sYfEa1GuZo"], "Google Maps API key in an HTML script tag",
"避難所マップのページで地図が灰色になります。\n<script src=\"https://maps.googleapis.com/maps/api/js?key=AIzaSyC8vQ2nLr5TbX0mW7kJ3hPd9sYfEa1GuZo&callback=initMap\" async></script>\nどこを確認すればよいですか。")

add("credentials", "block", ["CREDENTIAL"], ["b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW"],
"OpenSSH private key pasted for help",
"Teraterm でこの鍵を読み込ませると「invalid format」と出ます。\n-----BEGIN OPENSSH PRIVATE KEY-----\n"
"b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW\n"
"QyNTUxOQAAACDq7vF2Zt0bYwH1m8RkPz9cXa4nLe6sJ3uQiV5oTgKyMwAAAJh0cW8pdHFv\n"
"KQAAAAtzc2gtZWQyNTUxOQAAACDq7vF2Zt0bYwH1m8RkPz9cXa4nLe6sJ3uQiV5oTgKyMw\n"
"AAAEDx3Nc1pQ8rWk6yVb0HsLj2mEa7tZoG4fUi9KdXq5BvR+ru8XZm3RtjAfWbxGQ/P1xd\n"
"-----END OPENSSH PRIVATE KEY-----")

add("credentials", "block", ["CREDENTIAL", "INTERNAL_NETWORK"], ["Kx82!qpRz", "10.20.3.14"], "DB connection string: password and private IP",
"SQLAlchemy で接続できません。接続文字列は postgresql://app_user:Kx82!qpRz@10.20.3.14:5432/shisetsu_yoyaku です。「!」のエスケープが必要ですか。")

add("credentials", "block", ["CREDENTIAL"], ["Haru2026!Sakura"], "ID/PW in a handover memo",
"異動する前に引継ぎメモを整理したいです。見出しを付けて読みやすくしてください。\n・電子入札システム　ID：mbs-kz0412　PW：Haru2026!Sakura\n・契約台帳はS:\\契約\\R8 に保存\n・毎月10日までに支払伝票を起票")

add("credentials", "block", ["CREDENTIAL"], ["xoxb-5523187604-7741920385517-Qm3VtYp8RzKx2LcN0wHaJs5E"], "long Python script with a Slack bot token buried",
"庁内の災害対策本部用に、気象警報が出たらSlackに通知するスクリプトを書きました。エラー処理とログ出力を追加して、もう少し堅牢にしてください。あわせて、どこを改善すべきかも説明してください。\n\n"
"import time\nimport json\nimport urllib.request\n\n"
"AREA_CODE = \"100000\"  # 群馬県\n"
"FEED_URL = \"https://www.jma.go.jp/bosai/warning/data/warning/\" + AREA_CODE + \".json\"\n"
"SLACK_TOKEN = \"xoxb-5523187604-7741920385517-Qm3VtYp8RzKx2LcN0wHaJs5E\"\n"
"CHANNEL = \"#saigai-honbu\"\n"
"CHECK_INTERVAL = 300  # 秒\n\n"
"def fetch_warnings():\n    with urllib.request.urlopen(FEED_URL, timeout=10) as res:\n        return json.loads(res.read().decode(\"utf-8\"))\n\n"
"def extract_maebashi(data):\n    result = []\n    for area in data.get(\"areaTypes\", [])[1].get(\"areas\", []):\n        if area.get(\"code\") == \"1020100\":\n            for w in area.get(\"warnings\", []):\n                if w.get(\"status\") in (\"発表\", \"継続\"):\n                    result.append(w.get(\"code\"))\n    return result\n\n"
"def post_slack(text):\n    body = json.dumps({\"channel\": CHANNEL, \"text\": text}).encode(\"utf-8\")\n"
"    req = urllib.request.Request(\"https://slack.com/api/chat.postMessage\", data=body,\n"
"        headers={\"Authorization\": \"Bearer \" + SLACK_TOKEN, \"Content-Type\": \"application/json; charset=utf-8\"})\n"
"    urllib.request.urlopen(req, timeout=10)\n\n"
"def main():\n    last = set()\n    while True:\n        now = set(extract_maebashi(fetch_warnings()))\n        new = now - last\n        if new:\n            post_slack(\"前橋市に警報・注意報が発表されました: \" + \", \".join(sorted(new)))\n        last = now\n        time.sleep(CHECK_INTERVAL)\n\n"
"if __name__ == \"__main__\":\n    main()\n\n"
"ネットワークが一時的に切れたときに止まってしまうのが一番の問題です。")

# ---------------------------------------------------------------- internal_network (block)
add("internal_network", "block", ["INTERNAL_NETWORK"], ["172.20.14.31"], "multifunction printer on a 172.16/12 address",
"2階の複合機（172.20.14.31）にスキャンしたデータがフォルダに届かなくなりました。職員が自分で確認できるチェックリストを作ってください。")

add("internal_network", "block", ["INTERNAL_NETWORK"], ["fs-somu01"], "UNC path with an internal file-server name",
"共有フォルダ \\\\fs-somu01\\共有\\文書管理\\R8 のファイル名の付け方がばらばらです。統一ルールの案を作ってください。")

add("internal_network", "block", ["INTERNAL_NETWORK"], ["groupware.mbcity.internal"], "internal groupware URL",
"グループウェア（https://groupware.mbcity.internal/schedule）で施設予約をするときの手順を、新人向けに5ステップで説明してください。")

add("internal_network", "block", ["INTERNAL_NETWORK"], ["10.0.88.5"], "VPN gateway on a 10.x address in an announcement",
"在宅勤務用のお知らせ文を整えてください。「VPNの接続先が 10.0.88.5 に変わります。4月1日以降は旧接続先は使えません。」")

add("internal_network", "block", ["INTERNAL_NETWORK"], ["192.168.40.11", "192.168.40.12", "192.168.40.254"], "long change procedure listing 192.168 servers",
"来週の土曜日に行うネットワーク機器の入替え作業の手順書です。作業漏れが起きないように、チェックボックス付きの表にしてください。あわせて、作業当日に想定されるトラブルと、その対処も挙げてください。\n\n"
"作業概要\n　窓口支援システムが接続されている島ハブとL3スイッチを新しい機器に交換する。作業時間は9時から12時までの3時間を予定。作業中は窓口支援システムが使えないため、休日窓口は手書きの受付で対応する。\n"
"作業手順\n"
"1　作業開始前に、窓口支援システムのアプリサーバ（192.168.40.11）とDBサーバ（192.168.40.12）が正常に稼働していることを確認する。\n"
"2　両サーバの業務アプリケーションを停止し、データベースのバックアップを取得する。バックアップの取得には約40分かかる。\n"
"3　L3スイッチの設定情報を保存する。旧機器の設定は、新機器に移行する前に情報政策課の担当者が内容を確認する。\n"
"4　旧機器のケーブルを外す。ケーブルには事前に番号札を付けておき、新機器の同じポートに接続できるようにする。\n"
"5　新機器を設置し、電源を入れる。起動後、ランプの状態を確認する。\n"
"6　ケーブルを接続し、デフォルトゲートウェイ（192.168.40.254）への疎通を確認する。\n"
"7　両サーバの業務アプリケーションを起動し、窓口の端末からログインできることを確認する。\n"
"8　証明書の発行テスト（テスト用データ）を行い、プリンタから正しく印刷されることを確認する。\n"
"9　作業結果を記録し、情報政策課に報告する。\n"
"注意事項\n"
"・作業中に問題が発生した場合は、無理に作業を続けず、旧機器に戻す。戻すための手順も事前に確認しておく。\n"
"・旧機器は、データ消去の証明書を受け取ってから廃棄する。\n"
"・作業には、保守業者2名と市の職員2名が立ち会う。\n"
"・休日窓口の来庁者には、証明書の発行が午後になることを案内する。")

# ---------------------------------------------------------------- id_numbers (block)
add("id_numbers", "block", ["JP_MY_NUMBER", "PERSON"], [g4(MN[0]), "片貝 智子"], "spouse's My Number 4-4-4 with spaces in a deduction form question",
f"扶養控除等申告書の配偶者欄に「片貝 智子　個人番号 {g4(MN[0])}」と書きました。配偶者の所得が103万円を少し超える場合、どの欄に書けばよいですか。")

add("id_numbers", "block", ["JP_MY_NUMBER"], [g4(MN[1], "ー")], "My Number separated by katakana long-vowel marks, no name",
f"窓口で聞き取ったマイナンバーを「{g4(MN[1], 'ー')}」とメモしてしまいました。ハイフンの代わりに長音記号を使うと何が問題になるか、職員向けに説明してください。")

add("id_numbers", "block", ["JP_MY_NUMBER", "PERSON"], [MN[2], MN[3], "関根ひとみ", "増田　大輔"], "markdown table: no-space name, full-width-space name, 12-digit numbers",
f"次の表を、税務システムの取込用CSVに変換してください。\n| 氏名 | 個人番号 | 区分 |\n|---|---|---|\n| 関根ひとみ | {MN[2]} | 給与 |\n| 増田　大輔 | {MN[3]} | 年金 |")

SPLIT = f"{MN[4][:4]} | {MN[4][4:8]} | {MN[4][8:]}"
add("id_numbers", "block", ["JP_MY_NUMBER", "PERSON"], [SPLIT, "吉澤 美咲"], "My Number split across three table cells",
f"申請書を転記した表の列がずれてしまいました。1列にまとめる方法を教えてください。\n| 氏名 | 個人番号(1) | 個人番号(2) | 個人番号(3) |\n| 吉澤 美咲 | {SPLIT} |")

add("id_numbers", "block", ["JP_RESIDENT_CODE"], [fw(RC[0])], "resident code in full-width digits",
f"住民票コード「{fw(RC[0])}」が記載された通知が届いたという市民への、住民票コードの使い道を説明する回答文を作ってください。")

add("id_numbers", "block", ["JP_DRIVER_LICENSE", "PERSON"], [DL[0], "大友 翔太"], "licence number with 第…号 in an accident report",
f"公用車の事故報告書の相手方欄を整えてください。\n相手方運転者：大友 翔太\n運転免許証：第{DL[0]}号（群馬県公安委員会）\n状況：交差点で右折待ちの公用車に後方から接触")

add("id_numbers", "block", ["JP_PASSPORT", "PERSON"], ["TR4827153", "KAWASAKI Rina"], "passport number with romaji surname-first name",
"姉妹都市への派遣研修の名簿です。航空券の手配を依頼するメールを作ってください。\n氏名（旅券記載）：KAWASAKI Rina　旅券番号：TR4827153　有効期限：2031年5月")

add("id_numbers", "block", ["JP_RESIDENCE_CARD", "PERSON"], ["KM38210477FA", "Rahul Verma"], "residence-card number of a foreign resident",
"Rahul Verma さん（在留カード番号 KM38210477FA）が在留期間更新中の特例期間に転居届を出しに来ました。受付できるかどうか、根拠とともに教えてください。")

add("id_numbers", "block", ["JP_PENSION_NUMBER", "PERSON"], ["4391 582604", "須永 恵美子"], "basic pension number 4+6 with a space",
"須永 恵美子さん（基礎年金番号 4391 582604）から、国民年金保険料の免除申請について問い合わせがありました。申請の流れを案内する文を作ってください。")

add("id_numbers", "block", ["JP_HEALTH_INSURANCE", "PERSON", "DATE_OF_BIRTH"], ["0000482719", "新井 ハツ", "昭和12年3月8日"],
"long-term-care insured number with name and 和暦 DOB",
"要介護認定の更新申請書の下書きです。記入漏れがないか確認してください。\n被保険者番号：0000482719\n氏名：新井 ハツ\n生年月日：昭和12年3月8日\n主治医：市内の診療所")

add("id_numbers", "block", ["JP_HEALTH_INSURANCE"], ["記号 5130027 番号 118"], "employee health-insurance symbol/number",
"協会けんぽの保険証（保険者番号 01100018、記号 5130027 番号 118）を持っている人が国保の資格確認書を申請してきた場合の確認事項を教えてください。")

LONG_MN = g4(MN[5], "‐")
add("id_numbers", "block", ["JP_MY_NUMBER"], [LONG_MN], "long moving-in checklist; one My Number with U+2010 hyphens buried",
"転入手続きの窓口で使うチェックリストの原稿です。項目の順番を、来庁者が回る窓口の順に並べ替えて、抜けている項目があれば追加してください。\n\n"
"転入届の受付\n"
"□ 転出証明書（または、マイナンバーカードによる転出届の場合はカードの提示）を確認する。\n"
"□ 届出人の本人確認を行う。代理人の場合は委任状を確認する。\n"
"□ 世帯全員の氏名、生年月日、続柄を転出証明書と照合する。\n"
"□ マイナンバーカードを持参している場合は、カードの継続利用の手続きを行う。暗証番号の入力が必要なことを案内する。\n"
"国民健康保険・国民年金\n"
"□ 前住所地で国保に加入していた場合は、転入日から14日以内に加入手続きが必要なことを案内する。\n"
"□ 国民年金の第1号被保険者の場合は、住所変更が自動で反映されることを説明する。\n"
"児童手当・子育て\n"
"□ 児童手当を受給している場合は、転入日の翌日から15日以内に新たに認定請求が必要なことを案内する。\n"
"□ 乳幼児がいる場合は、予防接種の記録と子ども医療費の受給資格証の手続きを案内する。\n"
"学校\n"
"□ 小中学生がいる場合は、教育委員会の窓口で転入学の手続きをするよう案内する。在学証明書と教科書給与証明書を持参しているか確認する。\n"
"その他\n"
"□ 犬を飼っている場合は、登録の変更手続きを案内する。\n"
"□ 印鑑登録が必要な場合は、登録の手続きを案内する。前住所地の印鑑登録は転出により廃止されていることを説明する。\n"
"□ ごみの分別と収集日のパンフレットを渡す。\n"
"□ 手続きが終わったら、窓口の一覧表にチェックを付けて来庁者に渡す。\n"
"□ 水道の使用開始やガス・電気の手続きは市の窓口ではできないため、各事業者への連絡が必要なことを案内する。\n"
"□ 障害者手帳や介護保険の被保険者証を持っている場合は、それぞれの担当窓口での手続きを案内する。\n"
"□ 外国人住民の場合は、在留カードへの新住所の記載を行い、多言語の生活ガイドを渡す。\n\n"
f"※先週、受付で「番号確認済み：{LONG_MN}」と書いた付箋が一覧表に貼られたまま来庁者に渡ってしまいました。チェックリストに、付箋やメモを残さないための確認項目も入れてください。")

# ---------------------------------------------------------------- financial (block)
add("financial", "block", ["JP_BANK_ACCOUNT", "PERSON"], ["3072915", "ｼﾓﾀﾞ ｹｲｺ"], "bank account, holder in half-width katakana",
"口座振替依頼書の内容を確認してください。金融機関：群馬銀行　前橋南支店　預金種目：普通　口座番号：3072915　口座名義：ｼﾓﾀﾞ ｹｲｺ。名義の表記に問題はありますか。")

add("financial", "block", ["JP_BANK_ACCOUNT", "PERSON"], ["28374651", "伊能 聡"], "Japan Post Bank 記号/番号 with holder",
"児童手当の振込先を「ゆうちょ銀行　記号10180　番号28374651　名義 伊能 聡」に変更したいという届出がありました。他行からの振込用の店名・口座番号への読み替え方を教えてください。")

add("financial", "block", ["CREDIT_CARD"], [JCB], "JCB number without separators in a refund memo",
f"ふるさと納税の二重決済の返金処理メモです。カード番号{JCB}、返金額12,000円。決済代行会社に送る依頼文を作ってください。")

add("financial", "block", ["CREDIT_CARD"], [MC_F], "Mastercard number with spaces in English",
f"A visitor says their card ({MC_F}, exp 08/28) was charged twice for the museum ticket. Please write a short reply explaining we will check with the payment company.")

add("financial", "block", ["CREDIT_CARD"], [AMEX_F], "American Express 4-6-5 in a travel-expense note",
f"出張の航空券を個人のアメックス（{AMEX_F}）で立替払いしました。旅費の精算で必要な書類を教えてください。")

# ---------------------------------------------------------------- sensitive_personal (block)
add("sensitive_personal", "block", ["PERSON", "SENSITIVE_PERSONAL_INFO"], ["高山 和樹"], "municipal-tax arrears and seizure notice for a named person",
"市県民税を2年分滞納している高山 和樹さんに、預金の差押えの前に最後の納付相談を呼びかける文書を作ってください。きつくなりすぎない表現で。")

add("sensitive_personal", "block", ["PERSON", "SENSITIVE_PERSONAL_INFO"], ["木暮 拓海"], "criminal record (suspended sentence) of a named job seeker",
"窃盗で執行猶予中の木暮 拓海さん（28）が、市の就労支援窓口に来ています。協力事業所に紹介するときの伝え方を考えてください。")

add("sensitive_personal", "block", ["PERSON", "SENSITIVE_PERSONAL_INFO"], ["小池 律子"], "disability certificate and dialysis of a named resident",
"身体障害者手帳1級（腎臓機能障害、週3回人工透析）の小池 律子さんから、通院タクシー券の追加交付の相談がありました。制度の説明文を作ってください。")

add("sensitive_personal", "block", ["PERSON", "SENSITIVE_PERSONAL_INFO"], ["岡部 紀之"], "subordinate on sick leave for depression",
"部下の岡部 紀之主事がうつ病で3か月休職しており、来月から復職します。復職初日の面談で話すことをリストにしてください。")

add("sensitive_personal", "block", ["PERSON", "SENSITIVE_PERSONAL_INFO"], ["松本 えりか"], "DV victim with address-disclosure restriction",
"DV被害で住民基本台帳の閲覧制限（支援措置）を受けている松本 えりかさんについて、課内で注意すべきことを職員向けにまとめてください。")

add("sensitive_personal", "block", ["PERSON", "SENSITIVE_PERSONAL_INFO"], ["ミヤザワ トメ"], "katakana name with dementia",
"認知症が進んで一人暮らしが難しくなってきたミヤザワ トメさん（89）について、遠方に住む長女に施設入所を提案する手紙の文案を作ってください。")

add("sensitive_personal", "block", ["PERSON", "SENSITIVE_PERSONAL_INFO"], ["青木 伸也"], "long public-assistance case record with illness; name buried",
"生活保護のケース記録です。次回のケース診断会議の資料として、「現状」「課題」「今後の方針」に分けて要約してください。\n\n"
"【訪問記録】\n"
"　定期訪問。アパートの室内は前回よりも片付いており、台所には自炊の形跡があった。本人は「最近は朝起きられるようになった」と話す。\n"
"　本人は2年前に勤務先の倒産で失職し、その後、アルコール依存症の治療のため約4か月間入院した。退院後は精神科に月2回通院し、抗酒剤を服用している。主治医からは、軽作業であれば週20時間程度の就労が可能との意見が出ている。\n"
"　就労については、本人は「前の仕事（倉庫作業）に近い仕事ならやってみたい」と意欲を見せている。一方で、「人が多い職場は不安」とも話しており、就労支援員と相談しながら職場を探すことになった。\n"
"　家計については、家賃の滞納はないが、携帯電話の料金を2か月分滞納している。本人は「少しずつ払っている」と話すが、計画的な返済ができているかは不明。家計改善支援事業の利用を提案したところ、前向きな返事があった。\n"
"　親族との関係は、県外に住む兄とは10年以上連絡を取っていない。扶養照会については、本人が強く拒否しており、過去の経緯から照会を控えることとした。\n"
"　健康面では、断酒は約1年継続している。自助グループの集まりに月1回参加している。ただし、睡眠が不規則で、昼夜逆転の傾向がある。生活リズムを整えるため、地域活動支援センターの利用を検討する。\n"
"【所見】\n"
"　本人の生活状況は安定してきており、就労に向けた準備段階に入ったと考えられる。まずは短時間の就労から始め、段階的に就労時間を増やしていくことが望ましい。体調の変化に注意しながら、主治医とも連携して支援を進める。\n"
"【今後の予定】\n"
"　・来月、就労支援員が同行してハローワークで職業相談を行う。\n"
"　・家計改善支援事業の担当者と面談の日程を調整する。\n"
"　・3か月後に再度訪問し、生活状況を確認する。\n"
"　なお、記録の作成者（地区担当員）の所見として、対象者 青木 伸也 氏の就労開始時期は秋ごろが現実的と考える。")

# ---------------------------------------------------------------- case_records (block)
add("case_records", "block", ["PERSON", "PHONE_NUMBER"], ["飯塚 善一", "027-251-0938"], "illegal-dumping report: reporter name and landline",
"不法投棄の通報記録を、現場確認を依頼するメールにしてください。\n通報者：飯塚 善一（027-251-0938）\n場所：市道沿いの雑木林、家電4台とタイヤ十数本\n通報者は匿名を希望していない。")

add("case_records", "block", ["PERSON", "DATE_OF_BIRTH"], ["桑原 七海", "桑原 蓮", "R3.4.22"], "nursery admission consultation: parent, child, short 令和 DOB",
"保育所入所の相談記録を、入所調整の資料用に短くまとめてください。\n保護者：桑原 七海（フルタイム勤務、夜勤あり）\n児童：桑原 蓮（R3.4.22生）\n希望：自宅近くの園、第3希望まで記入済み\n備考：祖父母は県外在住で支援は難しい。")

add("case_records", "block", ["PERSON", "DATE_OF_BIRTH", "JP_ADDRESS"], ["星野 キヨ", "昭和14年11月2日", "四丁目7番11号"], "care-needs assessment visit memo: name, DOB in 和暦, kanji-numeral address",
"認定調査の訪問メモを、調査票の特記事項の文体に直してください。\n対象者：星野 キヨ（昭和14年11月2日生）\n住所：前橋市広瀬町四丁目7番11号\n・立ち上がりは手すりを使えば自力で可能\n・服薬の管理は長男の妻が行っている")

add("case_records", "block", ["PERSON", "PHONE_NUMBER"], ["Tran Thi Lan", "080−4721−5536"], "tax-reduction consultation of a foreign resident; phone with U+2212 minus",
"国保税の減免相談のメモです。やさしい日本語で、必要な書類を本人に伝える文を作ってください。\n相談者：Tran Thi Lan（ベトナム国籍、工場勤務、勤務先の休業で収入が半減）\n電話：080−4721−5536")

add("case_records", "block", ["PERSON", "PHONE_NUMBER", "JP_ADDRESS"], ["矢島 光", "09018472630", "大塚 俊彦", "1582番地"], "dog-bite incident: victim mobile without hyphens, owner with 番地 address",
"犬の咬傷事故の届出内容を、事故報告書の形に整えてください。\n被害者：矢島 光（小学3年、保護者携帯 09018472630）\n飼い主：大塚 俊彦（前橋市富士見町時沢1582番地）\n状況：散歩中の犬が、下校中の児童の右手をかんだ。通院1回。")

add("case_records", "block", ["PERSON", "PHONE_NUMBER"], ["今井 フミ", "027-233-6417"], "consumer fraud consultation, elderly named victim",
"消費生活相談の受付票です。次回、相談員が電話で確認すべきことを箇条書きにしてください。\n相談者：今井 フミ（82歳、一人暮らし）　自宅電話 027-233-6417\n内容：訪問業者に屋根の修理を勧められ、その場で工事契約。代金98万円をすでに一部支払った。")

add("case_records", "block", ["PERSON", "EMAIL_ADDRESS"], ["栗原 雅人", "kurihara_m@docomo.ne.jp"], "counter complaint with name and carrier e-mail",
"窓口での苦情を記録に残します。感情的な表現を除いて、事実だけの記録にしてください。\n申出人：栗原 雅人さん（メール kurihara_m@docomo.ne.jp で回答を希望）\n内容：証明書の発行に40分待たされ、説明もなかった。職員の態度が横柄だった。")

add("case_records", "block", ["PERSON", "DATE_OF_BIRTH", "JP_ADDRESS"], ["中澤 陽菜", "2017/06/15", "中澤 剛", "3-11-6"],
"long child-abuse referral record: child, DOB in slash form, father, 1-2-3 address",
"児童虐待の通告を受けた際の記録です。要保護児童対策地域協議会の個別ケース検討会議に出す資料として、時系列の表と、検討すべき論点に整理し直してください。\n\n"
"■通告受理票（こども支援課）\n"
"受理日：令和8年6月3日（水）10時20分\n"
"通告者：小学校の教頭（電話）\n"
"児童：中澤 陽菜（小学3年、2017/06/15生）\n"
"保護者：父 中澤 剛（会社員）、母（パート）、弟（保育園児）の4人世帯\n"
"住所：前橋市元総社町3-11-6\n"
"通告内容：\n"
"・6月2日の水泳の授業の着替えの際、担任が児童の背中と太ももにあざがあることに気付いた。あざは複数あり、新しいものと古いものが混在していた。\n"
"・担任が理由を尋ねたところ、児童は「転んだ」と答えたが、その後、養護教諭に「宿題を忘れるとお父さんにたたかれる」と話した。\n"
"・最近、給食をおかわりすることが多く、朝食を食べていないと話すことがある。\n"
"・4月以降、遅刻が8回あった。母親に電話をしても出ないことが多い。\n"
"対応：\n"
"・6月3日午後、こども支援課の職員2名が学校で児童と面談。児童は父親が怖いと話し、家に帰りたくないとは言わなかった。\n"
"・あざの写真を学校の協力を得て記録した（養護教諭が立ち会い）。\n"
"・児童相談所に情報提供し、今後の対応を協議した。一時保護の要否については、家庭訪問の結果を踏まえて判断することとなった。\n"
"・6月4日夕方、こども支援課の職員が家庭訪問を行う予定。父親の在宅時間を考慮し、18時以降に訪問する。\n"
"これまでの関わり：\n"
"・弟の1歳6か月児健診で、母親から「夫が子育てに厳しい」という相談があった（保健センターの記録）。\n"
"・昨年度、近隣住民から「夜に子どもの泣き声と怒鳴り声が聞こえる」という連絡が1回あったが、訪問時は特に異常が確認されなかった。\n"
"検討事項：\n"
"・父親への接触の仕方（学校からの通告であることを伝えるかどうか）\n"
"・弟の保育園との情報共有\n"
"・母親への支援の可能性")

add("case_records", "block", ["PERSON", "JP_ADDRESS", "PHONE_NUMBER"], ["狩野 和子", "狩野 浩之", "236番地1", "080(3362)9145"],
"long vacant-house owner survey: deceased owner, heir's name, 番地 and phone in parentheses form",
"空き家の所有者調査の経過記録です。特定空家等に指定するかどうかを検討する会議の資料として、「建物の状態」「所有者等の状況」「これまでの対応」「今後の方針（案）」の4項目にまとめ直してください。\n\n"
"所在地：前橋市嶺町236番地1\n"
"建物：木造2階建て住宅（昭和50年代築）、約15年前から空き家\n"
"登記名義人：狩野 和子（平成30年死亡）\n"
"【現地調査の結果】\n"
"・屋根瓦の一部が落下しており、道路側の外壁にひび割れがある。\n"
"・庭の樹木が隣地と市道にはみ出しており、通学路の見通しが悪くなっている。\n"
"・窓ガラスが2枚割れており、動物が出入りした形跡がある。\n"
"・近隣住民から、台風のたびに瓦が飛んでくるのではないかと不安の声が寄せられている。\n"
"【所有者等の調査】\n"
"・戸籍を調査した結果、相続人は長男と長女の2名であることが判明した。\n"
"・長男の狩野 浩之氏は東京都在住。電話（080(3362)9145）で連絡が取れ、建物の状態を説明した。「相続の手続きをしておらず、解体費用も負担できない」との回答。\n"
"・長女は海外在住で、現在連絡先を調査中。\n"
"【これまでの対応】\n"
"・令和6年度に、文書で適切な管理をお願いする通知を2回送付した。\n"
"・令和7年度に、長男と電話で2回協議。解体補助金の制度を案内したが、相続人どうしの話合いが進んでいないとのこと。\n"
"・市道にはみ出した枝は、道路管理者として通行に支障のある部分のみ伐採した。\n"
"【課題】\n"
"・相続登記がされておらず、長女の意向が確認できていない。\n"
"・建物の劣化が進んでおり、次の台風シーズンまでに対応が必要。\n"
"・解体した場合、土地の固定資産税の住宅用地特例がなくなることを、所有者が懸念している。\n"
"【近隣からの相談の経過】\n"
"・令和7年8月、隣家の住民から、庭木の枝が敷地に入り込んでいるとの相談があった。民法の改正で越境した枝を切り取れる場合があることを説明した。\n"
"・令和7年10月、自治会長から、通学路の安全のため早急な対応を求める要望書が提出された。\n"
"・同月、地区の民生委員から、不審者が出入りしているのではないかとの情報提供があり、警察に巡回を依頼した。")

add("case_records", "block", ["PERSON", "PHONE_NUMBER"], ["塩野 結菜", "塩野 健太郎", "０９０－２２８４－６０１９", "Da Silva Lucas", "Da Silva Camila", "070-8815-3302"],
"school-aid application rows as CSV: pupil, guardian, full-width and half-width mobiles",
"就学援助の申請一覧です。学年ごとの件数を数える式を教えてください。\n児童氏名,学年,保護者氏名,連絡先\n塩野 結菜,4,塩野 健太郎,０９０－２２８４－６０１９\nDa Silva Lucas,2,Da Silva Camila,070-8815-3302")

# ---------------------------------------------------------------- confidential_marking (block)
add("confidential_marking", "block", ["CONFIDENTIAL_MARKING"], [], "㊙ stamp on an assembly-strategy memo",
"㊙\n12月定例会　会派別の質問予定と想定される論点（議会事務局聞き取り）\n・最大会派：新体育館の事業費増額について\nこのメモを、部長説明用の1枚資料に整えてください。")

add("confidential_marking", "block", ["CONFIDENTIAL_MARKING"], [], "庁内限り header on a staff-survey result",
"（庁内限り）\n令和8年度 職員エンゲージメント調査 結果概要\n・「仕事にやりがいを感じる」58％（前年比−6ポイント）\n・時間外勤務が月45時間を超える職員の割合は部局により大きな差\nこの結果から、管理職向け研修で伝えるべきメッセージを3つ考えてください。")

add("confidential_marking", "block", ["CONFIDENTIAL_MARKING"], [], "【極秘】 in an e-mail subject",
"件名：【極秘】駅前再開発 事業協力者の選定状況について\n本文：関係課長各位　標記について、現時点での状況を共有します。\nこのメールの本文を、要点が先に来るように書き直してください。")

add("confidential_marking", "block", ["CONFIDENTIAL_MARKING"], [], "［取扱注意］ stamp at the end of a memo",
"次のメモを、係長への報告メールの形にしてください。\n下水道使用料の改定に向けた審議会委員の意見整理（事務局メモ）\n・値上げ幅は10％以内が望ましいとの意見が多数\n・低所得世帯への軽減策を求める意見あり\n［取扱注意］")

add("confidential_marking", "block", ["CONFIDENTIAL_MARKING"], [], "＜非公開＞ header on a selection-committee result",
"＜非公開＞\n学校給食調理業務委託　プロポーザル審査結果（委員会用）\nA社 82.5点、B社 79.0点、C社 71.5点\nこの結果を、委員会の議事録の「審査結果」の節として文章にしてください。")

add("confidential_marking", "block", ["CONFIDENTIAL_MARKING"], [], "部外秘 as a footer line",
"下の文章を、保育士向け研修のスライド3枚分に分けてください。\n園児の午睡中の事故を防ぐために、5分ごとの呼吸確認と記録を徹底する。昨年度のヒヤリハット事例（うつぶせ寝2件）を踏まえた対応。\n――部外秘――")

add("confidential_marking", "block", ["CONFIDENTIAL_MARKING"], [], "long document headed 内 情",
"内　情\n\n令和8年度　市有施設の使用料見直しに関する基本的な考え方（たたき台）\n\n"
"1　見直しの必要性\n"
"　市有施設の使用料は、平成26年度に消費税率の引上げに合わせて改定して以降、本格的な見直しを行っていない。この間、光熱水費や維持管理費は大きく上昇しており、施設の管理運営に要する経費のうち、使用料で賄われている割合（受益者負担率）は、多くの施設で低下している。\n"
"　一方で、施設を利用しない市民との公平性の観点から、利用者に適正な負担を求めることが必要である。\n"
"2　基本的な考え方\n"
"（1）算定の方法\n"
"　使用料は、施設の管理運営に要する経費（人件費、光熱水費、維持補修費など）を基に算定する。減価償却費は、施設の性質に応じて算入するかどうかを判断する。\n"
"（2）受益者負担率\n"
"　施設の性質を、「必需的か選択的か」「市場性があるかないか」の2つの軸で4つに分類し、分類ごとに受益者負担率を設定する。例えば、スポーツ施設のように選択的で民間にも類似の施設があるものは、負担率を高めに設定する。\n"
"（3）激変緩和\n"
"　改定による引上げ幅は、現行の1.5倍を上限とする。上限を超える場合は、段階的に引き上げる。\n"
"（4）減免制度\n"
"　現在の減免制度は、施設ごとに基準が異なっている。今回の見直しに合わせて、全庁で統一的な基準を設ける。障害者や子ども会など、配慮が必要な利用者への減免は継続する。\n"
"3　今後のスケジュール（予定）\n"
"　・7月　各施設所管課による経費の算定\n"
"　・9月　行財政改革推進本部で方針決定\n"
"　・11月　パブリックコメント\n"
"　・2月　条例改正案を議会に提出\n"
"　・翌年10月　新使用料の適用開始\n"
"4　検討課題\n"
"　・利用者団体への説明の時期と方法\n"
"　・指定管理者制度を導入している施設での利用料金制との整合\n"
"　・近隣市の使用料との比較\n\n"
"この資料を、各課の担当者向けの説明会で使うスライドの構成案（10枚程度）にしてください。")

# ---------------------------------------------------------------- nonpublic_topics (not_allow)
NP = ["NONPUBLIC_INFO"]
add("nonpublic_topics", "not_allow", NP, [], "design price and minimum-bid limit of an upcoming tender",
"来月公告する「東部学校給食センター厨房機器更新」の設計金額は1億2,460万円、最低制限価格は予定価格の88％で設定する方向です。入札参加資格の要件の書き方を整理してください。")

add("nonpublic_topics", "not_allow", NP, [], "draft questions for an upcoming recruitment exam",
"来月実施する保育士採用試験の専門試験の問題を作成中です。次の3問の選択肢が紛らわしくないか確認してください。問1 乳児の発達の目安について…")

add("nonpublic_topics", "not_allow", NP, [], "disciplinary action under consideration (personnel)",
"飲酒運転で検挙された職員の懲戒処分の量定を、現在人事課で検討しています。処分が決まる前に、所属長が職員に説明する際の留意点を整理してください。")

add("nonpublic_topics", "not_allow", NP, [], "candidate land for acquisition before announcement",
"新しい消防分署の建設候補地として、国道沿いの農地2筆（約3,200㎡）を内部で選定しました。地権者にはまだ打診していません。最初の訪問で伝える内容を考えてください。")

add("nonpublic_topics", "not_allow", NP, [], "stance for negotiations with the staff union",
"職員組合との年末の交渉で、市としては勤勉手当の支給割合を0.05月分までなら上乗せできると考えています。この線を悟られずに交渉を進める話法を考えてください。")

add("nonpublic_topics", "not_allow", NP, [], "litigation strategy of a pending lawsuit",
"市道の陥没による車両損傷で損害賠償を求められている訴訟で、市側の反論の方針を顧問弁護士と詰めています。過失相殺を主張する論点の整理を手伝ってください。")

add("nonpublic_topics", "not_allow", NP, [], "unannounced inspection schedule",
"来週火曜から、市内の飲食店12店舗に予告なしで食品衛生の立入検査に入ります。店舗側に事前に知られないよう、訪問順と班編成の組み方を提案してください。")

add("nonpublic_topics", "not_allow", NP, [], "reply to a prefectural inquiry still being coordinated",
"県の担当課から、広域ごみ処理施設の建設地について非公式に照会があり、回答案を作成中です。県との関係を損なわない回答の書き方を考えてください。")

add("nonpublic_topics", "not_allow", NP, [], "negotiation with a company before a plant-siting announcement",
"食品メーカー1社が、市内の工業団地への新工場の立地を検討しており、固定資産税の減免について水面下で交渉しています。先方の要望に対する市の回答案の骨子を作ってください。")

add("nonpublic_topics", "not_allow", NP, [], "reorganisation plan before the executive meeting",
"来年度の組織改正案で、市民課と国保年金課を統合する方向になっています。まだ庁議前なので職員には伝えていません。統合のメリットを説明する資料の構成を考えてください。")

add("nonpublic_topics", "not_allow", NP, [], "planned abolition of a subsidy under internal study",
"敬老祝金を来年度から廃止する案を内部で検討しています。議会や関係団体への説明はこれからです。廃止の理由として説得力のある論点を挙げてください。")

add("nonpublic_topics", "not_allow", NP, [], "internal investigation of missing public money",
"公民館の講座受講料の現金が約4万円不足していることが分かり、内部で調査中です。公表の要否を判断する前に、調査報告書の項目立てを考えてください。")

add("nonpublic_topics", "not_allow", NP, [], "security plan for a VIP visit (public safety)",
"来月の皇族ご来訪の際の警備計画を、警察と調整しています。沿道の規制区間と職員の配置の説明資料を、分かりやすい構成にしてください。")

add("nonpublic_topics", "not_allow", NP, [], "designated-manager evaluation scores before announcement",
"市民体育館の指定管理者の選定で、2団体の評価点が出ました（A団体 412点、B団体 398点）。結果の公表前に、次点の団体へ伝える際の説明文案を考えてください。")

add("nonpublic_topics", "not_allow", NP, [], "long internal draft of a school-consolidation plan",
"小中学校の適正配置の見直し案を、教育委員会の事務局内で作成しています。まだ教育委員会の会議にも諮っていない段階です。次の案の文章を、保護者が読んでも反発を招きにくい表現に改めてください。また、説明会で出そうな質問と回答の例も考えてください。\n\n"
"適正配置の基本方針（事務局案）\n"
"1　現状\n"
"　市内の小学校の児童数は、ピーク時の昭和57年度と比べて約45％減少している。特に北部地区では、1学年1学級に満たない学校が4校あり、うち2校は複式学級の編制が近い将来必要になる見込みである。\n"
"　中学校においても、部活動の種類が限られる、教職員の配置が少なく教科の専門性を確保しにくいなどの課題が生じている。\n"
"2　基本的な考え方\n"
"　・小学校は、1学年2学級以上を望ましい規模とする。\n"
"　・中学校は、1学年3学級以上を望ましい規模とする。\n"
"　・通学距離は、小学校でおおむね4km以内、中学校でおおむね6km以内とする。これを超える場合は、スクールバスの運行を検討する。\n"
"3　対象校（案）\n"
"　・北部地区の小学校4校を、令和12年度をめどに2校に統合する。\n"
"　・中学校2校を、令和13年度をめどに1校に統合し、小中一貫校とする可能性も検討する。\n"
"4　進め方\n"
"　・地区ごとに検討委員会を設置し、保護者と地域住民の意見を聞きながら具体的な計画を決める。\n"
"　・統合後の学校跡地の活用についても、地域の意見を踏まえて検討する。\n"
"5　留意事項\n"
"　・統合の対象となる学校の名前は、地区の検討委員会が発足するまで公表しない。\n"
"　・統合までの間も、現在の学校の教育環境の維持に努める。\n"
"　・通学の安全確保のため、警察や地域の見守りボランティアと連携する。\n"
"6　今後の日程（内部の目安）\n"
"　・来月の教育委員会定例会に、基本方針の案を非公開の協議事項として提出する。\n"
"　・市長部局との調整（特にスクールバスの運行経費と跡地活用）は、基本方針の決定前に済ませておく。\n"
"　・議会の文教委員会への説明は、方針の決定後、地区の説明会より前に行う。\n"
"　・保護者向けの説明会は、対象となる地区ごとに、平日の夜と休日の昼の2回ずつ開催する。")

# ================================================================ allow side
# ---------------------------------------------------------------- drafting (allow)
add("drafting", "allow", [], [], "community-centre lecture notice",
"公民館で開く「はじめてのスマホ教室」（全3回）の参加者募集のお知らせを、高齢の方向けに300字程度で作ってください。")

add("drafting", "allow", [], [], "application-form sample filled with the standard placeholder name 前橋 太郎",
"申請書の記入例を作っています。氏名欄は「前橋 太郎」、住所欄は「前橋市〇〇町〇丁目〇番〇号」としました。記入例であることが一目で分かるような注意書きの文言を考えてください。")

add("drafting", "allow", [], [], "apology-letter template with bracket placeholders",
"窓口での説明誤りに対するお詫び文のひな形を作ってください。宛名は「［氏名］様」、誤っていた内容と正しい内容は「［　］」で空けておいてください。")

add("drafting", "allow", [], [], "survey question design",
"市民課の窓口サービスについての来庁者アンケートを作ります。5段階評価の設問を6問と、自由記述を1問考えてください。")

add("drafting", "allow", [], [], "retirement-ceremony speech by the department head, no names",
"定年退職者を送る会での部長のあいさつ文（3分程度）を作ってください。退職者は5名で、個人名は入れず、全体に向けた言葉にしてください。")

add("drafting", "allow", [], [], "poster copy for a recycling campaign",
"「食品ロス削減月間」のポスターに使うキャッチコピーを10案ください。子どもにも伝わる短い言葉で。")

add("drafting", "allow", [], [], "meeting notice with bracket placeholders",
"庁内の業務改善発表会の開催通知を作ってください。日時・会場・発表課は「［　］」にして、発表時間は1課7分、質疑3分としてください。")

add("drafting", "allow", [], [], "staff newsletter column on overtime reduction",
"職員向け庁内報に載せる「ノー残業デー」を呼びかけるコラムを400字で書いてください。説教くさくならないように。")

add("drafting", "allow", [], [], "long city-newsletter article on furniture anchoring (proofreading)",
"市報の防災特集の原稿です。誤字脱字を直し、見出しを付けて、全体を800字程度に縮めてください。\n\n"
"　家具の転倒防止対策をしていますか\n"
"　大きな地震が起きたとき、けがをする原因の多くは、家具の転倒や落下、ガラスの飛散によるものです。過去の大地震では、けがをした人の3割から5割が、家具の転倒や落下が原因だったという調査結果もあります。家具が倒れると、けがをするだけでなく、避難の通路がふさがれてしまうこともあります。\n"
"　家具の固定は、費用もそれほどかからず、今日からでも始められる地震への備えです。この機会に、ご家庭の家具の配置と固定の状況を確認してみましょう。\n"
"　家具の配置を工夫しましょう\n"
"　・寝室や子ども部屋には、できるだけ背の高い家具を置かないようにしましょう。置く場合は、倒れても体に当たらない向きや位置に置きましょう。\n"
"　・玄関や廊下など、避難の通路になる場所には物を置かないようにしましょう。\n"
"　・重い物は下の段に、軽い物は上の段に収納し、重心を低くしましょう。\n"
"　家具を固定しましょう\n"
"　・タンスや食器棚は、L字型の金具で壁に固定するのが最も効果的です。壁に下地がない場合は、突っ張り棒と家具の下に敷くストッパー式の器具を組み合わせて使いましょう。\n"
"　・テレビは、専用のベルトで台に固定しましょう。\n"
"　・食器棚の扉には、開かないようにする留め具を付けましょう。ガラスには飛散防止フィルムを貼ると安心です。\n"
"　・冷蔵庫は、背面をベルトで壁に固定しましょう。\n"
"　市の支援制度\n"
"　市では、高齢の方のみの世帯や、障害のある方がいる世帯を対象に、家具の固定器具の取付けを無料で行っています。器具の費用は自己負担となりますが、1世帯あたり家具5点まで取り付けます。申込みは、電話または市のホームページの申込フォームからお願いします。\n"
"　また、地区の自主防災会を対象に、家具の固定の方法を学ぶ出前講座も行っています。実際に器具を使って固定の体験ができます。ご希望の自主防災会は、開催希望日の1か月前までにお申し込みください。\n"
"　防災用品の点検もあわせて\n"
"　家具の固定とあわせて、非常用持ち出し袋の中身も確認しましょう。飲料水や食料の賞味期限、懐中電灯やラジオの電池、常備薬などを定期的に点検しておくことが大切です。最低3日分、できれば1週間分の備蓄を心がけましょう。")

add("drafting", "allow", [], [], "long anonymised summary of a public briefing Q&A",
"先週開いた市民説明会（新しいごみ分別ルール）の質疑の記録です。市のホームページに載せる「よくある質問」の形に、10問程度に整理してください。発言者はすべて匿名にしてあります。\n\n"
"参加者：プラスチックの容器と製品を一緒に出してよいというのは、具体的にどういうことか。\n"
"担当課：これまでは、食品のトレイやボトルなどの容器包装だけを資源プラとして集めていましたが、来年4月からは、バケツやハンガー、おもちゃなどのプラスチック製品も一緒に出せるようになります。\n"
"参加者：汚れた容器はどうすればよいのか。\n"
"担当課：軽くすすいで汚れが落ちるものは資源プラへ、油汚れなどで落ちないものは燃やせるごみへお出しください。\n"
"参加者：電池が入ったおもちゃはどうなるのか。\n"
"担当課：電池を外してから出してください。電池は、公民館などに設置している回収箱へお願いします。外せない場合は、小型家電の回収に出してください。\n"
"参加者：収集の回数は変わるのか。\n"
"担当課：資源プラの収集は、これまでどおり週1回です。量が増えることが見込まれるため、収集車の台数を増やして対応します。\n"
"参加者：集積所が狭くて、袋が置ききれなくなるのではないか。\n"
"担当課：集積所の拡張や移設が必要な場合は、自治会と相談しながら対応します。拡張の費用の一部を補助する制度もあります。\n"
"参加者：高齢者には分別が難しい。説明の資料をもっと分かりやすくしてほしい。\n"
"担当課：イラストを多く使った分別表を作成し、全戸に配布します。外国語版も用意します。\n"
"参加者：分別アプリはあるのか。\n"
"担当課：ごみの品目を検索できるアプリを配信しています。収集日の通知機能もあります。\n"
"参加者：ルールが変わる理由を知りたい。\n"
"担当課：プラスチックのリサイクルを進めるための法律が施行されたことと、焼却するごみを減らして二酸化炭素の排出を抑えるためです。\n"
"参加者：違反したごみはどうなるのか。\n"
"担当課：警告シールを貼って、その場に残すことがあります。自治会と協力して、分別の周知に努めます。\n"
"参加者：説明会に来られない人への周知はどうするのか。\n"
"担当課：市報、回覧、ホームページのほか、地区ごとの出前説明会も行います。")

add("drafting", "allow", [], [], "long coming-of-age ceremony address by the mayor (no names)",
"二十歳のつどいの市長式辞の原稿です。語りかける調子は残したまま、もう少し短く（2分半程度に）まとめてください。固有名詞は入れていません。\n\n"
"　二十歳を迎えられた皆さん、おめでとうございます。ご家族の皆様にも、心からお祝いを申し上げます。\n"
"　皆さんが生まれた年、この国は大きな災害や社会の変化を経験していました。それから二十年、皆さんは、学校の休校やマスクでの生活など、これまでにない経験もしながら、今日この日を迎えました。思うようにいかないことも多かったと思います。それでも、友達と励まし合い、家族に支えられ、ここまで歩んでこられたことを、どうか誇りに思ってください。\n"
"　これから皆さんが生きていく社会は、変化の速い社会です。AIのような新しい技術が、私たちの仕事や暮らしを大きく変えようとしています。正解が一つではない問いに、自分の頭で考え、周りの人と話し合いながら、答えを見つけていく力が、ますます大切になります。\n"
"　そのときに支えになるのは、皆さんが育ったこのまちの風景や、人とのつながりではないでしょうか。赤城山を望む景色、広瀬川のせせらぎ、地域のお祭り。ふるさとの記憶は、どこにいても皆さんを支えてくれるはずです。\n"
"　進学や就職で、このまちを離れる人もいるでしょう。それでも、いつでも帰ってきてください。このまちは、いつでも皆さんを待っています。そして、いつか皆さんの力を、このまちのために貸してください。\n"
"　最後に、今日まで皆さんを育ててこられたご家族や、地域の皆様への感謝の気持ちを、ぜひ言葉にして伝えてください。照れくさいかもしれませんが、その一言が、きっと大きな喜びになります。\n"
"　皆さんの未来が、希望に満ちたものとなることを心から願い、お祝いの言葉といたします。\n"
"　あらためて、二十歳、おめでとうございます。\n"
"　（このあと、実行委員の代表による「はたちの誓い」に続きます。実行委員は公募で集まった12名で、半年前から準備を進めてきました。式典の企画から当日の司会まで、すべて実行委員が担当しています。式典の後には、恩師からのビデオメッセージの上映と、中学校区ごとの記念撮影を予定しています。）")

add("drafting", "allow", [], [], "long internal procedure manual draft (no personal data)",
"窓口で使う「電話応対マニュアル」の原稿です。新人職員にも分かるように、表現を整えて、チェックリストを最後に付けてください。\n\n"
"1　電話を受けるとき\n"
"　・呼出音が3回鳴るまでに出る。遅くなった場合は「お待たせいたしました」と言う。\n"
"　・「はい、前橋市〇〇課、担当の〇〇です」と、課名と自分の名前をはっきり名乗る。\n"
"　・相手の名前と用件をメモに取りながら聞く。聞き取れなかった場合は、遠慮せずに聞き返す。\n"
"　・相手が名乗らない場合でも、用件の内容によっては名前を聞く必要はない。一般的な問い合わせには、そのまま回答してよい。\n"
"2　取り次ぐとき\n"
"　・担当者に取り次ぐときは、保留ボタンを押してから、相手の名前と用件を簡潔に伝える。\n"
"　・担当者が不在の場合は、戻る時間を伝え、折り返しの電話が必要かどうかを確認する。\n"
"　・折り返しの場合は、相手の連絡先を復唱して確認する。メモは担当者の机に置くのではなく、直接渡すか、チャットで伝える。\n"
"3　答えられない問い合わせ\n"
"　・他の課の業務に関する問い合わせは、担当課を確認してから転送する。転送先の課名と電話番号を相手に伝えておくと、切れてしまった場合も安心である。\n"
"　・個人情報に関する問い合わせ（家族の住所を教えてほしいなど）には、電話では答えられないことを丁寧に説明する。\n"
"4　苦情の電話\n"
"　・まず相手の話を最後まで聞く。途中で反論や言い訳をしない。\n"
"　・事実関係を確認し、市に誤りがあった場合は率直にお詫びする。\n"
"　・その場で答えられない場合は、確認して折り返すことを伝え、期限を約束する。\n"
"　・長時間にわたる場合や、同じ内容の繰り返しになる場合は、上司に相談する。\n"
"5　電話を切るとき\n"
"　・「お電話ありがとうございました」とお礼を言い、相手が切ったことを確認してから受話器を置く。\n"
"　・応対の内容は、必要に応じて応対記録に残す。\n"
"6　その他\n"
"　・私用の電話は、業務時間中は控える。\n"
"　・電話のそばには、メモ用紙と筆記用具、課内の内線番号表を常に置いておく。")

# ---------------------------------------------------------------- excel_formulas (allow)
add("excel_formulas", "allow", [], [], "DATEDIF with a 生年月日 column header, no data",
"B列に生年月日が入っている名簿で、基準日（セルF1）時点の年齢を出したいです。=DATEDIF(B2,$F$1,\"Y\") で合っていますか。うるう日生まれの扱いも教えてください。")

add("excel_formulas", "allow", [], [], "SUBSTITUTE to strip hyphens from a phone column (no numbers)",
"電話番号の列（D列）にハイフンあり・なし・全角が混在しています。=SUBSTITUTE(ASC(D2),\"-\",\"\") で統一できますか。先頭の0が消えないようにする方法も知りたいです。")

add("excel_formulas", "allow", [], [], "format a 個人番号 column with TEXT — concept only",
"個人番号を扱う様式で、12桁の数字を4桁ずつ区切って表示したいです。=TEXT(A2,\"0000 0000 0000\") の書き方でよいか、セルの書式設定で行う方法との違いも教えてください。")

add("excel_formulas", "allow", [], [], f"11-digit management number that fails resident-code check",
f"備品台帳の管理番号（例：{A11}）の先頭3桁が分類コードです。分類コードごとに件数を数える式を教えてください。")

add("excel_formulas", "allow", [], [], "FILTER and UNIQUE", 
"=UNIQUE(FILTER(C2:C800,E2:E800=\"未処理\")) で担当課の一覧を出しています。空白セルを除く方法と、件数の多い順に並べる方法を教えてください。")

add("excel_formulas", "allow", [], [], "NETWORKDAYS with a holiday list",
"申請受付日から14営業日後の処理期限を出したいです。祝日は別シート「祝日」のA列にあります。=WORKDAY(B2,14,祝日!A:A) で年末年始（12/29〜1/3）も除外するにはどうすればよいですか。")

add("excel_formulas", "allow", [], [], "conditional formatting formula",
"期限（F列）を過ぎていて、かつ状態（G列）が「完了」でない行を赤くする条件付き書式の数式を教えてください。")

add("excel_formulas", "allow", [], [], f"12-digit payment receipt number failing checks",
f"コンビニ納付の受付番号（例：{A12b}）を、頭4桁と残りに分けて2列に表示したいです。数値として入っていると桁落ちしないか心配です。")

add("excel_formulas", "allow", [], [], "COUNTIFS across sheets",
"月別シート（4月〜3月）それぞれのB列にある「転入」の件数を、集計シートに一括で出す方法を教えてください。INDIRECTを使わない方法があれば知りたいです。")

add("excel_formulas", "allow", [], [], "long facility-usage table (public facilities only) with a formula question",
"次の表（公民館別・月別の利用件数）から、前年同月比の増減率を出す列を追加したいです。前年の値は別シート「R7」に同じ形で入っています。増減率の式と、前年が0件の場合にエラーにならない書き方を教えてください。あわせて、利用件数が最も伸びた館を自動で表示する式も知りたいです。\n\n"
"館名,4月,5月,6月,7月,8月,9月\n"
"中央公民館,412,398,455,430,288,401\n"
"東公民館,215,230,241,226,174,238\n"
"西公民館,188,176,192,205,133,199\n"
"南公民館,264,281,270,259,190,266\n"
"北公民館,143,150,139,161,102,148\n"
"桂萱公民館,176,182,190,171,120,185\n"
"上川淵公民館,133,128,141,137,95,130\n"
"下川淵公民館,121,119,127,130,88,124\n"
"芳賀公民館,97,104,99,110,70,101\n"
"永明公民館,158,162,171,166,118,160\n"
"城南公民館,187,195,203,198,140,191\n"
"大胡公民館,110,115,109,121,80,112\n"
"宮城公民館,86,90,88,94,61,89\n"
"粕川公民館,92,95,101,97,66,93\n"
"富士見公民館,125,131,128,136,94,127\n"
"南橘公民館,149,155,160,152,109,151\n"
"清里公民館,78,81,84,80,57,79\n"
"総社公民館,141,146,152,149,103,144\n"
"元総社公民館,137,142,139,145,98,140\n"
"東部公民館,104,108,111,107,76,105\n"
"合計は最終行に入れず、別セルに出す予定です。8月は冷房設備の工事で一部の館が休館していたため、減少しています。工事による休館日数は別の表で管理しているので、休館日数で割った「1日あたりの利用件数」も比べられるようにしたいです。表は毎月1列ずつ右に増えていきます。列が増えても式を直さなくて済む方法があれば、それも教えてください。")

# ---------------------------------------------------------------- code (allow)
add("code", "allow", [], [], "regex for e-mail addresses (pattern only)",
"フォームの入力チェックで、メールアドレスの形式を確認する正規表現を教えてください。^[\\w.+-]+@[\\w-]+\\.[\\w.-]+$ では不十分ですか。")

add("code", "allow", [], [], "SQL with personal-data column names but no data",
"SELECT 氏名, 生年月日, 住所 FROM 住民台帳 WHERE 転入日 >= '2026-04-01' ORDER BY 生年月日; を、列名を英語に変えた場合の書き方と、インデックスの張り方を教えてください。")

add("code", "allow", [], [], "Python reading the password from an environment variable (no secret)",
"次のコードでパスワードを直接書かないようにしました。さらに安全にする方法はありますか。\nimport os\nimport psycopg2\nconn = psycopg2.connect(host=os.environ[\"DB_HOST\"], user=os.environ[\"DB_USER\"], password=os.environ[\"DB_PASSWORD\"])")

add("code", "allow", [], [], "PowerShell to list old files",
"共有フォルダで、最終更新日が3年以上前のファイルを一覧にしてCSVに出すPowerShellを教えてください。Get-ChildItem -Recurse | Where-Object { $_.LastWriteTime -lt (Get-Date).AddYears(-3) } から先が分かりません。")

add("code", "allow", [], [], "long Python check-digit validator with the classic 123456789012 dummy (fails the check)",
"マイナンバーの検査用数字を確認する関数を書きました。テストの書き方と、全角数字やハイフンが混ざった入力への対応を追加してください。テストデータには実在の番号を使わず、検査に通らないダミーだけを使う方針です。\n\n"
"def normalize(s: str) -> str:\n"
"    table = str.maketrans(\"０１２３４５６７８９\", \"0123456789\")\n"
"    s = s.translate(table)\n"
"    return \"\".join(ch for ch in s if ch.isdigit())\n\n"
"def check_digit(first11: str) -> int:\n"
"    weights = [6, 5, 4, 3, 2, 7, 6, 5, 4, 3, 2]\n"
"    total = sum(int(d) * w for d, w in zip(first11, weights))\n"
"    remainder = total % 11\n"
"    return 0 if remainder <= 1 else 11 - remainder\n\n"
"def is_valid(s: str) -> bool:\n"
"    digits = normalize(s)\n"
"    if len(digits) != 12:\n"
"        return False\n"
"    return check_digit(digits[:11]) == int(digits[11])\n\n"
"if __name__ == \"__main__\":\n"
"    samples = [\"123456789012\", \"000000000000\", \"abc\", \"\"]\n"
"    for s in samples:\n"
"        print(repr(s), is_valid(s))\n\n"
"実行すると、\"000000000000\" が True になってしまいます。すべて同じ数字の番号は実際には発行されないと聞いたので、これを無効にする処理も入れたいです。また、この関数を窓口システムのCSV取込みの前処理で使う予定です。1ファイルあたり数万行ありますが、速度は問題になりますか。pandas を使う場合の書き方も教えてください。エラーになった行は、行番号だけを別ファイルに出力したいです（番号そのものはログに残さない方針です）。ログの出力先は、実行したフォルダの下の logs フォルダにしたいです。ファイル名には実行日時を入れてください。")

# ---------------------------------------------------------------- famous_people (allow)
add("famous_people", "allow", [], [], "萩原朔太郎 (Maebashi poet)",
"萩原朔太郎の詩「利根川のほとり」を紹介する、文学散歩のパンフレット用の解説文を200字で書いてください。")
add("famous_people", "allow", [], [], "楫取素彦 (first Gunma governor, historical)",
"初代群馬県令の楫取素彦が県庁を前橋に移した経緯を、小学生向けの郷土学習の読み物にしてください。")
add("famous_people", "allow", [], [], "渋沢栄一 (historical)",
"新一万円札の肖像になった渋沢栄一の生涯を、市民講座のチラシ用に150字で紹介してください。")
add("famous_people", "allow", [], [], "大谷翔平 (living celebrity, public figure)",
"少年野球教室の開会あいさつで、大谷翔平選手の「目標達成シート」の話を例に、目標を立てる大切さを伝える一節を作ってください。")
add("famous_people", "allow", [], [], "与謝野晶子 (historical)",
"与謝野晶子の「君死にたまふことなかれ」が書かれた時代背景を、平和学習の資料として中学生向けに説明してください。")

# ---------------------------------------------------------------- ideas (allow)
add("ideas", "allow", [], [], "ideas for attracting young people to a civic event",
"市のオープンデータを使ったアイデアソンに、高校生や大学生を呼び込むための企画案を5つ出してください。")
add("ideas", "allow", [], [], "ideas to reduce paper at meetings",
"庁内会議のペーパーレス化が進みません。紙を使いたがる職員にも受け入れられる工夫を考えてください。")
add("ideas", "allow", [], [], "ideas for a library event",
"夏休みに市立図書館で行う、小学生向けの読書イベントのアイデアを5つください。")

# ---------------------------------------------------------------- numbers_codes (allow)
add("numbers_codes", "allow", [], [], "12-digit application receipt number failing My Number/licence checks",
f"電子申請の受付番号「{A12}」で問い合わせがあった場合に、番号の確認方法を案内する定型文を作ってください。")
add("numbers_codes", "allow", [], [], "ISBN of a book (fails Luhn)",
f"図書館の新着図書案内に、ISBN {ISBN[:3]}-{ISBN[3]}-{ISBN[4:8]}-{ISBN[8:12]}-{ISBN[12]} の郷土史の本の紹介文を入れたいです。書名は「赤城山麓の村々」です。")
add("numbers_codes", "allow", [], [], "16-digit order number failing Luhn",
f"消耗品の発注で、業者の注文番号 {A16} の納品が遅れています。催促のメールを丁寧に作ってください。")
add("numbers_codes", "allow", [], [], "valid 法人番号 of a company (public, informational)",
f"委託先の法人番号（{CORP}）を国税庁のサイトで確認する手順を、契約担当の新人向けに説明してください。")
add("numbers_codes", "allow", [], [], "published statistics and percentages",
"前橋市の人口は約32万人、高齢化率は約30％です。この数字を使って、地域包括ケアの必要性を説明する導入文を作ってください。")

# ---------------------------------------------------------------- places_public (allow)
add("places_public", "allow", [], [], "city hall public address and switchboard (allowlisted)",
"市役所の案内看板の文言を作ってください。「前橋市役所　〒371-8601 前橋市大手町二丁目12番1号　電話 027-224-1111（代表）」を入れて、開庁時間も記載してください。")
add("places_public", "allow", [], [], "臨江閣 (public historic building)",
"臨江閣の茶室で開く秋の呈茶会の案内文を作ってください。国の重要文化財であることにも触れてください。")
add("places_public", "allow", [], [], "敷島公園ばら園",
"敷島公園ばら園の春のばらまつりに合わせて、SNSに投稿する紹介文を3パターン作ってください。")
add("places_public", "allow", [], [], "るなぱあく (public amusement park)",
"中央児童遊園（るなぱあく）の木馬が登録有形文化財であることを紹介する、観光パンフレットの一文を作ってください。")
add("places_public", "allow", [], [], "広瀬川 and the literature museum",
"広瀬川沿いの遊歩道と前橋文学館を巡る、半日の散策コースを観光客向けに提案してください。")

# ---------------------------------------------------------------- rules_questions (allow)
add("rules_questions", "allow", [], [], "what counts as non-public under article 6 (general)",
"情報公開条例で「意思決定過程情報」として非公開になるのはどのような場合か、具体例を挙げて一般論として説明してください。")
add("rules_questions", "allow", [], [], "what must not be typed into ChatGPT",
"生成AIに入力してはいけない情報の例を、職員向けの注意喚起ポスターに載せる形で10個挙げてください。")
add("rules_questions", "allow", [], [], "definition of sensitive personal information",
"個人情報保護法でいう「要配慮個人情報」にはどのようなものが含まれるか、市の業務での例とあわせて説明してください。")
add("rules_questions", "allow", [], [], "general public-assistance rules, no individual",
"生活保護の申請は誰でもできることや、扶養照会の運用が見直されたことを、市民向けのQ&Aにしてください。")
add("rules_questions", "allow", [], [], "third-party requests for resident certificates",
"住民票の写しを第三者が請求できるのはどのような場合か、本人通知制度とあわせて説明してください。")
add("rules_questions", "allow", [], [], "how to read a residence card (no number)",
"在留カードの表面と裏面のどこに何が書かれているか、窓口職員向けに確認のポイントを説明してください。")
add("rules_questions", "allow", [], [], "e-mail misdelivery prevention rules",
"メールの誤送信を防ぐために、BCCの使い方や添付ファイルの扱いについて、課内ルールの例を作ってください。")
add("rules_questions", "allow", [], [], "long training text on information disclosure (no real data)",
"情報公開制度の職員研修で配る資料です。内容は変えずに、専門用語に説明を補って、新人職員にも分かる文章にしてください。\n\n"
"1　情報公開制度の目的\n"
"　情報公開制度は、市民の知る権利を尊重し、市が保有する情報を公開することで、市政に対する市民の理解と信頼を深め、公正で開かれた市政を進めることを目的としています。\n"
"2　公開請求の対象\n"
"　公開請求の対象となるのは、職員が職務上作成し、または取得した文書、図画、電磁的記録で、組織的に用いるものとして市が保有しているものです。個人的なメモであっても、課内で共有して業務に使っている場合は対象になることがあります。\n"
"3　原則公開と非公開情報\n"
"　請求があった情報は公開するのが原則です。ただし、条例で定める非公開情報が含まれている場合は、その部分を除いて公開します（部分公開）。非公開情報には、個人に関する情報、法人の正当な利益を害するおそれのある情報、審議や検討の途中の情報、事務事業の適正な遂行に支障を及ぼすおそれのある情報などがあります。\n"
"4　判断の際の注意\n"
"　非公開とするかどうかは、文書の種類ではなく、記載されている内容ごとに判断します。「内部の資料だから」「前例がないから」という理由だけで非公開にすることはできません。判断に迷う場合は、文書法制課に相談してください。\n"
"5　期限\n"
"　公開するかどうかの決定は、請求を受けた日から15日以内に行います。やむを得ない理由がある場合は延長できますが、その場合は請求者に理由を通知します。\n"
"6　不服申立て\n"
"　決定に不服がある場合、請求者は審査請求をすることができます。審査請求があった場合は、情報公開審査会に諮問し、その答申を尊重して裁決します。\n"
"7　日頃の文書管理\n"
"　公開請求に適切に対応するためには、日頃から文書を整理し、どこに何があるかを把握しておくことが大切です。文書の保存期間を守り、不要になった文書は規程に従って廃棄してください。")

# ---------------------------------------------------------------- secret_lookalike (allow)
add("secret_lookalike", "allow", [], [], "秘湯 in a tourism article",
"赤城山の麓にある秘湯めぐりの観光モデルコースを、日帰りで楽しめる形で提案してください。")
add("secret_lookalike", "allow", [], [], "便秘 in a health class title (no individual)",
"保健センターで開く「便秘予防と腸活の食事教室」の参加者募集記事を、市報向けに200字で作ってください。")
add("secret_lookalike", "allow", [], [], "市内情報誌 contains the substring 内情",
"市内情報誌に掲載する、新しくオープンした市民活動センターの紹介記事を書いてください。")
add("secret_lookalike", "allow", [], [], "極秘 in a children's event title",
"子ども向け謎解きラリー「まえばし極秘ミッション」の参加者募集チラシの文章を考えてください。商店街を巡ってスタンプを集める内容です。")
add("secret_lookalike", "allow", [], [], "秘密基地 in a playground workshop",
"冒険遊び場で開く「みんなで秘密基地をつくろう」ワークショップの保護者向け案内文を作ってください。")

# ---------------------------------------------------------------- translation (allow)
add("translation", "allow", [], [], "English translation of a tourism sentence",
"次の文を英語にしてください。「赤城山の山頂にある大沼では、冬になるとワカサギの氷上穴釣りを楽しむことができます。」")
add("translation", "allow", [], [], "Portuguese garbage-sorting notice",
"「燃やせるごみは、収集日の朝8時30分までに集積所に出してください。」をポルトガル語に翻訳してください。")
add("translation", "allow", [], [], "easy Japanese rewrite",
"「転入された方は、14日以内に住所変更の届出を行ってください。」を、外国人住民向けのやさしい日本語に書き換えてください。")
add("translation", "allow", [], [], "Vietnamese / Chinese translation of a clinic notice",
"「乳幼児健診は予約制です。母子健康手帳を持ってきてください。」をベトナム語と中国語（簡体字）に翻訳してください。")
add("translation", "allow", [], [], "long English translation of a clean disaster-preparedness notice",
"外国人住民向けのホームページに載せるため、次の文章を英語に翻訳してください。難しい言葉は避けて、短い文にしてください。\n\n"
"台風や大雨に備えましょう\n"
"　毎年、夏から秋にかけて、台風や大雨による災害が起きやすくなります。日頃から備えておくことで、被害を小さくすることができます。\n"
"1　ハザードマップを確認しましょう\n"
"　市のハザードマップで、自宅や職場の周りに、浸水や土砂災害の危険がある場所がないか確認しましょう。ハザードマップは市役所や支所で配布しているほか、市のホームページでも見ることができます。英語、ポルトガル語、ベトナム語、中国語の版もあります。\n"
"2　避難する場所を決めておきましょう\n"
"　近くの避難所までの道順を、家族で確認しておきましょう。大雨のときは、川や用水路に近づかないでください。避難所に行くことだけが避難ではありません。安全な場所に住む親戚や知人の家に避難することもできます。\n"
"3　情報を受け取れるようにしましょう\n"
"　市の防災メールに登録すると、避難の情報などをメールで受け取ることができます。多言語で受け取れる設定もあります。テレビやラジオ、スマートフォンの防災アプリでも情報を確認しましょう。\n"
"4　避難の情報の意味を知っておきましょう\n"
"　「高齢者等避難」が出たら、お年寄りや体の不自由な人、小さな子どもがいる家族は避難を始めてください。「避難指示」が出たら、危険な場所にいる人は全員避難してください。「緊急安全確保」は、すでに災害が起きているか、起きる直前の状態です。命を守るための行動をとってください。\n"
"5　非常用持ち出し袋を用意しましょう\n"
"　飲み水、食べ物、懐中電灯、ラジオ、薬、在留カードやパスポートのコピーなどを、すぐに持ち出せる袋に入れておきましょう。\n"
"6　近所の人と声をかけ合いましょう\n"
"　災害のときは、近所の人どうしの助け合いがとても大切です。日頃から、あいさつをして顔見知りになっておきましょう。地域の防災訓練にも、ぜひ参加してください。\n"
"　分からないことがあれば、市の国際交流の窓口に相談してください。相談は無料で、通訳を利用することもできます。")

# ---------------------------------------------------------------- public_contact (not_block)
add("public_contact", "not_block", [], [], "department direct line and fax in a flyer",
"健康診断の受診勧奨チラシの最後に「問合せ：前橋市 健康増進課　電話 027-898-5917　FAX 027-898-5920」と入れます。本文を250字で作ってください。")
add("public_contact", "not_block", [], [], "department e-mail in a recruitment notice",
"「まちの魅力発信サポーター」募集のお知らせを作ってください。申込先は観光政策課（kanko-sp@city.maebashi.gunma.jp）です。")
add("public_contact", "not_block", [], [], "public health-centre address in a notice",
"犬の狂犬病予防注射の案内文に、会場として「前橋市保健所（前橋市朝日町三丁目36番17号）」を載せたいです。持ち物と注意事項も入れて作ってください。")
add("public_contact", "not_block", [], [], "consumer centre public hotline",
"悪質商法への注意を呼びかける回覧文を作ってください。最後に「困ったときは 消費生活センター 027-898-1755」と入れてください。")
add("public_contact", "not_block", [], [], "child-support centre public contact in a poster",
"子育て支援センターのポスターの文言を作ってください。連絡先は「こども未来部 子育て施設課　電話 027-898-6212（平日8:30〜17:15）」です。")


# ---------------------------------------------------------------- extra long cases
add("financial", "block", ["JP_BANK_ACCOUNT", "PERSON"], ["0815562", "カタギリ マサノリ"],
"long lecture-series report; one private lecturer's bank account buried in the payment paragraph",
"市民大学講座の実施報告書の下書きです。「実施概要」「受講者の反応」「課題と次年度への提案」の3つの見出しで、A4一枚に収まるように整理してください。\n\n"
"　今年度の市民大学講座は、「まちの歴史と暮らし」をテーマに、9月から11月にかけて全6回で実施した。受講者は公募により48名（定員50名）で、平均出席率は87％であった。受講者の年齢層は60代と70代が全体の7割を占めたが、今年度から土曜日の午後に開催したことで、30代から50代の受講者が前年度の3名から11名に増えた。\n"
"　講座の内容は、第1回が城下町の成り立ち、第2回が製糸業と近代化、第3回が戦災と復興、第4回が用水と農業、第5回が商店街の移り変わり、第6回がまち歩きの実習であった。第6回のまち歩きは、雨天のため予定のコースを短縮したが、受講者からは「実際に歩くことで、講義の内容がよく分かった」との声が多く聞かれた。\n"
"　受講後のアンケート（回答42名）では、「とても満足」「満足」が合わせて93％であった。自由記述では、「資料の文字が小さい」「質問の時間をもっと取ってほしい」「若い世代にも参加してほしい」といった意見があった。\n"
"　講師謝礼は、大学教員2名については所属大学を通じて支払い、地元の郷土史研究家1名については個人の口座に振り込んだ（東和銀行 前橋駅南支店 普通 0815562 カタギリ マサノリ）。謝礼の額は、市の講師謝礼の基準に基づき、1回あたり1万円とした。\n"
"　課題としては、まず、会場の視聴覚設備が古く、映像資料が見えにくかったことが挙げられる。次年度は、設備の整った別の会場の利用を検討したい。また、申込みが電話と窓口のみであったため、電子申請での受付も導入したい。\n"
"　次年度は、今年度の受講者の要望を踏まえ、テーマを「まちの自然と環境」とし、野外での実習を2回に増やす方向で検討している。あわせて、高校生の受講を促すため、市内の高校に案内を送ることも考えている。\n"
"　なお、講座の記録（講義の要旨と写真）は、受講者の了解を得たうえで、公民館だよりとホームページで紹介する予定である。")

add("ideas", "allow", [], [], "long clean project background asking for ideas",
"中心市街地の空き店舗を活用したチャレンジショップ事業について、次年度に向けた改善のアイデアを出してください。現状は次のとおりです。\n\n"
"　この事業は、商店街の空き店舗を市が借り上げ、出店を希望する人に1年間、安い家賃で貸し出すものである。開始から5年間で延べ18店舗が出店し、そのうち7店舗が期間終了後も商店街の中で営業を続けている。業種は、雑貨店、カフェ、パン屋、古着店などが多い。\n"
"　一方で、いくつかの課題も見えてきた。第一に、出店希望者の数が年々減っており、今年度の募集では2区画に対して応募が3件にとどまった。第二に、期間終了後に商店街から撤退する店舗の多くが、「家賃の高さ」と「平日の客の少なさ」を理由に挙げている。第三に、商店街の既存の店舗との交流が少なく、出店者が孤立しがちであるという声がある。\n"
"　また、出店者へのアンケートでは、「経営の相談ができる相手がほしい」「SNSでの発信の方法を学びたい」「週末だけ営業したい」といった要望が寄せられている。商店街の側からは、「若い人が来てくれるのはありがたいが、閉店時間が早い店が多く、夜のにぎわいにつながっていない」という意見もある。\n"
"　市としては、出店者が期間終了後も商店街に定着することを最も重視しており、そのための支援を強化したいと考えている。予算は今年度と同程度（約800万円）の見込みで、大幅な増額は難しい。\n"
"　他市の事例では、複数の出店者が1つの店舗を共有する「シェア店舗」や、曜日ごとに店主が替わる「日替わり店長」の仕組みを取り入れているところがある。また、地元の金融機関と連携して、出店者向けの低利の融資制度を設けている例もある。\n"
"　これらを踏まえて、応募者を増やす工夫、定着率を上げる工夫、商店街との関係づくりの工夫の3つの観点から、それぞれ3つずつアイデアを出してください。実現の難しさ（費用と手間）も、簡単に添えてください。")

add("names", "block", ["PERSON"], ["吉永 沙織"], "long PTA board minutes, one parent named once",
"PTA本部役員会の議事録を、会員向けの「本部だより」の記事に書き直してください。決まったことが先に分かるようにしてください。\n\n"
"議事録（6月定例本部役員会）\n"
"1　開会\n"
"2　報告事項\n"
"（1）5月の資源回収の結果：回収量は新聞・雑誌・段ボールなど合計3.2トン、収益は約2万1千円。前年同月より約2割減少した。紙の使用量が減っていることが影響していると思われる。\n"
"（2）登下校の見守り活動：4月から6月までの見守りボランティアの登録者は延べ64名。朝の時間帯の人数が不足している交差点が2か所ある。\n"
"（3）学校からの連絡：7月の授業参観は、学年ごとに時間を分けて実施する。駐車場は使用できないため、徒歩または自転車で来校してほしいとのこと。\n"
"3　協議事項\n"
"（1）夏休みのラジオ体操について：昨年度と同様、地区ごとに実施する。実施期間は7月22日から31日までとし、最終日には参加賞を配る。参加賞の予算は1人100円程度とする。\n"
"（2）ベルマーク活動の見直し：集計の負担が大きいという意見が多いことから、今年度で活動を終了するかどうかを検討した。結論は次回に持ち越し、その間に会員アンケートを実施することとなった。アンケートの原案は広報委員会が作成する。\n"
"（3）PTA会費の使い道：卒業記念品の予算を見直し、その分を子どもたちの体験活動（外部講師を招いた科学教室など）に充てる案が出された。次回までに具体的な費用を調べる。\n"
"（4）役員の負担軽減：会議の回数を減らし、連絡はできるだけアプリで行うことを確認した。書記の吉永 沙織さんから、議事録のひな形を作って共有したいとの提案があり、了承された。\n"
"4　その他\n"
"・次回の本部役員会は7月の第2土曜日、午前10時から図書室で行う。\n"
"・秋のバザーの準備について、7月中に各委員会の委員長に協力を依頼する。\n"
"・学校のホームページに掲載するPTA活動の写真は、顔が分からないものに限ることを再確認した。\n"
"5　閉会")

# --------------------------------------------------------------------------- checks & write

def digit_runs(text: str):
    t = text.translate(str.maketrans("０１２３４５６７８９", "0123456789"))
    for m in re.finditer(r"\d(?:[\d\- ‐−ー]*\d)?", t):
        yield re.sub(r"\D", "", m.group())
    for m in re.finditer(r"\d+", t):
        yield m.group()


def main() -> None:
    assert not is_mynumber("123456789012") and not is_licence("123456789012")
    for v in ALLOW_NUMS:
        assert not (is_mynumber(v) or is_resident_code(v) or is_licence(v) or luhn_ok(v)), v
    assert corp_ok(CORP) and jan_ok(ISBN) and jan_ok(JAN)
    seen = set()
    for cat, expect, types, secrets, note, text in C:
        assert expect in ("block", "allow", "not_allow", "not_block")
        assert text not in seen
        seen.add(text)
        for s in secrets:
            assert s in text, (note, s)
        if expect in ("allow", "not_block"):
            assert not secrets
            for run in digit_runs(text):
                if set(run) == {"0"}:
                    continue  # intentional: a TEXT() format mask / an all-zero dummy (passes the mod-11 check)
                if len(run) in (11, 12):
                    assert not (is_mynumber(run) or is_resident_code(run) or is_licence(run)), (note, run)
                if 13 <= len(run) <= 19:
                    assert not luhn_ok(run), (note, run)
    rows = list(C)
    rng2 = random.Random(4)
    rng2.shuffle(rows)
    out = Path(__file__).with_name("holdout4.jsonl")
    with out.open("w", encoding="utf-8") as f:
        for i, (cat, expect, types, secrets, note, text) in enumerate(rows, 1):
            f.write(json.dumps({"id": f"q-{i:03d}", "cat": cat, "text": text, "expect": expect,
                                "types": types, "secrets": secrets, "note": note},
                               ensure_ascii=False) + "\n")
    n_long = sum(1 for r in rows if len(r[5]) >= 800)
    print(f"wrote {len(rows)} cases ({n_long} long) to {out}")


if __name__ == "__main__":
    main()
