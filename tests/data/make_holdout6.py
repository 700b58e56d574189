#!/usr/bin/env python3
"""Generate tests/data/holdout6.jsonl: a sixth, independently written held-out corpus.

Written without reading the service's detectors or the other test files.  Same
format and roughly the same category / expect mix as shared/eval/dev.jsonl, but
new templates, sentences, names, addresses and values.  All personal data is
synthetic; identifiers that carry a check digit in real life are generated with a
valid check digit, and the look-alike numbers in allow cases are checked to FAIL
every personal-ID check.

Standard library only.  Deterministic (seeded).

    python3 tests/data/make_holdout6.py
"""
import json
import os
import random
import string

SEED = 60606
rng = random.Random(SEED)
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "holdout6.jsonl")


# ---------------------------------------------------------------- check digits
def digits(n, first_nonzero=False):
    s = "".join(rng.choice("0123456789") for _ in range(n))
    if first_nonzero and s[0] == "0":
        s = rng.choice("123456789") + s[1:]
    return s


def my_number_check(body11):
    """個人番号の検査用数字 (総務省令): P_n counted from the right, Q_n = n+1 (n<=6), n-5 (n>=7)."""
    total = 0
    for n in range(1, 12):
        p = int(body11[11 - n])
        q = n + 1 if n <= 6 else n - 5
        total += p * q
    r = total % 11
    return 0 if r <= 1 else 11 - r


def is_my_number(s):
    return len(s) == 12 and s.isdigit() and my_number_check(s[:11]) == int(s[11])


def mod11_w27(body):
    """weights 2,3,4,5,6,7,2,3,... from the right; returns remainder."""
    total = 0
    for i, ch in enumerate(reversed(body)):
        total += int(ch) * (2 + i % 6)
    return total % 11


def is_resident_code(s):
    if len(s) != 11 or not s.isdigit():
        return False
    r = mod11_w27(s[:10])
    c = 0 if r <= 1 else 11 - r
    return c == int(s[10])


def is_driver_license(s):
    if len(s) != 12 or not s.isdigit():
        return False
    r = mod11_w27(s[:10])
    c = 0 if r <= 1 else 11 - r
    return c == int(s[10])


