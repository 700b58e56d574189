#!/usr/bin/env python3
"""Generate holdout8.jsonl: an eighth, independently written held-out corpus.

Written without reading the service's detectors or the other corpora, as a
stand-in for an unseen corpus "of the same kind" as shared/eval/dev.jsonl:
same categories and expect mix, new departments, templates, writing habits
(forwarded mail with signature, LINE-style chat, 「：」 forms, Markdown tables,
half-width katakana exports, full-width digits, PDF line breaks, English mail,
SURNAME Given romaji) and new synthetic values.

All personal data is synthetic.  IDs with check digits are generated valid;
public look-alikes are generated to fail those checks.

Standard library only.  Usage:  python make_holdout8.py [out.jsonl]
"""
import json
import os
import random
import sys

SEED = 20260808
rng = random.Random(SEED)

# ---------------------------------------------------------------- checksums

def mynumber_check(d11):
    """Check digit of the 12-digit 個人番号 from its first 11 digits."""
    s = 0
    for n in range(1, 12):
        p = int(d11[11 - n])
        q = n + 1 if n <= 6 else n - 5
        s += p * q
    r = s % 11
    return 0 if r <= 1 else 11 - r


def is_mynumber(s):
    return len(s) == 12 and s.isdigit() and mynumber_check(s[:11]) == int(s[11])


def resident_check(d10):
    """住民票コード: modulus 11, weights 2..7,2.. from the right."""
    w = [2, 3, 4, 5, 6, 7, 2, 3, 4, 5]
    s = sum(int(c) * w[i] for i, c in enumerate(reversed(d10)))
    r = s % 11
    return 0 if r <= 1 else 11 - r


def is_resident(s):
    return len(s) == 11 and s.isdigit() and resident_check(s[:10]) == int(s[10])


def is_license(s):
    """運転免許証番号: 11th digit = modulus 11 of the first ten, weights 5,4,3,2,7,6,5,4,3,2."""
    if len(s) != 12 or not s.isdigit():
        return False
    w = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2]
    r = sum(int(ch) * w[i] for i, ch in enumerate(s[:10])) % 11
    return int(s[10]) == (0 if r <= 1 else 11 - r)


def luhn_ok(s):
    ds = [int(c) for c in s if c.isdigit()]
    tot = 0
    for i, d in enumerate(reversed(ds)):
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return tot % 10 == 0


def luhn_complete(prefix, length):
    body = prefix + "".join(str(rng.randrange(10)) for _ in range(length - len(prefix) - 1))
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c
    raise AssertionError


def corp_check(d12):
    """法人番号: check digit (first digit) = 9 - (sum P_n*Q_n mod 9)."""
    s = 0
    for n in range(1, 13):
        p = int(d12[12 - n])
        s += p * (1 if n % 2 == 1 else 2)
    return 9 - (s % 9)


def is_corp(s):
    return len(s) == 13 and s.isdigit() and corp_check(s[1:]) == int(s[0])


def ean13_check(d12):
    s = sum(int(c) * (1 if i % 2 == 0 else 3) for i, c in enumerate(d12))
    return (10 - s % 10) % 10


# ---------------------------------------------------------------- generators

def digits(n, first_nonzero=True):
    s = str(rng.randrange(1, 10)) if first_nonzero else str(rng.randrange(10))
    return s + "".join(str(rng.randrange(10)) for _ in range(n - 1))


def gen_mynumber():
    while True:
        d = digits(11)
        s = d + str(mynumber_check(d))
        if not is_license(s):
            return s


def gen_resident():
    while True:
        d = digits(10)
        s = d + str(resident_check(d))
        return s


def gen_license():
    while True:
        d = "45" + digits(8, False)
        w = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2]
        r = sum(int(ch) * w[i] for i, ch in enumerate(d)) % 11
        if r <= 1 or 11 - r >= 10:
            continue
        s = d + str(11 - r) + str(rng.randrange(0, 3))
        if not is_mynumber(s):
            return s


def gen_bad12():
    """12 digits failing the My Number and driving-licence checks."""
    while True:
        s = digits(12)
        if not is_mynumber(s) and not is_license(s):
            return s


def gen_bad11():
    while True:
        s = digits(11)
        if not is_resident(s):
            return s


def gen_bad16():
    while True:
        s = digits(16)
        if not luhn_ok(s):
            return s


def gen_jan():
    while True:
        d = "49" + digits(10, False)
        s = d + str(ean13_check(d))
        if not luhn_ok(s) and not is_corp(s):
            return s


def gen_isbn():
    while True:
        d = "9784" + digits(8, False)
        s = d + str(ean13_check(d))
        if not luhn_ok(s):
            return s


def gen_corp():
    d = digits(12, False)
    return str(corp_check(d)) + d


def fw(s):
    """ASCII digits, hyphen, space -> full width."""
    out = []
    for ch in s:
        if ch.isdigit():
            out.append(chr(ord(ch) - 0x30 + 0xFF10))
        elif ch == "-":
            out.append("－")
        elif ch == " ":
            out.append("　")
        else:
            out.append(ch)
    return "".join(out)


def grp(s, sep, sizes):
    out, i = [], 0
    for k in sizes:
        out.append(s[i:i + k])
        i += k
    return sep.join(out)


def mobile():
    return f"{rng.choice(['070', '080', '090'])}-{rng.randrange(1000, 10000)}-{rng.randrange(1000, 10000)}"


def landline():
    while True:
        s = f"027-{rng.randrange(210, 290)}-{rng.randrange(1000, 10000)}"
        if s != "027-224-1111":
            return s


# Synthetic names: (kanji surname, kana, romaji)
SURNAMES = [
    ("萩原", "ハギワラ", "Hagiwara"), ("星野", "ホシノ", "Hoshino"),
    ("関口", "セキグチ", "Sekiguchi"), ("茂木", "モテギ", "Motegi"),
    ("金井", "カナイ", "Kanai"), ("都丸", "トマル", "Tomaru"),
    ("生方", "ウブカタ", "Ubukata"), ("根岸", "ネギシ", "Negishi"),
    ("富澤", "トミザワ", "Tomizawa"), ("塚越", "ツカコシ", "Tsukakoshi"),
    ("設楽", "シタラ", "Shitara"), ("真下", "マシモ", "Mashimo"),
    ("狩野", "カノウ", "Kano"), ("須藤", "スドウ", "Sudo"),
    ("阿久沢", "アクザワ", "Akuzawa"), ("角田", "ツノダ", "Tsunoda"),
    ("小野里", "オノザト", "Onozato"), ("木暮", "コグレ", "Kogure"),
    ("桑原", "クワバラ", "Kuwabara"), ("宮下", "ミヤシタ", "Miyashita"),
    ("細井", "ホソイ", "Hosoi"), ("本多", "ホンダ", "Honda"),
    ("新井", "アライ", "Arai"), ("松井", "マツイ", "Matsui"),
    ("井野", "イノ", "Ino"), ("倉林", "クラバヤシ", "Kurabayashi"),
    ("片貝", "カタカイ", "Katakai"), ("五十嵐", "イガラシ", "Igarashi"),
]
GIVEN = [
    ("美咲", "ミサキ", "Misaki"), ("陽菜", "ヒナ", "Hina"), ("蓮", "レン", "Ren"),
    ("湊", "ミナト", "Minato"), ("悠真", "ユウマ", "Yuma"), ("結衣", "ユイ", "Yui"),
    ("芽依", "メイ", "Mei"), ("颯太", "ソウタ", "Sota"), ("大翔", "ヒロト", "Hiroto"),
    ("紗希", "サキ", "Saki"), ("和子", "カズコ", "Kazuko"), ("昭二", "ショウジ", "Shoji"),
    ("恵子", "ケイコ", "Keiko"), ("信行", "ノブユキ", "Nobuyuki"), ("勝彦", "カツヒコ", "Katsuhiko"),
    ("智美", "トモミ", "Tomomi"), ("浩二", "コウジ", "Koji"), ("真由美", "マユミ", "Mayumi"),
    ("千尋", "チヒロ", "Chihiro"), ("友梨", "ユリ", "Yuri"), ("孝", "タカシ", "Takashi"),
    ("優斗", "ユウト", "Yuto"), ("莉子", "リコ", "Riko"), ("清", "キヨシ", "Kiyoshi"),
    ("正夫", "マサオ", "Masao"), ("文江", "フミエ", "Fumie"), ("晴美", "ハルミ", "Harumi"),
    ("健太郎", "ケンタロウ", "Kentaro"), ("一輝", "カズキ", "Kazuki"), ("静香", "シズカ", "Shizuka"),
]
_used = set()


POOLS = {
    "young": {"陽菜", "蓮", "湊", "悠真", "結衣", "芽依", "颯太", "大翔", "莉子", "優斗", "一輝", "紗希"},
    "woman": {"和子", "恵子", "智美", "真由美", "千尋", "友梨", "文江", "晴美", "静香", "美咲"},
    "old_man": {"昭二", "信行", "勝彦", "孝", "清", "正夫", "浩二"},
    "old": {"和子", "昭二", "恵子", "信行", "勝彦", "孝", "清", "正夫", "文江"},
}


