#!/usr/bin/env python3
"""Generate tests/data/holdout9.jsonl: a ninth, independently written held-out corpus.

Written only from the guideline, the scan API spec and the format/category mix of
shared/eval/dev.jsonl (no detector code, no other corpora were read).  All personal
data is synthetic: names are drawn from small pools, identifiers are random numbers
with valid check digits (My Number, resident code, driving licence, Luhn), and the
look-alike numbers used in `allow` cases are made to FAIL those checks.

Standard library only; deterministic for a given seed.

    python3 tests/data/make_holdout9.py [--seed 9009] [--out tests/data/holdout9.jsonl]
"""
import argparse
import json
import os
import random

# --------------------------------------------------------------------------
# check digits
# --------------------------------------------------------------------------


def my_number_cd(body11):
    d = [int(c) for c in body11]
    t = 0
    for n in range(1, 12):
        q = n + 1 if n <= 6 else n - 5
        t += d[11 - n] * q
    r = t % 11
    return 0 if r <= 1 else 11 - r


def is_my_number(s):
    return len(s) == 12 and s.isdigit() and my_number_cd(s[:11]) == int(s[11])


def mod11_w27_cd(body):
    """modulus 11, weights 2..7 from the right; 10/11 -> 0 (resident code, licence)."""
    w = [2, 3, 4, 5, 6, 7]
    t = sum(int(body[len(body) - 1 - i]) * w[i % 6] for i in range(len(body)))
    cd = 11 - t % 11
    return 0 if cd >= 10 else cd


def is_resident_code(s):
    return len(s) == 11 and s.isdigit() and mod11_w27_cd(s[:10]) == int(s[10])


def is_licence(s):
    return len(s) == 12 and s.isdigit() and mod11_w27_cd(s[:10]) == int(s[10])


def luhn_ok(s):
    d = [int(c) for c in s][::-1]
    t = 0
    for i, x in enumerate(d):
        if i % 2:
            x *= 2
            if x > 9:
                x -= 9
        t += x
    return t % 10 == 0


def luhn_complete(prefix, length, rng):
    body = prefix + "".join(rng.choice("0123456789") for _ in range(length - len(prefix) - 1))
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c
    raise AssertionError


def corp_cd(body12):
    t = 0
    for n in range(1, 13):
        t += int(body12[12 - n]) * (1 if n % 2 else 2)
    return 9 - t % 9


def jan_cd(body12):
    t = sum(int(c) * (1 if i % 2 == 0 else 3) for i, c in enumerate(body12))
    return (10 - t % 10) % 10


def fails_all_checks(s):
    """True if a digit string passes none of the personal-ID check-digit rules."""
    if len(s) == 12 and (is_my_number(s) or is_licence(s)):
        return False
    if len(s) == 11 and is_resident_code(s):
        return False
    if 13 <= len(s) <= 19 and luhn_ok(s):
        return False
    return True


# --------------------------------------------------------------------------
# value generators
# --------------------------------------------------------------------------

SURNAMES = [
    ("須永", "スナガ", "Sunaga"), ("生方", "ウブカタ", "Ubukata"), ("狩野", "カノウ", "Kano"),
    ("高草木", "タカクサギ", "Takakusagi"), ("角田", "ツノダ", "Tsunoda"), ("茂木", "モギ", "Mogi"),
    ("関口", "セキグチ", "Sekiguchi"), ("根岸", "ネギシ", "Negishi"), ("星野", "ホシノ", "Hoshino"),
    ("富澤", "トミザワ", "Tomizawa"), ("阿久澤", "アクザワ", "Akuzawa"), ("塚越", "ツカゴシ", "Tsukagoshi"),
    ("小暮", "コグレ", "Kogure"), ("飯塚", "イイヅカ", "Iizuka"), ("宮下", "ミヤシタ", "Miyashita"),
    ("金井", "カナイ", "Kanai"), ("都丸", "トマル", "Tomaru"), ("桑原", "クワバラ", "Kuwabara"),
    ("反町", "ソリマチ", "Sorimachi"), ("設楽", "シタラ", "Shitara"), ("平形", "ヒラカタ", "Hirakata"),
    ("青木", "アオキ", "Aoki"), ("新井", "アライ", "Arai"), ("松井", "マツイ", "Matsui"),
    ("井野", "イノ", "Ino"), ("中澤", "ナカザワ", "Nakazawa"), ("田村", "タムラ", "Tamura"),
    ("瀬下", "セジモ", "Sejimo"), ("原澤", "ハラサワ", "Harasawa"), ("吉澤", "ヨシザワ", "Yoshizawa"),
    ("戸塚", "トツカ", "Totsuka"), ("蟻川", "アリカワ", "Arikawa"), ("大友", "オオトモ", "Otomo"),
    ("湯浅", "ユアサ", "Yuasa"), ("竹内", "タケウチ", "Takeuchi"), ("奈良", "ナラ", "Nara"),
    ("上原", "ウエハラ", "Uehara"), ("本間", "ホンマ", "Honma"), ("糸井", "イトイ", "Itoi"),
]
GIVEN_ADULT = [
    ("恵理子", "エリコ", "Eriko"), ("千尋", "チヒロ", "Chihiro"), ("美穂", "ミホ", "Miho"),
    ("紀子", "ノリコ", "Noriko"), ("勝利", "カツトシ", "Katsutoshi"), ("菜々美", "ナナミ", "Nanami"),
    ("剛", "ツヨシ", "Tsuyoshi"), ("康夫", "ヤスオ", "Yasuo"), ("瑞穂", "ミズホ", "Mizuho"),
    ("和彦", "カズヒコ", "Kazuhiko"), ("隆之", "タカユキ", "Takayuki"), ("智恵", "チエ", "Chie"),
    ("彩花", "アヤカ", "Ayaka"), ("浩二", "コウジ", "Koji"), ("真由美", "マユミ", "Mayumi"),
    ("拓海", "タクミ", "Takumi"), ("由香里", "ユカリ", "Yukari"), ("健吾", "ケンゴ", "Kengo"),
    ("麻衣", "マイ", "Mai"), ("伸也", "シンヤ", "Shinya"), ("亜希子", "アキコ", "Akiko"),
    ("大輔", "ダイスケ", "Daisuke"), ("里奈", "リナ", "Rina"), ("英明", "ヒデアキ", "Hideaki"),
]
GIVEN_ELDER = [
    ("ハル", "ハル", "Haru"), ("キヨ", "キヨ", "Kiyo"), ("富美子", "フミコ", "Fumiko"),
    ("正雄", "マサオ", "Masao"), ("昭二", "ショウジ", "Shoji"), ("トシ子", "トシコ", "Toshiko"),
    ("金次郎", "キンジロウ", "Kinjiro"), ("ミツ", "ミツ", "Mitsu"), ("栄作", "エイサク", "Eisaku"),
]
GIVEN_CHILD = [
    ("陽葵", "ヒマリ", "Himari"), ("湊", "ミナト", "Minato"), ("蒼", "アオイ", "Aoi"),
    ("結菜", "ユイナ", "Yuina"), ("樹", "イツキ", "Itsuki"), ("琴音", "コトネ", "Kotone"),
    ("颯太", "ソウタ", "Sota"), ("芽依", "メイ", "Mei"), ("悠真", "ユウマ", "Yuma"),
    ("龍之介", "リュウノスケ", "Ryunosuke"), ("咲良", "サクラ", "Sakura"), ("蓮", "レン", "Ren"),
]
TOWNS = [
    "岩神町", "城東町", "紅雲町", "朝日町", "天川大島町", "広瀬町", "下小出町", "上小出町",
    "元総社町", "総社町", "箱田町", "六供町", "南町", "文京町", "荒牧町", "青柳町", "下沖町",
    "川原町", "国領町", "石倉町", "敷島町", "若宮町", "田口町", "関根町", "江木町", "問屋町",
    "新前橋町", "古市町", "石関町", "亀里町", "西片貝町", "東片貝町", "小相木町", "鳥羽町",
]
KANJI_NUM = "〇一二三四五六七八九"


