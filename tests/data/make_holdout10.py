#!/usr/bin/env python3
"""Generate holdout10.jsonl: a tenth, independently written held-out corpus.

Written without looking at the service's detectors or at earlier corpora, only at
the guideline, the scan API spec and the public dev corpus's format.  Same
categories and roughly the same proportions of `cat` and `expect` as dev.jsonl,
with new templates, sentences, names, addresses and values.

All personal data is synthetic.  Identifiers that carry check digits in real
life (個人番号, 住民票コード, 運転免許証番号, 法人番号, card numbers) are valid
in block cases; numbers in allow cases deliberately fail those checks.

Standard library only.  Usage:  python make_holdout10.py [out.jsonl]
"""
import json
import os
import random
import sys

SEED = 20261010
rng = random.Random(SEED)

# ---------------------------------------------------------------- check digits

def my_number_check(d11):
    """個人番号の検査用数字 (11 digits -> check digit)."""
    s = 0
    for n, c in enumerate(reversed(d11), 1):
        q = n + 1 if n <= 6 else n - 5
        s += int(c) * q
    r = s % 11
    return 0 if r <= 1 else 11 - r


def is_my_number(d):
    d = "".join(ch for ch in d if ch.isdigit())
    return len(d) == 12 and my_number_check(d[:11]) == int(d[11])


def corp_check(d12):
    """法人番号の検査用数字 (先頭1桁)."""
    s = 0
    for n, c in enumerate(reversed(d12), 1):
        s += int(c) * (1 if n % 2 else 2)
    return 9 - (s % 9)


def resident_code_rem(d10):
    w = [2, 3, 4, 5, 6, 7, 2, 3, 4, 5]
    s = sum(int(c) * w[i] for i, c in enumerate(reversed(d10)))
    return s % 11


def is_resident_code(d):
    if len(d) != 11 or not d.isdigit():
        return False
    r = resident_code_rem(d[:10])
    return int(d[10]) == (0 if r <= 1 else 11 - r)


def licence_rem(d10):
    w = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2]
    return sum(int(c) * w[i] for i, c in enumerate(d10)) % 11


def is_licence(d):
    if len(d) != 12 or not d.isdigit():
        return False
    r = licence_rem(d[:10])
    return int(d[10]) == (0 if r <= 1 else 11 - r)


def luhn_ok(d):
    d = "".join(ch for ch in d if ch.isdigit())
    total = 0
    for i, c in enumerate(reversed(d)):
        v = int(c)
        if i % 2 == 1:
            v *= 2
            if v > 9:
                v -= 9
        total += v
    return total % 10 == 0


def ean_check(d12):
    s = sum(int(c) * (1 if i % 2 == 0 else 3) for i, c in enumerate(d12))
    return (10 - s % 10) % 10


def digits(n, first_nonzero=True):
    s = str(rng.randint(1, 9)) if first_nonzero else str(rng.randint(0, 9))
    return s + "".join(str(rng.randint(0, 9)) for _ in range(n - 1))


def not_any_id(d):
    """True when a digit string passes none of the personal-ID / card checks."""
    return not (is_my_number(d) or is_resident_code(d) or is_licence(d)
                or (13 <= len(d) <= 19 and luhn_ok(d)) or (len(d) == 12 and luhn_ok(d)))


# ---------------------------------------------------------------- generators

def gen_my_number():
    while True:
        b = digits(11)
        r = b + str(my_number_check(b))
        if not luhn_ok(r):
            return r


def gen_resident_code():
    while True:
        b = digits(10)
        r = resident_code_rem(b)
        if r > 1:
            return b + str(11 - r)


def gen_licence(pref="42"):
    while True:
        b = pref + "%02d" % rng.randint(5, 24) + digits(6, False)
        r = licence_rem(b)
        if r > 1:
            return b + str(11 - r) + "0"


def gen_corp():
    while True:
        b = digits(12)
        d = str(corp_check(b)) + b
        if not_any_id(d):
            return d


def gen_card(prefix, length):
    while True:
        body = prefix + digits(length - len(prefix) - 1, False)
        for c in "0123456789":
            if luhn_ok(body + c):
                return body + c


def gen_plain(n):
    """n-digit number that passes no ID/card check (for allow cases)."""
    while True:
        d = digits(n)
        if not_any_id(d):
            return d


def gen_isbn():
    while True:
        b = "9784" + digits(8, False)
        d = b + str(ean_check(b))
        if not_any_id(d):
            return "%s-%s-%s-%s-%s" % (d[:3], d[3], d[4:8], d[8:12], d[12])


def gen_jan():
    while True:
        b = "49" + digits(10, False)
        d = b + str(ean_check(b))
        if not_any_id(d):
            return d


def mobile(sep="-"):
    p = rng.choice(["090", "080", "070"])
    return p + sep + digits(4) + sep + digits(4, False)


def landline():
    return "027-2%02d-%s" % (rng.randint(10, 99), digits(4, False))


def pw(n, alphabet="ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789"):
    return "".join(rng.choice(alphabet) for _ in range(n))


# ---------------------------------------------------------------- names

SURNAMES = [
    "須藤", "狩野", "生方", "阿久沢", "星野", "茂木", "根岸", "角田", "新井", "久保田",
    "宮下", "戸塚", "小暮", "関口", "黒沢", "井野", "金井", "田村", "設楽", "大塚",
    "桑原", "細野", "神保", "上原", "石倉", "都丸", "羽鳥", "高山", "荻野", "松井",
    "今井", "飯塚", "塚越", "宇敷", "長谷部", "篠原", "町田", "吉野", "反町", "木暮",
    "青木", "奈良", "亀井", "野口", "永井", "増田", "布施", "山際", "倉林", "原沢",
]
GIVEN = [
    "陽菜", "蒼", "悠人", "美咲", "達也", "孝子", "勝利", "朋美", "健太郎", "里奈",
    "昭二", "和子", "大翔", "芽依", "紗希", "修", "徹", "直美", "智也", "彩",
    "恵美子", "賢治郎", "千尋", "光男", "典子", "颯太", "結衣", "誠一", "佳代", "隼",
    "美穂", "久雄", "由香", "蓮", "絵里", "正男", "優奈", "拓海", "節子", "晴美",
    "雅之", "沙耶", "浩二", "千代子", "隆之", "真由美", "一輝", "久美",
]
rng.shuffle(SURNAMES)
rng.shuffle(GIVEN)
_sur = iter(SURNAMES)
_giv = iter(GIVEN)


def sur():
    return next(_sur)


def giv():
    return next(_giv)


def name(sep=" "):
    return sur() + sep + giv()


# ---------------------------------------------------------------- cases

CASES = []


def add(cat, expect, text, types=(), secrets=(), note=""):
    CASES.append({"cat": cat, "text": text, "expect": expect,
                  "types": list(types), "secrets": list(secrets), "note": note})


# ======================= names (block) =======================

def names_cases():
    n1, n2 = name(""), name(" ")
    add("names", "block",
        "共有フォルダのファイル名を、命名規則「日付_課名_書類名」にそろえたいです。次の4つをどう直せばよいか教えてください。\n"
        "20260415_子育て支援課_実績報告.pdf\n"
        f"スキャン0007_{n1}_児童手当認定請求書.pdf\n"
        f"住民税申告書（{n2}）控え.xlsx\n"
        "新しいフォルダー (2).zip",
        ["PERSON"], [n1, n2], "names inside scanned file names, one without a space")

    s, g = sur(), giv()
    add("names", "block",
        f"返信が続いて件名が長くなってしまいました。元の件名「Re: Re: 【至急】{s}{g}様 保育所入所申込の追加書類について（再送）」"
        "を、内容が伝わる20字以内の件名に直す案を3つください。",
        ["PERSON"], [s + g], "resident's name in an e-mail subject line")

    a, b, c, d, e, f = (name(" ") for _ in range(6))
    add("names", "block",
        "4月からの座席表を、Teamsに貼れるよう文字だけの配置図にしてください。\n"
        "窓側　課長席\n"
        f"1列目：{a}（係長）　{b}　{c}\n"
        f"2列目：{d}　{e}　空席（5月着任予定）\n"
        f"入口側：{f}（会計年度任用職員）　複合機\n"
        f"電話当番は{b}→{e}→{c}の順で、1週間交代です。\n"
        "補足：複合機の前は通路を広めに空けてください。来客用の打合せテーブルは、入口側の空きスペースに移します。"
        "係長の席からは窓口が見えるようにしたい、という課長の希望があります。"
        f"また、{d}は7月から育児休業に入る予定なので、その後の席の使い方も一言書き添えてください。",
        ["PERSON"], [a, b, c, d, e, f], "staff seating chart: names with no honorifics")

    t1, t2, t3 = name(" "), name(" "), name(" ")
    add("names", "block",
        "現場確認の報告メモを、部長に上げる報告書の文体に直してください。\n"
        f"6月18日、道路維持課の主事 {t1}と技師 {t2}が、市道の舗装のひび割れ箇所（3か所）を確認した。"
        f"うち1か所は段差が4cmあり、自転車の転倒のおそれがある。保健師の{t3}から、近くの通学路についても見てほしいとの連絡があった。",
        ["PERSON"], [t1, t2, t3], "staff names followed / preceded by job titles (主事・技師・保健師)")

    mid = "マリア・フェルナンダ・オリヴェイラ"
    ini_s = sur()
    kyu_now, kyu_given, kyu_old = sur(), "沙織", sur()
    add("names", "block",
        "保育園の入園説明会の出欠を、園長に渡す一覧表の形にしてください。\n"
        f"・{mid}（母・ポルトガル語通訳希望）出席\n"
        f"・K. {ini_s}（父）欠席、資料郵送を希望\n"
        f"・{kyu_now} {kyu_given}（旧姓：{kyu_old}）出席、兄が在園中\n"
        "・未回答1件",
        ["PERSON"], [mid, ini_s, kyu_now + " " + kyu_given, kyu_old],
        "katakana name with middle dots, initial plus surname, maiden name")

    hs, hg, wg = sur(), "勝治", "敏江"
    add("names", "block",
        "敬老の日の訪問記録を、地区だよりに載せる記事の形に書き直してください（ご本人の了解はこれから取ります）。\n"
        f"訪問先は{hs}{hg}（88）と妻の{wg}（85）のお宅。二人とも元気で、毎朝そろって赤城山に向かって体操をしているとのこと。",
        ["PERSON"], [hs + hg, wg], "couple joined by と, with ages in parentheses, wife's given name only")