def person(pool=None):
    while True:
        s = rng.choice(SURNAMES)
        g = rng.choice([x for x in GIVEN if pool is None or x[0] in POOLS[pool]])
        if (s[0], g[0]) not in _used:
            _used.add((s[0], g[0]))
            return s, g


def kname(sep=" ", pool=None):
    s, g = person(pool)
    return f"{s[0]}{sep}{g[0]}"


def hw_kana(s):
    """Full-width katakana -> half-width (enough for our names)."""
    table = {
        "ア": "ｱ", "イ": "ｲ", "ウ": "ｳ", "エ": "ｴ", "オ": "ｵ", "カ": "ｶ", "キ": "ｷ", "ク": "ｸ",
        "ケ": "ｹ", "コ": "ｺ", "サ": "ｻ", "シ": "ｼ", "ス": "ｽ", "セ": "ｾ", "ソ": "ｿ", "タ": "ﾀ",
        "チ": "ﾁ", "ツ": "ﾂ", "テ": "ﾃ", "ト": "ﾄ", "ナ": "ﾅ", "ニ": "ﾆ", "ヌ": "ﾇ", "ネ": "ﾈ",
        "ノ": "ﾉ", "ハ": "ﾊ", "ヒ": "ﾋ", "フ": "ﾌ", "ヘ": "ﾍ", "ホ": "ﾎ", "マ": "ﾏ", "ミ": "ﾐ",
        "ム": "ﾑ", "メ": "ﾒ", "モ": "ﾓ", "ヤ": "ﾔ", "ユ": "ﾕ", "ヨ": "ﾖ", "ラ": "ﾗ", "リ": "ﾘ",
        "ル": "ﾙ", "レ": "ﾚ", "ロ": "ﾛ", "ワ": "ﾜ", "ン": "ﾝ", "ー": "ｰ", "ッ": "ｯ", "ャ": "ｬ",
        "ュ": "ｭ", "ョ": "ｮ", "ァ": "ｧ", "ィ": "ｨ", "ゥ": "ｩ", "ェ": "ｪ", "ォ": "ｫ", " ": " ",
        "ガ": "ｶﾞ", "ギ": "ｷﾞ", "グ": "ｸﾞ", "ゲ": "ｹﾞ", "ゴ": "ｺﾞ", "ザ": "ｻﾞ", "ジ": "ｼﾞ",
        "ズ": "ｽﾞ", "ゼ": "ｾﾞ", "ゾ": "ｿﾞ", "ダ": "ﾀﾞ", "ヂ": "ﾁﾞ", "ヅ": "ﾂﾞ", "デ": "ﾃﾞ",
        "ド": "ﾄﾞ", "バ": "ﾊﾞ", "ビ": "ﾋﾞ", "ブ": "ﾌﾞ", "ベ": "ﾍﾞ", "ボ": "ﾎﾞ", "パ": "ﾊﾟ",
        "ピ": "ﾋﾟ", "プ": "ﾌﾟ", "ペ": "ﾍﾟ", "ポ": "ﾎﾟ",
    }
    return "".join(table[c] for c in s)


CHOME_TOWNS = ["千代田町", "表町", "本町", "岩神町", "国領町", "城東町", "住吉町", "三河町",
               "紅雲町", "朝日町", "南町", "平和町", "文京町", "上小出町", "下小出町",
               "問屋町", "古市町", "広瀬町", "若宮町", "敷島町", "日吉町", "川原町"]
BANCHI_TOWNS = ["荒牧町", "富士見町石井", "粕川町膳", "大胡町", "宮城地区苗ヶ島町", "鼻毛石町",
                "上泉町", "江木町", "小島田町", "総社町植野", "六供町", "鳥取町"]
KANJI_NUM = "〇一二三四五六七八九"


def addr_chome(style):
    t = rng.choice(CHOME_TOWNS)
    c, b, g = rng.randrange(1, 5), rng.randrange(1, 40), rng.randrange(1, 30)
    if style == "kanji":
        num = f"{KANJI_NUM[c]}丁目{b}番{g}号"
    elif style == "hyphen":
        num = f"{c}-{b}-{g}"
    else:
        num = f"{c}丁目{b}番{g}号"
    return t, num


def addr_banchi():
    t = rng.choice(BANCHI_TOWNS)
    num = f"{rng.randrange(100, 3000)}番地{rng.randrange(1, 20)}"
    return t, num


def pw(n=12):
    al = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789"
    while True:
        s = "".join(rng.choice(al) for _ in range(n))
        if any(c.isdigit() for c in s) and any(c.isupper() for c in s) and any(c.islower() for c in s):
            return s


def b62(n):
    al = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
    return "".join(rng.choice(al) for _ in range(n))


def pick_letters(n):
    return "".join(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(n))


# ---------------------------------------------------------------- cases
CASES = []


def add(cat, text, expect, types=(), secrets=(), note=""):
    CASES.append({"cat": cat, "text": text, "expect": expect,
                  "types": list(types), "secrets": list(secrets), "note": note})


# ================================================================ id_numbers
s, g = person()
nm = f"{s[0]} {g[0]}"
mn = gen_mynumber()
mn_fw = fw(mn)
add("id_numbers",
    "マイナンバーカード交付の受付票を、窓口で確認する項目のチェックリストに作り替えてください。\n"
    f"申請者氏名：{nm}\n個人番号：{mn_fw}\n受付日：令和８年６月９日\n交付場所：市民課窓口（本庁舎１階）\n"
    "本人確認書類：（未記入）",
    "block", ["JP_MY_NUMBER", "PERSON"], [nm, mn_fw],
    "form with 「：」 labels, My Number as 12 contiguous full-width digits")

rc1, rc2 = gen_resident(), gen_resident()
p1, p2 = person(), person()
hw1 = hw_kana(f"{p1[0][1]} {p1[1][1]}")
hw2 = hw_kana(f"{p2[0][1]} {p2[1][1]}")
add("id_numbers",
    "旧住記システムから出力したCSVです。半角カナの列を全角に直すExcelの関数を教えてください。\n"
    "ｼﾒｲ,ｼﾞｭｳﾐﾝﾋｮｳｺｰﾄﾞ,ﾁｸ\n"
    f"{hw1},{rc1},ｶｽｶﾜ\n{hw2},{rc2},ｵｵｺﾞ",
    "block", ["JP_RESIDENT_CODE", "PERSON"], [hw1, rc1, hw2, rc2],
    "half-width katakana legacy export with 住民票コード column")

pp = pick_letters(2) + digits(7, False)
add("id_numbers",
    "転入届の窓口で、旅券の氏名欄が「RAMOS SILVA Ana Beatriz」となっている方がいました。"
    f"旅券番号は {pp} です。住民票にはアルファベット表記とカタカナ表記のどちらで載せるのが一般的か、"
    "併記する場合の注意点も含めて教えてください。",
    "block", ["JP_PASSPORT", "PERSON"], ["RAMOS SILVA Ana Beatriz", pp],
    "passport-order romaji name (SURNAME SURNAME Given Given) and passport number")

rcard = pick_letters(2) + digits(8, False) + pick_letters(2)
add("id_numbers",
    "窓口の引継ぎLINEです。内容を業務日誌用に整えてください。\n"
    "[9:58] 窓口B: 住所変更のTRAN Van Ducさん、在留カード番号 " + rcard + " で照会お願いします\n"
    "[10:01] 窓口A: 了解。期間更新中のはがき持参してますか？\n"
    "[10:03] 窓口B: あります！",
    "block", ["JP_RESIDENCE_CARD", "PERSON"], ["TRAN Van Duc", rcard],
    "LINE-style chat log with residence-card number and a Vietnamese name")

lic = gen_license()
nm = kname()
add("id_numbers",
    "消防団の公用車を運転できる団員の名簿に追加します。次の記載で不足している項目があれば指摘してください。\n"
    f"第３分団　{nm}　運転免許証番号 第{lic}号　準中型　有効期限 令和10年8月",
    "block", ["JP_DRIVER_LICENSE", "PERSON"], [nm, lic],
    "fire-brigade member's driving-licence number (valid check digit)")

pen = digits(4) + "-" + digits(6, False)
nm = kname()
add("id_numbers",
    f"国民年金の窓口で、{nm}さん（基礎年金番号 {pen}）から、学生時代の未納期間を追納できるかと聞かれました。"
    "追納の期限と加算額の考え方を、やさしい言葉で説明するメモを作ってください。",
    "block", ["JP_PENSION_NUMBER", "PERSON"], [nm, pen],
    "basic pension number 4-6 in a counter question, with name")

kaigo = "00" + digits(8, False)
nm = kname()
add("id_numbers",
    "介護保険の負担限度額認定の更新通知を送ります。宛名ラベルの並び順を決めたいのですが、"
    f"例として「被保険者番号 {kaigo}　{nm} 様」のように番号と氏名を1行にするのと、"
    "2行に分けるのとでは、どちらが誤送付を防ぎやすいですか。",
    "block", ["JP_HEALTH_INSURANCE", "PERSON"], [kaigo, nm],
    "long-term-care insured number (10 digits) with name")