class Gen:
    def __init__(self, seed):
        self.rng = random.Random(seed)
        self._used_sur = set()
        self._used_given = set()
        self._used_towns = set()

    # ---- people -----------------------------------------------------------
    def _pick(self, pool, used):
        cands = [p for p in pool if p[0] not in used] or pool
        p = self.rng.choice(cands)
        used.add(p[0])
        return p

    def person(self, age="adult", sur=None):
        s = sur or self._pick(SURNAMES, self._used_sur)
        pool = {"adult": GIVEN_ADULT, "elder": GIVEN_ELDER, "child": GIVEN_CHILD}[age]
        g = self._pick(pool, self._used_given)
        return {
            "sur": s[0], "given": g[0], "ksur": s[1], "kgiven": g[1], "rsur": s[2], "rgiven": g[2],
            "kanji": f"{s[0]} {g[0]}", "kanji_fw": f"{s[0]}　{g[0]}", "kanji_ns": f"{s[0]}{g[0]}",
            "kana": f"{s[1]} {g[1]}", "romaji": f"{g[2]} {s[2]}", "romaji_rev": f"{s[2].upper()} {g[2]}",
        }

    # ---- places -------------------------------------------------------------
    def town(self):
        cands = [t for t in TOWNS if t not in self._used_towns]
        t = self.rng.choice(cands)
        self._used_towns.add(t)
        return t

    def addr(self, style="chome_kanji"):
        """returns (full address without city, secret part)"""
        t = self.town()
        r = self.rng
        if style == "chome_kanji":
            part = f"{KANJI_NUM[r.randint(1, 5)]}丁目{r.randint(2, 29)}番{r.randint(1, 19)}号"
        elif style == "chome_arabic":
            part = f"{r.randint(1, 5)}丁目{r.randint(2, 29)}番{r.randint(1, 19)}号"
        elif style == "hyphen":
            part = f"{r.randint(1, 5)}-{r.randint(2, 29)}-{r.randint(1, 19)}"
        elif style == "banchi":
            part = f"{r.randint(120, 2980)}番地{r.randint(1, 12)}"
        else:
            raise ValueError(style)
        return t + part, part

    # ---- numbers ------------------------------------------------------------
    def digits(self, n, first_nonzero=True):
        r = self.rng
        s = "".join(r.choice("0123456789") for _ in range(n))
        if first_nonzero and s[0] == "0":
            s = str(r.randint(1, 9)) + s[1:]
        return s

    def mobile(self):
        r = self.rng
        return r.choice(["090", "080", "070"]), self.digits(4), self.digits(4, False)

    def landline(self):
        r = self.rng
        while True:
            mid = str(r.randint(210, 290))
            last = self.digits(4, False)
            if (mid, last) != ("224", "1111"):
                return "027", mid, last

    def my_number(self):
        b = self.digits(11)
        return b + str(my_number_cd(b))

    def resident_code(self):
        while True:
            b = self.digits(10)
            cd = 11 - sum(int(b[9 - i]) * [2, 3, 4, 5, 6, 7][i % 6] for i in range(10)) % 11
            if cd < 10:
                return b + str(cd)

    def licence(self, pref="42"):
        while True:
            b = pref + f"{self.rng.randint(0, 25):02d}" + self.digits(6, False)
            cd = 11 - sum(int(b[9 - i]) * [2, 3, 4, 5, 6, 7][i % 6] for i in range(10)) % 11
            if cd < 10:
                return b + str(cd) + str(self.rng.choice([0, 0, 1]))

    def corp_number(self):
        while True:
            b = self.digits(12, False)
            s = str(corp_cd(b)) + b
            if s[0] != "0" and not luhn_ok(s):
                return s

    def failing(self, n, prefix=""):
        while True:
            s = prefix + self.digits(n - len(prefix), first_nonzero=not prefix)
            if fails_all_checks(s):
                return s

    def isbn13(self):
        while True:
            b = "9784" + self.digits(8, False)
            s = b + str(jan_cd(b))
            if not luhn_ok(s):
                return s

    def password(self, n=12, sym="!#%-_@"):
        r = self.rng
        alpha = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789"
        while True:
            s = "".join(r.choice(alpha + sym) for _ in range(n))
            if any(c.isdigit() for c in s) and any(c.isupper() for c in s) and any(c in sym for c in s) \
                    and s[0] not in sym and s[-1] not in sym:
                return s

    def token(self, n, alpha="ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"):
        return "".join(self.rng.choice(alpha) for _ in range(n))

    def upper(self, n):
        return "".join(self.rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(n))


def fw(s):
    """half-width digits/hyphen -> full-width"""
    return s.translate(str.maketrans("0123456789-()", "０１２３４５６７８９－（）"))


# --------------------------------------------------------------------------
# cases
# --------------------------------------------------------------------------