# ======================= contact_info (block) =======================

def contact_cases():
    staff = name(" ")
    mob = mobile()
    roman = "k.%s%02d" % (rng.choice(["tsukagoshi", "haneda", "oshima"]), rng.randint(10, 99))
    gmail = roman + "@gmail.com"
    add("contact_info", "block",
        "委託業者への次のメールを、失礼のない言い回しに整えてください。署名はそのまま残してください。\n\n"
        "株式会社上州グリーンメンテナンス\n業務部　ご担当者様\n\n"
        "お世話になっております。\n"
        "先日ご提出いただいた剪定作業の見積書について、作業範囲の図面が添付されていませんでした。\n"
        "また、高所作業車の使用日数が前回の見積りより2日多くなっている理由も、あわせてご説明いただけると助かります。"
        "市民の森の遊歩道沿いは、秋の行楽シーズンに入ると利用者が増えるため、できれば10月中旬までに作業を終えたいと考えています。"
        "作業中の通行止めの看板は、前回と同じ位置に設置していただく形で問題ありません。\n"
        "作業日程が決まりましたら、地元の自治会への回覧文はこちらで用意します。\n"
        "お手数ですが、今週中に再送をお願いします。\n"
        "なお、来週は出張が多いため、日中は携帯にご連絡ください。\n\n"
        "――――――――――――――――\n"
        "前橋市 農政部 農林課 林業振興係\n"
        f"主任　{staff}\n"
        "電話 027-224-1111（代表）内線 3417\n"
        f"携帯 {mob}（私物）\n"
        f"出張中の連絡先 {gmail}\n"
        "――――――――――――――――",
        ["PERSON", "PHONE_NUMBER", "EMAIL_ADDRESS"], [staff, mob, gmail],
        "business e-mail signature: office extension is fine, private mobile and gmail are not")

    n1, n2, n3 = name(" "), name(" "), name(" ")
    h1 = "%d番地の%d" % (rng.randint(100, 1999), rng.randint(1, 9))
    h2 = "%d-%d" % (rng.randint(100, 999), rng.randint(1, 9))
    add("contact_info", "block",
        "宛所不明で戻ってきた通知2件の宛名です。住所の書き方として不備がないか、確認のポイントを教えてください。\n"
        f"①〒371-0231 前橋市粕川町中之沢{h1}　{n1} 様\n"
        f"②〒371-0316 前橋市大胡町{h2}　{n2} 方　{n3} 様",
        ["PERSON", "JP_ADDRESS"], [n1, n2, n3, h1, h2],
        "addresses written with 番地の and 町123-4, one c/o (方)")

    rs = rng.choice(["Morishita", "Tsukui", "Horikoshi"])
    intl = "+81 80 %s %s" % (digits(4), digits(4, False))
    add("contact_info", "block",
        "Please make this reply sound natural and polite:\n"
        f"\"Dear Ms. Y. {rs}, thank you for contacting the Maebashi International Exchange Association. "
        f"Our volunteer will call you back at {intl} on Friday afternoon to arrange the Japanese class placement test.\"",
        ["PERSON", "PHONE_NUMBER"], [rs, intl], "romaji initial + surname and a +81 mobile in an English reply")

    cn = name(" ")
    home = landline()
    work = landline()
    add("contact_info", "block",
        f"自治会長の{cn}さんへの折り返し先を、係内の共有メモ用に整理してください。"
        f"夜は自宅 {home}、平日の日中は勤務先 {work}（内線 215）にかけてほしいとのことです。"
        "用件は、防犯灯の電球交換の申請についてです。",
        ["PERSON", "PHONE_NUMBER"], [cn, home, work],
        "private person's home and work numbers (with an extension)")

    emails = []
    for local in ["haruka.kuwabara", "t_amakasu1979", "sora-mama.0821"]:
        dom = rng.choice(["yahoo.co.jp", "docomo.ne.jp", "outlook.jp", "ezweb.ne.jp"])
        emails.append(local + "@" + dom)
    add("contact_info", "block",
        "子育て講座の参加者3名に、会場変更のお知らせを送ります。宛先は次のとおりで、BCCで送る予定です。"
        "お詫びを含めた本文を作ってください。\n"
        + "\n".join(emails),
        ["EMAIL_ADDRESS"], emails, "participants' private e-mail addresses, no names")

    ln = name(" ")
    ad = "%s丁目%d番%d号" % (rng.choice(["一", "二", "三"]), rng.randint(1, 30), rng.randint(1, 25))
    room = "%d0%d号室" % (rng.randint(1, 4), rng.randint(1, 8))
    add("contact_info", "block",
        "縦書きの宛名ラベルで、数字を漢数字にするか算用数字のままにするか迷っています。次の宛名で見本を作ってください。\n"
        f"〒371-0035　前橋市岩神町{ad}　コーポ岩神 {room}　{ln} 様",
        ["PERSON", "JP_ADDRESS"], [ln, ad],
        "full address with kanji 丁目 and an apartment room, on a label")


# ======================= case_records (block) =======================