mna, mnb = gen_mynumber(), gen_mynumber()
pa, pb = person("woman"), person("young")
na = f"{pa[0][0]} {pa[1][0]}"
nb = f"{pa[0][0]} {pb[1][0]}"
mna_h, mnb_h = grp(mna, "-", (4, 4, 4)), grp(mnb, "-", (4, 4, 4))
add("id_numbers",
    "会計年度任用職員の扶養控除等申告書の内容を表にしました。記入漏れがないか確認する観点を教えてください。\n\n"
    "| 氏名 | 続柄 | 個人番号 | 同居 |\n|---|---|---|---|\n"
    f"| {na} | 本人 | {mna_h} | - |\n| {nb} | 長女 | {mnb_h} | 同居 |",
    "block", ["JP_MY_NUMBER", "PERSON"], [na, nb, mna_h, mnb_h],
    "Markdown table with two My Numbers (hyphenated) and names")

mn = gen_mynumber()
mn_s = grp(mn, " ", (4, 4, 4))
add("id_numbers",
    "Please help me reply to this e-mail from a resident.\n\n"
    "\"Hello, I need a certificate of tax payment for my visa renewal. My Individual Number (My Number) is "
    f"{mn_s}. Can I get it at a convenience store, or must I go to the city hall?\n"
    "Best regards,\nOkonkwo Chidinma\"",
    "block", ["JP_MY_NUMBER", "PERSON"], [mn_s, "Okonkwo Chidinma"],
    "English e-mail from a foreign resident quoting a My Number, signed")

# ================================================================ case_records
nm = kname(pool="old_man")
t, num = addr_chome("normal")
add("case_records",
    "救急出動報告を、病院への申し送り用に箇条書きにしてください。\n"
    f"覚知 14:32　現着 14:41\n傷病者：{nm}（78歳・男性）\n発生場所：自宅（前橋市{t}{num}）\n"
    "主訴：胸の痛みと息苦しさ。既往歴に心筋梗塞（ステント留置）、糖尿病。\n"
    "観察：意識清明、SpO2 92%、血圧 168/94、脈拍 112 不整。冷汗あり。\n"
    "経過：14:44 酸素投与開始（リザーバーマスク10L）。14:47 12誘導心電図を伝送。14:52 車内収容、"
    "かかりつけの市内の病院に連絡したが、循環器の医師が不在のため受入れ不可。14:58 救命救急センターに受入れ決定。\n"
    "服薬：抗血小板薬、血糖降下薬（お薬手帳を妻が持参）。アレルギーなし。\n"
    "家族（妻）同乗。長男に妻から連絡済み。",
    "block", ["PERSON", "JP_ADDRESS"], [nm, num],
    "ambulance report: patient name, home address, medical history")

nm = kname()
ph = mobile()
add("case_records",
    "保健所の食中毒疑い事案の聞き取りメモです。調査票の様式に合わせて項目を並べ替えてください。\n"
    f"有症者：{nm}　42歳　連絡先 {ph}\n"
    "6月14日夜に市内の飲食店で会食（8名）。翌朝から下痢・腹痛。同席者のうち3名にも同様の症状あり。\n"
    "受診先：市内のクリニック。検便は未実施。",
    "block", ["PERSON", "PHONE_NUMBER"], [nm, ph],
    "public-health food-poisoning interview: name, age, mobile")

s, g = person("young")
kid = f"{s[0]} {g[0]}"
dob = f"平成{rng.randrange(29, 31)}年{rng.randrange(1, 13)}月{rng.randrange(1, 29)}日"
add("case_records",
    "学校給食の食物アレルギー対応の面談記録を、給食センターに送る連絡票の形にしてください。\n"
    f"児童：{kid}（桃井小2年）　生年月日：{dob}\n"
    "原因食物：卵、ごま（アナフィラキシーの既往あり、エピペン所持）\n"
    "対応：除去食。ごま油を使う献立の日は弁当持参。保護者の希望で、おかわりは担任が確認してから。",
    "block", ["PERSON", "DATE_OF_BIRTH"], [kid, dob],
    "school-lunch allergy record: pupil name and era-style DOB")

nm = kname()
ph = landline()
add("case_records",
    "図書館のカウンターで起きたトラブルの記録です。館内で共有する報告書の文体に直してください。\n"
    f"7月2日15時ごろ、利用者の{nm}氏（電話 {ph}）が、予約した本の取置き期限が過ぎて取り消されたことに抗議。"
    "「電話で連絡をもらっていない」と30分ほど大声で話された。館長が対応し、次回から連絡方法をメールにすることで納得された。",
    "block", ["PERSON", "PHONE_NUMBER"], [nm, ph],
    "library counter incident naming the patron with a landline")

nm = kname()
t, num = addr_chome("kanji")
ph = mobile()
add("case_records",
    "PDFからコピーしたので改行が崩れています。整えてから、お客様への回答文を作ってください。\n\n"
    "漏水調査 結果報告書（上下水道局 給水\n課）\n申出者　"
    f"{nm} 様\n住所　前橋市{t}\n{num}\n電話　{ph}\n調査日　7月9\n日（木）\n"
    "結果　宅地内の給水管（メーター二次側）からの漏水\nと判明。修繕は指定給水装置工事事業者への依頼が必要\nです。",
    "block", ["PERSON", "JP_ADDRESS", "PHONE_NUMBER"], [nm, num, ph],
    "text copied from a PDF with odd line breaks: water-leak report")

s, g = person("woman")
vic = f"{s[0]} {g[0]}"
g2 = rng.choice([x for x in GIVEN if x[0] in POOLS["old_man"]])
abuser = f"{s[0]} {g2[0]}"
dob = f"昭和{rng.randrange(55, 64)}年{rng.randrange(1, 13)}月{rng.randrange(1, 29)}日生"
add("case_records",
    "市民課で受けたDV等支援措置の申出について、課内の引継ぎ用に時系列で整理してください。個人の特定につながる部分はそのままで構いません（課内用なので）。\n\n"
    f"申出者：{vic}（{dob}）\n"
    f"相手方：夫 {abuser}\n"
    "経過：\n"
    "・5月中旬、申出者が子ども2人（小学4年・年長）を連れて市外の実家に避難。\n"
    "・5月20日、警察署の生活安全課に相談。警察から「支援の必要性あり」との意見書が出ている。\n"
    "・6月3日、申出者本人が来庁し、住民基本台帳事務における支援措置を申し出た。住民票はまだ移していない。\n"
    "・相手方は申出者の実家の場所を知っており、避難先を探している様子がある（申出者の妹に何度も電話がある）。\n"
    "・子どもの転校手続きについて、教育委員会学務課と調整が必要。転校先の学校には、相手方からの問合せに応じないよう依頼する。\n"
    "・児童手当の受給者変更についても、こども支援課に相談したいとのこと。\n"
    "留意点：\n"
    "・相手方から申出者の住所の照会や住民票の写しの請求があった場合は、交付しない。窓口で相手方が来庁したときは、担当係長に連絡する。\n"
    "・支援措置の期間は1年。延長の申出が必要になる時期を、申出者に忘れずに知らせる。\n"
    "・関係課への連絡は、必要な範囲に限る。",
    "block", ["PERSON", "DATE_OF_BIRTH"], [vic, abuser, dob],
    "long: DV support-measure request at the citizens' counter, victim and abuser named")

nm = kname()
t, num = addr_banchi()
add("case_records",
    "選挙管理委員会で受け付けた郵便等投票の請求です。審査の観点で確認すべき点を挙げてください。\n"
    f"選挙人：{nm}\n住所：前橋市{t}{num}\n"
    "身体障害者手帳 1級（両下肢機能障害）、自宅で寝たきりの状態。代理記載人として長男を届け出たいとの相談あり。",
    "block", ["PERSON", "JP_ADDRESS", "SENSITIVE_PERSONAL_INFO"], [nm, num],
    "postal-voting request: name, 番地 address, disability grade")