def luhn_ok(s):
    total = 0
    for i, ch in enumerate(reversed(s)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def luhn_complete(prefix, length):
    while True:
        body = prefix + digits(length - len(prefix) - 1)
        for c in "0123456789":
            if luhn_ok(body + c):
                return body + c


def corp_check(body12):
    total = 0
    for n in range(1, 13):
        p = int(body12[12 - n])
        total += p * (1 if n % 2 == 1 else 2)
    return 9 - total % 9


def any_personal_check(s):
    """True if a bare digit string would pass any personal-ID / card check."""
    if len(s) == 12 and (is_my_number(s) or is_driver_license(s)):
        return True
    if len(s) == 11 and is_resident_code(s):
        return True
    if 13 <= len(s) <= 19 and luhn_ok(s):
        return True
    return False


def gen_my_number():
    body = digits(11, first_nonzero=True)
    return body + str(my_number_check(body))


def gen_resident_code():
    while True:
        body = digits(10, first_nonzero=True)
        r = mod11_w27(body)
        if r <= 1:
            continue            # avoid the edge cases whose rule varies between sources
        return body + str(11 - r)


def gen_driver_license(commission):
    while True:
        body = commission + digits(8)
        r = mod11_w27(body)
        if r <= 1:
            continue
        s = body + str(11 - r) + "0"
        if not is_my_number(s):
            return s


def gen_corporate_number():
    while True:
        body = digits(12, first_nonzero=True)
        s = str(corp_check(body)) + body
        if not luhn_ok(s):
            return s


def gen_ean13(prefix):
    while True:
        body = prefix + digits(12 - len(prefix))
        total = sum(int(c) * (1 if i % 2 == 0 else 3) for i, c in enumerate(body))
        s = body + str((10 - total % 10) % 10)
        if not any_personal_check(s):
            return s


def gen_invalid(n, first_nonzero=True):
    while True:
        s = digits(n, first_nonzero)
        if not any_personal_check(s):
            return s


def gen_mobile(sep="-"):
    p = rng.choice(["090", "080", "070"])
    return p + sep + rng.choice("123456789") + digits(3) + sep + digits(4)


def gen_landline_027():
    while True:
        mid = rng.choice(["23", "25", "26", "28", "29", "21"]) + digits(1)
        s = "027-" + mid + "-" + digits(4)
        if s != "027-224-1111":
            return s


def alnum(n, chars=string.ascii_letters + string.digits):
    return "".join(rng.choice(chars) for _ in range(n))


FW = str.maketrans("0123456789-", "０１２３４５６７８９－")


def fw(s):
    return s.translate(FW)


def group(s, sizes, sep):
    out, i = [], 0
    for k in sizes:
        out.append(s[i:i + k])
        i += k
    return sep.join(out)


KANJI_NUM = {1: "一", 2: "二", 3: "三", 4: "四", 5: "五", 6: "六", 7: "七"}

# ---------------------------------------------------------------- cases
cases = []


def add(cat, text, expect, types, secrets, note):
    cases.append({"cat": cat, "text": text, "expect": expect, "types": types,
                  "secrets": secrets, "note": note})


# ======================================================== names (block)
add("names",
    "自治会長表彰の式典で読み上げる紹介文を、150字くらいで温かい感じにしてください。"
    "「防犯パトロールを二十年以上続けてこられた𠮷田 祐介さんは、毎朝の登校見守りにも欠かさず立ち、"
    "地域の子どもたちから『パトロールのおじさん』と慕われています。」",
    "block", ["PERSON"], ["𠮷田 祐介"],
    "private volunteer named in an award speech; surname with the surrogate-pair character 𠮷")

ws = ["根岸 由美子", "塚越 健太", "小暮 みのり", "神沢 達也", "富澤 しおり"]
add("names",
    "公募委員のワークショップの班分け表です。各班に進行役を1人ずつ置きたいので、進行役の決め方のコツと、"
    "当日の役割分担表の見出し案をください。\n"
    "| 班 | 参加者 |\n|---|---|\n"
    f"| 1班 | {ws[0]}、{ws[1]} |\n| 2班 | {ws[2]}、{ws[3]} |\n| 3班 | {ws[4]}（途中参加） |",
    "block", ["PERSON"], ws,
    "table of resident participants (public-recruited committee members are private individuals)")

add("names",
    "Could you make this reply a bit warmer? \"Dear Ms. Haruka Sekiguchi, we have received your application "
    "for the international exchange volunteer program. An orientation will be held next month, and we will "
    "send you the details by post.\"",
    "block", ["PERSON"], ["Haruka Sekiguchi"],
    "romaji name of an applicant in an English reply")

add("names",
    "電話メモを、担当者に回す用の丁寧な文章に直してください。\n"
    "１０：２０　カナイ　ヒロシ様より入電。先週出した道路占用の申請、まだ許可が出ないのかとのこと。折り返し希望、午後ならいつでも可。",
    "block", ["PERSON"], ["カナイ　ヒロシ"],
    "full-width katakana caller name with an ideographic space")

add("names",
    "課内報の「新しい仲間」コーナーの原稿です。4月から会計年度任用職員として窓口に入ってくれる茂木千晴さんの紹介を、"
    "本人の趣味（山登りとパン作り）を入れて100字程度で書いてください。",
    "block", ["PERSON"], ["茂木千晴"],
    "new staff member's name without a space")

kouminkan_name = "岩崎 芙美子"
long_news = (
    "公民館だよりの秋号の原稿です。全体で2,000字以内に収まるように、重複を削って、見出しを付け直してください。"
    "写真を入れる場所の指定（【写真】）はそのまま残してください。\n\n"
    "◆夏休み子ども教室を開きました\n"
    "　7月下旬から8月上旬にかけて、小学生を対象にした「夏休み子ども教室」を全6回開きました。"
    "今年は、工作、科学実験、郷土料理、昔遊び、星空観察、宿題お助けの6つのテーマで、延べ184人の子どもたちが参加しました。"
    "特に人気だったのは科学実験の回で、ペットボトルロケットの打ち上げでは、グラウンドに歓声が響きました。【写真】\n"
    "　郷土料理の回では、地元の食生活改善推進員の皆さんに講師をお願いし、おっきりこみ作りに挑戦しました。"
    "生地をこねる作業に苦戦しながらも、自分で作ったおっきりこみを「家で食べるのよりおいしい」と笑顔で味わっていました。\n\n"
    "◆高齢者学級「いきいき大学」の様子\n"
    "　毎月第2木曜日に開いている「いきいき大学」では、9月に健康講座を開きました。"
    "保健師から、転倒を防ぐための体操と、熱中症の後遺症についての話がありました。"
    "参加者からは「家でもできる体操を教えてもらえてよかった」という声がありました。\n"
    "　10月は、地域の歴史を学ぶ回として、公民館の周辺に残る用水路の跡を歩きました。"
    "用水路は江戸時代に開かれ、周辺の田畑を潤してきたものです。案内役は、郷土史研究会の皆さんにお願いしました。【写真】\n\n"
    "◆サークル紹介「水彩画の会」\n"
    "　今号のサークル紹介は、結成15年目を迎えた「水彩画の会」です。"
    f"会員は現在18人で、毎月第1・第3火曜日に活動しています。代表の{kouminkan_name}さんは、"
    "「上手に描くことよりも、季節の移り変わりを感じながら、仲間とおしゃべりする時間を楽しんでいます」と話してくれました。"
    "11月の文化祭では、会員の作品約40点を展示します。初心者の見学も歓迎とのことです。【写真】\n\n"
    "◆文化祭のお知らせ\n"
    "　今年の公民館文化祭は、11月8日（土）・9日（日）に開きます。"
    "サークルの作品展示、舞台発表（踊り、コーラス、大正琴など）、地元農家による野菜の直売、子ども向けの縁日コーナーを予定しています。"
    "9日の午後には、地域の小学校の金管バンドが演奏を披露してくれます。\n"
    "　駐車場には限りがありますので、できるだけ徒歩か自転車でお越しください。"
    "当日は、受付で検温と手指の消毒にご協力をお願いします。\n\n"
    "◆防災講座の参加者を募集します\n"
    "　12月に、家庭でできる防災対策を学ぶ講座を開きます。"
    "非常持ち出し袋の中身の見直しや、ローリングストックのコツ、停電時の過ごし方について、防災士の方にお話しいただきます。"
    "定員は30人（先着順）です。11月1日から、公民館の窓口または電話で受け付けます。\n\n"
    "◆公民館の利用について\n"
    "　公民館の部屋は、登録団体の活動のほか、地域の会議などにもご利用いただけます。"
    "利用の申込みは、利用日の2か月前の1日から受け付けています。"
    "年末年始（12月29日から1月3日まで）は休館します。\n"
    "　また、11月中旬から約2週間、ホールの照明をLEDに交換する工事を行います。"
    "工事期間中はホールを利用できません。ご迷惑をおかけしますが、ご理解とご協力をお願いします。\n\n"
    "◆編集後記\n"
    "　暑い夏がようやく終わり、公民館の前のイチョウも色づき始めました。"
    "文化祭では、皆さんの日ごろの活動の成果を、たくさんの方に見ていただけたらと思います。"
    "公民館だよりへのご意見や、取り上げてほしい話題があれば、窓口までお寄せください。"
)
add("names", long_news, "block", ["PERSON"], [kouminkan_name],
    "long community-centre newsletter; one private circle leader's full name buried in the middle")

# ======================================================== contact_info (block)
nm, mail = "金井 里奈", "rina.kanai" + digits(4) + "@gmail.com"
add("contact_info",
    f"市民アンケートの自由記述で「公園のトイレが暗くて怖い」と書いてくれた{nm}さん（{mail}）に、"
    "照明を増設する予定になったことをお知らせするメールを作ってください。件名も考えてください。",
    "block", ["PERSON", "EMAIL_ADDRESS"], [nm, mail],
    "resident's name and private e-mail")

rows = []
secs = []
for nme, town, zipc in [("星野 智恵", "天川大島町", "371-0047"), ("関口 勇", "下小出町", "371-0031"),
                        ("阿久津 麻美", "箱田町", "371-0837")]:
    a, b, c = rng.randint(1, 3), rng.randint(2, 40), rng.randint(1, 25)
    house = f"{a}-{b}-{c}" if town != "箱田町" else f"{rng.randint(100, 1400)}番地{rng.randint(1, 9)}"
    rows.append(f"{nme},{zipc},前橋市{town}{house}")
    secs += [nme, house]
add("contact_info",
    "差込印刷でラベルを作るときに、郵便番号の前に〒を自動で付けたいです。Wordの差込フィールドでできますか。データはこんな形です。\n"
    "氏名,郵便番号,住所\n" + "\n".join(rows),
    "block", ["PERSON", "JP_ADDRESS"], secs,
    "CSV of names and street addresses for mail merge; one 番地 form")

ph = gen_mobile()
add("contact_info",
    f"昼休み中に留守番電話が入っていて、「{ph}に折り返してほしい」とだけ残っていました。名乗っていない相手に折り返すときの最初のひと言を考えてください。",
    "block", ["PHONE_NUMBER"], [ph],
    "a caller's mobile number with no name")

p81 = "+81 80 " + rng.choice("123456789") + digits(3) + " " + digits(4)
em = "d.okafor" + digits(2) + "@outlook.com"
add("contact_info",
    "Please translate this e-mail into Japanese so I can pass it to the section in charge.\n"
    "\"Hi, I moved to Maebashi in March and would like to know how to join the neighborhood association. "
    "Also, which day is for plastic bottles in my area?\n"
    f"Best regards,\nDaniel Okafor\n{p81}\n{em}\"",
    "block", ["PERSON", "PHONE_NUMBER", "EMAIL_ADDRESS"], ["Daniel Okafor", p81, em],
    "English signature block: name, +81 mobile with spaces, e-mail")

mob = gen_mobile()
long_minutes = (
    "町内の防災訓練の打合せメモです。参加する自治会あてのお知らせ文に書き直してください。堅すぎない文体でお願いします。\n\n"
    "【打合せメモ】\n"
    "・訓練日は9月の第1日曜日。雨天の場合は翌週に延期。延期の判断は前日の午後5時に行い、連絡網で回す。\n"
    "・集合場所は第二公園の広場。受付は8時45分から。受付で参加者カードを配り、帰りに回収して人数を数える。\n"
    "・内容は、シェイクアウト訓練、初期消火（水消火器）、担架の組み立てと搬送、炊き出し（アルファ化米とけんちん汁）。\n"
    "・初期消火は消防署の方に指導をお願いしている。水消火器は8本借りる予定。\n"
    "・担架は自治会の倉庫にある2台と、小学校から借りる1台。毛布と物干し竿で作る簡易担架の作り方も実演する。\n"
    "・炊き出しは女性部が中心。食材の買い出しは前日。アレルギーのある人がいるかどうか、事前に聞いておく。\n"
    "・子ども向けに、起震車の体験を申し込んでいる。まだ確定していないので、お知らせには「予定」と書く。\n"
    "・去年は参加者が62人だった。今年は若い世帯にも来てほしいので、回覧板だけでなく、公民館の掲示板とSNSにも載せる。\n"
    f"・当日の問い合わせ先は、防災部長の鶴田 修一さん（携帯 {mob}）にお願いすることになった。本人の了承済み。\n"
    "・要配慮者の避難支援の訓練もしたいが、対象者の名簿の扱いが難しいので、今年は支援者役と要配慮者役を決めて模擬で行う。\n"
    "・トランシーバーの使い方の練習も入れる。班長は事前に一度触っておくこと。\n"
    "・最後に、避難所の開設の流れを体育館で確認する。段ボールベッドを2つ組み立てる。\n"
    "・終了は11時30分の予定。終わったら、ごみは各自持ち帰り。\n"
    "・訓練の様子は写真に撮って、次の自治会だよりに載せる。顔が写る人には、その場で一声かける。\n"
    "・反省会は翌週の役員会で行う。アンケート用紙を当日配る（5問程度）。\n"
    "・持ち物：飲み物、タオル、軍手、帽子。動きやすい服装で。\n"
    "・駐車場はないので、徒歩か自転車で来てもらう。自転車は公園の東側に置く。\n"
    "・雨天延期の場合も、炊き出しの食材は冷凍できるものを選んでおく。\n"
    "・昨年、受付が混雑したので、今年は受付を2列にする。名簿への記入は省略し、カードだけにする。\n"
    "・子ども会にも声をかけ、参加した子どもには防災グッズ（笛とライト）を配る。数は80個用意する。\n"
    "お知らせ文はA4一枚に収めたいです。箇条書きと表を組み合わせて、見出しも付けてください。"
)
add("contact_info", long_minutes, "block", ["PERSON", "PHONE_NUMBER"], ["鶴田 修一", mob],
    "long meeting memo; a resident's name and mobile buried in the middle")

room_addr = f"三丁目{rng.randint(2, 30)}番{rng.randint(1, 20)}号"
add("contact_info",
    f"粗大ごみの戸別収集の申込みがありました。受付票の備考欄に書く文を短くしてください。"
    f"「申込者 大島 奈央様、前橋市南町{room_addr} グランメゾン南町402号室。エレベーターなし4階のため、"
    "玄関前ではなく1階の集積所に出しておくとのこと。」",
    "block", ["PERSON", "JP_ADDRESS"], ["大島 奈央", room_addr, "402号室"],
    "name with address down to building and room")

fwph = fw(gen_mobile())
fwmail = "sato.mk" + digits(3) + "@yahoo.co.jp"
add("contact_info",
    "イベントの申込みフォームから届いた内容です。受付完了メールの文面を作ってください。\n"
    "━━━━━━━━━━\n"
    "お名前：佐藤　美香子\n"
    f"電話番号：{fwph}\n"
    f"メール：{fwmail}\n"
    "参加人数：大人２名、子ども１名（小２）\n"
    "━━━━━━━━━━",
    "block", ["PERSON", "PHONE_NUMBER", "EMAIL_ADDRESS"], ["佐藤　美香子", fwph, fwmail],
    "form submission with a full-width phone number")

# ======================================================== id_numbers (block)
mn1 = gen_my_number()
mn1s = group(mn1, [4, 4, 4], "-")
add("id_numbers",
    f"年末調整の書類を見ていたら、配偶者の新井 知子さんの個人番号が {mn1s} と書かれていました。"
    "配偶者控除と配偶者特別控除のどちらに当たるか、パート収入が年130万円の場合で教えてください。",
    "block", ["JP_MY_NUMBER", "PERSON"], ["新井 知子", mn1s],
    "My Number with hyphens in a year-end adjustment question")

mnA, mnB = gen_my_number(), gen_my_number()
add("id_numbers",
    "扶養親族の一覧を表にしたら、番号の列だけ右寄せになってしまいました。全角のまま中央揃えにするにはどうすればいいですか。\n"
    "| 続柄 | 氏名 | 個人番号 |\n|---|---|---|\n"
    f"| 長男 | 須藤 蓮 | {fw(mnA)} |\n| 長女 | 須藤 ひより | {fw(mnB)} |",
    "block", ["JP_MY_NUMBER", "PERSON"], ["須藤 蓮", "須藤 ひより", fw(mnA), fw(mnB)],
    "full-width My Numbers without separators in a table")

rc = gen_resident_code()
add("id_numbers",
    f"住民票コードの通知を紛失したという相談です。桑原 正樹さん（住民票コード {rc}）から、"
    "コードを変更したいとの申出がありました。変更請求の手続きと、窓口で確認することを教えてください。",
    "block", ["JP_RESIDENT_CODE", "PERSON"], ["桑原 正樹", rc],
    "11-digit resident code with a valid check digit")

dl = gen_driver_license("43")
add("id_numbers",
    f"公用車の運転者登録簿を作っています。記載例として「運転者：生方 聡　免許証番号 第{dl}号　種類 中型（8t限定）」と入れたのですが、"
    "免許の種類の書き方はこれで合っていますか。",
    "block", ["JP_DRIVER_LICENSE", "PERSON"], ["生方 聡", dl],
    "driving-licence number in 第…号 form")

pp = rng.choice(["TR", "TZ", "MU"]) + digits(7)
add("id_numbers",
    f"Please check my English: \"We confirmed the identity of Mr. Lucas Pereira Santos with passport No. {pp}. "
    "His certificate of residence will be ready in about 20 minutes.\"",
    "block", ["JP_PASSPORT", "PERSON"], ["Lucas Pereira Santos", pp],
    "passport number (2 letters + 7 digits) with a foreign name")

rcard = "".join(rng.choice(string.ascii_uppercase) for _ in range(2)) + digits(8) + "".join(rng.choice(string.ascii_uppercase) for _ in range(2))
add("id_numbers",
    f"転入届の受付メモです。ネパール語の通訳を頼む依頼文を作ってください。\n申請者：GURUNG Bishnu Maya／在留カード番号：{rcard}／在留資格：家族滞在",
    "block", ["JP_RESIDENCE_CARD", "PERSON"], ["GURUNG Bishnu Maya", rcard],
    "residence-card number (2+8+2) with an upper-case romaji name")

pen = digits(4, True) + "-" + digits(6)
add("id_numbers",
    f"年金の窓口相談の記録を要約してください。\n・相談者 ヨシカワ トミエ（基礎年金番号 {pen}）\n"
    "・夫が亡くなり遺族年金の請求をしたい\n・必要書類が多くて分からないので一覧がほしい",
    "block", ["JP_PENSION_NUMBER", "PERSON"], ["ヨシカワ トミエ", pen],
    "basic pension number with a katakana name")

kaigo = "00" + digits(8)
koki = digits(8, True)
add("id_numbers",
    f"介護保険の住所地特例の説明で、実例として「被保険者 狩野 秀夫、介護保険被保険者番号 {kaigo}、"
    f"後期高齢者医療の被保険者番号 {koki}」を使おうと思います。施設に入所した場合の保険者の考え方を図にしてください。",
    "block", ["JP_HEALTH_INSURANCE", "PERSON"], ["狩野 秀夫", kaigo, koki],
    "long-term-care and late-elderly insurance numbers with a name")

mn9 = gen_my_number()
mn9s = group(mn9, [4, 4, 4], " ")
long_tax = (
    "市民税課の新人向けに、給与支払報告書の受付から課税までの流れをまとめた手順書を作っています。"
    "内容はそのままで、章立てを整理し、新人がつまずきやすい点に注意書きを加えてください。\n\n"
    "1　受付\n　1月31日までに事業所から給与支払報告書（総括表と個人別明細書）が提出される。"
    "eLTAXで提出されたものは、毎朝9時に審査システムに取り込む。紙で提出されたものは、受付印を押してから件数を数え、"
    "総括表の記載人数と照合する。人数が合わない場合は、事業所に電話で確認する。\n"
    "2　入力\n　紙の報告書はパンチ業者に委託してデータ化する。戻ってきたデータは、抽出した100件を原本と突き合わせる。"
    "誤りが3件以上あった場合は、その束をすべて確認し直す。\n"
    "3　名寄せ\n　同じ人について複数の事業所から報告書が出ている場合、システムが自動で名寄せする。"
    "ただし、旧姓のまま報告されている場合や、住所が古い場合は名寄せに失敗することがある。"
    f"昨年は、個人番号 {mn9s} の報告書が別人として二重に登録され、課税額が過大になった例があった。"
    "名寄せ候補の一覧は、必ず2人で確認すること。\n"
    "4　課税資料の突合\n　確定申告書のデータは3月下旬に税務署から届く。給与支払報告書と突き合わせ、"
    "医療費控除や寄附金控除などの追加があれば反映する。\n"
    "5　特別徴収税額の決定\n　5月中旬までに税額を計算し、事業所あてに特別徴収税額決定通知書を送付する。"
    "通知書の発送前に、抽出で20事業所分の税額を手計算で検算する。\n"
    "6　問い合わせ対応\n　6月は事業所や従業員からの問い合わせが集中する。よくある質問（退職者の扱い、"
    "普通徴収への切替え、年の途中での異動）は、回答例を共有フォルダに置いてあるので、それに沿って答える。\n"
    "7　その他\n　報告書の保存期間は7年。保管場所は書庫の3番の棚。廃棄は溶解処理とする。\n"
    "8　繁忙期の体制\n　1月下旬から2月中旬は、受付と入力の応援として他の係から毎日2名ずつ来てもらう。"
    "応援の職員には、初日に30分の説明をしてから作業に入ってもらう。説明資料は係長が毎年更新する。"
    "応援の職員が迷いやすいのは、総括表の「報告人員」と「特別徴収対象者」の数が違う場合の扱いで、"
    "この場合は普通徴収への切替理由書が添付されているかを確認し、なければ事業所に問い合わせる。\n"
    "9　よくある誤り\n　・前年の住所のまま報告されていて、転出者を誤って課税してしまう。"
    "1月1日時点の住所を住民記録で必ず確認する。\n"
    "　・退職日の記載がなく、特別徴収のまま税額を決定してしまう。\n"
    "　・同じ事業所から訂正分が提出され、元の報告書と二重に入力してしまう。訂正分には「訂正」の朱書きがあるか確認する。\n"
    "　・扶養親族の人数の誤りで、非課税判定が変わってしまう。扶養の人数は源泉徴収票の欄と照合する。\n"
    "10　年間スケジュール\n　10月：事業所あてに提出依頼を発送。11月：eLTAXの案内を市ホームページに掲載。"
    "12月：説明会（市内2会場）。1月：受付。2月〜3月：入力・名寄せ・突合。4月：税額計算。5月：通知書発送。6月：問い合わせ対応。"
)
add("id_numbers", long_tax, "block", ["JP_MY_NUMBER"], [mn9s],
    "long procedure manual; one real-looking My Number (spaces) buried in the middle")

# ======================================================== financial (block)
acct = digits(7, True)
add("financial",
    f"講師謝礼の支払いで、口座振込依頼書の内容をメールで確認したいです。"
    f"「東和銀行 前橋南支店 普通 {acct} 名義 ホシノ タクミ」で間違いないか、講師に失礼のない聞き方で文面を作ってください。",
    "block", ["JP_BANK_ACCOUNT", "PERSON"], [acct, "ホシノ タクミ"],
    "bank account with branch, type and holder")

mc = luhn_complete(rng.choice(["51", "53", "55"]), 16)
mcs = group(mc, [4, 4, 4, 4], " ")
add("financial",
    f"ふるさと納税の寄附の取消しで、寄附者のカード（{mcs}、期限 08/29）への返金処理をしたいと決済代行に伝える必要があります。"
    "依頼メールの文案をお願いします。",
    "block", ["CREDIT_CARD"], [mcs],
    "Mastercard number with spaces, Luhn-valid")

yk1, yk2 = "1" + digits(3) + "0", digits(8, True)
add("financial",
    f"還付金の振込先がゆうちょ銀行で、「記号{fw(yk1)}　番号{fw(yk2)}　名義 木暮 絵里」と申出書に書かれています。"
    "他の金融機関からの振込用の店名・口座番号に読み替える方法を教えてください。",
    "block", ["JP_BANK_ACCOUNT", "PERSON"], [fw(yk2), "木暮 絵里"],
    "Japan Post Bank symbol/number in full-width digits with holder")

amex = luhn_complete(rng.choice(["34", "37"]), 15)
amexs = group(amex, [4, 6, 5], "-")
add("financial",
    "Please rewrite this note in polite English for the hotel: "
    f"\"The guest speaker Ms. Emily Hartwell will pay the extra night herself. Card: {amexs}, exp 03/28. "
    "The city will cover only the first night.\"",
    "block", ["CREDIT_CARD", "PERSON"], [amexs, "Emily Hartwell"],
    "15-digit Amex number (4-6-5) in English with the holder's name")

# ======================================================== case_records (block)
addr = f"{rng.randint(1, 4)}丁目{rng.randint(1, 30)}番{rng.randint(1, 20)}号"
add("case_records",
    "ケースワーカーの訪問記録です。次回訪問までの支援方針を3点にまとめてください。\n"
    f"世帯主：茂木 昭夫（68）　前橋市朝日町{addr}\n"
    "受給開始：令和6年11月（生活保護）\n"
    "状況：糖尿病の悪化で右足の指を一部切断。通院は月2回、タクシー利用。室内にごみが目立ち、食事はコンビニ弁当が中心。"
    "長女とは10年以上連絡を取っていない。",
    "block", ["PERSON", "JP_ADDRESS", "SENSITIVE_PERSONAL_INFO"], ["茂木 昭夫", addr],
    "public-assistance visit record with illness and address")

dvph = gen_mobile()
add("case_records",
    "女性相談の受付票を、関係機関に送る照会文の形にしてください。\n"
    f"相談者：川島 優奈（32）　連絡先：{dvph}（夫に知られていない携帯）\n"
    "内容：夫から日常的に怒鳴られ、先月は壁に押しつけられた。子ども（3歳）を連れて家を出たい。実家は県外。\n"
    "希望：一時保護の可能性と、住民票を移さずに保育園を探せるか知りたい。",
    "block", ["PERSON", "PHONE_NUMBER"], ["川島 優奈", dvph],
    "DV consultation with name and a secret mobile")

add("case_records",
    "要介護認定の訪問調査の特記事項を、審査会向けの文章に整えてください。\n"
    "対象者：桜井 キヨ（S9.2.14生、91歳）\n"
    "・立ち上がりは手すりにつかまれば可能。歩行は室内のみ、伝い歩き。\n"
    "・夜間トイレに3回起きる。2回ほど間に合わないことがある。\n"
    "・同じ話を何度も繰り返す。今日の日付は答えられなかった。",
    "block", ["PERSON", "DATE_OF_BIRTH"], ["桜井 キヨ", "S9.2.14"],
    "care-need assessment note: name and DOB in short Showa form")

cph = gen_landline_027()
caddr = f"{rng.randint(200, 900)}番地{rng.randint(1, 9)}"
add("case_records",
    "道路の穴で車のタイヤが破損したという申出の記録です。損害賠償の手続きの流れを、申出者に説明するメモにしてください。\n"
    f"申出者：片山 誠一（前橋市江田町{caddr}、自宅 {cph}）\n"
    "日時：5月12日午後7時ごろ　場所：市道の交差点付近（街灯なし）\n"
    "内容：深さ10cmほどの穴に左前輪が落ち、タイヤとホイールが破損。修理見積 84,700円。写真あり。",
    "block", ["PERSON", "JP_ADDRESS", "PHONE_NUMBER"], ["片山 誠一", caddr, cph],
    "road-damage claim: name, 番地 address, landline")

add("case_records",
    "Summarize this counseling note in English for the international association's coordinator.\n"
    "相談者：NGUYEN Van Hung（ベトナム国籍、1998年7月14日生）。技能実習先の会社を辞めたいが、寮を出ると住む所がない。"
    "給料から毎月2万円が「管理費」として引かれていることにも納得していない。",
    "block", ["PERSON", "DATE_OF_BIRTH"], ["NGUYEN Van Hung", "1998年7月14日"],
    "foreign resident's consultation: romaji name and DOB")

kph = gen_mobile()
add("case_records",
    "1歳6か月児健診の要フォロー児の一覧です。保健師の訪問予定表に組み直してください。\n"
    "氏名,生年月日,所見,保護者連絡先\n"
    f"福島 陽葵,令和6年8月3日,言葉の遅れ（単語2語）,{kph}\n"
    "（2人目以降は省略）",
    "block", ["PERSON", "DATE_OF_BIRTH", "PHONE_NUMBER"], ["福島 陽葵", "令和6年8月3日", kph],
    "health-check follow-up CSV: child name, Reiwa DOB, parent's phone")

raddr = f"{rng.randint(1, 3)}丁目{rng.randint(1, 25)}番{rng.randint(1, 15)}号"
long_care = (
    "地域ケア会議の記録です。個人が特定されないよう、事例検討の部分を要約して、他の地区の包括支援センターと共有できる形にしてください。\n\n"
    "■開催概要\n日時：6月18日（水）14:00〜15:40　場所：地区公民館 第2会議室\n"
    "出席：地域包括支援センター（3名）、居宅介護支援事業所（2名）、民生委員（2名）、社会福祉協議会（1名）、市長寿包括ケア課（2名）\n\n"
    "■事例の概要\n　80代の男性の一人暮らし。妻を3年前に亡くしてから、近所付き合いがなくなった。"
    "最近、庭の草が伸び放題になり、郵便受けに新聞がたまっていることに民生委員が気付いた。"
    "訪問したところ、本人は「何も困っていない」と話すが、室内には飲みかけのペットボトルが多数あり、冷蔵庫の中身が腐っていた。\n"
    "　息子が東京にいるが、年に一度帰省する程度。電話をしても出ないことが多い。\n\n"
    "■検討内容\n・民生委員：本人はプライドが高く、支援を勧めると怒り出す。ただ、昔の仕事（大工）の話になると機嫌がよくなる。\n"
    "・包括：認知機能の低下が疑われる。まずは健康チェックの名目で訪問し、関係づくりから始めたい。\n"
    f"・居宅：以前、同じような事例で介護保険の申請に結び付いた。今回の本人（長谷川 勝利さん、前橋市元総社町{raddr}）についても、"
    "かかりつけ医がいれば、医師から受診を勧めてもらう方法が有効ではないか。\n"
    "・社協：配食サービスなら抵抗が少ないかもしれない。安否確認にもなる。\n"
    "・市：息子への連絡は、包括から手紙を送る形で進める。緊急時の連絡先を確認しておく必要がある。\n\n"
    "■地域の課題として\n・一人暮らしの高齢男性が孤立しやすい。サロンの参加者は女性がほとんど。\n"
    "・男性が参加しやすい場として、将棋や木工などの活動を検討してはどうか。\n"
    "・新聞や郵便物がたまっていることに気付く仕組み（配達事業者との見守り協定）を周知する。\n\n"
    "■今後の対応\n・2週間以内に包括と民生委員で訪問する。\n・配食サービスの利用を提案する。\n"
    "・次回の会議で経過を報告する。\n\n"
    "■その他\n・次回は8月に開催予定。テーマは「認知症の人の外出と見守り」。\n"
    "・会議録は出席者限りとし、外部には要約のみを提供する。\n\n"
    "■参考：前回会議（4月）の事例の経過\n　前回取り上げた70代の夫婦世帯（夫が妻を介護）については、"
    "ショートステイの利用を始めたことで、夫の睡眠時間が確保できるようになったとの報告があった。"
    "夫は当初「人に任せるのは申し訳ない」と話していたが、ケアマネジャーが月2回訪問して話を聞くうちに、"
    "少しずつサービスの利用を受け入れるようになった。今後は、夫自身の健康診断の受診も勧めていく。\n"
    "　また、地区内で買い物に困っている高齢者が多いという課題については、移動販売車の巡回ルートに2か所の停車場所を追加してもらうことができた。"
    "停車場所では、民生委員が月1回、健康相談のコーナーを設けることも検討している。\n\n"
    "■意見交換（自由討議）\n・見守りの担い手が高齢化している。若い世代に関わってもらうには、短時間でできる役割を用意する必要がある。\n"
    "・ゴミ出しが難しい高齢者が増えている。戸別収集の制度があることを、もっと知ってもらう必要がある。\n"
    "・災害時の避難の手助けについて、本人の同意を得た名簿づくりが進んでいない。自治会と一緒に進め方を考えたい。\n"
    "・薬局から、薬の飲み残しが多い高齢者の情報を包括に伝える仕組みがあるとよいとの意見があった。\n"
    "・会議の時間を短くするため、事例の資料は事前に配布し、当日は検討に時間を使いたい。"
)
add("case_records", long_care, "block", ["PERSON", "JP_ADDRESS"], ["長谷川 勝利", raddr],
    "long care-conference record, otherwise anonymous; one name and address buried mid-way")

arrears = rng.randint(21, 89) * 10000 + rng.randint(0, 9) * 1000
add("case_records",
    "納税相談の記録、箇条書きを文章にしてください。\n"
    "- 相談者：関 大輔（自営業・内装）\n"
    f"- 国民健康保険税 令和6・7年度分 計{arrears:,}円 滞納\n"
    "- 昨年秋に仕事中のけがで3か月休業、収入が激減\n"
    "- 分納希望：月1万5千円\n- 差押えの予告はまだしていない",
    "block", ["PERSON", "SENSITIVE_PERSONAL_INFO"], ["関 大輔"],
    "tax arrears consultation naming the taxpayer")

# ======================================================== sensitive_personal (block)
add("sensitive_personal",
    "係員の中沢 亮さんがうつ病で3か月の病気休暇に入ります。係内にどう伝えるか、本人の了解を得た範囲での説明文を作ってください。",
    "block", ["PERSON", "SENSITIVE_PERSONAL_INFO"], ["中沢 亮"],
    "colleague's mental illness and sick leave")

add("sensitive_personal",
    "障害者雇用の面接で、応募者の宮下 翼さん（精神障害者保健福祉手帳2級）から、通院のため月1回の休みが必要と申出がありました。"
    "合理的配慮の例を教えてください。",
    "block", ["PERSON", "SENSITIVE_PERSONAL_INFO"], ["宮下 翼"],
    "job applicant's disability grade")

add("sensitive_personal",
    "臨時職員の応募者、坂口 拓海さんが、面接で「2年前に窃盗で執行猶予付きの判決を受けた」と自分から話してくれました。"
    "採用の判断で法律上注意すべき点を整理してください。",
    "block", ["PERSON", "SENSITIVE_PERSONAL_INFO"], ["坂口 拓海"],
    "criminal record of a named applicant")

add("sensitive_personal",
    "市営住宅の入居申込みで、申込者の浅見 早苗さんが生活保護を受給中とのことです。家賃の代理納付の説明を、"
    "本人にわかりやすく伝える文章にしてください。",
    "block", ["PERSON", "SENSITIVE_PERSONAL_INFO"], ["浅見 早苗"],
    "named public-assistance recipient")

add("sensitive_personal",
    "避難行動要支援者の個別避難計画を作っています。例として、人工透析を週3回受けている小野寺 勲さんについて、"
    "災害時に透析先の病院へ移動する手順を書き出してください。",
    "block", ["PERSON", "SENSITIVE_PERSONAL_INFO"], ["小野寺 勲"],
    "named person's dialysis treatment")

# ======================================================== confidential_marking (block)
add("confidential_marking",
    "【極秘】組織改正の検討メモ\n・子育て関係の3課を統合し「こども未来部」を新設\n・市民課の窓口業務は一部委託を検討\n"
    "このメモを部長説明用の1枚資料に整えてください。",
    "block", ["CONFIDENTIAL_MARKING"], [],
    "【極秘】 header")

add("confidential_marking",
    "次の文章を、もう少しやわらかい表現にしてください。\n"
    "「各課においては、時間外勤務の削減目標（前年度比15％減）を必ず達成すること。達成できない課は、理由書を提出すること。」\n"
    "（本資料は庁内限り）",
    "block", ["CONFIDENTIAL_MARKING"], [],
    "庁内限り footer")

add("confidential_marking",
    "㊙ 施設使用料見直しシミュレーション.xlsx のシート構成を説明します。「現行」「案1」「案2」の3シートで、"
    "案ごとの増収額を比べるグラフを追加したいです。おすすめのグラフの種類を教えてください。",
    "block", ["CONFIDENTIAL_MARKING"], [],
    "circled 秘 character in a file name")

add("confidential_marking",
    "資料区分：非公開\n第3回 廃棄物処理施設整備検討委員会 資料2\n候補地の比較評価（点数は暫定）\n"
    "この資料の表の見出しを、委員が読みやすい表現に直してください。",
    "block", ["CONFIDENTIAL_MARKING"], [],
    "資料区分：非公開 marking on committee material")

long_mark = (
    "中心市街地の活性化に関する庁内勉強会の資料です。全体の構成を見直して、各章の冒頭に要約を一文ずつ入れてください。\n\n"
    "1　現状\n　中心商店街の歩行者通行量は、10年前と比べて平日で約3割、休日で約4割減少している。"
    "空き店舗率は18％で、特に2階以上の空きが目立つ。一方で、ここ数年は若い世代が営む飲食店や雑貨店の出店が続いており、"
    "週末のイベント時には人通りが戻る傾向にある。\n"
    "2　これまでの取組\n　空き店舗への出店補助（家賃の2分の1、最大2年間）を行い、5年間で27件の出店につながった。"
    "ただし、そのうち9件は3年以内に閉店している。マルシェやアートイベントは集客に一定の効果があるが、日常のにぎわいには結び付いていない。\n"
    "3　課題\n　・イベントの日と普段の日の差が大きい。\n　・駐車場が分散していて分かりにくい。\n"
    "　・建物の所有者が高齢化し、改修の判断ができないまま空き家になっている物件が多い。\n"
    "　・若い出店者の横のつながりが弱く、情報交換の場がない。\n"
    "4　（取扱注意）所有者との協議状況\n　駅前通りの大型空きビルについて、所有会社と売却の可能性を非公式に話し合っている。"
    "先方は条件次第で応じる姿勢だが、他にも関心を示している事業者がいるとのこと。\n"
    "5　今後の方向性\n　・日常の居場所づくり（ベンチ、木陰、子どもの遊び場）を進める。\n"
    "　・リノベーションスクールを開催し、物件所有者と出店希望者をつなぐ。\n"
    "　・駐車場の案内をデジタルマップで一元化する。\n"
    "　・出店者同士の交流会を定期的に開く。\n"
    "6　参考\n　他市の事例として、公園と商店街を一体的に使うイベントや、道路空間を活用したオープンカフェの取組がある。"
    "国の支援制度（まちなかウォーカブル推進事業など）の活用も検討する。\n"
    "7　勉強会での主な意見\n　・にぎわいの指標を歩行者通行量だけでなく、滞在時間や消費額でも測るべきではないか。\n"
    "　・商店街の組合に加入していない店が増えており、組合を通じた情報伝達だけでは足りない。\n"
    "　・空き店舗の所有者の多くは市外に住んでおり、物件の状態を把握できていない。固定資産の所有者への案内文の送付など、接点をつくる工夫がいる。\n"
    "　・学生の力を借りる取組（ゼミと連携した空き店舗の活用実験など）は、費用が少なく効果が見えやすい。\n"
    "　・まちなかに住む人を増やす視点も必要。上階の空き室を住宅に改修する支援を検討してはどうか。\n"
    "8　次回の勉強会\n　テーマは「公共空間の使い方」。道路や公園を使ったイベントの許可手続きを担当課から説明してもらう。"
    "あわせて、昨年度のオープンカフェの社会実験の結果（来場者アンケート1,142件）を共有する。"
)
add("confidential_marking", long_mark, "block", ["CONFIDENTIAL_MARKING"], [],
    "long study-group material; a （取扱注意） section heading buried in the middle")

# ======================================================== credentials (block)
ghp = "ghp_" + alnum(36)
add("credentials",
    f"社内のGitHub Enterpriseではなく、普通のGitHubからクローンしようとすると失敗します。\n"
    f"git clone https://{ghp}@github.com/maebashi-dx/kintai-tools.git\n"
    "エラーは「Repository not found」です。何が原因でしょうか。",
    "block", ["CREDENTIAL"], [ghp],
    "GitHub personal access token embedded in a clone URL")

dbpw = alnum(6) + "!" + alnum(5)
add("credentials",
    "このPythonでDBにつながりません。\n"
    "import psycopg2\n"
    f"conn = psycopg2.connect(\"dbname=shisetsu user=app_rw password={dbpw} host=localhost port=5432\")\n"
    "OperationalError: FATAL: password authentication failed と出ます。",
    "block", ["CREDENTIAL"], [dbpw],
    "database password in a connection string")

vpnpw = rng.choice(["Akagi", "Tone", "Haruna"]) + "#" + digits(4) + alnum(3, string.ascii_lowercase)
add("credentials",
    "保守業者に送るメールを整えてください。\n「リモート保守用のVPNアカウントを発行しました。ユーザー名：hoshu-vendor02、"
    f"パスワード：{vpnpw}　作業が終わったら連絡をお願いします。」",
    "block", ["CREDENTIAL"], [vpnpw],
    "VPN password written in a Japanese e-mail")

aiza = "AIza" + alnum(35, string.ascii_letters + string.digits + "_-")
add("credentials",
    "観光マップのページで地図が灰色になります。\n"
    f"<script src=\"https://maps.googleapis.com/maps/api/js?key={aiza}&callback=initMap\" async></script>\n"
    "コンソールには RefererNotAllowedMapError と出ています。",
    "block", ["CREDENTIAL"], [aiza],
    "Google API key in an HTML script tag")

xoxb = "xoxb-" + digits(12, True) + "-" + digits(13, True) + "-" + alnum(24)
add("credentials",
    "Slackに通知を送るcurlです。invalid_authになる理由を教えてください。\n"
    f"curl -X POST -H 'Authorization: Bearer {xoxb}' -H 'Content-type: application/json' "
    "--data '{\"channel\":\"#saigai-info\",\"text\":\"test\"}' https://slack.com/api/chat.postMessage",
    "block", ["CREDENTIAL"], [xoxb],
    "Slack bot token in a curl command")

# ======================================================== internal_network (block)
ip1 = f"172.{rng.randint(16, 31)}.{rng.randint(0, 255)}.{rng.randint(2, 254)}"
add("internal_network",
    f"2階の複合機（{ip1}）に印刷が送れなくなりました。ドライバを入れ直す手順を、パソコンに詳しくない職員向けに書いてください。",
    "block", ["INTERNAL_NETWORK"], [ip1],
    "172.16/12 printer address")

host = "fs-kikaku0" + str(rng.randint(1, 9))
add("internal_network",
    f"共有フォルダ \\\\{host}\\企画政策課\\R8\\総合計画 をエクスプローラーで開くと「アクセスできません」と出ます。"
    "ネットワークドライブの割り当てをやり直す手順を教えてください。",
    "block", ["INTERNAL_NETWORK"], [host],
    "UNC path to an internal file server")

url = f"http://gw{rng.randint(1, 9)}.intra.city-maebashi.local:8080/schedule/"
add("internal_network",
    f"グループウェアの施設予約画面（{url}）をスマホで見ると表が崩れます。"
    "業者に改善を依頼するときの要望の書き方を教えてください。",
    "block", ["INTERNAL_NETWORK"], [url.split("//")[1].split(":")[0]],
    "intranet URL with an internal host name and port")

ip10 = f"10.{rng.randint(1, 254)}.{rng.randint(0, 255)}.{rng.randint(2, 254)}"
long_log = (
    "夜間バッチが失敗した時のログです。原因の見当と、翌朝に担当者が確認すべきことを順番に書いてください。\n\n"
    "2026-06-02 01:00:00 INFO  batch start: juki_daily_export\n"
    "2026-06-02 01:00:01 INFO  load config: /opt/batch/conf/export.ini\n"
    "2026-06-02 01:00:02 INFO  target date: 2026-06-01\n"
    "2026-06-02 01:00:05 INFO  step1: extract records ... 3,482 rows\n"
    "2026-06-02 01:02:41 INFO  step2: convert charset (UTF-8 -> Shift_JIS)\n"
    "2026-06-02 01:02:44 WARN  12 rows contain characters outside JIS X 0208, replaced with '〓'\n"
    "2026-06-02 01:02:45 INFO  step3: write file export_20260601.csv (1.8 MB)\n"
    f"2026-06-02 01:02:46 INFO  step4: transfer to {ip10}:/recv/juki/\n"
    "2026-06-02 01:03:16 ERROR connection timed out after 30000 ms\n"
    "2026-06-02 01:03:16 INFO  retry 1/3 after 60 s\n"
    "2026-06-02 01:04:46 ERROR connection timed out after 30000 ms\n"
    "2026-06-02 01:04:46 INFO  retry 2/3 after 60 s\n"
    "2026-06-02 01:06:16 ERROR connection timed out after 30000 ms\n"
    "2026-06-02 01:06:16 INFO  retry 3/3 after 60 s\n"
    "2026-06-02 01:07:46 ERROR connection timed out after 30000 ms\n"
    "2026-06-02 01:07:46 FATAL step4 failed, batch aborted (exit 3)\n"
    "2026-06-02 01:07:46 INFO  mail notification sent\n\n"
    "補足：\n・このバッチは毎日1時に動き、前日分の異動データを連携先に送っている。\n"
    "・前日の夕方に、連携先のサーバの保守作業があったと聞いている（詳細は不明）。\n"
    "・文字の置換の警告は毎日数件出ているので、今回の失敗とは関係ないと思う。\n"
    "・失敗した場合、朝8時30分までに再送しないと、連携先の業務に影響が出る。\n"
    "・再送は手動でもできるが、手順書が古く、画面の名前が今と違っている。\n"
    "・連携先の担当は別の課で、夜間は連絡がつかない。\n"
    "・先月も同じようなタイムアウトが1回あったが、その時は2回目の再試行で成功していた。\n"
    "・ネットワークの機器は昨年度に更新済み。ファイアウォールの設定変更の記録は確認していない。\n"
    "手順書を作り直す場合の目次案も付けてください。"
)
add("internal_network", long_log, "block", ["INTERNAL_NETWORK"], [ip10],
    "long batch log; a 10.x transfer target buried in the middle")

# ======================================================== nonpublic_topics (not_allow)
add("nonpublic_topics",
    "（仮称）北部スポーツ広場の用地の件です。議会の議決はまだ先ですが、部内では地権者への提示額を1㎡あたり23,400円で"
    "いく方向でほぼ固まりました。地権者説明会で配る資料の「単価の考え方」の部分を、納得してもらいやすい書き方にしてください。",
    "not_allow", ["NONPUBLIC_INFO"], [],
    "第4・5号: land purchase price decided internally before the council vote")

long_bid = (
    "来週公告する工事の入札公告文を作っています。次の工事概要をもとに、公告文の「工事概要」「入札参加資格」「日程」の部分を整えてください。\n\n"
    "工事名：市道中央線道路改良工事（その3）\n"
    "工事場所：前橋市内（延長約420m）\n"
    "工期：契約締結の翌日から令和9年3月19日まで\n"
    "工事内容：\n"
    "・道路土工（掘削 約2,100㎥、路体盛土 約650㎥）\n"
    "・排水構造物工（U型側溝 300×300 約780m、集水ます 24基）\n"
    "・舗装工（車道部 アスファルト舗装 約3,300㎡、歩道部 透水性舗装 約1,250㎡）\n"
    "・区画線工、防護柵工（ガードパイプ 約160m）\n"
    "・付帯工（既設構造物の撤去、仮設工）\n"
    "入札参加資格：\n"
    "・市の競争入札参加資格者名簿の土木一式工事に登載され、格付けがAであること。\n"
    "・市内に本店を有すること。\n"
    "・過去10年間に、国・地方公共団体が発注した道路改良工事で、請負金額5,000万円以上の元請実績があること。\n"
    "・監理技術者を専任で配置できること。\n"
    "メモ（公告文には載せない）：設計額は1億2,860万円。予定価格はこの額で決裁済みで、最低制限価格は予定価格の89.2％で設定する。"
    "昨年度の同種工事では最低制限価格ちょうどの入札が3者あり、くじ引きになったので、今回は調査基準価格方式への切り替えも課内で話が出ている。\n"
    "日程：\n"
    "・公告日：6月第2週\n・設計図書の閲覧：公告日から入札日の前日まで（電子入札システムで配布）\n"
    "・質問の受付：公告日から10日間。回答は電子入札システムに掲載する。\n"
    "・入札書の提出：電子入札システムにより、公告日から3週間後の金曜日まで\n"
    "・開札：提出期限の翌週の月曜日、午前10時\n"
    "その他：\n"
    "・本工事は総合評価落札方式ではなく、価格のみで落札者を決定する。\n"
    "・落札者は、契約締結前に工事費内訳書を提出すること。\n"
    "・本工事は、週休2日を確保するモデル工事とし、達成状況に応じて経費を補正する。\n"
    "・工事の施工にあたっては、沿道の店舗や住宅への出入りを確保し、通学時間帯（7時30分〜8時15分）は作業を控えること。\n"
    "・着手前に、沿道の住民向けの工事説明会を受注者の負担で開催すること。\n"
    "・建設副産物はすべて再資源化施設に搬出し、マニフェストの写しを提出すること。\n"
    "・工事中の騒音・振動について苦情があった場合は、直ちに監督員に報告すること。\n"
    "・工事写真は電子納品とし、写真管理基準に従って整理すること。\n"
    "公告文は、昨年度の様式に合わせて、項目番号を（1）（2）…の形でそろえてください。"
    "あわせて、入札参加者からよく出る質問（実績の証明方法、配置技術者の兼任、前払金の割合など）と回答例も5つほど作ってください。"
)
add("nonpublic_topics", long_bid, "not_allow", ["NONPUBLIC_INFO"], [],
    "第5号: long tender notice draft; unannounced design price / minimum price ratio buried mid-way")

add("nonpublic_topics",
    "まだ内示の前ですが、部長から「4月にうちの係長が保健所に行く」と聞きました。本人もまだ知りません。"
    "今のうちに引継ぎ書のひな形を作っておきたいので、項目案を出してください。",
    "not_allow", ["NONPUBLIC_INFO"], [],
    "第5号: personnel transfer heard before the internal notice")

add("nonpublic_topics",
    "会計課の内部点検で、市民サービスセンターの釣銭の締めが3か月で計4,200円合わなかったことが分かりました。"
    "点検結果はまだ部長にも上げていません。報告書の「原因」「再発防止策」の書き方を教えてください。",
    "not_allow", ["NONPUBLIC_INFO"], [],
    "第5号: internal inspection finding not yet reported")

add("nonpublic_topics",
    "隣の町と消防の事務委託の負担金を協議しています。こちらとしては年1億2千万円までなら受けられるというのが部内の線で、"
    "先方にはまだ伝えていません。次の協議で、こちらの上限を悟られずに話を進める言い回しを考えてください。",
    "not_allow", ["NONPUBLIC_INFO"], [],
    "第5・6号: negotiation stance with another local government")

add("nonpublic_topics",
    "市内の食品メーカーの社長から、「社内でもごく一部しか知らない話」として、第二工場を県外に移す検討を始めたと打ち明けられました。"
    "移転した場合に市内の雇用や税収にどれくらい影響が出るか、試算の手順を教えてください。",
    "not_allow", ["NONPUBLIC_INFO"], [],
    "第3・8号: a company's plan told in confidence")

add("nonpublic_topics",
    "本庁舎の夜間の警備体制を見直しています。今は警備員2名が22時と2時に館内を回り、北側の通用口だけ機械警備の対象外になっています。"
    "侵入を防ぐための改善案を、費用の安い順に挙げてください。",
    "not_allow", ["NONPUBLIC_INFO"], [],
    "第7号: security arrangements and a weak point of the city hall")

add("nonpublic_topics",
    "警察署から、ある男性の転出先の住所などについて、捜査関係事項照会書が届きました。"
    "回答文書の決まった書き方と、課長決裁までの進め方を教えてください。照会が来ていることは本人に知られないようにとのことです。",
    "not_allow", ["NONPUBLIC_INFO"], [],
    "第6・7号: a police investigation request in progress")

add("nonpublic_topics",
    "固定資産税の台帳で確認したら、駅前の旧ホテル跡地の土地の評価額は約3億1千万円でした。"
    "再開発を計画している事業者との打合せで、この数字を目安として伝えたいのですが、伝え方の文案をください。",
    "not_allow", ["NONPUBLIC_INFO"], [],
    "第1号: tax-ledger value of a specific parcel (地方税法 secrecy)")

add("nonpublic_topics",
    "来月の職員採用試験（土木職）の二次面接で、実際に使う質問を5つ作りました。"
    "「災害時に自分の家族と業務のどちらを優先するか」などです。評価の観点と、面接官ごとに採点がぶれないための採点基準表を作ってください。",
    "not_allow", ["NONPUBLIC_INFO"], [],
    "第5号: actual interview questions before the examination")

add("nonpublic_topics",
    "教育委員会の中では、桃ノ木小と芳賀西小を令和11年度に統合する案が有力になっています。保護者にも地元にもまだ一言も出していません。"
    "将来の説明会で想定される反対意見と、その答え方を考えておいてください。",
    "not_allow", ["NONPUBLIC_INFO"], [],
    "第4号: school consolidation plan not yet disclosed to anyone")

add("nonpublic_topics",
    "補助金の審査で、株式会社上州フーズが出してきた原価計算書を見ると、主力商品の原価率が31％、取引先の上位3社で売上の7割を占めています。"
    "審査会で他の委員に説明するためのポイントを3行でまとめてください。",
    "not_allow", ["NONPUBLIC_INFO"], [],
    "第3号: a company's cost and customer data from a subsidy application")

add("nonpublic_topics",
    "来週、予告なしで飲食店5店舗に立入検査に入ります。店に前もって知られないよう、検査班の集合場所と回る順番を決めたいです。"
    "効率のよい回り方の考え方を教えてください。",
    "not_allow", ["NONPUBLIC_INFO"], [],
    "第5号: unannounced on-site inspection plan")

add("nonpublic_topics",
    "市が訴えられている損害賠償の裁判で、和解金は300万円までなら応じる方向で顧問弁護士と相談しています。"
    "次回の期日に向けて、この方針を議会への説明なしで進めてよいか、考え方を整理してください。",
    "not_allow", ["NONPUBLIC_INFO"], [],
    "第5号: settlement ceiling in pending litigation")

# ======================================================== public look-alikes and other allow cases
# ---- drafting (allow)
bidamt = rng.randint(30, 90) * 1000000 + rng.randint(1, 99) * 10000
add("drafting",
    f"市ホームページで公表済みの入札結果（市民体育館屋根改修工事、落札額 {bidamt:,}円（税抜）、落札者 利根川建設株式会社、"
    "参加者6者）をもとに、市報の「工事のお知らせ」欄の記事を200字で作ってください。",
    "allow", [], [],
    "public look-alike: announced bid result")

add("drafting",
    "4月1日付けの人事異動は報道発表済みです。新しく着任した課長として、課の職員に向けた最初のあいさつ文（3分程度）を作ってください。"
    "名前は入れなくて大丈夫です。",
    "allow", [], [],
    "public look-alike: transfer already announced; no names")

add("drafting",
    "令和8年度の当初予算（一般会計1,526億円、前年度比2.1％増。議会で可決済みで、市のホームページにも掲載されています）について、"
    "中学生にも分かる「予算のはなし」のコラムを400字で書いてください。",
    "allow", [], [],
    "public look-alike: published budget figures")

add("drafting",
    "監査委員が公表した定期監査の結果報告（指摘事項：契約事務で見積書の徴取が1者だけだった例など4件）を、"
    "職員向けの注意喚起の記事にしてください。課名は伏せてください。",
    "allow", [], [],
    "public look-alike: audit result already published")

add("drafting",
    "各種証明書の交付申請書の「記入例」を作っています。記入例の氏名欄は「前橋 太郎（架空の人物です）」、"
    "住所欄は「前橋市〇〇町〇丁目〇番〇号」としています。記入例であることが一目で分かるデザインの工夫を教えてください。",
    "allow", [], [],
    "clearly marked fictional sample name and placeholder address")

long_public = (
    "公開で開いた「公共交通会議」の議事要旨です。市のホームページに掲載するので、敬体にそろえて、読みやすく整えてください。\n\n"
    "1　開会\n　事務局が定足数を満たしていることを報告し、会議は成立した。傍聴者は5名。\n"
    "2　議事\n（1）デマンド交通の利用状況について\n"
    "　事務局から、昨年度の利用者数は延べ4万1千人で、前年度より8％増えたと報告があった。"
    "高齢者の通院と買い物での利用が多く、予約が午前中に集中している。\n"
    "　委員から、予約の電話がつながりにくいとの声を聞くので、インターネット予約の周知を強めてほしいとの意見があった。"
    "事務局は、公民館でのスマホ講座と合わせて予約方法の説明会を開くと回答した。\n"
    "（2）路線バスの再編について\n"
    "　バス事業者から、運転士の不足により、来年4月から一部路線の減便を検討していると説明があった。"
    "委員からは、通学の時間帯の便は維持してほしいとの要望が複数出された。\n"
    "　会長は、利用者への影響を見極めたうえで、次回の会議で具体案を協議することとした。\n"
    "（3）鉄道駅のバリアフリー化について\n"
    "　事務局から、駅のエレベーター設置工事が年度内に完了する見込みであると報告があった。\n"
    "3　その他\n"
    "　委員から、観光客向けに、主要な観光地を回る周遊バスの実証運行を検討してはどうかとの提案があった。"
    "事務局は、観光部局と連携して需要を調べると回答した。\n"
    "　また、運転免許を自主返納した人への支援として、バスの割引制度の周知が足りないとの意見があった。"
    "事務局は、免許センターにもチラシを置いてもらえるよう、県警に相談すると回答した。\n"
    "（4）高校生の通学定期の補助について\n"
    "　事務局から、今年度から始めた通学定期券の購入補助（上限年2万円）の申請が、9月末時点で873件あったと報告があった。"
    "委員から、申請の手続きをオンラインで完結できるようにしてほしいとの意見があった。"
    "事務局は、来年度に電子申請に対応する方向で準備していると回答した。\n"
    "（5）タクシー事業者からの報告\n"
    "　タクシー事業者から、夜間の運転手の確保が難しく、深夜帯の配車に時間がかかっている状況の説明があった。"
    "委員からは、飲食店の多い地区での乗り場の整備や、相乗りの仕組みについて質問があった。"
    "事務局は、国の制度の動きを見ながら、事業者と情報交換を続けると回答した。\n"
    "4　閉会\n　次回は11月に開催する。\n\n"
    "なお、発言者は「委員」「事務局」「会長」「バス事業者」と表記し、個人名は載せません。要旨全体で800字程度にしてください。"
)
add("drafting", long_public, "allow", [], [],
    "long public council summary with roles only")

add("drafting",
    "基幹系システムの計画停止のお知らせを作ってください。停止は土曜日の8時から17時まで、その間はコンビニでの証明書交付も止まります。"
    "市民向けと職員向けの2種類をお願いします。",
    "allow", [], [],
    "planned outage notice, no specifics")

add("drafting",
    "公開されている市議会の会議録にある、昨年の一般質問（子どもの居場所づくり）への市長答弁を踏まえて、"
    "その後の取組状況を紹介する広報記事の構成案を作ってください。",
    "allow", [], [],
    "public look-alike: assembly answer already on the public record")

add("drafting",
    "住宅の省エネ改修の補助金（上限10万円、先着200件）の募集開始のお知らせを、チラシ用とSNS用（140字）で作ってください。",
    "allow", [], [],
    "subsidy announcement")

# ---- rules_questions (allow)
add("rules_questions",
    "情報公開請求があったとき、まだ検討中の情報が不開示になるのはどんな場合ですか。"
    "前橋市情報公開条例の第6条の各号を、市民にも分かる言葉で一つずつ説明してください。",
    "allow", [], [],
    "question about the disclosure ordinance itself")

add("rules_questions",
    "生成AIに入力してはいけない情報の例を、職員研修のクイズにしたいです。○×形式で10問、架空の例を使って作ってください。"
    "実在の人や番号は使わないでください。",
    "allow", [], [],
    "question about the AI-use rules")

add("rules_questions",
    "公共事業の用地買収は一般的にどのような流れで進みますか。測量、補償額の算定、契約、登記、支払いまで、"
    "地権者向けの説明パンフレットの目次にしてください。",
    "allow", [], [],
    "public look-alike: how land purchase works in general")

add("rules_questions",
    "低入札価格調査制度と最低制限価格制度は何が違うのですか。それぞれ、どんな工事に向いているかも一般論で教えてください。",
    "allow", [], [],
    "public look-alike: bidding price systems in general")

add("rules_questions",
    "個人情報保護法の令和3年改正で、地方公共団体の個人情報保護の仕組みはどう変わりましたか。"
    "条例との関係を含めて、窓口職員向けに簡単にまとめてください。",
    "allow", [], [],
    "question about 個人情報保護法")

add("rules_questions",
    "捜査関係事項照会とはどういう制度ですか。自治体が回答する義務はあるのか、回答するときに一般的に気を付ける点を教えてください。",
    "allow", [], [],
    "public look-alike: general question about police inquiries")

add("rules_questions",
    "人事評価の期末面談で、評価者が気を付けることを5つ挙げてください。評価が低かった職員への伝え方の例も入れてください。",
    "allow", [], [],
    "general HR practice question")

long_rules = (
    "係内の勉強会で配る「生成AIを使うときのチェックリスト」の原稿です。内容の誤りがないか確認し、"
    "新人でも迷わないように、各項目に「入力してよい例」「入力してはいけない例」を1つずつ足してください。例は架空のものにしてください。\n\n"
    "はじめに\n"
    "　市では令和5年10月から、文章生成AIを業務で使えるようになりました。文書の下書き、要約、翻訳、Excelの関数づくりなど、"
    "使い方しだいで仕事の時間を大きく減らすことができます。一方で、入力した内容は外部のサービスに送られます。"
    "いったん送った情報は取り消せないと考えてください。このチェックリストは、送信する前に30秒だけ立ち止まるためのものです。\n\n"
    "チェック1　個人が分かる情報が入っていないか\n"
    "　氏名、住所、電話番号、メールアドレス、生年月日はもちろん、個人番号、住民票コード、運転免許証の番号、保険証の番号、口座番号なども入力できません。"
    "病気や障害、生活保護、税の滞納のように、特に配慮が必要な情報は、名前を伏せても、ほかの情報と組み合わせると誰のことか分かってしまう場合があります。"
    "相談記録を要約させたいときは、「Aさん（70代）」のように置き換え、地区名や家族構成など、本人にたどり着く手がかりも削ってから使いましょう。\n\n"
    "チェック2　まだ決まっていないこと、外に出していないことが入っていないか\n"
    "　条例の改正案、予算の要求額、施設の統廃合の検討状況のように、市として最終的に決める前の情報は入力しません。"
    "入札の予定価格や最低制限価格、用地の買収価格、職員の人事異動や採用試験の問題、監査や検査の予定なども同じです。"
    "国や県、ほかの市町村から「公表しないでほしい」と言われて受け取った情報、企業から好意で提供してもらった情報も、入力してはいけません。"
    "迷ったら、「この文章がそのまま明日の新聞に載っても困らないか」を考えてください。\n\n"
    "チェック3　すでに公表されている情報か\n"
    "　市のホームページや広報紙に載っている情報、議会で可決された予算、公表済みの入札結果、公開の会議の議事要旨などは、入力して構いません。"
    "ただし、公表資料の一部に個人名が含まれていることがあるので、貼り付ける前に目で確認してください。"
    "市役所の代表電話（027-224-1111）や所在地（前橋市大手町二丁目12番1号）のように、誰でも知っている情報は問題ありません。\n\n"
    "チェック4　パスワードやシステムの情報が入っていないか\n"
    "　エラーの原因を調べたいときに、設定ファイルやログをそのまま貼り付けてしまう例があります。"
    "パスワード、APIキー、サーバのアドレス、庁内システムのURLが含まれていないか確認してください。"
    "必要な部分だけを残し、アドレスやキーは「xxx」に置き換えましょう。\n\n"
    "チェック5　「秘」「取扱注意」などの表示がある文書ではないか\n"
    "　表示のある文書は、一部分であっても入力できません。表示がなくても、内容によっては入力できないものがあります（チェック2）。"
    "なお、「秘書課」「神秘」のように、たまたま「秘」の字が入っている言葉は関係ありません。\n\n"
    "チェック6　答えをそのまま使おうとしていないか\n"
    "　生成AIの答えには、誤りや古い情報が含まれることがあります。法令の条文、制度の金額、日付などは、必ず原典で確認してください。"
    "市民への回答や政策の判断に、そのまま使ってはいけません。最終的な責任は、使った職員にあります。\n\n"
    "チェック7　業務で使っているか\n"
    "　私的な調べものや、業務と関係のない文章づくりには使いません。\n\n"
    "困ったときは\n"
    "　判断に迷ったときは、入力する前に係長に相談してください。"
    "システムの使い方の質問は、Teamsの全庁チームの「ChatGPT」チャンネルに投稿すると、情報政策課が答えてくれます。\n\n"
    "付録：よくある質問\n"
    "　Q1　市民からの問い合わせメールを、名前を消して貼り付けるのはよいですか。\n"
    "　A1　名前だけでなく、住所、電話番号、本文中の具体的な事情も消してください。問い合わせの趣旨だけを自分の言葉で書き直すのが安全です。\n"
    "　Q2　議会の一般質問の答弁案を作らせたいのですが。\n"
    "　A2　答弁案は意思決定の途中の情報です。質問の通告内容が公開済みであっても、検討中の市の考え方は入力しないでください。"
    "一般論としての論点整理に使うのは構いません。\n"
    "　Q3　公表済みの統計（人口、出生数など）を使ってグラフの説明文を作らせるのはよいですか。\n"
    "　A3　問題ありません。数値は最新の公表値で確認してください。\n"
    "　Q4　英文メールの翻訳をさせるとき、相手の名前は入れてもよいですか。\n"
    "　A4　個人の名前は入れないでください。「Dear [Name]」のように置き換え、翻訳後に自分で書き戻しましょう。\n"
    "　Q5　Excelの関数を教えてもらうとき、実際の表を貼り付けてもよいですか。\n"
    "　A5　列の見出しと、架空の数値を2〜3行入れたサンプルにしてください。氏名や番号の列がある場合は「氏名1」「0000」のように置き換えます。"
    "公表済みの統計表や、企業名だけが並んだ支出の集計表であれば、そのまま使って構いません。\n"
    "　Q6　「予定価格とは何か」「人事評価の面談のコツ」のような質問はしてもよいですか。\n"
    "　A6　一般的な仕組みや考え方を聞くのは問題ありません。入力してはいけないのは、個別の案件の具体的な金額や、発表前の人事の中身です。\n"
    "　Q7　県から届いた照会文書の回答案を作らせたいのですが。\n"
    "　A7　照会の内容によります。公表を前提としない照会（調査中の事案、協議中の案件など）は入力しないでください。"
    "公表済みの調査の様式に沿った回答であれば、様式の書き方を聞く程度にとどめましょう。\n"
    "　Q8　会議の録音を文字にしたものを要約させてもよいですか。\n"
    "　A8　公開の会議で、発言者を役職名に置き換えたものであれば構いません。非公開の会議や、市民の個別の相談を含むものは入力できません。\n"
    "　Q9　歴史上の人物や有名人の名前は入力してもよいですか。\n"
    "　A9　問題ありません。萩原朔太郎の詩の紹介文や、徳川家康に関する講座のチラシなどは、どんどん活用してください。"
)
add("rules_questions", long_rules, "allow", [], [],
    "very long checklist about the AI rules themselves: mentions every forbidden category in the abstract, "
    "allowlisted switchboard/address, 秘書課・神秘")

# ---- famous_people (allow)
add("famous_people",
    "萩原朔太郎の詩集『月に吠える』の刊行を記念する文学館の企画展について、チラシのキャッチコピーを5案ください。",
    "allow", [], [],
    "Maebashi-born poet")

add("famous_people",
    "初代群馬県令の楫取素彦が、県庁を前橋に移すために果たした役割を、歴史講座の資料として400字でまとめてください。",
    "allow", [], [],
    "historical figure")

add("famous_people",
    "中学校の始業式で、大谷翔平選手が高校時代に作った目標達成シートの話を紹介したいです。生徒に伝わる3分間の話を書いてください。",
    "allow", [], [],
    "famous living athlete")

add("famous_people",
    "群馬県の山本一太知事が定例記者会見で発表した新しい子育て支援策（県のホームページに掲載）について、"
    "市としての関連事業を整理する表の見出しを考えてください。",
    "allow", [], [],
    "prefectural governor named in his public role")

add("famous_people",
    "For a staff training slide, give me three short quotes about curiosity by Marie Curie or Albert Einstein, "
    "with a one-line Japanese translation for each.",
    "allow", [], [],
    "famous people in English")

# ---- places_public (allow)
add("places_public",
    "田口町、関根町、青柳町、荒牧町を回るコミュニティバスの新しい路線のお知らせです。停留所の案内文を、高齢者にも分かりやすく作ってください。",
    "allow", [], [],
    "town names that look like surnames")

add("places_public",
    "大胡・宮城・粕川の3地区の公民館が合同で開く「赤城山麓ふるさと文化祭」の案内文を作ってください。",
    "allow", [], [],
    "district names that look like surnames")

add("places_public",
    "臨江閣と前橋公園、るなぱあくを半日で回る家族向けのモデルコースを作ってください。昼食の場所の候補も入れてください。",
    "allow", [], [],
    "public sights")

add("places_public",
    "マイナンバーカードの休日交付窓口のお知らせです。場所は「前橋市役所 本庁舎1階（〒371-8601 前橋市大手町二丁目12番1号）」、"
    "問い合わせは「027-224-1111（代表）」です。持ち物の案内も加えて、お知らせ全体を作ってください。",
    "allow", [], [],
    "allowlisted city-hall address and switchboard")

# ---- public_contact (not_block)
add("public_contact",
    "県の補助事業の説明会チラシに「会場：群馬県庁 昭和庁舎（前橋市大手町一丁目1番1号）」と入れます。会場への行き方の案内文を作ってください。",
    "not_block", [], [],
    "public address of the prefectural office")

sec_tel = "027-" + rng.choice(["210", "220", "230"]) + "-" + digits(4)
add("public_contact",
    f"健康診断の受診勧奨はがきの文案を作ってください。末尾に「問い合わせ：前橋市保健所 健康増進課 {sec_tel}」と入れます。",
    "not_block", [], [],
    "a department's published direct line")

add("public_contact",
    "子ども食堂の支援者募集の記事の最後に、「申込み・問い合わせ：子育て施策課（kosodate-shisaku@city.maebashi.gunma.jp）」と書きます。本文を300字で作ってください。",
    "not_block", [], [],
    "a department's public e-mail")

fax = "027-" + rng.choice(["243", "221"]) + "-" + digits(4)
add("public_contact",
    f"聴覚に障害のある方向けに、FAXでの問い合わせ先「障害福祉課 FAX {fax}」を案内する文を、やさしい日本語で作ってください。",
    "not_block", [], [],
    "a department's public fax number")

# ---- numbers_codes (allow)
trk = gen_invalid(12)
add("numbers_codes",
    f"備品を発送した宅配便のお問い合わせ伝票番号が {group(trk, [4, 4, 4], '-')} です。配達状況を先方に伝えるメールを短く作ってください。",
    "allow", [], [],
    "12-digit tracking number that fails the My Number and licence checks")

isbns = [gen_ean13("9784") for _ in range(3)]
add("numbers_codes",
    "図書館の選書リストです。ISBNから書名を自動で引く方法はありますか。\n"
    + "\n".join(f"ISBN {i[:3]}-{i[3]}-{i[4:8]}-{i[8:12]}-{i[12]}" for i in isbns),
    "allow", [], [],
    "ISBN-13 values (valid ISBN, fail Luhn)")

corp = gen_corporate_number()
add("numbers_codes",
    f"委託契約書の相手方欄に「株式会社まえばしデータサービス（法人番号 {corp}）」と入れました。法人番号を契約書に書く意味を教えてください。",
    "allow", [], [],
    "corporate number (public, valid corporate check digit)")

nofu = gen_invalid(16)
add("numbers_codes",
    f"納付書の納付番号 {group(nofu, [4, 4, 4, 4], ' ')} をスマホ決済アプリで読み込めないと、窓口で市民に言われました。"
    "読み取れない理由として多いものを、市民への説明用に箇条書きでまとめてください。",
    "allow", [], [],
    "16-digit payment reference that fails Luhn")

uke = gen_invalid(11)
add("numbers_codes",
    f"電子申請の受付番号（{uke}）で申請状況を照会できる画面の説明文を作ってください。あわせて、"
    "令和7年度の電子申請件数12,480件、前年度比136％という実績も一文で入れてください。",
    "allow", [], [],
    "11-digit receipt number that fails the resident-code check, plus statistics")

# ---- excel_formulas (allow)
add("excel_formulas",
    "B列に生年月日が入っている名簿で、今日時点の年齢をC列に出したいです。=DATEDIF(B2,TODAY(),\"Y\") で合っていますか。"
    "4月1日時点の年齢（学年の計算）にしたい場合も教えてください。",
    "allow", [], [],
    "age formula, column reference only")

add("excel_formulas",
    "個人番号の列（A列、12桁の文字列）を、画面表示用に下4桁だけ見える形「********1234」にしたいです。"
    "=REPLACE(A2,1,8,\"********\") で大丈夫ですか。元データを残す方法も教えてください。",
    "allow", [], [],
    "masking formula about My Number, no actual number")

add("excel_formulas",
    "=SUMIFS(予算!$E:$E,予算!$B:$B,$A5,予算!$C:$C,\">=\"&DATE(2026,4,1)) が 0 になります。B列は「款」、C列は日付です。どこを確認すればいいですか。",
    "allow", [], [],
    "SUMIFS debugging")

add("excel_formulas",
    "施設の予約一覧から、部屋ごとの予約件数を自動で集計したいです。=UNIQUE(B2:B400) と COUNTIF を組み合わせる方法と、"
    "Excel 2016 でも使える方法の両方を教えてください。",
    "allow", [], [],
    "UNIQUE/COUNTIF question")

add("excel_formulas",
    "期限（D列）が今日から7日以内の行だけ黄色、過ぎた行は赤にする条件付き書式の数式を教えてください。=AND($D2>=TODAY(),$D2<=TODAY()+7) のような形ですか。",
    "allow", [], [],
    "conditional formatting")

jans = [gen_ean13("49") for _ in range(4)]
add("excel_formulas",
    "備蓄品の在庫表です。JANコードで品名マスタから品名を引きたいので、XLOOKUPの式を教えてください。"
    "コードが数値と文字列で混ざっているようです。\n"
    "JAN,数量,保管場所\n"
    f"{jans[0]},120,第1倉庫\n{jans[1]},48,第1倉庫\n{jans[2]},300,第2倉庫\n{jans[3]},36,本庁舎地下",
    "allow", [], [],
    "JAN codes in CSV (fail Luhn and ID checks)")

add("excel_formulas",
    "=NETWORKDAYS(A2,B2,祝日!$A$2:$A$30) で開庁日数を数えていますが、年末年始（12月29日〜1月3日）も除きたいです。"
    "祝日シートに足す以外の方法はありますか。",
    "allow", [], [],
    "NETWORKDAYS question")

facs = ["中央公民館", "東公民館", "南公民館", "総合福祉会館", "市民文化会館", "生涯学習センター"]
uses = ["ホール", "会議室A", "会議室B", "和室", "調理室"]
lines = ["施設,部屋,月,利用件数,利用人数,使用料"]
for m in range(4, 10):
    for f in facs[:6]:
        u = rng.choice(uses)
        lines.append(f"{f},{u},{m}月,{rng.randint(8, 60)},{rng.randint(80, 1500)},{rng.randint(5, 90) * 1000}")
long_csv = ("公民館などの利用実績を四半期ごとにまとめたいです。下のデータ（実際は1年分）で、施設ごと・四半期ごとの利用人数と使用料の合計を出す式を教えてください。"
            "月は「4月」のような文字列で入っています。SUMPRODUCTを使う方法と、LET関数を使って読みやすくする方法の両方を知りたいです。\n\n"
            + "\n".join(lines) + "\n\n四半期は4〜6月を第1四半期とします。")
add("excel_formulas", long_csv, "allow", [], [],
    "long CSV of public facility usage, no personal data")

# ---- code (allow)
add("code",
    "CSVの重複行を削除するPythonです。最初の行を残すか最後の行を残すか選べるようにしたいです。\n"
    "import pandas as pd\n"
    "df = pd.read_csv(\"input.csv\", encoding=\"cp932\")\n"
    "df = df.drop_duplicates(subset=[\"受付番号\"])\n"
    "df.to_csv(\"output.csv\", index=False, encoding=\"cp932\")",
    "allow", [], [],
    "pandas dedupe")

add("code",
    "PowerShellで、デスクトップにある「報告書_*.xlsx」を、日付ごとのフォルダに振り分けて移動したいです。\n"
    "Get-ChildItem \"$env:USERPROFILE\\Desktop\\報告書_*.xlsx\" | ForEach-Object { $_.LastWriteTime.ToString('yyyyMMdd') }\n"
    "ここからフォルダを作って移動する部分の書き方を教えてください。",
    "allow", [], [],
    "PowerShell with local paths only")

add("code",
    "電話番号らしき文字列を見つける正規表現を作りたいです。市外局番の桁数が違っても、ハイフンあり・なしの両方にマッチするパターンを、"
    "Pythonの re で書いてください。テスト用の文字列も、実在しない形で作ってください。",
    "allow", [], [],
    "regex question about phone numbers, no number")

add("code",
    "SQLの質問です。SELECT 施設名, COUNT(*) FROM 予約 WHERE 予約日 BETWEEN '2026-04-01' AND '2026-06-30' GROUP BY 施設名; "
    "の結果を、件数の多い順に上位5件だけにするにはどうしますか。SQL Server と PostgreSQL で書き方は違いますか。",
    "allow", [], [],
    "SQL question")

# ---- translation (allow)
add("translation",
    "ごみの分別ルールの次の文を、ポルトガル語とやさしい日本語に訳してください。「スプレー缶は中身を使い切ってから、穴を開けずに「有害ごみ」の日に出してください。」",
    "allow", [], [],
    "garbage rule translation")

add("translation",
    "Please translate into natural Japanese: \"On behalf of the Village of Hinsdale, we would like to thank the City of Maebashi for "
    "welcoming our student delegation last summer. The homestay experience left a lasting impression on everyone.\"",
    "allow", [], [],
    "sister-city letter, organisations only")

add("translation",
    "保育園の入園説明会のお知らせ「持ち物：母子健康手帳、印鑑、筆記用具。駐車場が少ないので、なるべく徒歩か自転車でお越しください。」をベトナム語に訳してください。",
    "allow", [], [],
    "nursery notice to Vietnamese")

add("translation",
    "市のホームページの英語版に載せる一文を訳してください。「前橋市は、赤城山のふもとに広がる、水と緑と詩のまちです。」"
    "直訳ではなく、観光客が読みたくなる表現にしてください。",
    "allow", [], [],
    "city tagline")

# ---- secret_lookalike (allow)
add("secret_lookalike",
    "健康づくり教室の「便秘を防ぐ食事と運動」の回の案内文を作ってください。対象は60歳以上の市民です。",
    "allow", [], [],
    "便秘 contains 秘")

add("secret_lookalike",
    "防災備蓄品を他市に送るとき、段ボールに貼る「取扱注意」「天地無用」「ワレモノ」のシールの英語表記を教えてください。",
    "allow", [], [],
    "取扱注意 as a parcel sticker, not a document marking")

add("secret_lookalike",
    "赤城山麓の秘湯と、知る人ぞ知る紅葉の穴場を紹介する観光パンフレットのページの文案を作ってください。",
    "allow", [], [],
    "秘湯 tourism")

add("secret_lookalike",
    "夏休みの子ども向け講座「森の中に秘密基地をつくろう」の参加者募集の文章を、小学生がわくわくするように書いてください。",
    "allow", [], [],
    "秘密基地 in a children's event")

# ---- ideas (allow)
add("ideas",
    "市民課の窓口の待ち時間が長いという声が多いです。お金をあまりかけずにできる改善のアイデアを10個出してください。",
    "allow", [], [],
    "service improvement ideas")

add("ideas",
    "若い世代の移住を増やすために、市の公式Instagramで発信するとよいテーマを、季節ごとに3つずつ考えてください。",
    "allow", [], [],
    "SNS ideas")

add("ideas",
    "ノー残業デーを形だけにしないための工夫を、管理職向けと職員向けに分けて提案してください。",
    "allow", [], [],
    "work-style ideas")


# ---------------------------------------------------------------- write
def main():
    order = list(range(len(cases)))
    rng.shuffle(order)
    out = []
    for n, i in enumerate(order, 1):
        c = cases[i]
        out.append({"id": f"s-{n:03d}", "cat": c["cat"], "text": c["text"], "expect": c["expect"],
                    "types": c["types"], "secrets": c["secrets"], "note": c["note"]})
    for c in out:
        for s in c["secrets"]:
            assert s in c["text"], (c["id"], s)
        assert c["expect"] in ("block", "allow", "not_allow", "not_block"), c["id"]
    with open(OUT, "w", encoding="utf-8") as f:
        for c in out:
            f.write(json.dumps(c, ensure_ascii=False) + "\n")
    print(f"wrote {len(out)} cases to {OUT}")


if __name__ == "__main__":
    main()