def case_cases():
    child = name(" ")
    cg = child.split(" ")[1]
    gm = sur()
    gmob = mobile()
    add("case_records", "block",
        "保育園の連絡帳の返事です。保護者が心配しすぎないよう、やさしい言い回しに直してください。\n"
        f"5/14　{child}（ひよこ組）\n"
        f"{cg}くん、今日はお昼寝の前に鼻血が出ました。10分ほどで止まり、その後は元気に遊んでいました。"
        f"本日のお迎えはおばあちゃん（{gm}さん、{gmob}）とのこと、承知しました。",
        ["PERSON", "PHONE_NUMBER"], [child, gmob],
        "nursery 連絡帳 note: child's name and grandmother's mobile")

    vn = name(" ")
    ban = "%d番地" % rng.randint(100, 3999)
    bd = "S%d.%d.%d生" % (rng.randint(10, 30), rng.randint(1, 12), rng.randint(1, 28))
    add("case_records", "block",
        "家庭訪問の記録を、「訪問日」「対象者」「状況」「今後の対応」の見出しで整理してください。\n"
        f"7月2日訪問。{vn}（{bd}）、前橋市富士見町原之郷{ban}に一人暮らし。"
        "玄関先に郵便物がたまっており、本人は「足が痛くて外に出られない」と話す。"
        "食事は近所の人が時々差し入れている。来週、包括の職員と再訪問する。",
        ["PERSON", "JP_ADDRESS", "DATE_OF_BIRTH"], [vn, ban, bd],
        "home-visit record: abbreviated 昭和 DOB and 番地 address")

    ps = name(" ")
    pmob = mobile("")
    age = rng.randint(30, 60)
    add("case_records", "block",
        "苦情受付票の内容を、担当課に回す引継ぎメモ（200字程度）にしてください。\n"
        "受付日時：6月9日 10:20（電話）\n"
        f"申出人：{ps}（{age}）　連絡先 {pmob}\n"
        "内容：ごみ集積所のネットが破れていてカラスが散らかす。半年前にも連絡したが直っていない。"
        "今回は写真を撮ってあるので、必要ならメールで送るとのこと。\n"
        "希望：今週中に現地を見てほしい。結果を電話で知らせてほしい。",
        ["PERSON", "PHONE_NUMBER"], [ps, pmob],
        "complaint slip: name with age in parentheses and an unseparated mobile")

    fn = "アナ・クラウジア・サトウ"
    fdob = "%d年%d月%d日" % (rng.randint(1980, 1998), rng.randint(1, 12), rng.randint(1, 28))
    fmob = mobile()
    add("case_records", "block",
        "Please translate this consultation note into plain English for the interpreter.\n"
        f"相談者：{fn}（ブラジル国籍、{fdob}生）\n"
        f"連絡先：{fmob}\n"
        "内容：来月、子どもが小学校に入学する。就学援助の申請方法と、給食費の支払い方法を知りたい。"
        "日本語の読み書きは少しできるが、書類は不安とのこと。",
        ["PERSON", "DATE_OF_BIRTH", "PHONE_NUMBER"], [fn, fdob, fmob],
        "foreign resident (katakana, middle dots, contains サトウ) with Western DOB and mobile")

    cn = name(" ")
    cage = rng.randint(68, 84)
    cmob = landline()
    add("case_records", "block",
        "消費生活相談の記録を、相談カードの記入例として使えるよう整えてください。\n"
        f"令和8年6月3日受付　相談者 {cn}（{cage}歳・無職）　電話 {cmob}\n"
        "5月下旬、自宅に「屋根の無料点検」と称する業者が訪問。点検後に「瓦がずれている、すぐ直さないと雨漏りする」と言われ、"
        "その場で工事契約（88万円）を結んだ。契約書は受け取ったが、クーリング・オフの説明はなかった。"
        "家族に相談したところ高すぎると言われ、解約したいとのこと。\n"
        "助言：契約書面の受領日から8日以内であればクーリング・オフが可能。はがきの書き方を説明した。",
        ["PERSON", "PHONE_NUMBER"], [cn, cmob],
        "consumer consultation record with name, age and landline")

    mom, son = name(" "), None
    son = mom.split(" ")[0] + " " + "雅人"
    addr = "%s丁目%d-%d" % (rng.choice(["1", "2", "3", "4"]), rng.randint(1, 30), rng.randint(1, 20))
    tel = landline()
    add("case_records", "block",
        "地域包括支援センターとの情報共有シートです。ケース会議で使えるように、時系列の表に直してください。\n\n"
        f"対象者：{mom}（82）　前橋市南町{addr}\n"
        f"キーパーソン：長男 {son}（東京都在住、月1回帰省）\n"
        f"自宅電話：{tel}\n"
        "経過：\n"
        "・4月上旬　近所の人から「夜に大きな声で人を呼んでいる」と民生委員に連絡。\n"
        "・4月12日　民生委員が訪問。室内は片付いているが、同じ話を繰り返す場面があった。\n"
        "・4月20日　包括の社会福祉士が訪問。本人は「一人で大丈夫」と話すが、冷蔵庫に期限切れの食品が多い。\n"
        "・5月2日　長男と電話で話す。介護保険の申請には同意。ただし施設入所は本人が嫌がるだろうとのこと。\n"
        "・5月10日　要介護認定の申請を代行。訪問調査は5月下旬の予定。\n"
        "・5月18日　ガスの火を消し忘れ、近所の人が気付いて止めた。長男に連絡し、IHコンロへの交換を提案。\n"
        "・5月24日　訪問調査。調査員の質問には、てきぱきと答える場面と、日付が分からなくなる場面があった。"
        "通帳の置き場所が分からないと何度も探しており、年金の引き出しは近所の郵便局で本人が行っている様子。\n"
        "・5月30日　かかりつけ医（内科）に意見書を依頼。医師からは、物忘れ外来の受診を勧めたいとの話があった。\n"
        "今後：訪問調査の結果を待ちつつ、配食サービスと見守りサービスの利用を調整する。"
        "長男には次回帰省の際に、包括で面談できるよう日程を調整する。",
        ["PERSON", "JP_ADDRESS", "PHONE_NUMBER"], [mom, son, addr, tel],
        "long: elder support case sheet with mother and son, address, home phone")

    tn = name(" ")
    tnaddr = "%d番地%d" % (rng.randint(100, 1999), rng.randint(1, 30))
    add("case_records", "block",
        "窓口での相談内容を、課内回覧用の要約（3行）にしてください。\n"
        f"相談者は{tn}さん（前橋市鼻毛石町{tnaddr}）。父が亡くなり、相続した農地を売りたいが、"
        "農地法の許可が必要と聞いて困っている。兄弟3人で話はついているが、登記はまだ父名義のまま。"
        "農業委員会の窓口と、相続登記の相談先を案内した。",
        ["PERSON", "JP_ADDRESS"], [tn, tnaddr],
        "counter consultation: name and 番地 address in a place name that looks odd (鼻毛石町)")


# ======================= sensitive_personal (block) =======================

def sensitive_cases():
    s1 = sur()
    add("sensitive_personal", "block",
        f"係の{s1}主査が、適応障害の診断で明日から3か月の病気休暇に入ります。"
        "係員に業務の割り振りを伝えるメールを作ってください。病名は書かないほうがよいかも含めて教えてください。",
        ["PERSON", "SENSITIVE_PERSONAL_INFO"], [s1],
        "colleague's mental-health leave: surname + title only")

    s2 = name(" ")
    add("sensitive_personal", "block",
        f"{s2}さん（身体障害者手帳1級、週3回人工透析）から、透析日の送迎に使える福祉タクシー券の枚数を増やしてほしいとの要望がありました。"
        "制度上の上限を説明しつつ、ほかに使える支援を案内する回答文を作ってください。",
        ["PERSON", "SENSITIVE_PERSONAL_INFO"], [s2], "disability grade and dialysis of a named resident")

    s3 = name(" ")
    add("sensitive_personal", "block",
        f"会計年度任用職員に応募してきた{s3}さんが、3年前に窃盗で執行猶予付きの判決を受けていたことが分かりました。"
        "採用の可否をどう判断すべきか、地方公務員法の欠格条項との関係で整理してください。",
        ["PERSON", "SENSITIVE_PERSONAL_INFO"], [s3], "criminal record of a named applicant")

    s4 = name("")
    s4a = rng.randint(40, 65)
    add("sensitive_personal", "block",
        "ケース記録の書き方を見直しています。次の記述を、事実と評価を分けた書き方に直してください。\n"
        f"「被保護者{s4}（{s4a}）は就労意欲が低く、今月もハローワークに行っていない。アルコール依存の治療も中断している。」",
        ["PERSON", "SENSITIVE_PERSONAL_INFO"], [s4],
        "public-assistance case note: recipient name without space, alcohol dependence")

    s5 = name(" ")
    s5addr = "%d丁目%d番%d号" % (rng.randint(1, 5), rng.randint(1, 30), rng.randint(1, 20))
    add("sensitive_personal", "block",
        "市県民税の納付相談の記録です。分納誓約書に添える説明文の下書きを作ってください。\n"
        f"納税義務者：{s5}（前橋市朝日町{s5addr}）\n"
        "滞納額：令和6年度分 第2期〜第4期 計186,400円（延滞金別）\n"
        "事情：昨年秋に勤務先が倒産し、現在は求職中。妻のパート収入で生活している。"
        "月2万円ずつなら納付できると申出あり。預金の差押えは避けたいとの希望。\n"
        "経過：\n"
        "・2月に督促状、4月に催告書を送付したが、反応なし。\n"
        "・6月に電話したところ、本人から「失業して払えない。分けてなら払う」との回答。来庁を依頼。\n"
        "・本日来庁。離職票と、妻の給与明細（月約9万円）を持参。住宅ローンの返済が月7万円あり、ほかに自動車税の未納もあるとのこと。\n"
        "・ハローワークでの求職活動は続けており、9月から運送会社に採用が内定しているとのこと（本人談、書面なし）。\n"
        "担当の所見：生活の状況からみて月2万円は妥当だが、内定後は増額を求める。9月に再度面談し、分納額を見直す。"
        "延滞金の減免は、失業が理由の場合の要件に当たるかを係長と確認する。",
        ["PERSON", "SENSITIVE_PERSONAL_INFO", "JP_ADDRESS"], [s5, s5addr],
        "tax arrears with name and address")


# ======================= id_numbers (block) =======================