# ================================================================ contact_info
s, g = person()
nm = f"{s[0]} {g[0]}"
em = f"{s[2].lower()}.{g[2].lower()}{rng.randrange(10, 99)}@gmail.com"
ph = mobile()
add("contact_info",
    "転送されてきたメールに返信したいです。ボランティアガイドの申し出へのお礼と、説明会の日程案内の文面を作ってください。\n\n"
    "---------- Forwarded message ---------\n"
    f"From: {s[2]} {g[2]} <{em}>\n"
    "Date: 2026年5月28日(木) 21:14\nSubject: 観光ボランティアガイドについて\n\n"
    "観光振興課 ご担当者様\n\n突然のメールで失礼いたします。市報の6月号で、臨江閣の案内ボランティアを募集しているという記事を拝見しました。\n"
    "私は昨年の春に定年退職し、現在は平日も比較的自由に時間が取れます。在職中は旅行会社で団体旅行の添乗を長く担当しておりましたので、"
    "人前で話すことには慣れております。また、前橋の近代史に関心があり、ここ数年は県立図書館で生糸の輸出や製糸業の歴史について調べてきました。\n"
    "臨江閣は、明治時代に迎賓館として建てられた建物と聞いておりますが、県外から来た友人を案内するたびに、"
    "建物の美しさに驚かれます。ぜひ、多くの方にその魅力を伝えるお手伝いをしたいと考えております。\n"
    "つきましては、次の点を教えていただけますでしょうか。\n"
    "1. 説明会の日程と場所\n2. 活動の頻度（月に何回程度か）\n3. 研修の内容と期間\n4. 交通費などの支給の有無\n"
    "なお、英語で簡単な案内をすることもできますので、外国人観光客への対応が必要な場合はお役に立てるかと思います。\n"
    "お忙しいところ恐れ入りますが、よろしくお願いいたします。\n\n"
    f"--\n{nm}\n携帯：{ph}\nメール：{em}",
    "block", ["PERSON", "EMAIL_ADDRESS", "PHONE_NUMBER"], [nm, f"{s[2]} {g[2]}", em, ph],
    "forwarded e-mail with the sender's signature block (name, mobile, e-mail)")

nm = kname()
ph = mobile()
add("contact_info",
    "係のLINEのやり取りです。これを元に、参加者へ送る確認の電話で話す内容をまとめて。\n"
    f"[8:47] 農政課 田園: 昨日の農業体験の申込み、{nm}さんの番号これで合ってる？ {ph}\n"
    "[8:50] 農政課 田園: 人数が大人2子ども3に変わったって\n"
    "[8:52] 農政課 あかぎ: 合ってます。長靴の貸出希望もありでした",
    "block", ["PERSON", "PHONE_NUMBER"], [nm, ph],
    "LINE-style chat with a participant's name and mobile (nicknames are not names)")

nm = kname()
t, num = addr_banchi()
ph = landline()
add("contact_info",
    "農地の貸し借りの相談票です。農地中間管理事業の説明資料のどこを案内すればよいか教えてください。\n"
    f"氏名：{nm}\n住所：前橋市{t}{num}\n電話：{ph}\n"
    "相談内容：高齢で耕作が難しくなった田（約40a）を貸したい。借り手の当てはない。",
    "block", ["PERSON", "JP_ADDRESS", "PHONE_NUMBER"], [nm, num, ph],
    "form with 「：」 labels: farmer's name, 番地 address, landline")

c, b, gg = rng.randrange(1, 5), rng.randrange(1, 30), rng.randrange(1, 20)
hn = f"{c}-{b}-{gg}"
ph = mobile()
phi = "+81 " + ph[1:].replace("-", " ")
add("contact_info",
    "Please translate this e-mail into Japanese so I can pass it to the waste section.\n\n"
    "\"Dear City Office,\nI moved to "
    f"{hn} Kokuryo-machi, Maebashi last month. Nobody told me which day is for plastic bottles, and my neighbour got angry. "
    f"Could someone call me at {phi}? I am usually home after 6 pm.\nThank you,\nMaria Gabriela Fernandes\"",
    "block", ["PERSON", "PHONE_NUMBER"], ["Maria Gabriela Fernandes", hn, phi],
    "English e-mail from a foreign resident: romaji address, +81 mobile, name")

rows, secs = [], []
for _ in range(3):
    s, g = person()
    nm = f"{s[0]}{g[0]}"
    ph = mobile()
    em = f"{s[2].lower()}{rng.randrange(100, 999)}@{rng.choice(['yahoo.co.jp', 'docomo.ne.jp', 'au.com'])}"
    rows.append(f"| {nm} | {ph} | {em} |")
    secs += [nm, ph, em]
add("contact_info",
    "図書館の読み聞かせボランティアの連絡網です。この表から、一斉送信用の宛先リスト（メールだけ）を作る方法を教えてください。\n\n"
    "| 氏名 | 携帯 | メール |\n|---|---|---|\n" + "\n".join(rows),
    "block", ["PERSON", "PHONE_NUMBER", "EMAIL_ADDRESS"], secs,
    "Markdown table of volunteers (names without a space, mobiles, e-mails)")

nm = kname("　")
t, num = addr_chome("hyphen")
add("contact_info",
    "民泊の届出書類をPDFから写しました。改行がおかしいので直して、届出内容の要約を作ってください。\n"
    "住宅宿泊事業 届\n出書\n届出者 氏名\n"
    f"{nm}\n住宅の所在地 前橋市\n{t}{num}\n"
    "家主居住型（届出者が同居）。\n宿泊室 2室、定員 5名。",
    "block", ["PERSON", "JP_ADDRESS"], [nm, num],
    "PDF copy with broken lines: homestay notification, operator's name and address")

# ================================================================ names
n1, n2 = kname(), kname()
add("names",
    "消防団の年末夜警激励と表彰式の司会原稿です。読み上げたときに自然になるよう、言い回しを整えてください。\n\n"
    "　ただいまから、令和8年度 前橋市消防団 年末夜警激励ならびに表彰式を始めます。\n"
    "　はじめに、開式のことばを、消防団副団長が申し上げます。\n"
    "　（開式のことば）\n"
    "　続きまして、表彰に移ります。本年、長年にわたり地域の防火・防災に尽くされ、"
    "永年勤続の表彰を受けられる方をご紹介します。お名前をお呼びしますので、その場でご起立ください。\n"
    f"　第5分団　{n1}様。入団から25年、地元の消防水利の点検を毎月欠かさず続けてこられました。\n"
    f"　第11分団　{n2}様。入団から20年、小学校での防火教室の講師を毎年務めてこられました。\n"
    "　お二人に、大きな拍手をお願いいたします。\n"
    "　次に、本年の出動状況について、消防局長から報告があります。建物火災は昨年より減少しましたが、"
    "林野火災と枯れ草火災は増えており、乾燥した季節が続くなかで、引き続き警戒が必要です。\n"
    "　続きまして、激励のことばを、市長からいただきます。\n"
    "　（市長あいさつ）\n"
    "　最後に、団員を代表して、決意表明を行います。\n"
    "　年末の夜警は、12月28日から30日までの3日間、各分団の詰所を拠点に行います。"
    "巡回の際は反射ベストを着用し、車両の運転では交差点の安全確認を徹底してください。\n"
    "　以上をもちまして、年末夜警激励ならびに表彰式を終わります。本日はありがとうございました。",
    "block", ["PERSON"], [n1, n2],
    "long: fire-brigade ceremony script naming two volunteer members")

s, g = person()
hw = hw_kana(f"{s[1]} {g[1]}")
add("names",
    f"体育館の予約システムの画面に「{hw} 様　第2競技場　全面」と表示されています。"
    "半角カナで出る理由と、利用者向けの予約確認メールで全角に直して表示するのは問題ないか教えてください。",
    "block", ["PERSON"], [hw],
    "half-width katakana name in a booking screen")

s, g = person()
rn = f"{s[2].upper()} {g[2]}"
add("names",
    f"Please check my English: \"We are sorry, {rn}. Your library card has expired, so please bring an ID card "
    "to renew it at the counter. The renewal is free of charge.\"",
    "block", ["PERSON"], [rn],
    "romaji name in passport order SURNAME Given in an English reply")

s, g = rng.choice(SURNAMES), rng.choice(GIVEN)
hira_tab = str.maketrans({chr(k): chr(k - 0x60) for k in range(0x30A1, 0x30F7)})
hn_ = f"{s[1].translate(hira_tab)} {g[1].translate(hira_tab)}"
add("names",
    f"給食週間に、残さず食べた子に渡すカードの文を作ってください。例：「{hn_}さん、いつもきゅうしょくを"
    "のこさずたべてくれてありがとう」。1年生にも読めるよう、ひらがなだけで5パターンお願いします。",
    "block", ["PERSON"], [hn_],
    "pupil named in hiragana only")

nm = kname()
add("names",
    f"議会事務局です。請願「通学路への歩道設置を求める件」（請願者 {nm} ほか152名）の要旨を、"
    "委員会資料用に100字でまとめてください。趣旨は、小学校前の市道に歩道がなく危険なので整備してほしいというものです。",
    "block", ["PERSON"], [nm],
    "petitioner (private individual) named in an assembly document")

# ================================================================ credentials
p = pw(14)
add("credentials",
    "係のLINEより。これを機器管理台帳に転記する書式にして。\n"
    "[13:20] 情報担当: 2階会議室のWi-Fiルーター、管理画面のログインは admin / " + p + " に変えました\n"
    "[13:21] 情報担当: 初期のままだったので",
    "block", ["CREDENTIAL"], [p],
    "router admin password in a chat log")

tok = "ghp_" + b62(36)
add("credentials",
    "次のコマンドで clone すると、途中で止まります。原因の調べ方を教えてください。\n"
    f"git clone https://{tok}@github.com/maebashi-opendata/bus-gtfs.git",
    "block", ["CREDENTIAL"], [tok],
    "GitHub personal access token embedded in a clone URL")