def build(g):
    C = []

    def add(cat, text, expect, types=(), secrets=(), note=""):
        C.append({"cat": cat, "text": text, "expect": expect, "types": list(types),
                  "secrets": list(secrets), "note": note})

    r = g.rng

    # ============================ names (block) ============================
    p = g.person()
    add("names",
        f"{p['kanji']}様\n\nいつも公民館の講座をご利用いただきありがとうございます。"
        "ご指摘の件、受付の案内が不十分だったことをお詫び申し上げます。次回からは掲示でもお知らせいたします。\n\n"
        "――この返信文、冒頭のお詫びが重い気がします。もう少し前向きな調子に書き直してもらえますか。",
        "block", ["PERSON"], [p["kanji"]], "resident's name appears only in the greeting line of a reply")

    p = g.person()
    add("names",
        f"電話で受けた伝言です。「{p['kana']}さんから、児童館のプラ板工作教室（7/26）の申込みを取り消したいと連絡あり。"
        "折り返し不要とのこと」。担当者に送るTeamsのチャットとして、短く分かりやすい一文にしてください。",
        "block", ["PERSON"], [p["kana"]], "name written only as a katakana reading in a phone message")

    p1, p2 = g.person(), g.person()
    add("names",
        "Teams の係チャネルに投稿する文を整えてください。\n"
        f"「明日の下水道工事の住民説明会（午後7時〜、城南公民館）では、自治会長の{p1['kanji_ns']}さんと、"
        f"副会長の{p2['kanji_fw']}さんが受付を手伝ってくださいます。お二人には開始30分前に来ていただくので、"
        "名札と資料を先に渡しておいてください」",
        "block", ["PERSON"], [p1["kanji_ns"], p2["kanji_fw"]],
        "neighbourhood-association volunteers (private individuals) named in a Teams post, one without and one with a full-width space")

    sur = ("𠮷井", "ヨシイ", "Yoshii")
    p = g.person("child", sur=sur)
    add("names",
        f"親子料理教室の参加賞に添えるカードの文面をお願いします。宛先は「{p['kanji']}ちゃん（5歳）」で、"
        "初めて包丁を使ってきゅうりを切れたことをほめる内容にしてください。ひらがな中心で40字くらいです。",
        "block", ["PERSON"], [p["kanji"]], "child's name with a non-BMP surname character (𠮷) and an age")

    p = g.person()
    add("names",
        f"Please polish this sentence for our newsletter to foreign residents: \"{p['romaji_rev']}, who runs the "
        "Saturday Japanese conversation corner at the international exchange lounge, will be leaving at the end of "
        "March. Thank you for five years of kindness!\"",
        "block", ["PERSON"], [p["romaji_rev"]], "romaji name in SURNAME Given order inside an English newsletter line")

    # ============================ contact_info (block) =====================
    p = g.person()
    mail = f"{p['rgiven'].lower()}.{p['rsur'].lower()[:4]}{r.randint(10, 99)}@gmail.com"
    add("contact_info",
        "次の返信の下書きを、失礼のない言い回しに直してください。\n\n"
        "ご連絡ありがとうございます。廃品回収の日程は、地区の回覧板でお知らせする予定です。\n\n"
        f"> 2026年7月3日(金) 21:47 {p['kanji']} <{mail}>:\n"
        "> 子ども会の廃品回収の日程がまだ回ってきません。\n"
        "> 去年より遅いようですが、何かあったのでしょうか。",
        "block", ["PERSON", "EMAIL_ADDRESS"], [p["kanji"], mail],
        "resident's name and e-mail inside a quoted reply header")

    a, part = g.addr("chome_kanji")
    m = g.mobile()
    ph = " ".join(m)
    add("contact_info",
        f"水道の開栓の立会い日時を確認する電話をかけます。使用場所は{a}の戸建て、折り返し先はご本人の携帯 {ph} です。"
        "先方が不在だった場合に留守番電話へ残すメッセージも含めて、台本を作ってください。",
        "block", ["PHONE_NUMBER", "JP_ADDRESS"], [ph, part],
        "mobile written with spaces, address without the city name")

    p = g.person()
    a, part = g.addr("hyphen")
    ll = g.landline()
    ph = f"{ll[0]}({ll[1]}){ll[2]}"
    add("contact_info",
        "期日前投票の入場券を紛失したという電話がありました。再発行は不要で、身分証なしでも投票できることを伝える"
        f"折り返しの文面を作ってください。\n相手：{p['kanji']} 様　{a}　TEL {ph}",
        "block", ["PERSON", "JP_ADDRESS", "PHONE_NUMBER"], [p["kanji"], part, ph],
        "election office callback: name, hyphenated address without city, landline with parentheses")

    m = g.mobile()
    ph = f"+81 {m[0][1:]}-{m[1]}-{m[2]}"
    nm = "Lucas Oliveira"
    add("contact_info",
        f"次のSMSをポルトガル語にしてください。送信先は {nm} さんの携帯（{ph}）です。\n"
        "「保育所の見学は6月9日（火）午前10時からです。当日はお子さんと一緒にお越しください。上履きは不要です。」",
        "block", ["PERSON", "PHONE_NUMBER"], [nm, ph], "foreign resident name and +81 mobile in a translation request")

    p = g.person()
    mail = f"{p['rsur'].lower()}-{p['rgiven'][0].lower()}@ezweb.ne.jp"
    m = g.mobile()
    ph = f"{m[0]}-{m[1]}-{m[2]}"
    add("contact_info",
        "差し込み印刷で「〇〇様」の宛名を作る式を =A2&\" 様\" にしていますが、全角スペースが入った名前だと崩れます。"
        "2行目で試したデータは次のとおりです。どう直せばよいですか。\n"
        "氏名\tメール\t携帯\n"
        f"{p['kanji_fw']}\t{mail}\t{ph}",
        "block", ["PERSON", "EMAIL_ADDRESS", "PHONE_NUMBER"], [p["kanji_fw"], mail, ph],
        "spreadsheet question that pastes a real row: name, e-mail and mobile")

    vols = [g.person() for _ in range(3)]
    mobs = [g.mobile() for _ in range(3)]
    fmts = [f"{mobs[0][0]}-{mobs[0][1]}-{mobs[0][2]}", fw(f"{mobs[1][0]}-{mobs[1][1]}-{mobs[1][2]}"),
            f"{mobs[2][0]}{mobs[2][1]}{mobs[2][2]}"]
    add("contact_info",
        "「まえばし夏の夜市」の企画メモです。関係課に回す企画書（目的・概要・役割分担・雨天時対応）の形に整えてください。\n\n"
        "・日時：8月第1土曜日 17時〜21時（雨天時は翌日に順延、両日雨なら中止）\n"
        "・会場：中央通り商店街と弁天通りの一部を歩行者天国にする。交通規制の申請は警察署へ6月中に。\n"
        "・出店：商店街の店舗20店程度に加え、市内の高校の調理部、福祉作業所の焼き菓子販売を予定。\n"
        "・ステージ：広瀬川沿いの小広場で、市内の吹奏楽部とダンスサークルの発表。音響は商店街振興組合の機材を借りる。\n"
        "・ごみ対策：分別ステーションを4か所。清掃ボランティアを募る。\n"
        "・暑さ対策：ミストシャワーと給水所。救護所は商店街の空き店舗を借りる。\n"
        f"・当日のボランティアリーダー：{vols[0]['kanji']}（{fmts[0]}）、{vols[1]['kanji']}（{fmts[1]}）、"
        f"{vols[2]['kanji']}（{fmts[2]}）。いずれも商店街の若手会のメンバーで、個人の携帯。\n"
        "・予算：約180万円（実行委員会の負担金、協賛金、市の補助金）。協賛の依頼文は別途作成。\n"
        "・広報：市報7月号、市のSNS、商店街のポスター。小中学校へのチラシ配布は教育委員会に相談。\n"
        "役割分担の表も付けてください。",
        "block", ["PERSON", "PHONE_NUMBER"], [v["kanji"] for v in vols] + fmts,
        "long event plan with three volunteer leaders' private mobiles in three formats")

    # ============================ id_numbers (block) =======================
    p = g.person()
    mn = g.my_number()
    add("id_numbers",
        f"市県民税の減免申請（失業による所得の減少）を受け付けました。申請者 {p['kanji']}、個人番号 {mn}"
        "（通知カードの写しで確認済み）。減免の可否を判断するために、追加で確認すべき事項をチェックリストにしてください。",
        "block", ["JP_MY_NUMBER", "PERSON"], [p["kanji"], mn], "tax-relief application: unseparated My Number with name")

    p = g.person()
    mn = g.my_number()
    add("id_numbers",
        "取込みバッチで次のエラーが出ます。桁数は合っているのに弾かれる理由として、何が考えられますか。\n"
        "[2026-06-11 09:14:22] ERROR import_kojin.py:88 ValidationError: 桁数不正 "
        f"row=212 shimei='{p['kanji']}' kojin_no='{mn} ' setai_no=0004418\n"
        "[2026-06-11 09:14:22] INFO  skipped 1 row(s)",
        "block", ["JP_MY_NUMBER", "PERSON"], [p["kanji"], mn],
        "My Number and name inside a program error log line (trailing space is the bug)")

    p = g.person()
    rc = g.resident_code()
    add("id_numbers",
        f"転出届の受付メモです。「{p['kanji']}、住民票コード{rc}、転出先は高崎市、転出予定日は来月10日」。"
        "このメモを、窓口の引継ぎノートに書く定型文の形にしてください。",
        "block", ["JP_RESIDENT_CODE", "PERSON"], [p["kanji"], rc], "resident code glued to its label, with name")

    p = g.person()
    lic = g.licence()
    lic_fw = fw(lic)
    add("id_numbers",
        f"本人確認書類の記録欄に「運転免許証　第{lic_fw}号　{p['kanji_fw']}」と書いてあります。"
        "記録として残すべき項目と、残すべきでない項目の考え方を教えてください。",
        "block", ["JP_DRIVER_LICENSE", "PERSON"], [lic_fw, p["kanji_fw"]],
        "driving-licence number in full-width digits between 第 and 号")

    pp = "EK" + g.digits(7)
    nm = "Anna Kowalczyk"
    add("id_numbers",
        "友好都市からの訪問団のホテル予約で、英文のメールを作ってください。団員は4名で、うち1名の情報は次のとおりです。"
        f"\nName: {nm} / Passport No.: {pp} / Arrival: 10 Oct, Departure: 13 Oct\n"
        "残りの3名分は後で追記します。",
        "block", ["JP_PASSPORT", "PERSON"], [nm, pp], "visitor's passport number (2 letters + 7 digits) in a hotel request")

    p = g.person()
    rcard = g.upper(2) + g.digits(8, False) + g.upper(2)
    add("id_numbers",
        f"児童手当の認定請求で、請求者の{p['kana']}さんの在留カード番号 {rcard} を控えました。"
        "在留期間が来年3月までなので、更新後に必要な手続きを、やさしい日本語で説明する文を作ってください。",
        "block", ["JP_RESIDENCE_CARD", "PERSON"], [p["kana"], rcard], "residence-card number with a katakana-only name")

    p = g.person("elder")
    pen = f"{g.digits(4)}-{g.digits(6, False)}"
    add("id_numbers",
        f"介護保険料の年金天引きが始まらないという相談です。{p['kanji']}さん（基礎年金番号 {pen}）は、"
        "今年の4月に65歳になりました。天引きが始まるまでの流れと、それまでの納め方を説明する文を作ってください。",
        "block", ["JP_PENSION_NUMBER", "PERSON"], [p["kanji"], pen], "basic pension number 4-6 with elderly name")

    p = g.person("elder")
    hn = "00" + g.digits(8, False)
    add("id_numbers",
        f"要介護認定の更新申請の案内を送ります。宛先は{p['kanji']}様、介護保険被保険者番号 {hn}、"
        "認定有効期間は今年の11月30日までです。更新申請の時期と必要書類を知らせる通知文を作ってください。",
        "block", ["JP_HEALTH_INSURANCE", "PERSON"], [p["kanji"], hn], "long-term-care insured number (10 digits) with name")

    father, spouse = g.person(), g.person()
    mn = g.my_number()
    mn_fw = fw(mn[:4]) + "　" + fw(mn[4:8]) + "　" + fw(mn[8:])
    add("id_numbers",
        f"児童手当の現況届の記載内容の確認です。受給者は{father['kanji']}、配偶者は{spouse['given']}"
        f"（旧姓 {spouse['sur']}）。配偶者の個人番号欄には「{mn_fw}」とあります。"
        "配偶者の番号の記載が必要なケースと不要なケースを整理してください。",
        "block", ["JP_MY_NUMBER", "PERSON"], [father["kanji"], mn_fw],
        "spouse's My Number in full-width digits separated by full-width spaces; relative named by given name + maiden name")

    # ============================ financial (block) ========================
    p = g.person()
    acct = g.digits(7, False)
    holder = p["kana"]
    add("financial",
        f"市税の還付金の振込先として「群馬銀行 前橋駅南支店（店番 {g.digits(3)}）普通 {acct} 名義 {holder}」"
        "と届出がありました。名義が申告者本人と一致しているか確認する手順を、新任職員向けにまとめてください。",
        "block", ["JP_BANK_ACCOUNT", "PERSON"], [acct, holder], "tax refund account with katakana holder name")

    card = luhn_complete("35" + str(r.randint(28, 89)), 16, r)
    card_s = " ".join(card[i:i + 4] for i in range(0, 16, 4))
    add("financial",
        f"ふるさと納税の寄附者から「カード番号 {card_s} で決済したのに受領証明書が届かない」とメールがありました。"
        "決済代行業者への確認事項と、寄附者への返信の文案を作ってください。",
        "block", ["CREDIT_CARD"], [card_s], "JCB number (Luhn-valid) with spaces in a donor's complaint")

    p = g.person()
    kigo = "1" + g.digits(3, False) + "0"
    bango = g.digits(7) + "1"
    add("financial",
        f"児童手当の受取口座を変更したいという届出です。新しい口座は ゆうちょ銀行 記号{kigo} 番号{bango}、"
        f"名義は{p['kanji']}（受給者本人）。変更が反映される支給月を説明する文書を作ってください。",
        "block", ["JP_BANK_ACCOUNT", "PERSON"], [bango, p["kanji"]], "Japan Post Bank symbol/number without spaces")

    card = luhn_complete("37", 15, r)
    card_s = f"{card[:4]}-{card[4:10]}-{card[10:]}"
    p = g.person()
    add("financial",
        "Translate into polite Japanese for our reply: \"Dear Maebashi City, I paid the facility fee for the "
        f"gymnasium with my card {card_s} but was charged twice. Please refund one of the charges. "
        f"Regards, {p['romaji']}\"",
        "block", ["CREDIT_CARD", "PERSON"], [card_s, p["romaji"]], "AMEX-style 15-digit number 4-6-5 in an English message")

    # ============================ credentials (block) ======================
    pw = g.password(12)
    add("credentials",
        "5階大会議室の来客用Wi-Fiの案内をTeamsに投稿します。見やすくしてください。\n"
        f"SSID：mb-guest-5F　パスワード：{pw}\n利用は会議の時間内のみ。私物端末の業務利用は不可。",
        "block", ["CREDENTIAL"], [pw], "Wi-Fi password in a Teams post")

    tok = "ghp_" + g.token(36)
    add("credentials",
        "git push すると次のエラーになります。原因と対処を教えてください。\n"
        f"$ git push https://{tok}@github.com/mb-dx/opendata-tools.git main\n"
        "remote: Permission to mb-dx/opendata-tools.git denied.\nfatal: unable to access: The requested URL returned error: 403",
        "block", ["CREDENTIAL"], [tok], "GitHub personal access token embedded in a push URL")

    key = "AIza" + g.token(35, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_")
    add("credentials",
        "避難所マップのページで地図が灰色のまま表示されません。HTMLの該当部分です。\n"
        f"<script src=\"https://maps.googleapis.com/maps/api/js?key={key}&callback=initMap\" async></script>\n"
        "コンソールには RefererNotAllowedMapError と出ています。",
        "block", ["CREDENTIAL"], [key], "Google Maps API key in a script tag")

    vid = "hoshu-" + g.token(4, "abcdefghijkmnpqrstuvwxyz") + "02"
    pw = g.password(11)
    add("credentials",
        "保守業者への返信メールを整えてください。\n「リモート保守用のVPNアカウントを発行しました。"
        f"ID：{vid}　初期PW：{pw}　有効期限は今月末です。作業の前日までに作業計画書をご提出ください。」",
        "block", ["CREDENTIAL"], [pw], "VPN account password sent to a contractor")

    hdr = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9"
    body = "eyJ" + g.token(54, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789")
    sig = g.token(43, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_")
    jwt = f"{hdr}.{body}.{sig}"
    add("credentials",
        "施設予約システムのAPIを呼ぶと、しばらくすると401になります。トークンの有効期限の確認方法を教えてください。\n"
        f"curl -H \"Authorization: Bearer {jwt}\" https://api.reserve-cloud.jp/v2/facilities",
        "block", ["CREDENTIAL"], [jwt], "JWT bearer token in a curl command")

    # ============================ internal_network (block) =================
    ip = f"172.{r.randint(16, 31)}.{r.randint(0, 255)}.{r.randint(2, 254)}"
    add("internal_network",
        "Pythonで集計結果を送るとタイムアウトします。\n"
        f"requests.exceptions.ConnectTimeout: HTTPConnectionPool(host='{ip}', port=8080): Max retries exceeded "
        "with url: /api/upload (Caused by ConnectTimeoutError)\nプロキシの設定が関係していますか。",
        "block", ["INTERNAL_NETWORK"], [ip], "172.16/12 address inside a Python traceback")

    host = "hoken-fs02.maebashi.internal"
    add("internal_network",
        "係内への周知文を作ってください。「母子保健の共有フォルダの場所が変わりました。新しい場所は "
        f"\\\\{host}\\share\\母子保健 です。旧フォルダは今月末で読み取り専用になります」",
        "block", ["INTERNAL_NETWORK"], [host], "internal file-server host name in a UNC path")

    ip = f"192.168.{r.randint(0, 255)}.{r.randint(2, 254)}"
    add("internal_network",
        f"=HYPERLINK(\"http://{ip}/kaigi/\"&A2&\".pdf\",\"会議録を開く\") という式で、A列のファイル名にスペースがあると開けません。"
        "どう修正すればよいですか。",
        "block", ["INTERNAL_NETWORK"], [ip], "private IP inside an Excel HYPERLINK formula")

    src = f"10.{r.randint(0, 255)}.{r.randint(0, 255)}.0/24"
    dst = f"172.{r.randint(16, 31)}.{r.randint(0, 255)}.{r.randint(2, 254)}"
    add("internal_network",
        "委託業者に送るファイアウォール設定変更の依頼文を整えてください。\n"
        f"・送信元：{src}（本庁舎 3階 業務端末）\n・宛先：{dst} 443/tcp（新しい文書管理サーバ）\n"
        "・作業希望日：来週水曜の業務時間外\n・切り戻し手順も事前に提出してほしい",
        "block", ["INTERNAL_NETWORK"], [src.split("/")[0], dst], "firewall change request listing a subnet and a server IP")

    # ============================ confidential_marking (block) =============
    add("confidential_marking",
        "【庁内限り】令和9年度 組織改正の方向性（案）\n・子育て関係の2課を統合し「こども未来部」を新設\n・デジタル推進室を課に格上げ\n"
        "この案を、部長会議で5分で説明するための話の流れにしてください。",
        "block", ["CONFIDENTIAL_MARKING"], [], "【庁内限り】 marking on a reorganisation draft")

    add("confidential_marking",
        "㊙ 職員の懲戒処分に係る公表基準の見直しについて\n現行：停職以上を公表 → 見直し案：減給以上を公表（氏名は原則非公表のまま）\n"
        "この見直しの理由を説明する文章を、職員組合への説明用に作ってください。",
        "block", ["CONFIDENTIAL_MARKING"], [], "circled ㊙ as a marking")

    add("confidential_marking",
        "次の文章を要約して、3行にしてください。\n\n市営住宅の長寿命化計画の見直しに伴い、築50年を超える3団地について、"
        "建替えではなく用途廃止とする方向で検討している。入居者への移転の打診は来年度以降とし、それまでは新規募集を停止する。"
        "移転先としては近隣の団地の空き住戸を優先的にあっせんする。\n\n（本資料は取扱注意）",
        "block", ["CONFIDENTIAL_MARKING"], [], "取扱注意 marking at the end, in parentheses")

    add("confidential_marking",
        "〔非公開〕第3回 行財政改革推進本部会議 資料2\n使用料・手数料の見直し候補（体育館、市民プール、駐車場）\n"
        "この資料の内容を、表の形に整理してください。見直し後の金額の欄は空けておいてください。",
        "block", ["CONFIDENTIAL_MARKING"], [], "〔非公開〕 bracket marking on a meeting paper")

    add("confidential_marking",
        "委託業者から提出された次の資料（社外秘）を、庁内の決裁用に読みやすい文章にしてください。\n"
        "「当社の運用保守体制：一次受付はコールセンター（外部委託）、二次対応は当社技術者3名で、うち1名は他自治体案件と兼務。"
        "障害時の駆け付けは2時間以内を目標とするが、夜間は翌朝対応となる場合がある。」",
        "block", ["CONFIDENTIAL_MARKING"], [], "社外秘 marking on a contractor's internal document")

    # ============================ sensitive_personal (block) ===============
    p = g.person("elder")
    add("sensitive_personal",
        f"要介護認定の訪問調査のメモを、主治医意見書と照らし合わせやすいように並べ替えてください。\n"
        f"対象者：{p['kanji']}（昭和9年生）\n・アルツハイマー型認知症。日付や曜日が分からないことが多い。\n"
        "・夜間に家の外へ出ようとすることが週2回ほどある。\n・食事は自立、入浴は一部介助。\n"
        "・調査時の受け答えははっきりしており、初対面の調査員には「何でも自分でできる」と話した。\n"
        "・同席した長女によると、鍋を火にかけたまま忘れることが月に数回あり、最近はガスの元栓を閉めて出かけている。\n"
        "・服薬はお薬カレンダーを使っているが、飲み忘れと二重に飲むことの両方がある。\n"
        "・昨年の秋に自宅の玄関で転倒し、右手首を骨折。それ以降、外出は長女の付添いがあるときだけになった。\n"
        "・デイサービスは週2回利用。本人は「年寄りの集まりには行きたくない」と言うが、行けば楽しそうにしているとのこと。\n"
        "・長女は仕事を週3日に減らして介護しているが、夜間の見守りで睡眠が足りていない。ショートステイの利用を考えている。\n"
        "・特記事項：聞き取りの途中で、亡くなった夫がまだ生きているかのような発言が2回あった。\n"
        "並べ替えの際は、主治医意見書の「認知症高齢者の日常生活自立度」と「障害高齢者の日常生活自立度」の項目に対応する部分が"
        "分かるように、見出しを付けてください。",
        "block", ["PERSON", "SENSITIVE_PERSONAL_INFO"], [p["kanji"]], "dementia diagnosis in a care-assessment memo")

    p = g.person()
    add("sensitive_personal",
        f"市県民税を2年分滞納している{p['kanji']}さんに、給与の差押えを予告する前の最終催告書を送ります。"
        "勤務先は市内の運送会社です。文面がきつくなりすぎないよう、分割納付の相談窓口の案内も入れてください。",
        "block", ["PERSON", "SENSITIVE_PERSONAL_INFO"], [p["kanji"]], "tax arrears of a named resident")

    p = g.person()
    add("sensitive_personal",
        f"会計年度任用職員の応募者である{p['kanji_ns']}さんについて、面接で過去に窃盗で有罪判決を受けたと本人から申告がありました。"
        "採否の判断にあたって、法令上考慮してよいことと、いけないことを整理してください。",
        "block", ["PERSON", "SENSITIVE_PERSONAL_INFO"], [p["kanji_ns"]], "criminal record of a named job applicant")

    p = g.person()
    a, part = g.addr("banchi")
    add("sensitive_personal",
        f"個別避難計画の作成支援です。{p['kanji']}さん（{a}）は人工透析を週3回受けており、身体障害者手帳1級です。"
        "災害時に透析を継続するために、計画に書いておくべき項目を挙げてください。",
        "block", ["PERSON", "SENSITIVE_PERSONAL_INFO", "JP_ADDRESS"], [p["kanji"], part],
        "dialysis/disability of a named resident, address in 番地 form without the city")

    mom, kid = g.person(), g.person("child")
    add("sensitive_personal",
        f"DV被害で市外から避難してきた{mom['kanji']}さんと長女の{kid['given']}ちゃん（3歳）について、"
        "住民票の閲覧制限（支援措置）を申し出たいとの相談がありました。手続きの流れを本人に説明するメモを作ってください。",
        "block", ["PERSON", "SENSITIVE_PERSONAL_INFO"], [mom["kanji"]], "DV victim and child, named")

    # ============================ case_records (block) =====================
    p = g.person("elder")
    a, part = g.addr("chome_arabic")
    add("case_records",
        "救急出動の記録を、月例の活動報告に載せる形（個人が分からない形）に直したいです。まず元の記録を整理してください。\n"
        f"覚知 6月14日 14:52　出動先 {a}\n傷病者 {p['kanji']}（87歳）\n"
        "状況 自宅の庭で草むしり中に倒れているのを隣人が発見。意識レベル JCS II-10、体温39.4℃。熱中症の疑いで中央病院へ搬送。",
        "block", ["PERSON", "JP_ADDRESS"], [p["kanji"], part], "ambulance dispatch record: patient name, age and address")

    p = g.person()
    a, part = g.addr("chome_kanji")
    m = g.mobile()
    ph = f"{m[0]}-{m[1]}-{m[2]}"
    add("case_records",
        "苦情の経過記録です。課長に報告するため、「経過」「市の対応」「今後の方針」に分けて整理してください。\n\n"
        f"申出者：{p['kanji']}（{a}、携帯 {ph}）\n"
        "内容：自宅前の市道の側溝のふたがガタつき、車が通るたびに大きな音がする。夜も眠れない。\n"
        "5月8日　電話で申出。道路管理課の担当が翌日現地確認すると回答。\n"
        "5月9日　現地確認。ふたのずれを確認し、応急的にゴムパッキンを挟んだ。\n"
        "5月20日　再度電話。「直っていない、前より音が大きい」。担当が不在で、折り返しが翌日になった。\n"
        "5月21日　折り返し。ふたの交換には部材の発注が必要で、2週間程度かかると説明。申出者は「なぜそんなにかかるのか」と不満。\n"
        "6月3日　部材が入荷し、ふた3枚を交換。音は解消。\n"
        "6月4日　申出者から電話。「直ったのはよいが、最初の対応が遅すぎる。議員にも相談した」。\n"
        "担当の所感：初回の応急処置で解決したと判断し、その後の確認をしなかった。\n"
        "報告の最後に、同様の苦情への対応の改善点を2〜3点加えてください。",
        "block", ["PERSON", "JP_ADDRESS", "PHONE_NUMBER"], [p["kanji"], part, ph],
        "long complaint log: complainant's name, address and mobile in the header")

    kids = [g.person("child") for _ in range(2)]
    dob1 = f"令和元年{r.randint(5, 12)}月{r.randint(1, 28)}日"
    dob2 = f"R{r.randint(2, 4)}.{r.randint(1, 12)}.{r.randint(1, 28)}"
    add("case_records",
        "保育所の入所調整会議の資料の一部です。点数の内訳が一目で分かる表に直してください。\n"
        f"1　{kids[0]['kanji']}（{dob1}生）　希望：第1 ひまわり保育園　父：フルタイム（20点）　母：フルタイム（20点）　"
        "加点：きょうだい在園（+3）\n"
        f"2　{kids[1]['kanji']}（{dob2}生）　希望：第1 若草こども園　母：求職中（10点）　ひとり親（+5）　"
        "加点：母が通院治療中（+2）\n\n"
        "調整の前提（会議資料の冒頭部分）\n"
        "・4月一斉入所の申込みは1歳児クラスに集中しており、第1希望の園で入れない児童が例年より多い見込み。\n"
        "・同点の場合は、①ひとり親、②きょうだいの在園、③市内在住期間の長さ、④世帯の所得の低さ、の順で優先する。\n"
        "・第1希望の園に入れない場合は、第2・第3希望の園の空き状況を確認し、送迎時間が30分を超えない範囲で調整する。\n"
        "・育休延長のための「保留通知」を希望している世帯は、調整の対象から外す。\n"
        "・入所が内定した世帯には、2月上旬に通知を発送し、2月中に園での面接と健康診断を受けてもらう。\n"
        "表には、基本点・加点・合計点・第1希望の園の列を設け、合計点の高い順に並べてください。"
        "あわせて、保護者に結果を伝える際の説明の要点も3つ挙げてください。",
        "block", ["PERSON", "DATE_OF_BIRTH"], [kids[0]["kanji"], dob1, kids[1]["kanji"], dob2],
        "daycare allocation sheet: children's names, DOB in 令和元年 and R.x.y forms")

    p = g.person()
    t = g.town()
    add("case_records",
        "住民説明会（ごみ処理施設の更新）の質疑録を、市のホームページに載せる要旨に直してください。\n"
        f"質問者1（{t}の{p['kanji']}と名乗る人）：搬入車両が増えると通学路が危なくなる。ルートを変えられないか。\n"
        "回答：搬入ルートは今後の実施設計で検討する。登校時間帯の搬入は避けるよう調整する。\n"
        "質問者2（女性）：臭いへの対策は。\n回答：建屋を負圧にして臭いが外に出ない構造とする。",
        "block", ["PERSON"], [p["kanji"]], "attendee named in raw Q&A minutes (publication draft not yet anonymised)")

    p = g.person()
    y = r.randint(2, 12)
    dob = f"平成元年{y}月{r.randint(1, 28)}日"
    add("case_records",
        f"窓口の応対メモです。{p['kanji']}さん（{dob}生まれ）が、第2子の出生に伴う児童手当の額の改定について来庁。"
        "第1子は大学生で、18歳年度末を過ぎているが、家計を支えていると話していた。\n"
        "このメモから、改定後の手当額の説明で押さえるべき点をまとめてください。",
        "block", ["PERSON", "DATE_OF_BIRTH"], [p["kanji"], dob], "DOB in 平成元年 form at a child-allowance counter")

    p = g.person()
    ll = g.landline()
    ph = f"{ll[0]}-{ll[1]}-{ll[2]}"
    cust = g.digits(9)
    add("case_records",
        "水道の閉栓受付のログです。引越し業者から転送された依頼で、内容に抜けがないか確認してください。\n"
        f"受付 2026/03/27 16:40 | お客様番号 {cust} | 使用者 {p['kana']} | 連絡先 {ph} | 閉栓希望日 3/31 | "
        "精算方法：最終分は口座振替 | 備考：立会い不要、メーターボックスの上に鍵あり",
        "block", ["PERSON", "PHONE_NUMBER"], [p["kana"], ph], "water shut-off log row: katakana name and landline")

    p = g.person()
    rel = g.person("elder", sur=(p["sur"], p["ksur"], p["rsur"]))
    a, part = g.addr("chome_kanji")
    add("case_records",
        "課長あての報告メールを整えてください。\n\n課長\nお疲れさまです。本日午前、"
        f"{a}にお住まいの{p['kanji']}さんが、同居する親の{rel['given']}さんの認知症が進み、"
        "預金の管理ができなくなったとして成年後見の市長申立てについて相談に来られました。"
        "ご本人は申立てを希望していますが、県外の兄と意見が合わないとのことです。次回は来週火曜に面談予定です。",
        "block", ["PERSON", "JP_ADDRESS"], [p["kanji"], part],
        "report mail: resident's name, address without city, parent referred to by given name")

    # ============================ nonpublic_topics (not_allow) =============
    add("nonpublic_topics",
        "予算特別委員会の想定問答を作っています。まだ部内の調整前のたたき台です。\n\n"
        "（想定質問）学校給食費の無償化について、市の考えを伺う。\n"
        "（答弁案）給食費の無償化につきましては、子育て世帯の経済的負担の軽減に大きな効果がある一方、"
        "毎年度約18億円の一般財源が必要となることから、国の動向や財源の確保の見通しを踏まえ、慎重に検討してまいります。\n\n"
        "実は、内部では来年度の2学期から第2子以降を対象に無償化する方向でほぼ固まっていて、市長査定の後に公表する予定です。"
        "議会で先に言質を取られないよう、かといって否定もしない表現に直してください。再質問で「いつまでに結論を出すのか」"
        "と聞かれた場合の答え方も2案ください。\n\n"
        "参考までに、内部の検討状況を書いておきます。\n"
        "・対象を第2子以降に限る案と、全員を対象とする案を比較し、財政課との協議で第2子以降案が有力になった。\n"
        "・第2子以降に限った場合の所要額は年約7億円。ふるさと納税の増収分と、公共施設の使用料見直しの効果額を充てる想定。\n"
        "・教育委員会は全員対象を希望しているが、今回は段階的な実施で合意する見込み。\n"
        "・近隣の2市が来年度からの無償化を表明しており、議員からは「なぜ前橋はやらないのか」と追及される可能性が高い。\n"
        "・学校給食センターの更新費用との兼ね合いで、3年後に制度を見直す条項を入れることも検討中。\n"
        "答弁の長さは3分以内に収めたいです。",
        "not_allow", ["NONPUBLIC_INFO"], [], "assembly answer drafting with an undisclosed internal decision (art. 4)")

    add("nonpublic_topics",
        "来月公告予定の「市道拡幅改良工事（その3）」の最低制限価格を、予定価格の88％で設定する方向です。"
        "設計書の概要を入札参加者向けに説明する文書の構成を考えてください。",
        "not_allow", ["NONPUBLIC_INFO"], [], "minimum bid price before public notice (art. 5)")

    add("nonpublic_topics",
        "職員の酒気帯び運転（物損事故あり）について、懲戒処分の量定を人事課で検討しています。過去の他市の事例と比べて、"
        "停職と免職のどちらが妥当か、判断の観点を整理してください。処分の決定はまだです。",
        "not_allow", ["NONPUBLIC_INFO"], [], "disciplinary decision under deliberation (art. 5 personnel)")

    add("nonpublic_topics",
        "都市計画道路の整備で買収予定の土地（約420㎡）について、不動産鑑定の結果、1㎡あたり31,500円と出ました。"
        "地権者との最初の面談はまだです。買収価格の根拠を説明する資料の構成を考えてください。",
        "not_allow", ["NONPUBLIC_INFO"], [], "land-acquisition valuation before negotiation (art. 5)")

    add("nonpublic_topics",
        "来月実施する消防職員採用試験の二次試験（面接）で使う質問を10問作りました。受験者の主体性を見るのに適切か、"
        "質問の順番も含めて見直してください。「あなたが最も困難だった経験は」「チームで意見が割れたら」などです。",
        "not_allow", ["NONPUBLIC_INFO"], [], "interview questions of an upcoming recruitment exam (art. 5)")

    add("nonpublic_topics",
        "会計課で、各課の現金出納の抜き打ち検査を来週木曜に実施します。対象は市民課・保険年金課・スポーツ課の3課です。"
        "当日の検査手順と、チェックリストを作ってください。",
        "not_allow", ["NONPUBLIC_INFO"], [], "date and targets of a surprise cash inspection (art. 5)")

    add("nonpublic_topics",
        "県の担当課から、来年度の地域公共交通の補助金の配分案について内々に照会がありました。県内市町村への正式な通知の前なので"
        "外には出せないのですが、本市への配分は前年比で2割減の見込みだそうです。市の回答の文案を作ってください。",
        "not_allow", ["NONPUBLIC_INFO"], [], "informal inquiry from the prefecture before notice (art. 6)")

    add("nonpublic_topics",
        "浄水場の夜間の警備は、午前2時から5時まで巡回が1名になります。この体制を見直す必要があるか、"
        "施設の危機管理の観点から課内の検討資料を作ってください。",
        "not_allow", ["NONPUBLIC_INFO"], [], "security gap at a water-purification plant (art. 7)")

    add("nonpublic_topics",
        "市報の原稿の校正をお願いします。「今年も駒形地区の工業団地で、企業見学ツアーを開催します」という記事です。"
        "なお、この見学先の企業からは、来年中に工場を県外に移転する計画があると非公式に聞いています（公表はまだ）。"
        "そのため記事では「来年も」といった表現は避けたいです。",
        "not_allow", ["NONPUBLIC_INFO"], [], "undisclosed company plan (art. 3/8) mentioned in passing in a harmless request")

    add("nonpublic_topics",
        "職員組合との給与改定交渉で、当局としては地域手当の引上げ幅を0.5％までなら妥結してよい、という方針が決まっています。"
        "次回の団体交渉で最初に提示する説明の順序と言い回しを考えてください。",
        "not_allow", ["NONPUBLIC_INFO"], [], "fallback position in labour negotiations (art. 5)")

    add("nonpublic_topics",
        "固定資産税の課税誤りが見つかりました。約30件で、住宅用地の特例の適用漏れです。公表の時期と方法を部内で協議中です。"
        "対象の方への謝罪と還付の案内の文案を作ってください。",
        "not_allow", ["NONPUBLIC_INFO"], [], "tax assessment error before announcement (art. 4/5)")

    # ============================ public_contact (not_block) ===============
    ll = ("027", "898", g.digits(4, False))
    add("public_contact",
        f"保育所の一斉入所申込みの案内（市報12月号）を300字で作ってください。最後に「問い合わせ　こども施設課　{'-'.join(ll)}」を入れます。",
        "not_block", [], [], "department phone number in a public notice")

    add("public_contact",
        "市の選挙管理委員会として、投票立会人の募集記事を作ってください。応募先は「選挙管理委員会事務局（senkyo@city.maebashi.gunma.jp）」"
        "で、18歳以上の市民が対象です。",
        "not_block", [], [], "election board's public e-mail")

    ll = g.landline()
    add("public_contact",
        "転入者向けの水道の手続き案内を作ってください。開栓の申込みは「前橋市上下水道局 お客様センター "
        f"{ll[0]}-{ll[1]}-{ll[2]}（平日8時30分〜17時15分）」へ電話で。",
        "not_block", [], [], "waterworks customer-centre public number")

    add("public_contact",
        "消防局の「住宅用火災警報器の点検を」という呼びかけ記事に、問合せ先として「前橋市消防局 予防課（前橋市南町三丁目6番地）」"
        "を載せます。本文を250字で作ってください。",
        "not_block", [], [], "public fire-department office address")

    # ============================ rules_questions (allow) ==================
    add("rules_questions",
        "前橋市情報公開条例第6条に定める非公開情報の8つの類型（法令秘、個人情報、法人情報、意思決定過程、事務事業執行、"
        "国等協力、公共の安全、任意提供）を、新規採用職員向けに一つずつ具体例を付けて説明してください。",
        "allow", [], [], "question about the disclosure ordinance itself")

    add("rules_questions",
        "個人情報保護法でいう「要配慮個人情報」には何が含まれますか。病歴や犯罪の経歴などの例を挙げて、通常の個人情報との取扱いの違いを説明してください。",
        "allow", [], [], "question about sensitive data rules, no individual")

    add("rules_questions",
        "公職選挙法で、公務員がその地位を利用して選挙運動をすることが禁止されている理由と、職員が注意すべき具体的な行為を教えてください。",
        "allow", [], [], "election law question")

    add("rules_questions",
        "2024年10月からの児童手当の制度改正（所得制限の撤廃、高校生年代までの延長、第3子以降の増額）を、"
        "保護者向けにQ&A形式で説明してください。",
        "allow", [], [], "public child-allowance reform")

    add("rules_questions",
        "介護保険の要介護認定の流れ（申請、訪問調査、主治医意見書、一次判定、認定審査会、結果通知）を、"
        "家族向けのパンフレット用に図解しやすい文章にしてください。",
        "allow", [], [], "care-certification procedure, general")

    add("rules_questions",
        "生成AIに住所や電話番号、まだ決まっていない計画などを入力してはいけない理由を、新人にも分かるように3つのポイントで説明してください。"
        "「秘密」「非公開」「庁内限り」などの表示がある資料の扱いにも触れてください。",
        "allow", [], [], "question about the AI guideline that mentions marking words as words")

    # ============================ drafting (allow) =========================
    add("drafting",
        "市報の記事の原稿です。読みやすく整え、見出しを付けて500字程度にしてください。\n\n"
        "　引っ越しのときは水道の手続きもお忘れなく\n"
        "　転居や転出で水道の使用をやめるときは、使用をやめる日の3日前までに上下水道局へ連絡してください。"
        "連絡がないと、引っ越した後も基本料金がかかり続けることがあります。"
        "新しく水道を使い始めるときも同じように、使い始める日の3日前までに申込みが必要です。"
        "申込みは電話のほか、市のホームページの申込みフォームからもできます。"
        "手続きの際は、お客様番号（検針票や領収書に記載されています）が分かると、スムーズに受付できます。"
        "なお、3月と4月は引っ越しが多く、電話がつながりにくくなります。お早めの手続きとインターネットでの申込みにご協力ください。"
        "最後の月の料金は、日割りではなく、使用量に応じて精算します。口座振替の方は、最終分も同じ口座から引き落とされます。"
        "集合住宅にお住まいの方で、管理会社が一括して手続きをしている場合は、管理会社にもご確認ください。",
        "allow", [], [], "long city-newsletter article on water service (no personal data)")

    add("drafting",
        "公開で開いた下水道工事の住民説明会の質疑を、市のホームページに載せる要旨にまとめてください。発言者は匿名化済みです。\n\n"
        "日時：6月18日（木）午後7時から8時30分　会場：南部公民館 大ホール　出席者：住民42名、市（下水道整備課ほか）5名\n"
        "質問A（自治会役員）：工事の期間中、車で家から出られなくなる時間はあるのか。\n"
        "回答：掘削する区間は1日あたり約20メートルで、作業中も片側通行を確保する。どうしても通れない時間帯は、"
        "前日までにチラシで知らせる。\n"
        "質問B（商店の経営者）：店の前が通行止めになると客が来なくなる。補償はあるのか。\n"
        "回答：工事による営業補償は原則として行っていないが、店舗の前の工事は定休日に合わせるなど、影響を小さくするよう工夫する。\n"
        "質問C（住民）：夜間工事はあるのか。騒音や振動が心配。\n"
        "回答：国道との交差部の2日間だけ夜間工事となる。低騒音型の機械を使い、作業前に個別にお知らせする。\n"
        "質問D（住民）：下水道につなぐ費用はどのくらいかかるのか。補助はあるのか。\n"
        "回答：宅内の配管工事の費用は家の状況で大きく変わるが、一般的な住宅で数十万円程度。供用開始から3年以内に接続する場合、"
        "工事費の一部を補助する制度がある。また、無利子の融資あっせん制度もある。\n"
        "質問E（住民）：高齢の一人暮らしで、業者の選び方が分からない。\n"
        "回答：市の指定工事店の一覧を配布している。見積りは複数の店から取ることを勧める。\n"
        "最後に、工事の問合せ先と、工事中の緊急連絡の方法を市から説明した。\n\n"
        "要旨は600字程度で、Q&Aの形にしてください。",
        "allow", [], [], "long anonymised public-briefing Q&A for the web (no personal data)")

    add("drafting",
        "市長の定例記者会見の冒頭発言として、「中心市街地の新しい図書館の開館」を紹介する1分程度の原稿を作ってください。"
        "開館日や蔵書数などの数字は〇〇のままで構いません。",
        "allow", [], [], "mayor's press conference remark without names")

    add("drafting",
        "市役所に「おくやみ窓口」を新設します。ご遺族が一か所で手続きを済ませられることを伝える、やさしい案内文を作ってください。"
        "予約制であることと、持ち物の例も入れてください。",
        "allow", [], [], "bereavement-desk notice")

    add("drafting",
        "総合防災訓練の講評（消防局長が読む3分程度）を作ってください。参加した自主防災組織への感謝、初期消火訓練のよかった点、"
        "避難所運営で見えた課題を入れてください。",
        "allow", [], [], "disaster-drill review speech")

    add("drafting",
        "職員向けの通知「夏季の軽装勤務の実施について」を作ってください。期間は5月1日から10月31日まで、"
        "来庁者に不快感を与えない服装とすること、窓口にポスターを掲示することを含めてください。",
        "allow", [], [], "internal notice on summer dress code")

    add("drafting",
        "選挙の開票事務に従事する職員への事前説明の資料です。開票の流れ（開披、分類、点検、集計、確定）と、"
        "疑問票の扱いで迷ったときの相談先を、1ページの手順書にしてください。",
        "allow", [], [], "election-counting procedure, general")

    add("drafting",
        "市民活動団体の補助金の募集要項のうち、「対象となる経費」と「対象とならない経費」の部分を、表の形に整理してください。"
        "謝礼、会場使用料、飲食費、備品購入費、団体の運営費などを例にしてください。",
        "allow", [], [], "grant guideline table")

    # ============================ excel_formulas (allow) ===================
    add("excel_formulas",
        "=TEXT(A2,\"ggge年m月d日\") で和暦に変換すると、2019年5月1日が「令和1年5月1日」と表示されます。"
        "「令和元年」と表示させる方法を教えてください。",
        "allow", [], [], "era formatting: 令和元年 as a calendar date, not a birth date")

    add("excel_formulas",
        "生年月日の列（C列）から、4月1日時点の年齢を計算する式を教えてください。=DATEDIF(C2,DATE(2026,4,1),\"Y\") で合っていますか。"
        "学年の計算（早生まれの扱い）も知りたいです。",
        "allow", [], [], "age formula, no actual data")

    add("excel_formulas",
        "開閉栓の受付記録（A列：受付日、B列：区分「開栓」「閉栓」）から、月別・区分別の件数を数える式を作ってください。"
        "COUNTIFS を使う方法と、ピボットテーブルを使わずに表を自動で広げる方法の両方を知りたいです。\n\n"
        "受付日,区分,地区,受付方法,処理状況\n" + "\n".join(
            f"2026/{mo:02d}/{dy:02d},{kb},{ch},{hw},{st}" for mo, dy, kb, ch, hw, st in sorted(
                (r.choice([3, 3, 4, 4, 5]), r.randint(1, 28), r.choice(["開栓", "閉栓", "閉栓"]),
                 r.choice(["本庁", "東", "西", "南", "北", "大胡", "宮城", "粕川", "富士見"]),
                 r.choice(["電話", "電話", "Web", "窓口"]), r.choice(["完了", "完了", "完了", "予約済"]))
                for _ in range(26))) +
        "\n\n実際には年間で約1万8千行あります。地区の列で絞り込んだ集計も作りたいです。",
        "allow", [], [], "long: COUNTIFS on a water service table (district-level rows, no personal data)")

    rec = g.failing(12, prefix="2026")
    add("excel_formulas",
        f"申請受付番号（例：{rec}）は、先頭8桁が受付日、後ろ4桁が連番です。ここから受付日を日付として取り出す式を教えてください。",
        "allow", [], [], "12-digit receipt number that fails the My Number and licence checks")

    add("excel_formulas",
        "電話番号の列に「0272000000」のようにハイフンなしで入っているものと、「027-200-0000」のようにハイフン付きのものが混在しています。"
        "全部ハイフンなしにそろえる式を教えてください（例の番号は架空です）。",
        "allow", [], [], "clearly fictional sample phone numbers")

    corp = g.corp_number()
    add("excel_formulas",
        f"契約台帳の法人番号の列（例：{corp}）が、CSVに保存し直すと指数表示になってしまいます。"
        "13桁を文字列のまま保つ方法と、XLOOKUPで業者マスタと突き合わせる式を教えてください。",
        "allow", [], [], "valid corporate number (public) that fails Luhn")

    add("excel_formulas",
        "消防の出動記録の表で、覚知時刻（B列）と現場到着時刻（C列）から所要時間を分で出し、"
        "=LET(m,(C2-B2)*1440,IF(m<0,m+1440,m)) としました。日付をまたぐ場合はこれで正しいですか。平均と中央値も出したいです。",
        "allow", [], [], "LET formula for response times")

    # ============================ code (allow) =============================
    add("code",
        "課の統計表を作るPythonスクリプトで、次のエラーが出ます。\n\n"
        "Traceback (most recent call last):\n"
        "  File \"C:\\tools\\toukei\\make_table.py\", line 14, in <module>\n"
        "    df = pd.read_csv(src)\n"
        "UnicodeDecodeError: 'utf-8' codec can't decode byte 0x82 in position 15: invalid start byte\n\n"
        "スクリプトは次のとおりです。\n"
        "import sys\nimport pandas as pd\n\n"
        "src = sys.argv[1]\nout = sys.argv[2]\n\n"
        "# 地区別・年齢階級別の人口を集計する\n"
        "df = pd.read_csv(src)\n"
        "df[\"年齢階級\"] = pd.cut(df[\"年齢\"], bins=[0, 15, 65, 75, 200], right=False,\n"
        "                      labels=[\"0-14\", \"15-64\", \"65-74\", \"75-\"])\n"
        "table = df.pivot_table(index=\"地区\", columns=\"年齢階級\", values=\"人数\", aggfunc=\"sum\", fill_value=0)\n"
        "table[\"合計\"] = table.sum(axis=1)\n"
        "table.loc[\"全市\"] = table.sum()\n"
        "table.to_excel(out)\n\n"
        "入力のCSVは、統計システムから地区・年齢・人数の3列で出力した集計済みのもの（個人の行はありません）で、"
        "Excelで開いて上書き保存しています。pandas.read_csv の正しい指定と、ExcelでUTF-8のまま保存する方法を教えてください。"
        "あわせて、pivot_table の結果で年齢階級の列の順番が崩れないようにする方法も知りたいです。",
        "allow", [], [], "long: Python traceback and script on aggregated statistics, no data")

    add("code",
        "住民情報の検索画面のSQLです。生年月日の範囲で検索すると遅いので、インデックスの貼り方を教えてください。\n"
        "SELECT shimei, kana, seinengappi FROM jumin WHERE seinengappi BETWEEN :from AND :to AND jotai = '1' ORDER BY kana;",
        "allow", [], [], "SQL with personal-data column names but no values")

    add("code",
        "在留カード番号の形式チェックをJavaScriptで書きたいです。英字2桁＋数字8桁＋英字2桁を判定する正規表現と、"
        "全角で入力された場合に半角へ変換してから判定するコードを教えてください。",
        "allow", [], [], "regex for a residence-card format, no number")

    add("code",
        "JavaScriptで日付を和暦（令和8年4月1日）の形式で表示したいです。Intl.DateTimeFormat('ja-JP-u-ca-japanese', {era: 'long'}) "
        "を使うと、年が1年のときに「元年」と表示されません。対処方法を教えてください。",
        "allow", [], [], "Intl japanese calendar formatting")

    # ============================ famous_people (allow) ====================
    add("famous_people",
        "萩原朔太郎の詩「小出新道」に出てくる前橋の風景を、前橋文学館の企画展のチラシで紹介する100字の文章を作ってください。",
        "allow", [], [], "萩原朔太郎 (Maebashi-born poet); 萩原 is also a common surname")

    add("famous_people",
        "初代群馬県令の楫取素彦と、その妻で吉田松陰の妹である寿（ひさ）が前橋で果たした役割について、市民向け歴史講座のレジュメを作ってください。",
        "allow", [], [], "historical figures")

    add("famous_people",
        "新採用職員研修で、大谷翔平選手が高校時代に作った目標達成シート（マンダラチャート）の考え方を紹介したいです。"
        "職員の目標設定に応用する説明を作ってください。",
        "allow", [], [], "modern celebrity")

    add("famous_people",
        "群馬県の山本一太知事が定例会見で発表した「ぐんまの未来を担う人材育成」の取組について、市の広報で触れる際の"
        "正確な言い回しを確認したいです。知事の発言を引用するときの一般的な注意点を教えてください。",
        "allow", [], [], "prefectural governor named in his public role")

    # ============================ numbers_codes (allow) ====================
    isbns = [g.isbn13() for _ in range(3)]
    add("numbers_codes",
        "図書館の「夏休みおすすめ本」リストを、小学校高学年向けの紹介文付きにしてください。書名とISBNは次のとおりです。\n"
        f"・『星の地図をつくる』 ISBN {isbns[0][:3]}-{isbns[0][3]}-{isbns[0][4:8]}-{isbns[0][8:12]}-{isbns[0][12]}\n"
        f"・『川の生きもの図鑑』 ISBN {isbns[1]}\n・『ぼくらの町の100年』 ISBN {isbns[2]}",
        "allow", [], [], "ISBN-13 numbers (fail Luhn)")

    corp = g.corp_number()
    add("numbers_codes",
        f"入札結果の公表資料の様式を整えてください。落札者：株式会社上州クリーンサービス（法人番号 {corp}）、"
        "落札金額 12,870,000円（税抜）、入札参加者 4者。",
        "allow", [], [], "published bid result with a corporate number")

    add("numbers_codes",
        "前橋市の人口は約32万9千人、世帯数は約15万3千世帯、65歳以上の割合は約30.4％です（令和7年10月1日現在）。"
        "この数字を使って、10年前と比べた変化を説明するグラフの注釈文を作ってください。10年前の数値は後で入れます。",
        "allow", [], [], "published statistics with dates")

    pay = g.failing(16, prefix="")
    add("numbers_codes",
        f"納付書の裏面の説明文を作り直しています。ペイジーで払う場合に入力する「収納機関番号 {g.digits(5)}」「納付番号（16桁）」"
        f"「確認番号（6桁）」の見方を、図の例（納付番号 {pay}）を使って説明してください。例の番号は見本用です。",
        "allow", [], [], "16-digit sample payment number that fails Luhn")

    # ============================ translation (allow) ======================
    add("translation",
        "次の案内をベトナム語に訳してください。「児童手当を受け取っている方は、毎年6月に現況届を出す必要はなくなりました。"
        "ただし、住所や口座が変わったときは届出が必要です。」",
        "allow", [], [], "child-allowance notice to Vietnamese")

    add("translation",
        "Please translate into Japanese: \"On behalf of our city council, I would like to thank the people of Maebashi "
        "for the warm welcome our student delegation received during the summer exchange program.\"",
        "allow", [], [], "thank-you letter from a friendship city, no names")

    add("translation",
        "消防局のチラシの一文をポルトガル語とスペイン語にしてください。「住宅用火災警報器は10年を目安に交換しましょう。"
        "ボタンを押すか、ひもを引いて、定期的に作動を確認してください。」",
        "allow", [], [], "fire alarm notice")

    add("translation",
        "次の英文を、外国人住民向けの「やさしい日本語」にしてください。\"To start water service at your new home, "
        "call the Waterworks Bureau at least three days before you move in.\"",
        "allow", [], [], "plain-Japanese translation of a procedure")

    # ============================ places_public (allow) ====================
    add("places_public",
        "敷島公園のばら園から、岩神の飛石、臨江閣を回る散策コースの紹介文を作ってください。荒牧や関根の住宅地を抜ける道の注意点も一言入れてください。",
        "allow", [], [], "place names that look like surnames (岩神, 荒牧, 関根)")

    add("places_public",
        "市報の奥付に「前橋市役所　〒371-8601 前橋市大手町二丁目12番1号」と入れます。奥付のほかの項目（発行日、編集、発行部数）の並べ方を提案してください。",
        "allow", [], [], "city hall's published address (allowlisted)")

    add("places_public",
        "大胡・宮城・粕川の3地区をめぐる「赤城山麓 花めぐりスタンプラリー」のルート案内を作ってください。各地区の見どころを1つずつ入れてください。",
        "allow", [], [], "district names (宮城 etc.) that are also surnames")

    add("places_public",
        "赤城山の大沼と覚満淵の紅葉の見ごろを、観光サイト向けに紹介してください。県道の冬季通行止めの時期にも触れてください。",
        "allow", [], [], "Akagi sightseeing")

    # ============================ secret_lookalike (allow) =================
    add("secret_lookalike",
        "高齢者向けの健康講座「便秘を防ぐ食事と運動」のチラシの文章を作ってください。食物繊維の多い地元野菜も紹介したいです。",
        "allow", [], [], "便秘")

    add("secret_lookalike",
        "中学生向けの情報モラル講座で、SNSのアカウントを非公開にする方法と、それでも写真が広がるリスクについて説明する文章を作ってください。",
        "allow", [], [], "非公開 as a topic word, not a marking")

    add("secret_lookalike",
        "市民大学の講座「地方の酒蔵の内情と日本酒の楽しみ方」の紹介文を、講師名は出さずに200字で作ってください。",
        "allow", [], [], "内情 in prose, not as a marking")

    add("secret_lookalike",
        "秘書課が担当する「市長への手紙」の制度を、市民向けに紹介する記事を作ってください。手紙の出し方と回答までの流れを入れてください。",
        "allow", [], [], "秘書課")

    # ============================ ideas (allow) ============================
    add("ideas",
        "児童手当の申請漏れを防ぐために、出生届や転入届の窓口でできる工夫のアイデアを5つ出してください。",
        "allow", [], [], "ideas")

    add("ideas",
        "消防団員のなり手を増やすためのアイデアを、学生・女性・会社員それぞれに向けて3つずつ出してください。",
        "allow", [], [], "ideas")

    return C


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--seed", type=int, default=9009)
    here = os.path.dirname(os.path.abspath(__file__))
    ap.add_argument("--out", default=os.path.join(here, "holdout9.jsonl"))
    args = ap.parse_args()

    g = Gen(args.seed)
    cases = build(g)
    order = list(range(len(cases)))
    g.rng.shuffle(order)
    with open(args.out, "w", encoding="utf-8") as f:
        for i, k in enumerate(order, 1):
            c = cases[k]
            for s in c["secrets"]:
                assert s in c["text"], (c["note"], s)
            rec = {"id": f"v-{i:03d}", "cat": c["cat"], "text": c["text"], "expect": c["expect"],
                   "types": c["types"], "secrets": c["secrets"], "note": c["note"]}
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"wrote {len(cases)} cases to {args.out}")


if __name__ == "__main__":
    main()