def id_cases():
    on = name(" ")
    mn = gen_my_number()
    mn_s = "%s %s %s" % (mn[:4], mn[4:8], mn[8:])
    y = rng.randint(30, 60)
    odob = "昭和%d年%d月%d日" % (y, rng.randint(1, 12), rng.randint(1, 28))
    add("id_numbers", "block",
        "マイナンバーカード裏面の画像をOCRにかけた結果です。レイアウトが崩れているので、項目ごとに整理し直してください。\n"
        f"個人番号 | {mn_s} |\n"
        f"氏名 {on} | 生年月日\n"
        f"{odob}生 | 性別 |\n"
        "このカードの有効期限は ... 20XX年 ...",
        ["JP_MY_NUMBER", "PERSON", "DATE_OF_BIRTH"], [mn_s, on, odob],
        "OCR of the back of a My Number card: number, name, 和暦 DOB split across lines")

    mn2 = gen_my_number()
    jn = name(" ")
    add("id_numbers", "block",
        "APIの動作確認用に次のJSONを送ると400エラーになります。どこが間違っていますか。\n"
        "{\n"
        f'  "shimei": "{jn}",\n'
        f'  "kojin_bango": "{mn2}",\n'
        '  "shinsei_bi": "2026-05-21",\n'
        '  "kubun": 2,\n'
        "}",
        ["JP_MY_NUMBER", "PERSON"], [mn2, jn],
        "real-looking My Number and name inside a JSON payload (trailing comma is the bug)")

    rc = gen_resident_code()
    rn = name(" ")
    add("id_numbers", "block",
        f"パスポート申請の窓口で、{rn}さんが住民票コード（{rc}）を記入してきました。"
        "住民票の写しの添付を省略できる場合の説明を、窓口で渡すメモにしてください。",
        ["JP_RESIDENT_CODE", "PERSON"], [rc, rn], "resident code with a name")

    lic = gen_licence()
    ln = name(" ")
    add("id_numbers", "block",
        "本人確認記録簿の記入方法を新人向けに説明したいです。"
        f"先日の記入は「{ln}　運転免許証　第{lic}号　確認者 窓口2番」でした。どの項目まで書くべきか、改善点を教えてください。",
        ["JP_DRIVER_LICENSE", "PERSON"], [lic, ln], "driving-licence number written as 第…号")

    pp = rng.choice(["TR", "TS", "TZ", "MU"]) + digits(7, False)
    pen = "%s-%s" % (digits(4), digits(6, False))
    pn = "%s %s" % (rng.choice(["OGINO", "AMAKASU", "TSUKIJI"]), rng.choice(["Rumi", "Koji", "Yasuko"]))
    add("id_numbers", "block",
        "海外転出の届出について、英語で案内文を作ってください。\n"
        f"Name: {pn}\nPassport No.: {pp}\nBasic Pension No.: {pen}\n"
        "She is moving to Canada next month and asks whether she can keep paying the national pension voluntarily.",
        ["JP_PASSPORT", "JP_PENSION_NUMBER", "PERSON"], [pp, pen, pn],
        "passport and basic pension numbers in an English note, romaji name in capitals")

    rcard = "".join(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(2)) + digits(8, False) + \
        "".join(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(2))
    vn = "グエン・ティ・ホア"
    add("id_numbers", "block",
        f"{vn}さんの在留カード（{rcard}）の在留期限が来月で切れます。"
        "在留期間更新の手続きと、住民票の記載事項がどう変わるかを、やさしい日本語で説明してください。",
        ["JP_RESIDENCE_CARD", "PERSON"], [rcard, vn], "residence-card number of a Vietnamese resident")

    hk = digits(10, False)
    kn = name(" ")
    add("id_numbers", "block",
        "介護保険の負担割合証を再発行します。送付状の文面を作ってください。\n"
        f"被保険者番号：{hk}\n被保険者氏名：{kn} 様\n"
        "負担割合：2割（令和8年8月1日から令和9年7月31日まで）",
        ["JP_HEALTH_INSURANCE", "PERSON"], [hk, kn], "long-term-care insured number (10 digits) and name")

    kig = digits(8)
    ban = str(rng.randint(10, 99))
    hn = name(" ")
    hdob = "%d/%d/%d" % (rng.randint(1975, 1999), rng.randint(1, 12), rng.randint(1, 28))
    add("id_numbers", "block",
        "退職者の健康保険証の回収状況を一覧にしたいです。次の行を表にしてください。\n"
        f"{hn}　記号 {kig}　番号 {ban}　枝番 00　生年月日 {hdob}　回収済（6/30）",
        ["JP_HEALTH_INSURANCE", "PERSON", "DATE_OF_BIRTH"], [kig, hn, hdob],
        "employee health-insurance 記号・番号 with a slash-style DOB")

    rows = []
    secrets = []
    for rel in ["本人", "妻", "長女"]:
        nm = ("%s %s" % (rows[0][1].split(" ")[0], {"妻": "美由紀", "長女": "心春"}[rel])) if rows else name(" ")
        m = gen_my_number()
        if rel == "本人":
            b = "S%d.%d.%d" % (rng.randint(45, 63), rng.randint(1, 12), rng.randint(1, 28))
        elif rel == "妻":
            b = "H%d.%d.%d" % (rng.randint(1, 6), rng.randint(1, 12), rng.randint(1, 28))
        else:
            b = "R%d.%d.%d" % (rng.randint(1, 5), rng.randint(1, 12), rng.randint(1, 28))
        rows.append((rel, nm, b, m))
        secrets += [nm, b, m]
    add("id_numbers", "block",
        "扶養控除等申告書の内容を確認しています。次のメモの並びを、申告書の記入順に並べ替えてください。\n"
        + "\n".join("%s　%s　%s生　個人番号%s" % r for r in rows),
        ["JP_MY_NUMBER", "PERSON", "DATE_OF_BIRTH"], secrets,
        "family table: three My Numbers (no separators) and S/H/R abbreviated DOBs")


# ======================= financial (block) =======================

def financial_cases():
    kg = "1%s0" % digits(3, False)
    bn = digits(7) + "1"
    kana = "ネギシ トモミ"
    add("financial", "block",
        "還付金の振込先を電話で聞き取りました。確認のために読み上げる文を作ってください。\n"
        f"ゆうちょ銀行　記号 {kg}　番号 {bn}　名義 {kana}",
        ["JP_BANK_ACCOUNT", "PERSON"], [bn, kana], "Japan Post Bank 記号・番号 with katakana holder")

    acc = digits(7, False)
    hn = name(" ")
    add("financial", "block",
        "口座振替依頼書の記入内容を確認してください。記入漏れがあれば指摘してください。\n"
        f"金融機関：群馬銀行　前橋南支店（店番 {digits(3)}）\n"
        f"預金種目：普通　口座番号：{acc}\n"
        f"口座名義：{hn}\n"
        "振替開始：令和8年7月分の保育料から",
        ["JP_BANK_ACCOUNT", "PERSON"], [acc, hn], "direct-debit form: bank, branch, ordinary account, kanji holder")

    amex = gen_card("37", 15)
    amex_s = "%s %s %s" % (amex[:4], amex[4:10], amex[10:])
    add("financial", "block",
        "ふるさと納税の電話受付で、寄附者から次の内容を聞き取りました。決済代行会社に問い合わせる文面を作ってください。\n"
        f"カード番号 {amex_s}、有効期限 08/29、セキュリティコードは後で伝えるとのこと。決済画面でエラーが出て寄附が完了しない。",
        ["CREDIT_CARD"], [amex_s], "AMEX 15-digit number (4-6-5 grouping)")

    lines, secs = [], []
    for bank in ["しののめ信用金庫 本店営業部", "東和銀行 前橋駅前支店"]:
        a = digits(7, False)
        k = rng.choice(["セキネ カズヤ", "ハトリ ミサキ", "ツマル ヨシノリ", "ラン ケンジ"])
        while k in secs:
            k = rng.choice(["セキネ カズヤ", "ハトリ ミサキ", "ツマル ヨシノリ", "ラン ケンジ"])
        lines.append(f"{bank}　普通　{a}　{k}")
        secs += [a, k]
    add("financial", "block",
        "講師謝金の支払い伝票を作っています。振込先の一覧を、会計課に出す様式（金融機関・支店・種目・口座番号・名義）の表にしてください。\n"
        + "\n".join(lines) + "\n謝金はいずれも1回 15,000円（源泉徴収前）です。",
        ["JP_BANK_ACCOUNT", "PERSON"], secs, "two lecturers' accounts with branch and katakana holder")


# ======================= credentials (block) =======================