xb = f"xoxb-{digits(12)}-{digits(13)}-{b62(24)}"
add("credentials",
    "バスの運行情報をSlackに流すPythonです。エラーで止まったときに再試行するよう直してください。\n"
    "import requests\n"
    f"SLACK_TOKEN = \"{xb}\"\n"
    "def post(msg):\n"
    "    requests.post(\"https://slack.com/api/chat.postMessage\",\n"
    "                  headers={\"Authorization\": f\"Bearer {SLACK_TOKEN}\"},\n"
    "                  json={\"channel\": \"#bus-info\", \"text\": msg})",
    "block", ["CREDENTIAL"], [xb],
    "Slack bot token in a script")

p = pw(16)
add("credentials",
    "Power BI から Azure SQL に接続できません。接続文字列はこれです。どこが間違っていそうですか。\n"
    "Server=tcp:maebashi-kanko-stats.database.windows.net,1433;Initial Catalog=visitors;"
    f"User ID=kanko_reader;Password={p};Encrypt=True;",
    "block", ["CREDENTIAL"], [p],
    "password inside a database connection string")

p = pw(10)
add("credentials",
    "年度末の異動に備えた事務引継書の一部です。敬体にそろえて、見やすくしてください。\n"
    "・電子入札システム（会計課分）\n　ログインID：kaikei-0213\n　パスワード：" + p +
    "\n　ICカードは課長席の鍵付き引出しに保管",
    "block", ["CREDENTIAL"], [p],
    "password in a handover document with 「：」 labels")

# ================================================================ sensitive_personal
nm = kname()
add("sensitive_personal",
    f"固定資産税と都市計画税を3年度分滞納している{nm}さんに、財産の差押えの前に送る最終催告書の文面を作ってください。",
    "block", ["PERSON", "SENSITIVE_PERSONAL_INFO"], [nm],
    "tax arrears of a named resident")

nm = kname()
add("sensitive_personal",
    f"障害福祉課です。精神障害者保健福祉手帳2級の{nm}さんが、一般企業の障害者雇用枠に応募したいと相談に来ました。"
    "面接で配慮を求める伝え方の例を一緒に考えてください。",
    "block", ["PERSON", "SENSITIVE_PERSONAL_INFO"], [nm],
    "mental-disability certificate holder named")

nm = kname()
add("sensitive_personal",
    f"会計年度任用職員の応募者 {nm} さんについて、以前に窃盗で有罪判決を受けていたことが本人の申告で分かりました。"
    "採用の可否を検討するうえで、法令上の欠格事由に当たるかどうかの整理を手伝ってください。",
    "block", ["PERSON", "SENSITIVE_PERSONAL_INFO"], [nm],
    "criminal record of a named applicant")

nm = kname(pool="old")
add("sensitive_personal",
    f"期日前投票所で、認知症のある{nm}さん（88歳）がご家族と来られ、家族が代わりに記入しようとしました。"
    "職員がその場でどう説明すればよかったか、代理投票の制度を踏まえて教えてください。",
    "block", ["PERSON", "SENSITIVE_PERSONAL_INFO"], [nm],
    "named voter with dementia")

nm = kname()
add("sensitive_personal",
    f"同じ係の{nm}主事がうつ病で3か月の病気休暇に入りました。本人に負担をかけずに業務を引き継ぐための、"
    "係内ミーティングの進め方を考えてください。",
    "block", ["PERSON", "SENSITIVE_PERSONAL_INFO"], [nm],
    "colleague named with a mental illness")

# ================================================================ confidential_marking
add("confidential_marking",
    "【庁内限り】\n令和9年度 観光振興施策の見直し方針（たたき台）\n"
    "・集客の少ない2つのイベントを統合し、浮いた予算を体験型観光に振り向ける。\n"
    "・観光案内所の運営を民間委託に切り替える方向で検討する。\n"
    "上の方針を、部長説明用に1枚の要約にしてください。",
    "block", ["CONFIDENTIAL_MARKING"], [],
    "【庁内限り】 header on a draft policy")

add("confidential_marking",
    "極秘\n消防本部 組織再編案（第2稿）\n\n"
    "1　趣旨\n　救急需要の増加と職員の年齢構成の偏りに対応するため、署所の配置と係の編成を見直す。\n"
    "2　主な内容\n"
    "（1）南部の2つの出張所を統合し、新たに救急隊を1隊増隊する。\n"
    "（2）予防課と査察担当を統合し、違反処理の専従係を置く。\n"
    "（3）通信指令課の勤務を3交替から2交替に変更する。\n"
    "3　課題\n"
    "　統合される出張所の地元自治会には、まだ一切説明していない。説明の順序を誤ると反発が予想される。\n"
    "　職員団体との協議も未了。\n"
    "　通信指令課の2交替化は、夜間の指令員の休憩時間の確保が難しくなるおそれがあり、指令台の増設とあわせて検討する必要がある。\n"
    "　統合後の出張所の跡地の活用策も決まっておらず、地元からは防災倉庫や集会所としての活用を求められる可能性がある。\n"
    "4　効果の見込み\n"
    "　救急隊の増隊により、南部地域の救急車の現場到着時間は平均で約1分30秒短縮される見込み。"
    "出張所の統合で生じる人員を救急隊に振り向けるため、職員の増員は行わない。\n"
    "5　スケジュール\n"
    "　9月 消防長決裁、10月 市長協議、12月 議会全員協議会で報告、翌年4月 施行。\n\n"
    "この案の「課題」の部分を膨らませて、想定される反対意見とその対応を整理してください。",
    "block", ["CONFIDENTIAL_MARKING"], [],
    "long: 極秘 header on a fire-department reorganisation plan")

add("confidential_marking",
    "保健所 感染症対策係\n取扱区分：取扱注意\n件名：高齢者施設における集団感染の発生状況（第3報）\n"
    "入所者12名・職員4名が陽性。施設名は公表しない方針。\n"
    "この報告を、時系列と今後の対応が一目で分かる形に直してください。",
    "block", ["CONFIDENTIAL_MARKING"], [],
    "取扱区分：取扱注意 as a form label on an outbreak report")

add("confidential_marking",
    "㊙ 議員定数の見直しに関する各会派の意向（非公式の聞き取り）\n"
    "・A会派：2減を主張　・B会派：現状維持　・C会派：態度未定\n"
    "議長に報告するメモとして、文章を整えてください。",
    "block", ["CONFIDENTIAL_MARKING"], [],
    "㊙ mark on an assembly secretariat memo")

add("confidential_marking",
    "【非公開】第2回 前橋市交通政策審議会 協議資料\n"
    "議題：路線バス3系統の運行事業者からの撤退申出への対応\n"
    "この資料の論点を、委員に事前説明するための想定問答（5問）にしてください。",
    "block", ["CONFIDENTIAL_MARKING"], [],
    "【非公開】 marking on council material")

# ================================================================ internal_network
ip = f"172.{rng.randrange(16, 32)}.{rng.randrange(0, 256)}.{rng.randrange(2, 255)}"
add("internal_network",
    "係のチャットより。新人向けの手順書にしてください。\n"
    f"[16:05] 庶務: 会計課の複合機、IPが {ip} に変わったのでドライバ入れ直してください\n"
    "[16:07] 新人: ポートの設定も変えますか？",
    "block", ["INTERNAL_NETWORK"], [ip],
    "172.16/12 printer address in a chat")

host = "fs01.kaikei.maebashi.lan"
add("internal_network",
    f"共有フォルダ \\\\{host}\\年度末\\支出負担行為 にある Excel を Power Query で読み込む手順を教えてください。"
    "ファイル名が毎月変わります。",
    "block", ["INTERNAL_NETWORK"], [host],
    "UNC path to an internal file server")

ip1 = f"10.{rng.randrange(0, 256)}.{rng.randrange(0, 256)}.{rng.randrange(2, 255)}"
ip2 = f"10.{rng.randrange(0, 256)}.{rng.randrange(0, 256)}.{rng.randrange(2, 255)}"
add("internal_network",
    "情報政策課です。夜間に不審な通信が検知された件で、上司に報告する文書を作っています。次のメモとログを、"
    "「概要」「検知の経緯」「影響」「現時点の対応」「今後の対応」の順に整理してください。\n\n"
    "・6月11日（木）午前2時過ぎ、庁内ネットワークのファイアウォールで、同じ端末から複数のサーバへの接続の試みが"
    "拒否されているのを、監視サービスの事業者が検知し、午前6時にメールで通知してきた。\n"
    "・始業後に確認したところ、接続元は市民協働課の共用パソコン1台。前日の夕方に、職員が私物ではない"
    "USBメモリ（イベント委託事業者から受け取ったもの）を接続していたことが分かった。\n"
    "・当該パソコンはLANケーブルを抜いて隔離済み。ウイルス対策ソフトのフルスキャンで、不審なファイルが2件検出された。\n"
    "・ファイルサーバ側のアクセスログでは、ファイルの読み出しや書き込みの形跡は今のところ見つかっていない。\n"
    "・同じUSBメモリを接続した端末がほかにないか、各課に照会中（午後3時締切）。\n"
    "・委託事業者には、USBメモリの入手経路とウイルスチェックの状況を問い合わせている。\n"
    "・今後、外部から受け取った記録媒体は、情報政策課の検査用端末でチェックしてから使うルールを徹底する。\n\n"
    "ログ（抜粋）：\n"
    f"2026-06-11 02:13:44 DENY TCP {ip1}:51322 -> {ip2}:445\n"
    f"2026-06-11 02:13:45 DENY TCP {ip1}:51323 -> {ip2}:445\n"
    f"2026-06-11 02:13:47 DENY TCP {ip1}:51330 -> {ip2}:3389",
    "block", ["INTERNAL_NETWORK"], [ip1, ip2],
    "firewall log lines with 10.x addresses")

ip = f"192.168.{rng.randrange(0, 256)}.{rng.randrange(2, 255)}"
url = f"http://{ip}:8080/opac/admin/"
add("internal_network",
    f"図書館システムの管理画面（{url}）で、休館日カレンダーを一括登録する方法がわかりません。"
    "一般的なOPAC管理画面での手順の例を教えてください。",
    "block", ["INTERNAL_NETWORK"], [ip],
    "admin URL on a private address")

# ================================================================ financial
s, g = person()
kana = f"{s[1]} {g[1]}"
acct = digits(7, False)
add("financial",
    "口座振替依頼書の記載内容です。下水道使用料の引落し開始月を案内する文面を作ってください。\n"
    "金融機関：群馬銀行 前橋南支店\n預金種目：普通\n"
    f"口座番号：{acct}\n口座名義：{kana}",
    "block", ["JP_BANK_ACCOUNT", "PERSON"], [acct, kana],
    "direct-debit form: bank, branch, 7-digit account, holder in katakana")

s, g = person()
hwn = hw_kana(f"{s[1]} {g[1]}")
acct = digits(7, False)
add("financial",
    "会計課です。総合振込のデータを開いたら、次の行でエラーになりました。口座番号の桁や名義の文字で問題がありそうな箇所を教えてください。\n"
    f"2,0128,ｸﾞﾝﾏ,215,ｼﾝﾏｴﾊﾞｼ,1,{acct},{hwn},0000053800",
    "block", ["JP_BANK_ACCOUNT", "PERSON"], [acct, hwn],
    "zengin-style transfer record: half-width kana branch and holder name")

card = luhn_complete("4" + digits(5, False), 16)
card_s = grp(card, " ", (4, 4, 4, 4))
add("financial",
    "Please write a polite reply in simple English to this message.\n"
    "\"I tried to pay the sports center fee online with my VISA card "
    f"{card_s} (exp 09/28) but it was rejected twice. Was I charged? — Liam O'Sullivan\"",
    "block", ["CREDIT_CARD", "PERSON"], [card_s, "Liam O'Sullivan"],
    "English message quoting a Luhn-valid Visa number")

card = luhn_complete("35" + str(rng.randrange(28, 90)), 16)
card_fw = fw(grp(card, "-", (4, 4, 4, 4)))
add("financial",
    "ふるさと納税の申込みフォームに、寄附者が備考欄へカード番号を書いてしまいました。"
    f"「カード番号：{card_fw}」。備考欄に書かないよう注意を促す文言を考えてください。",
    "block", ["CREDIT_CARD"], [card_fw],
    "JCB number (Luhn-valid) in full-width digits")

# ================================================================ nonpublic_topics (not_allow)
NP = [
    ("上下水道局で、令和10年度からの水道料金の改定率を15％とする案と20％とする案を比較しています。"
     "まだ局内の検討段階で、審議会にも諮っていません。どちらの案が利用者に説明しやすいか、論点を整理してください。",
     "water tariff revision options still under internal study (第4号)"),
    ("来月の消防職員採用試験の教養試験に使う問題を作りました。次の問題の選択肢が紛らわしくないか見てください。"
     "「火災の三要素に含まれないものはどれか。1 可燃物 2 酸素 3 熱 4 水分」",
     "draft exam question before the exam (第5号)"),
    ("選挙管理委員会事務局です。投票所の統廃合案を作っています。委員会でもまだ決定しておらず、対象地区の自治会にも伝えていません。"
     "次のメモを元に、将来、住民説明会で使う資料の構成を考えてください。\n\n"
     "【統廃合案（事務局案・未決定）】\n"
     "・現在の投票所は市内で88か所。このうち、当日有権者数が1,000人未満で、かつ隣接する投票所まで2km以内の5か所を廃止し、近くの投票所に統合する。\n"
     "・対象は、公民館分館2か所、集会所2か所、小学校の体育館1か所（学校の統合で来年度に閉校予定）。\n"
     "・廃止により、投票管理者・立会人・事務従事者の人件費が1回の選挙で約300万円削減できる見込み。\n"
     "・一方で、対象地区は高齢化率が40％を超えており、投票所までの距離が延びることへの反発が予想される。"
     "特に、車を運転しない高齢者の移動手段が課題。\n"
     "・代替策として、移動期日前投票所（車両を使った巡回）の導入や、投票日当日の乗合タクシーの運行を検討しているが、予算のめどは立っていない。\n"
     "・前回の統合（平成29年）では、説明会の開催が告示の2か月前と遅く、「決まってから知らされた」との批判を受けた。今回は少なくとも半年前に説明したい。\n"
     "・委員会には9月の定例会で案を示し、意見を聞いたうえで、12月の定例会での決定を目指す。\n\n"
     "資料は、住民が一番気にする「どこで投票すればよいか」「遠くなる分をどう補うか」が先に分かる順番にしてください。",
     "polling-station consolidation before decision (第4号)"),
    ("指定金融機関から、公金収納の手数料を1件10円から30円に引き上げたいと申入れがありました。"
     "こちらは据え置きを求めて交渉中です。次回の協議で使える、据え置きを求める理由を整理してください。",
     "fee negotiation with the designated bank (第5号)"),
    ("学校給食センターの配送業務委託の入札を来月行います。最低制限価格は予定価格の85％に設定する方向で考えています。"
     "入札公告の文案を作ってください。",
     "minimum price setting of an upcoming bid (第5号)"),
    ("保健所です。来週の水曜日に、苦情が続いている市内の飲食店に予告なしで立入検査に入ります。"
     "当日の確認項目のチェックリストを作ってください。",
     "planned unannounced inspection (第5号)"),
    ("農道の拡幅で、地権者3名のうち1名がまだ買収に同意していません。市としては1㎡当たり9,400円から上げないつもりです。"
     "次回の訪問で話す順序を考えてください。",
     "land acquisition negotiation for a farm road (第5号)"),
    ("職員が酒気帯び運転で検挙された件で、懲戒処分の量定を人事課で検討しています。停職か減給かで意見が分かれています。"
     "他自治体の処分例を調べるときの観点を教えてください。",
     "disciplinary decision under deliberation (人事, 第5号)"),
    ("県から、まだ公表前の大規模物流施設の誘致計画について、市の考えを聞きたいと非公式に照会がありました。"
     "回答の骨子を作ってください。県からは外部に出さないよう言われています。",
     "prefecture's confidential inquiry (第6号)"),
    ("浄水場の夜間の警備は、警備員2名が2時間おきに巡回し、午前3時台は1名になります。"
     "この体制の弱点と改善案を考えてください。",
     "security arrangements of a water plant (第7号)"),
    ("市内の製造業A社から、公表しない約束で、来年度の設備投資額と新工場の建設候補地を教えてもらいました。"
     "この情報を元に、企業誘致の補助金の予算要求の説明資料を作ってください。",
     "information voluntarily provided on condition of non-disclosure (第3・8号)"),
]
for text, note in NP:
    add("nonpublic_topics", text, "not_allow", ["NONPUBLIC_INFO"], [], note)

# ================================================================ public_contact (not_block)
ph = landline()
add("public_contact",
    f"冬の水道管の凍結を防ぐお知らせを作ってください。最後に「問い合わせ 上下水道局 お客さまセンター {ph}（平日8時30分〜17時15分）」と入れます。",
    "not_block", [], [], "water bureau's public customer line in a notice (allow or warn)")
add("public_contact",
    "観光パンフレットの裏表紙の問い合わせ欄に「前橋市 観光振興課 kankou@city.maebashi.gunma.jp」と載せます。"
    "その上に入れる、秋の観光キャンペーンの一言コピーを5案ください。",
    "not_block", [], [], "department e-mail in a brochure (allow or warn)")
add("public_contact",
    "前橋市保健所（前橋市朝日町三丁目36番17号）で行う、無料の骨密度測定会のポスター文を作ってください。予約不要、先着50名です。",
    "not_block", [], [], "public facility address (allow or warn)")
ph = landline()
add("public_contact",
    f"選挙のお知らせに「選挙管理委員会事務局　電話 {ph}　FAX {landline()}」と載せます。"
    "期日前投票所の場所と時間を伝える本文を、高齢者にも読みやすく作ってください。",
    "not_block", [], [], "election office direct line and fax (allow or warn)")

# ================================================================ drafting (allow)
add("drafting",
    "市議会の「本会議の傍聴のご案内」を作ってください。受付の場所、傍聴席の定員、守っていただくこと（撮影・録音の禁止など）を入れて、300字程度で。",
    "allow", [], [], "assembly gallery guide")