def credential_cases():
    smtp_pw = pw(14)
    add("credentials", "block",
        "メール送信のPythonがタイムアウトします。原因を教えてください。\n"
        "import smtplib\n"
        "s = smtplib.SMTP('smtp.office365.com', 587)\n"
        "s.starttls()\n"
        f"s.login('kouhou-news@maebashi-info.jp', '{smtp_pw}')\n"
        "s.sendmail(frm, to, msg.as_string())",
        ["CREDENTIAL"], [smtp_pw], "SMTP password in a login() call")

    dbpw = pw(10) + "#" + pw(3)
    ip = "10.%d.%d.%d" % (rng.randint(0, 255), rng.randint(0, 255), rng.randint(2, 254))
    add("credentials", "block",
        "QGISからPostGISに接続できません。接続文字列はこれです。何を確認すればよいですか。\n"
        f"postgresql://gis_admin:{dbpw}@{ip}:5432/toshikeikaku",
        ["CREDENTIAL", "INTERNAL_NETWORK"], [dbpw, ip], "DB URL with password and a 10.x host")

    ghp = "ghp_" + pw(36, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789")
    add("credentials", "block",
        "git push すると認証エラーになります。リモートの設定は次のとおりです。\n"
        f"git remote set-url origin https://{ghp}@github.com/maebashi-dx/opendata-tools.git\n"
        "トークンの権限が足りないのでしょうか。",
        ["CREDENTIAL"], [ghp], "GitHub personal access token embedded in a remote URL")

    psk = pw(6) + "-" + pw(6) + "-" + pw(4)
    add("credentials", "block",
        "新規採用職員向けの「ノートPCの初期設定手順書」を作ってください。"
        f"庁内Wi-Fi（SSID：MBS-STAFF-5G）の接続キーは「{psk}」で、手順書にもそのまま載せる予定です。",
        ["CREDENTIAL"], [psk], "staff Wi-Fi pre-shared key in a how-to")

    gkey = "AIza" + pw(35, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_")
    add("credentials", "block",
        "避難所マップのページで地図が灰色になります。HTMLのこの部分が原因でしょうか。\n"
        f'<script src="https://maps.googleapis.com/maps/api/js?key={gkey}&callback=initMap" async></script>',
        ["CREDENTIAL"], [gkey], "Google Maps API key in a script tag")


# ======================= internal_network (block) =======================

def network_cases():
    host = "fs-somu%02d" % rng.randint(1, 9)
    add("internal_network", "block",
        f"課の共有フォルダ（\\\\{host}\\総務課共有\\01_文書管理）の中で、保存期間を過ぎたファイルを探すPowerShellを書いてください。",
        ["INTERNAL_NETWORK"], [host], "UNC path to an internal file server")

    pip = "172.%d.%d.%d" % (rng.randint(16, 31), rng.randint(0, 255), rng.randint(2, 254))
    add("internal_network", "block",
        "2階の複合機に印刷できません。pingの結果はこうです。考えられる原因を教えてください。\n"
        f"> ping {pip}\n"
        f"{pip} からの応答: 宛先ホストに到達できません。\n"
        f"{pip} からの応答: 宛先ホストに到達できません。",
        ["INTERNAL_NETWORK"], [pip], "private 172.16/12 address of a printer")

    kh = "kyuyo-sv%02d" % rng.randint(1, 9)
    add("internal_network", "block",
        f"給与明細の閲覧システム（http://{kh}:8080/meisai/login）がEdgeで開けなくなりました。"
        "職員向けに、IEモードで開く手順を書いてください。",
        ["INTERNAL_NETWORK"], [kh], "bare internal host name with a port")

    h1 = "192.168.%d.1" % rng.randint(2, 250)
    h2 = "10.%d.%d.%d" % (rng.randint(0, 255), rng.randint(0, 255), rng.randint(2, 254))
    add("internal_network", "block",
        "Explain this tracert output to a non-technical manager in Japanese:\n"
        "  1    <1 ms    <1 ms    <1 ms  " + h1 + "\n"
        "  2     3 ms     2 ms     3 ms  " + h2 + "\n"
        "  3     *        *        *     要求がタイムアウトしました。",
        ["INTERNAL_NETWORK"], [h1, h2], "tracert with 192.168 and 10.x hops")


# ======================= confidential_marking (block) =======================

def marking_cases():
    add("confidential_marking", "block",
        "【庁内限り】\n令和9年度 窓口業務の一部委託に関するスケジュール（案）\n"
        "・8月　委託範囲の決定\n・10月　仕様書の作成\n・12月　事業者の選定\n"
        "このスケジュールを、課内会議で説明するための話し言葉の原稿にしてください。",
        ["CONFIDENTIAL_MARKING"], [], "【庁内限り】 header")

    add("confidential_marking", "block",
        "次の文書を、要点3つに絞ったA4半分のメモにしてください。\n\n"
        "公共施設予約システムの更新について\n"
        "1　現状\n　現行システムは平成30年度に導入し、令和9年3月で保守期限を迎える。"
        "利用者からは、スマートフォンで操作しにくい、空き状況の表示が分かりにくいといった意見が多い。"
        "また、施設ごとに予約のルールが異なり、窓口での確認作業の負担が大きい。\n"
        "2　更新の方向性\n　（1）スマートフォンでの操作を前提とした画面にする。\n"
        "　（2）オンライン決済に対応し、窓口での現金の受け渡しを減らす。\n"
        "　（3）抽選の方式を施設間で統一する。\n"
        "3　概算費用\n　初期費用 約4,800万円、年間保守費 約620万円（参考見積による）。\n"
        "4　今後の進め方\n　秋までに仕様をまとめ、年度内に事業者を選定する。"
        "選定はプロポーザル方式とし、参考見積を提出した3社のうち、2社は参加の意向を示している。"
        "現行事業者は、データ移行の費用を別途請求する考えを示しており、移行費用の扱いが争点になる見込み。\n"
        "5　リスク\n　（1）オンライン決済の手数料を誰が負担するか、利用者団体との調整が必要。\n"
        "　（2）移行期間中に予約の二重登録が起きないよう、旧システムとの並行稼働期間を1か月以上設ける。\n"
        "　（3）高齢の利用者向けに、窓口と電話での予約も当面は残す。\n\n"
        "取扱注意（機密性2）　施設管理課",
        ["CONFIDENTIAL_MARKING"], [], "取扱注意 marking in the footer of a longer document")

    add("confidential_marking", "block",
        "次のメールの文面を、もう少し柔らかい表現にしてください。\n"
        "「各位　関係者外秘　先日の打合せで出た新しい補助制度の骨子を添付します。"
        "記者発表までは、課外の方には共有しないでください。ご意見は金曜までにお願いします。」",
        ["CONFIDENTIAL_MARKING"], [], "関係者外秘 inside an e-mail body")

    add("confidential_marking", "block",
        "Translate into Japanese for our staff: \"CONFIDENTIAL - Not for distribution. "
        "Draft terms of the data-sharing agreement between the city and the mobility operator. "
        "Revenue share: 12% to the city for the first two years.\"",
        ["CONFIDENTIAL_MARKING"], [], "English CONFIDENTIAL marking in a translation request")

    add("confidential_marking", "block",
        "極秘\n"
        "組織再編の方向性（たたき台）\n\n"
        "1　基本的な考え方\n"
        "　人口減少と職員数の減少を見据え、部の数を現行の14から11に再編する。"
        "類似の業務を担う課を統合し、市民から見て分かりやすい組織とする。\n"
        "2　主な見直し\n"
        "　（1）子ども関連の3課を統合し「こども未来部」を新設する。\n"
        "　（2）情報政策課と行政管理課を統合し、デジタル推進を一元的に担う課を置く。\n"
        "　（3）支所の窓口業務は、地域ごとの利用状況を踏まえて段階的に見直す。\n"
        "3　スケジュール\n"
        "　9月の部長会議で方向性を確認し、12月議会に条例改正案を提出、令和10年4月に施行する。\n"
        "4　課題\n"
        "　・統合により管理職ポストが減るため、人事上の調整が必要。\n"
        "　・支所の見直しは地元の反発が予想されるため、説明の順序を慎重に検討する。\n"
        "　・庁舎のレイアウト変更に伴う費用（概算1億2千万円）は、当初予算で計上する必要がある。\n"
        "　・システムの所属コードの変更が多数発生するため、情報システム部門の作業量を事前に見積もる。\n"
        "5　議会・職員団体への説明\n"
        "　議会には、10月の全員協議会で概要を説明する。職員団体には、部長会議の後、人事課から申し入れを行う。"
        "それまでは、部長級以外には内容を伝えない。\n\n"
        "このたたき台の内容で、部長会議用の説明資料の骨子を作ってください。",
        ["CONFIDENTIAL_MARKING"], [], "long: 極秘 header on a reorganisation draft")


# ======================= nonpublic_topics (not_allow) =======================

def nonpublic_cases():
    add("nonpublic_topics", "not_allow",
        "来月公告する「第三中学校体育館屋根改修工事」の最低制限価格を、予定価格の88％で設定する方向です。"
        "設定理由を決裁文書に書くための文案を作ってください。",
        ["NONPUBLIC_INFO"], [], "minimum bid price before the tender")

    add("nonpublic_topics", "not_allow",
        "飲酒運転で物損事故を起こした職員について、懲戒処分の量定を人事課で検討しています。"
        "他市の事例と比べて、停職か減給かの判断の考え方を整理してください。処分はまだ決まっていません。",
        ["NONPUBLIC_INFO"], [], "disciplinary action under consideration (personnel)")

    add("nonpublic_topics", "not_allow",
        "今年度の職員採用試験（一般事務）の二次面接で使う質問項目と、5段階の評価基準の案です。"
        "受験者には当然公表しません。質問が偏っていないか確認してください。\n"
        "1 志望動機　2 挫折経験と乗り越え方　3 前橋市の課題と解決策　4 チームでの役割",
        ["NONPUBLIC_INFO"], [], "interview questions and scoring for a recruitment exam")

    add("nonpublic_topics", "not_allow",
        "来週、市内の飲食店3店舗に食品衛生の立入検査に入ります。事前に知らせずに行く予定なので、"
        "当日の回り方と、確認項目のチェックリストを作ってください。",
        ["NONPUBLIC_INFO"], [], "unannounced inspection plan")

    add("nonpublic_topics", "not_allow",
        "都市計画道路の用地買収で、残り2筆の地権者との交渉が難航しています。"
        "補償額の上積みは5％までと内部で決めていますが、相手にはまだ伝えていません。"
        "次回の交渉の進め方を一緒に考えてください。",
        ["NONPUBLIC_INFO"], [], "land acquisition: internal ceiling on compensation")

    add("nonpublic_topics", "not_allow",
        "県から「管内市町村の職員の不祥事の件数」について照会があり、回答を作成中です。"
        "県からは、取りまとめ結果を公表するまでは外部に出さないよう言われています。回答の添え書きを作ってください。",
        ["NONPUBLIC_INFO"], [], "reply to a prefectural inquiry, not to be disclosed (article 6)")

    add("nonpublic_topics", "not_allow",
        "商店街の活性化策を考えるため、市内の小売店8社から、公表しない約束で過去3年分の月別売上を提供してもらいました。"
        "この数字を使って、来街者数と売上の関係を分析する方法を教えてください。",
        ["NONPUBLIC_INFO"], [], "business data given voluntarily on a non-disclosure promise")

    add("nonpublic_topics", "not_allow",
        "秋に皇族のご来訪が予定されています。会場周辺の交通規制の範囲と、"
        "車列の通過ルート・時刻をまとめた警備計画のメモを、関係課に配る形に整えてください。",
        ["NONPUBLIC_INFO"], [], "security plan for a VIP visit (public safety)")

    add("nonpublic_topics", "not_allow",
        "市道の陥没事故で損害賠償を求める訴訟を起こされています。顧問弁護士との打合せで、"
        "過失の一部は認めて和解を目指す方針になりました。議会への報告の前に、和解案の考え方を整理してください。",
        ["NONPUBLIC_INFO"], [], "litigation strategy before it is reported")

    add("nonpublic_topics", "not_allow",
        "地域おこし協力隊の来年度の受入れ人数を、3人から1人に減らす案を課内で検討しています。"
        "まだ上には相談していません。減らす理由の説明の組み立てを考えてください。",
        ["NONPUBLIC_INFO"], [], "internal deliberation before a decision")

    add("nonpublic_topics", "not_allow",
        "補助金の審査会の結果をまとめています。交付先の決定は来週の審査会で行うので、まだ申請団体には知らせていません。"
        "次の採点結果から、講評の文章を作ってください。\n\n"
        "申請A（子ども食堂の運営）　企画性 18　実現性 16　地域性 19　合計 53\n"
        "申請B（空き店舗でのアート展）　企画性 20　実現性 11　地域性 14　合計 45\n"
        "申請C（高齢者のスマホ教室）　企画性 14　実現性 19　地域性 17　合計 50\n"
        "申請D（河川敷の清掃イベント）　企画性 12　実現性 18　地域性 15　合計 45\n"
        "申請E（外国人住民との料理交流会）　企画性 17　実現性 15　地域性 16　合計 48\n\n"
        "予算の範囲では上位3件しか採択できません。BとDが同点なので、どちらを繰り上げるかも審査会で決める予定です。"
        "委員からは「Bは話題性はあるが、会場の確保が不確実」「Dは毎年同じ内容で新しさがない」という意見が出ています。"
        "講評は、不採択の団体にも今後の参考になるような書き方にしたいです。"
        "なお、申請Cの団体の代表は審査委員の一人と同じ町内会の役員のため、その委員は申請Cの採点には加わっていません（上の点数は残りの委員の平均を換算したもの）。"
        "この点を講評にどう書くか、書かないほうがよいかも含めて相談したいです。",
        ["NONPUBLIC_INFO"], [], "long: grant screening scores before the decision")


# ======================= public_contact (not_block) =======================

def public_contact_cases():
    add("public_contact", "not_block",
        "転入者向けの「よく使う窓口」一覧を、A4一枚に収まるように整えてください。\n"
        "市民課（住民票・戸籍）　本庁舎1階　027-898-5815\n"
        "国民健康保険課　本庁舎1階　027-898-5927\n"
        "こども支援課（児童手当）　本庁舎2階　027-898-6133\n"
        "ごみ・リサイクル（清掃施設課）　027-898-5977\n"
        "いずれも平日8時30分から17時15分まで。代表 027-224-1111",
        [], [], "directory of public department numbers and the switchboard")

    add("public_contact", "not_block",
        "福祉まつりのチラシの問い合わせ欄に「前橋市総合福祉会館（前橋市日吉町二丁目17番10号）電話 027-237-2277」と入れます。"
        "チラシの本文を、高齢の方にも読みやすい大きめの文字を前提に考えてください。",
        [], [], "public facility address and phone")

    add("public_contact", "not_block",
        "休日当番医のお知らせを市報用に整えてください。\n"
        "5月3日　こばやし内科クリニック（上小出町）027-231-4567\n"
        "5月4日　しみず小児科医院（天川大島町）027-261-8899\n"
        "5月5日　すどう整形外科（六供町）027-243-7010\n"
        "受診の前に電話で確認してください、という一文も入れてください。",
        [], [], "clinics named after doctors' surnames with their published numbers")

    add("public_contact", "not_block",
        "子育て応援アプリの案内の最後に「問い合わせ：こども未来課 kosodate-app@city.maebashi.gunma.jp／FAX 027-224-3355」"
        "と入れます。本文を200字で作ってください。",
        [], [], "department e-mail and fax on a notice")


# ======================= allow categories =======================

def allow_cases():
    # ---- rules_questions
    add("rules_questions", "allow",
        "情報公開請求があったとき、どんな情報が非公開になり得るのか、一般的な類型（個人情報、法人の情報、審議中の情報など）を"
        "市民向けにやさしく説明してください。具体的な案件の話ではありません。",
        [], [], "general explanation of non-disclosure categories")
    add("rules_questions", "allow",
        "個人情報保護法でいう「要配慮個人情報」とは何か、病歴や犯罪歴などの例を挙げて、新人研修向けに説明してください。",
        [], [], "definition of sensitive personal information")
    add("rules_questions", "allow",
        "住民票の写しを第三者が請求できるのはどんな場合ですか。弁護士などの職務上請求との違いも含めて教えてください。",
        [], [], "third-party requests for residence certificates")
    add("rules_questions", "allow",
        "監査委員が行う定期監査・随時監査・行政監査の違いを、表にまとめてください。",
        [], [], "types of audit (general)")
    add("rules_questions", "allow",
        "落札結果の公表（落札者名・落札金額・入札参加者）の一般的な時期と方法について、地方自治体の例を教えてください。",
        [], [], "publication of bid results in general")
    add("rules_questions", "allow",
        "係内の勉強会で、生成AIを業務で使うときのルールを説明します。次のメモを、5分で話せる原稿にしてください。\n\n"
        "・入力してよいのは公開されている情報だけ。市民の氏名や住所、相談の中身は入れない。\n"
        "・まだ決まっていない方針、入札や人事の情報、「取扱注意」の文書も入れない。\n"
        "・出てきた答えはうのみにせず、法令や市の資料で必ず確かめる。\n"
        "・最後に判断するのは自分。AIが言ったから、は理由にならない。\n"
        "・迷ったら係長か情報政策課に相談する。\n"
        "・使ってよいのは業務のためだけ。私的な調べものには使わない。\n"
        "・AIの答えには、もっともらしい間違いや、かたよった意見がまじることがある。特に、市民からの相談への回答や、政策の判断にそのまま使わない。\n"
        "・学習データの時期より後のできごとは、知らないか、まちがえて答えることがある。法改正や制度の変更は特に注意。\n"
        "・便利な使い方：文章の言い換え、要約、Excelの関数、アイデア出し。\n"
        "例として、「このお知らせを高齢者にも分かるように」「この表の合計を出す関数は」といった頼み方を紹介したい。"
        "また、個人名が入った文書をうっかり貼り付けないよう、貼り付ける前に一度読み返す習慣をつけてほしい、という呼びかけも入れてください。",
        [], [], "long: talk on the AI rules themselves (mentions 氏名・住所・取扱注意 generically)")

    # ---- drafting
    add("drafting", "allow",
        "窓口に置く「書き方見本」を作ってください。氏名欄は「前橋　○○」、住所欄は「前橋市××町○丁目○番○号」、"
        "電話番号欄は「027-○○○-○○○○」のように、すべて記号で埋めてください。",
        [], [], "form example filled with ○○ and ×× placeholders")
    add("drafting", "allow",
        "二十歳のつどいで市長が述べる祝辞（3分程度）の原稿を作ってください。"
        "ふるさとへの愛着と、これからの挑戦を応援する気持ちを込めてください。",
        [], [], "mayor's speech, role only")
    add("drafting", "allow",
        "株式会社佐藤工務店 御中 あてに、公民館のスロープ設置工事が無事に完了したことへのお礼状を作ってください。"
        "工期内に丁寧に仕上げていただいたこと、利用者から好評であることを入れてください。",
        [], [], "company name containing a surname")
    add("drafting", "allow",
        "市のホームページに載せる、令和7年度決算（公表済み）の概要の説明文を作ってください。"
        "一般会計の歳入は約1,420億円、歳出は約1,380億円で、実質収支は黒字です。中学生にも分かる書き方でお願いします。",
        [], [], "already-published settlement figures")
    add("drafting", "allow",
        "窓口での待ち時間が長くなったことへのお詫びの掲示文を作ってください。"
        "「本日は混雑のため、お待たせして申し訳ありません」という趣旨で、温かみのある表現にしてください。",
        [], [], "apology notice")
    add("drafting", "allow",
        "市報の記事の原稿です。読みやすく直して、見出しを付けてください。\n\n"
        "　自転車に乗るときはヘルメットをかぶりましょう\n"
        "　令和5年4月から、自転車に乗るすべての人にヘルメットの着用が努力義務になりました。"
        "自転車の事故で亡くなった人の多くは頭にけがをしており、ヘルメットをかぶっていなかった人の死亡率は、"
        "かぶっていた人の約2倍というデータもあります。\n"
        "　市では、ヘルメットの購入費の一部を補助しています。対象は市内に住んでいる人で、1人1個まで、"
        "購入金額の2分の1（上限2,000円）を補助します。申請は、領収書と購入したヘルメットの写真を添えて、"
        "電子申請か郵送で行ってください。\n"
        "　ヘルメットは、あごひもをしっかり締めて、まっすぐにかぶることが大切です。"
        "大きすぎるものや、古くなって傷んだものでは、十分な効果が得られません。"
        "お子さんのヘルメットは、成長に合わせてサイズを見直しましょう。\n"
        "　また、夕方から夜にかけては、必ずライトをつけましょう。反射材を身につけると、車からも見つけてもらいやすくなります。"
        "スマートフォンを見ながらの運転や、傘を差しながらの運転は大変危険ですので、やめましょう。\n"
        "　市内の小中学校では、警察署と協力して自転車教室を開いています。今年度は、スケアード・ストレイト方式（スタントマンが事故を再現する方法）の教室を、中学校3校で行う予定です。"
        "保護者の皆さんも、ぜひ見学にお越しください。\n"
        "　また、自転車保険への加入も大切です。群馬県では、自転車を利用する人に自転車保険への加入が義務付けられています。"
        "自動車保険や火災保険の特約で補償されている場合もありますので、ご家庭の保険の内容を確認してみてください。\n"
        "　家族みんなで交通ルールを確認し、安全に自転車を楽しみましょう。\n"
        "　問い合わせ　交通政策課（市役所本庁舎6階）",
        [], [], "long: bicycle-helmet article for proofreading")
    add("drafting", "allow",
        "郵送で申請書を受け付けたことを知らせる受付完了はがきの文面を、ひな形として作ってください。"
        "申請者名・受付日・受付番号は【　】で空欄にしてください。",
        [], [], "template with blanks")
    add("drafting", "allow",
        "自治会長会議で配る、資源ごみの出し方が変わることのお知らせ文を作ってください。"
        "10月からペットボトルのキャップとラベルを外して出すこと、回収日は変わらないことを入れてください。",
        [], [], "notice for neighbourhood associations")

    # ---- excel_formulas
    add("excel_formulas", "allow",
        "D列に生年月日が入っている名簿で、=DATEDIF(D2,DATE(2026,4,1),\"Y\") として年度初日時点の年齢を出しています。"
        "空欄の行でエラーが出ないようにするにはどうすればよいですか。",
        [], [], "DATEDIF on a birth-date column; no actual data")
    add("excel_formulas", "allow",
        "A列の日付（例：2026/4/1）を「令和8年4月1日」のように和暦で表示したいです。=TEXT(A2,\"ggge年m月d日\") で合っていますか。"
        "元年を「1年」ではなく「元年」と表示する方法も教えてください。",
        [], [], "和暦 formatting of a sample date")
    orders = ["PO-2026-%06d" % rng.randint(100000, 999999) for _ in range(3)]
    add("excel_formulas", "allow",
        "発注管理表で、注文番号（例：" + orders[0] + "）から納品日を引いてくる式を作りたいです。"
        "=XLOOKUP(B2,発注!A:A,発注!F:F,\"未納品\") で、番号が見つからない場合の表示も含めて合っていますか。",
        [], [], "order numbers and XLOOKUP")
    add("excel_formulas", "allow",
        "工事の支払い一覧から、業者ごとの合計と件数を出す式を教えてください。SUMIFSとCOUNTIFSで作りたいです。\n\n"
        "支払日,業者名,工事名,金額\n"
        "2026/04/10,株式会社佐藤工務店,公民館スロープ設置,2860000\n"
        "2026/04/18,有限会社高橋塗装,市営住宅外壁塗装,4125000\n"
        "2026/04/25,関口建設株式会社,市道側溝補修,1980000\n"
        "2026/05/07,株式会社佐藤工務店,児童館トイレ改修,3520000\n"
        "2026/05/15,須永電気工業株式会社,街路灯LED化,7260000\n"
        "2026/05/22,有限会社高橋塗装,体育館床塗装,1650000\n"
        "2026/06/02,関口建設株式会社,公園遊具撤去,880000\n"
        "2026/06/12,株式会社佐藤工務店,集会所屋根修繕,1210000\n"
        "2026/06/20,須永電気工業株式会社,防犯カメラ設置,2970000\n"
        "2026/06/27,有限会社高橋塗装,歩道橋塗装,5390000\n"
        "2026/07/03,株式会社赤城造園,中央公園植栽管理,1430000\n"
        "2026/07/10,関口建設株式会社,排水路浚渫,2200000\n"
        "2026/07/17,株式会社佐藤工務店,保育所フェンス更新,990000\n"
        "2026/07/24,須永電気工業株式会社,体育館照明改修,6380000\n"
        "2026/07/31,株式会社赤城造園,街路樹剪定,3080000\n"
        "2026/08/07,有限会社高橋塗装,公民館外壁補修,2420000\n"
        "2026/08/21,関口建設株式会社,市道舗装打換え,8910000\n"
        "2026/08/28,株式会社佐藤工務店,倉庫シャッター修繕,572000\n\n"
        "業者名の表記ゆれ（「(株)佐藤工務店」「佐藤工務店」など）が別のファイルにはあるので、その場合の対処法も知りたいです。\n"
        "業者名は別シートの一覧から選ぶ形にしたいので、入力規則の設定方法もお願いします。",
        [], [], "long: payments table with company names containing surnames")
    add("excel_formulas", "allow",
        "シフト表で、土日の列だけ色を付けたいです。1行目に 2026/7/1 からの日付が入っています。"
        "条件付き書式で =WEEKDAY(B$1,2)>5 と入れましたが、色が付きません。",
        [], [], "conditional formatting on dates")
    add("excel_formulas", "allow",
        "郵便番号が「3710026」のように7桁の数字で入っています。=TEXT(C2,\"000-0000\") でハイフンを入れられますか。"
        "先頭が0の番号が消えてしまう問題もあわせて教えてください。",
        [], [], "postal code formatting")
    add("excel_formulas", "allow",
        "=COUNTIFS(A:A,\">=\"&DATE(2026,5,1),A:A,\"<\"&DATE(2026,6,1),C:C,\"完了\") で5月の完了件数を数えています。"
        "月をセルで切り替えられるようにしたいです。",
        [], [], "COUNTIFS with date bounds")

    # ---- code
    add("code", "allow",
        "申請フォームの電話番号欄をチェックするPythonの正規表現です。市外局番の桁数が違う番号も通したいのですが、どう直せばよいですか。\n"
        "import re\n"
        "PAT = re.compile(r\"^0\\d{1,4}-\\d{1,4}-\\d{4}$\")\n"
        "def ok(s):\n"
        "    return bool(PAT.match(s))",
        [], [], "phone-number regex without any actual number")
    add("code", "allow",
        "90日以上更新されていないファイルを一覧にするPowerShellです。結果をCSVに出力するにはどう書き足せばよいですか。\n"
        "Get-ChildItem -Path . -Recurse -File |\n"
        "  Where-Object { $_.LastWriteTime -lt (Get-Date).AddDays(-90) } |\n"
        "  Select-Object FullName, LastWriteTime",
        [], [], "PowerShell on the current directory")
    add("code", "allow",
        "課コードごとの件数を出すSQLです。件数が0の課も表示したいのですが、どう直せばよいですか。\n"
        "SELECT k.ka_code, k.ka_name, COUNT(*) AS cnt\n"
        "FROM uketsuke u JOIN ka_master k ON u.ka_code = k.ka_code\n"
        "WHERE u.uketsuke_bi BETWEEN '2026-04-01' AND '2026-06-30'\n"
        "GROUP BY k.ka_code, k.ka_name;\n\n"
        "テーブルの構成は次のとおりです。\n"
        "ka_master：ka_code（課コード、4桁の文字列）、ka_name（課名）、bu_code（部コード）、yuko_flg（有効フラグ）\n"
        "uketsuke：uketsuke_no（受付番号）、uketsuke_bi（受付日）、ka_code、shubetsu（手続きの種別コード）、kanryo_bi（完了日、未完了はNULL）\n"
        "やりたいことは、四半期ごとの課別の受付件数と、そのうち完了した件数・完了率を1つの表にまとめることです。"
        "有効フラグが0の課（廃止された課）は除きたいです。"
        "また、部ごとの小計も出せるなら、ROLLUPを使う方法と、アプリ側で集計する方法のどちらがよいかも教えてください。"
        "データベースはPostgreSQL 15です。受付件数は年間で約12万件あります。",
        [], [], "SQL with dates")
    add("code", "allow",
        "手元のPCで試作しているFlaskアプリを http://localhost:5000 で起動すると、日本語が文字化けします。"
        "app.json.ensure_ascii = False を設定する場所を教えてください。",
        [], [], "localhost in a dev question")

    # ---- famous_people
    add("famous_people", "allow",
        "萩原朔太郎の詩集『月に吠える』を、前橋文学館の企画展のポスター用に、高校生にも興味を持ってもらえるよう80字で紹介してください。",
        [], [], "萩原朔太郎, Maebashi poet")
    add("famous_people", "allow",
        "宮沢賢治の『銀河鉄道の夜』で、ジョバンニとカムパネルラが旅の途中で出会う人たちを、読書感想文の指導用に整理してください。",
        [], [], "book characters joined by と")
    add("famous_people", "allow",
        "初代群馬県令の楫取素彦が、県庁を前橋に置くことにどう関わったのか、歴史講座の導入として300字で説明してください。",
        [], [], "historical figure tied to Maebashi")
    add("famous_people", "allow",
        "大谷翔平選手から全国の小学校に寄贈されたグローブの活用について、学校だよりに載せる短い記事を作ってください。",
        [], [], "famous athlete")

    # ---- numbers_codes
    isbns = [gen_isbn() for _ in range(2)]
    add("numbers_codes", "allow",
        "図書館の購入希望リストを、書名・ISBN・冊数の表にしてください。\n"
        f"・地域防災の教科書 ISBN {isbns[0]} 2冊\n"
        f"・はじめての自治体DX ISBN {isbns[1]} 1冊\n"
        "発注番号 2026-0419-7731 でまとめて注文します。",
        [], [], "ISBN-13s (Luhn-failing) and an order number")
    add("numbers_codes", "allow",
        "庁内の端末で、Windows 11（OSビルド 26100.3775）と、会計ソフトのバージョン 10.6.3.1024 の組み合わせで印刷が遅くなります。"
        "メーカーに問い合わせる文面を作ってください。",
        [], [], "OS build and an IP-like four-part version (last part > 255)")
    jan = gen_jan()
    uk = gen_plain(12)
    add("numbers_codes", "allow",
        f"非常食のアルファ米（JANコード {jan}）を200食注文しました。納品書の受付番号は {uk} です。"
        "受け入れ検査のチェック表を作ってください。",
        [], [], "JAN code and a 12-digit receipt number that fails the My Number check")
    corp = gen_corp()
    add("numbers_codes", "allow",
        f"入札参加資格の申請書に、事業者の法人番号 {corp} が書かれています。"
        "国税庁のサイトで法人番号から商号や所在地を確認する手順を教えてください。",
        [], [], "corporate number (public, valid check digit)")

    # ---- translation
    add("translation", "allow",
        "次のごみ出しのルールを英語に訳してください。「燃やせるごみは、収集日の朝8時30分までに、指定の袋に入れて出してください。」",
        [], [], "garbage rules to English")
    add("translation", "allow",
        "予防接種のお知らせをポルトガル語に訳してください。外国人住民向けの窓口に置きます。\n\n"
        "「お子さんが生後2か月になったら、予防接種を始めましょう。\n"
        "　予防接種は、病気から子どもを守るための大切なものです。日本では、ヒブ、小児用肺炎球菌、B型肝炎、ロタウイルス、五種混合などのワクチンを、決められた時期に受けることができます。"
        "費用は市が負担するので、無料です（対象の年齢を過ぎると有料になります）。\n"
        "　予診票は、保健センターでお渡しします。母子健康手帳を持って、保健センターの窓口に来てください。"
        "予防接種は、市内の協力医療機関で受けます。事前に医療機関に電話で予約をしてください。\n"
        "　当日は、母子健康手帳と予診票、健康保険証（マイナ保険証）を持って行きましょう。熱があるときや、体調が悪いときは、予防接種を受けられません。"
        "　受けたあとは、30分ほど医療機関で様子を見てください。家に帰ってから、高い熱が出たり、ぐったりしたりしたときは、すぐに医療機関に相談してください。\n"
        "　わからないことがあれば、保健センターに相談してください。通訳タブレットも使えます。」",
        [], [], "vaccination notice to Portuguese")
    add("translation", "allow",
        "防災行政無線の放送文をベトナム語にしてください。「こちらは前橋市です。土砂災害警戒情報が発表されました。」",
        [], [], "emergency broadcast to Vietnamese")
    add("translation", "allow",
        "観光パンフレットの一文を英訳してください。「敷島公園ばら園では、約600種7000株のばらが、5月中旬から見頃を迎えます。」",
        [], [], "tourist sentence")

    # ---- places_public
    add("places_public", "allow",
        "大胡・宮城・粕川の各地区で秋に行われる祭りを紹介する、観光サイト用の記事の構成案を作ってください。赤城山のふもとの風景にも触れてください。",
        [], [], "district names that look like surnames")
    add("places_public", "allow",
        "新前橋駅から群馬総社駅、中央前橋駅から上泉駅・片貝駅への乗り換えを、市外から来る人向けに説明する案内文を作ってください。",
        [], [], "station names that look like personal names")
    add("places_public", "allow",
        "臨江閣と岩神の飛石をめぐる散策コースを、所要時間つきで紹介してください。"
        "集合場所は前橋市役所（〒371-8601 前橋市大手町二丁目12番1号）の正面玄関です。",
        [], [], "city hall public address (allowlisted)")
    add("places_public", "allow",
        "道の駅まえばし赤城の週末イベントを、家族連れに向けたSNS投稿（140字）で紹介してください。",
        [], [], "public place")

    # ---- secret_lookalike
    add("secret_lookalike", "allow",
        "庁舎の引っ越しで、備品の段ボールに貼る「ワレモノ」「取扱注意」「天地無用」のシールの使い分けを、職員向けに説明してください。",
        [], [], "取扱注意 as a parcel sticker")
    add("secret_lookalike", "allow",
        "夏休みに図書館で行う「極秘ミッション！図書館たんていだん」の参加者募集チラシを、小学生向けにわくわくする文章で作ってください。",
        [], [], "極秘 in a children's event title")
    add("secret_lookalike", "allow",
        "赤城山の麓にある秘湯をめぐる日帰りプランを、観光情報誌向けに紹介してください。",
        [], [], "秘湯 in tourism copy")
    add("secret_lookalike", "allow",
        "情報セキュリティ月間のポスターの標語を考えてください。「123456」や「password」のような単純なパスワードは使わない、"
        "という呼びかけを入れたいです。",
        [], [], "weak-password examples on a poster")

    # ---- ideas
    add("ideas", "allow",
        "若手職員の業務改善提案を増やすためのアイデアを5つ出してください。提案しやすい雰囲気づくりも含めて。",
        [], [], "ideas for staff suggestions")
    add("ideas", "allow",
        "中高生に図書館をもっと使ってもらうための企画を、予算をかけずにできるものを中心に考えてください。",
        [], [], "library ideas")
    add("ideas", "allow",
        "ふるさと納税の返礼品に、前橋らしい体験型のものを加えたいです。アイデアを10個ください。",
        [], [], "return-gift ideas")


def main():
    names_cases()
    contact_cases()
    case_cases()
    sensitive_cases()
    id_cases()
    financial_cases()
    credential_cases()
    network_cases()
    marking_cases()
    nonpublic_cases()
    public_contact_cases()
    allow_cases()

    cases = CASES[:]
    rng.shuffle(cases)
    here = os.path.dirname(os.path.abspath(__file__))
    out = sys.argv[1] if len(sys.argv) > 1 else os.path.join(here, "holdout10.jsonl")
    with open(out, "w", encoding="utf-8") as f:
        for i, c in enumerate(cases, 1):
            row = {"id": "w-%03d" % i, "cat": c["cat"], "text": c["text"], "expect": c["expect"],
                   "types": c["types"], "secrets": c["secrets"], "note": c["note"]}
            for s in row["secrets"]:
                assert s in row["text"], (row["id"], s)
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    print("wrote %d cases to %s" % (len(cases), out))


if __name__ == "__main__":
    main()