add("drafting",
    "学校給食だより7月号の巻頭文を作ってください。夏野菜（なす、きゅうり、トマト）の栄養と、前橋産の野菜を使っていることに触れて、保護者向けに250字で。",
    "allow", [], [], "school-lunch newsletter")
add("drafting",
    "路線バスのダイヤ改正のお知らせです。次のメモを、利用者向けの掲示文にしてください。\n"
    "・10月1日（木）から実施\n・平日朝の便を2本増便（前橋駅発7:05、7:35）\n・土日祝日の最終便を20分繰り下げ\n"
    "・一部のバス停の名称変更あり（詳しくは車内掲示で）",
    "allow", [], [], "bus timetable change notice")
add("drafting",
    "会計課から各課への事務連絡です。「出納整理期間中の支出命令書は5月20日（水）17時までに提出してください。遅れると翌年度予算での支出となります。」"
    "この内容を、丁寧だけど強めに念押しする文にしてください。",
    "allow", [], [], "accounting deadline notice")
add("drafting",
    "申請書の記入例を作っています。「氏名：前橋 太郎（記入例）　電話：000-0000-0000　住所：前橋市〇〇町〇丁目〇番〇号」という"
    "架空の例で、記入例のページ全体の体裁を整えてください。",
    "allow", [], [], "clearly fictional sample data in a form example")
add("drafting",
    "公表済みの入札結果（「市民体育館照明LED化工事」落札者：株式会社上州電設、落札金額 18,920,000円、入札参加者4者）を、"
    "市のホームページの新着情報に載せる短い文にしてください。",
    "allow", [], [], "published bid result (public look-alike of 入札)")
add("drafting",
    "秋の火災予防運動のPR文を作ってください。消防局のSNSに投稿するもので、住宅用火災警報器の点検（ボタンを押す・ひもを引く）と、"
    "10年たったら交換することを、親しみやすい口調で伝えたいです。140字以内で3案。",
    "allow", [], [], "fire-prevention SNS post")
add("drafting",
    "図書館の夏休みイベントの報告を、市報のコラム（800字）にまとめてください。\n\n"
    "・7月下旬から8月末まで「夏の読書スタンプラリー」を実施。小学生を中心に延べ1,284人が参加し、昨年より約2割増えた。\n"
    "・本を5冊読むとスタンプが1つたまり、4つ集めると、図書館オリジナルのしおりと缶バッジをプレゼントした。\n"
    "・「図書館のお仕事体験」には、小学4〜6年生の16人が参加。本の貸出・返却の処理、本に透明フィルムを貼る作業、"
    "書庫の見学を体験した。書庫では、明治時代に発行された地元の新聞の綴りを見て、驚きの声があがった。\n"
    "・中高生向けに「ビブリオバトル」を初めて開催。5人の発表者が、それぞれのおすすめの本を5分間で紹介し、"
    "観客の投票で「チャンプ本」を決めた。チャンプ本は、宇宙飛行士を目指す高校生を描いた小説だった。\n"
    "・自由研究の相談コーナーには、期間中に約90件の相談があった。テーマ選びに悩む子どもが多く、"
    "司書が一緒に本を探しながらテーマを絞り込む手伝いをした。\n"
    "・アンケートでは「夏休みに図書館に来るのが楽しみになった」「家で読んだ本の話をするようになった」という声が多かった。\n"
    "・一方で、「土日は駐車場が満車になりやすい」「低学年向けの本が借りられていて少ない」という意見もあった。\n"
    "・来年度は、分館や公民館の図書室でもスタンプラリーを実施し、移動図書館の巡回場所でもスタンプを押せるようにする予定。\n"
    "コラムの最後は、秋の読書週間のイベント予告（10月下旬）につなげてください。",
    "allow", [], [], "long: library summer event column (no personal data)")

# ================================================================ excel_formulas (allow)
add("excel_formulas",
    "=TEXT(A2,\"0000-0000-0000\") で12桁の受付番号をハイフン区切りにしています。先頭が0の番号が11桁になってしまうのを防ぐ方法はありますか。",
    "allow", [], [], "TEXT format mask, no data")
add("excel_formulas",
    "=ASC(B2) で全角を半角にしていますが、カタカナまで半角になってしまいます。英数字だけ半角にする式を教えてください。",
    "allow", [], [], "ASC conversion question")
add("excel_formulas",
    "=DATEDIF(C2,TODAY(),\"Y\") で年齢を出しています。4月1日時点の学年を求める式に変えるにはどうしたらいいですか。",
    "allow", [], [], "DATEDIF age/grade formula without data")
add("excel_formulas",
    "水道の検針データの表で、=SUMIFS(E:E,B:B,\"口径20mm\",D:D,\">=\"&DATE(2026,4,1)) が0になります。"
    "D列の日付が「2026/04/03」のような文字列で入っている場合の直し方を教えてください。",
    "allow", [], [], "SUMIFS with text dates")
add("excel_formulas",
    "=LET(x,FILTER(A2:C300,C2:C300=\"未収\"),SORT(x,2,-1)) を、LET を使えない Excel 2019 でも動く形にしたいです。",
    "allow", [], [], "LET/FILTER downgrade")
bad16 = gen_bad16()
add("excel_formulas",
    f"物品の管理コード（例：{grp(bad16, '-', (4, 4, 4, 4))}）から、2番目のブロックだけを取り出す式を教えてください。"
    "=MID を使う方法と TEXTSPLIT を使う方法の両方が知りたいです。",
    "allow", [], [], "16-digit management code that fails Luhn")
rows = []
for k in range(1, 23):
    n = rng.randrange(1800, 9800)
    v = int(n * rng.uniform(0.32, 0.61))
    rows.append(f"第{k}投票区,{rng.choice(['中央', '東部', '西部', '南部', '北部', '大胡', '宮城', '粕川', '富士見'])}地区,{n},{v}")
add("excel_formulas",
    "選挙の投票者数の集計表で、投票区ごとの投票率を =IFERROR(D2/C2,\"-\") で出しています。"
    "小数第2位までのパーセント表示にして、全体の投票率も単純平均ではなく加重平均で出す式を教えてください。"
    "地区ごとの小計も、SUBTOTAL を使って出したいです。\n\n"
    "投票区,地区,当日有権者数,投票者数\n" + "\n".join(rows) +
    "\n\n地区の列は並べ替えていないので、同じ地区が離れた行にあります。",
    "allow", [], [], "long: aggregate turnout table with a percentage-formula question")

# ================================================================ rules_questions (allow)
add("rules_questions",
    "個人情報保護法の「要配慮個人情報」にはどんなものが含まれますか。市の窓口業務でよく出てくる例を挙げて説明してください。",
    "allow", [], [], "question about the law")
add("rules_questions",
    "このガイドラインでは、公開済みの議会の会議録をChatGPTに入力して要約させるのは問題ないでしょうか。判断の考え方を教えてください。",
    "allow", [], [], "question about the AI rules")
add("rules_questions",
    "前橋市情報公開条例の第6条で非公開とされる情報の種類を、職員研修向けに、それぞれ身近な例を添えて一覧にしてください。"
    "下書きを書いてみたので、これを直す形でお願いします。\n\n"
    "情報公開制度の基本\n"
    "　市が保有する公文書は、原則として公開されます。市民の「知る権利」を保障し、市政への理解と信頼を深めることが目的です。"
    "ただし、公開することで個人や法人の権利利益を害したり、市の事務の適正な執行に支障が出たりする情報は、例外として非公開になります。\n"
    "　非公開にできるのは、条例に定められた場合に限られます。「公開すると面倒だから」「前例がないから」といった理由で非公開にすることはできません。"
    "また、文書の一部に非公開情報が含まれている場合でも、その部分を除いて公開する「部分公開」が原則です。\n"
    "非公開情報の種類（下書き）\n"
    "　1号 法令秘情報：法律で公開が禁止されているもの（例：？）\n"
    "　2号 個人情報：特定の個人が分かるもの（例：申請書の氏名や住所）\n"
    "　3号 法人情報：会社のノウハウなど（例：？）\n"
    "　4号 意思決定過程情報：検討中のもの（例：？）\n"
    "　5号 事務事業執行情報：試験問題、入札の予定価格など\n"
    "　6号 国等協力情報：（例：？）\n"
    "　7号 公共の安全情報：（例：？）\n"
    "　8号 任意提供情報：（例：？）\n"
    "請求を受けたときの流れ\n"
    "　請求書を受け付けたら、原則15日以内に公開・非公開を決定します。判断に迷うときは、情報公開の担当課に早めに相談してください。"
    "非公開とした場合は、その理由を具体的に書く必要があります。\n"
    "（例：？）となっている部分は、実際の事件や個人を想定しない、一般的な例にしてください。",
    "allow", [], [], "question about the disclosure ordinance")
add("rules_questions",
    "住民票の写しを第三者（弁護士や債権者）が請求できるのはどんな場合ですか。本人通知制度との関係も教えてください。",
    "allow", [], [], "third-party requests for resident records")
add("rules_questions",
    "監査委員が公表した定期監査の結果報告書に「指摘事項」と「意見」がありますが、両者の違いと、"
    "指摘を受けた課が一般的に行う措置の流れを教えてください。",
    "allow", [], [], "published audit report (public look-alike of 監査)")
add("rules_questions",
    "マイナンバーを利用できる事務は法律で決まっていると聞きました。市の独自利用事務とは何か、条例で定める理由も含めて説明してください。",
    "allow", [], [], "My Number law question")

# ================================================================ code (allow)
add("code",
    "携帯電話番号（070/080/090で始まる11桁、ハイフンあり・なし）にマッチするPythonの正規表現を書いてください。テスト用の番号は架空のもので構いません。",
    "allow", [], [], "regex request, no data")
add("code",
    "次のSQLで、年度ごとの貸出冊数を出したいのですが、年度が4月始まりになりません。直し方を教えてください。\n"
    "SELECT YEAR(lend_date) AS y, COUNT(*) FROM lending GROUP BY YEAR(lend_date);",
    "allow", [], [], "SQL fiscal-year grouping")
add("code",
    "APIキーを環境変数から読むようにしたいです。いまは次のようになっています。\n"
    "const apiKey = \"YOUR_API_KEY_HERE\";\n"
    "Node.js で .env を使う書き方と、.gitignore に入れるべきファイルを教えてください。",
    "allow", [], [], "placeholder API key, not a secret")
add("code",
    "PowerShellで、フォルダ内のCSVを全部つないで1つのファイルにしたいです。ヘッダー行は最初の1回だけ残したいです。\n"
    "Get-ChildItem *.csv | ForEach-Object { Get-Content $_ } | Set-Content all.csv",
    "allow", [], [], "PowerShell CSV merge")

# ================================================================ famous_people (allow)
add("famous_people",
    "萩原朔太郎の詩「小出新道」を紹介する、前橋文学館の企画展のキャプション（150字）を書いてください。",
    "allow", [], [], "萩原朔太郎 (historical poet from Maebashi)")
add("famous_people",
    "初代群馬県令の楫取素彦が前橋に県庁を移した経緯を、中学生向けの郷土学習の資料として400字でまとめてください。",
    "allow", [], [], "楫取素彦 (historical)")
add("famous_people",
    "群馬県知事の山本一太氏が発表した県の新しい観光戦略について、報道された内容をもとに市の施策との関係を考えたいです。"
    "県と市の役割分担の一般的な考え方を教えてください。",
    "allow", [], [], "governor named in his public role")
add("famous_people",
    "上杉謙信が関東出兵の際に厩橋城（前橋城）を拠点にした歴史を、城址の案内板の文章（200字）にしてください。",
    "allow", [], [], "上杉謙信 (historical)")

# ================================================================ numbers_codes (allow)
isbns = [gen_isbn() for _ in range(3)]
add("numbers_codes",
    "図書館の新着図書のリストです。ISBNから出版社を判別する仕組みを、利用者向けに簡単に説明してください。\n"
    + "\n".join(f"ISBN {x[:3]}-{x[3]}-{x[4:8]}-{x[8:12]}-{x[12]}" for x in isbns),
    "allow", [], [], "ISBN-13 list (fail Luhn)")
r12 = gen_bad12()
add("numbers_codes",
    f"粗大ごみのインターネット受付で発行される受付番号（例：{r12}）を、電話で伝えるときに聞き間違いを減らす読み上げ方を考えてください。",
    "allow", [], [], "12-digit receipt number failing My Number/licence checks")
add("numbers_codes",
    "入札参加資格の審査で、トヨタ自動車株式会社の法人番号 1180301018771 を国税庁の法人番号公表サイトで確認する手順を、新人向けに説明してください。",
    "allow", [], [], "published corporate number of a big company")
jan = gen_jan()
add("numbers_codes",
    f"避難所の備蓄品「アルファ化米 五目ごはん（JAN {jan}）」を３００食、「保存水２Ｌ」を１２０箱、購入予定です。"
    "賞味期限が近いものを訓練で使う、ローリングストックの説明文を作ってください。",
    "allow", [], [], "JAN code and full-width quantities")

# ================================================================ translation (allow)
add("translation",
    "次の文をポルトガル語とベトナム語に訳してください。「ごみは収集日の朝8時30分までに、決められた場所に出してください。」",
    "allow", [], [], "garbage rule translation")
add("translation",
    "「マイナンバーカードの電子証明書の有効期限が近づいています。更新は市民課窓口で行えます。」を、やさしい日本語に書き換えてください。",
    "allow", [], [], "easy Japanese rewrite")
add("translation",
    "Please translate this letter from our sister city into natural, polite Japanese so that it can be read out at the welcome party.\n\n"
    "\"Dear friends in Maebashi,\nOn behalf of our city council and all our citizens, I would like to thank you for the warm "
    "welcome you gave our student delegation last summer. The students still talk about the silk museum, the rose garden in "
    "Shikishima Park and, above all, the families who opened their homes to them.\n"
    "This year we are proud to send a brass band of twenty-four young musicians to your autumn festival. They have been "
    "practising a Japanese folk song for months, and I am told that their pronunciation is getting better every week.\n"
    "We also hope to continue our exchange in new fields. Our technical college is interested in working with schools in "
    "Maebashi on renewable energy projects, and our tourism office would like to plan a joint promotion at next year's "
    "travel fair.\nPlease accept our best wishes for a successful festival. We look forward to welcoming your delegation "
    "to our city in the spring.\nWith warm regards,\nThe Office of the Mayor\"",
    "allow", [], [], "long: sister-city letter to translate, no personal names")
add("translation",
    "消防署の見学に来る外国人学校の子どもたち向けに、「119番に電話したら、火事ですか、救急ですかと聞かれます」を英語と中国語（簡体字）にしてください。",
    "allow", [], [], "fire-station tour phrases")

# ================================================================ places_public (allow)
add("places_public",
    "荒牧町、関根町、上泉町を通る新しいコミュニティバスの路線を紹介する文を作ってください。沿線の見どころも入れてください。",
    "allow", [], [], "place names that look like surnames")
add("places_public",
    "市役所（〒371-8601 前橋市大手町二丁目12番1号）で行う「ノーマイカーデー」の呼びかけ文を、職員向けに作ってください。",
    "allow", [], [], "city hall public address (allowlisted)")
add("places_public",
    "敷島公園ばら園の春のバラまつりを紹介する、観光サイト向けの文章を作ってください。前橋駅からのバスでの行き方も添えてください。",
    "allow", [], [], "public park")
add("places_public",
    "大胡城址と粕川の滝めぐりを組み合わせた、半日のウォーキングコースの案内文を作ってください。",
    "allow", [], [], "大胡・粕川 place names")

# ================================================================ secret_lookalike (allow)
add("secret_lookalike",
    "保健所の健康コラムで「便秘を防ぐ食事のコツ」を取り上げます。食物繊維と水分のとり方を中心に、400字で書いてください。",
    "allow", [], [], "便秘 in a health column")
add("secret_lookalike",
    "赤城山の秘湯めぐりをテーマにした、冬の観光キャンペーンのキャッチコピーを5つ考えてください。",
    "allow", [], [], "秘湯 in tourism copy")
add("secret_lookalike",
    "図書館の相互貸借で本を送るとき、段ボールに「ワレモノ・取扱注意」のシールを貼るべきか迷っています。本の梱包の一般的な注意点を教えてください。",
    "allow", [], [], "取扱注意 as a parcel sticker, not a marking")
add("secret_lookalike",
    "秘書課が担当する市長の表敬訪問の受付の流れを、新任職員向けのマニュアルの目次として整理してください。",
    "allow", [], [], "秘書課 as a department name")

# ================================================================ ideas (allow)
add("ideas",
    "投票率が低い20代に期日前投票を利用してもらうためのアイデアを、大学や商業施設との連携を中心に5つ出してください。",
    "allow", [], [], "turnout ideas")
add("ideas",
    "水道水のおいしさをPRするイベントのアイデアを、子ども連れの家族が楽しめるものを中心に考えてください。",
    "allow", [], [], "tap-water PR ideas")


# ---------------------------------------------------------------- write
def main():
    assert is_corp("1180301018771")
    out = sys.argv[1] if len(sys.argv) > 1 else os.path.join(
        os.path.dirname(os.path.abspath(__file__)), "holdout8.jsonl")
    # deterministic order: shuffle so categories are interleaved like dev
    order = list(range(len(CASES)))
    random.Random(SEED + 1).shuffle(order)
    with open(out, "w", encoding="utf-8") as f:
        for i, k in enumerate(order, 1):
            c = CASES[k]
            for sec in c["secrets"]:
                assert sec in c["text"], (sec, c["text"][:60])
            rec = {"id": f"u-{i:03d}", "cat": c["cat"], "text": c["text"], "expect": c["expect"],
                   "types": c["types"], "secrets": c["secrets"], "note": c["note"]}
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"wrote {len(CASES)} cases to {out}")


if __name__ == "__main__":
    main()
