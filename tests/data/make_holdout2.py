#!/usr/bin/env python3
"""Generate tests/data/holdout2.jsonl: an independent held-out stand-in corpus.

Written without reading service/ or tests/ (only the spec, the guideline, the eval
README and dev.jsonl for conventions).  All personal data is synthetic.  ID numbers
on the block side are generated with valid check digits; numbers on the allow side
are asserted to FAIL the My Number / resident-code / driving-licence / Luhn checks.

    python3 tests/data/make_holdout2.py     # rewrites tests/data/holdout2.jsonl
"""
from __future__ import annotations

import json
import random
import re
import unicodedata
from pathlib import Path

RNG = random.Random(20260612)
OUT = Path(__file__).with_name("holdout2.jsonl")


# ---------------------------------------------------------------- check digits
def mynumber_ok(s: str) -> bool:
    d = [int(c) for c in s]
    if len(d) != 12:
        return False
    w = [6, 5, 4, 3, 2, 7, 6, 5, 4, 3, 2]
    r = sum(a * b for a, b in zip(d[:11], w)) % 11
    return d[11] == (0 if r <= 1 else 11 - r)


def mynumber(rng=RNG) -> str:
    base = [rng.randint(1, 9)] + [rng.randint(0, 9) for _ in range(10)]
    w = [6, 5, 4, 3, 2, 7, 6, 5, 4, 3, 2]
    r = sum(a * b for a, b in zip(base, w)) % 11
    s = "".join(map(str, base + [0 if r <= 1 else 11 - r]))
    assert mynumber_ok(s)
    return s


def luhn_ok(s: str) -> bool:
    tot = 0
    for i, c in enumerate(reversed(s)):
        v = int(c)
        if i % 2 == 1:
            v *= 2
            if v > 9:
                v -= 9
        tot += v
    return tot % 10 == 0


def luhn(prefix: str, length: int, rng=RNG) -> str:
    body = prefix + "".join(str(rng.randint(0, 9)) for _ in range(length - len(prefix) - 1))
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c
    raise AssertionError


def resident_code_ok(s: str) -> bool:  # best guess, used only to make allow numbers FAIL
    d = [int(c) for c in s]
    if len(d) != 11:
        return False
    w = [6, 5, 4, 3, 2, 7, 6, 5, 4, 3]
    r = sum(a * b for a, b in zip(d[:10], w)) % 11
    return d[10] == (0 if r <= 1 else 11 - r)


def licence_ok(s: str) -> bool:  # best guess(es), used only to make allow numbers FAIL
    d = [int(c) for c in s]
    if len(d) != 12:
        return False
    w = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2]
    r = sum(a * b for a, b in zip(d[:10], w)) % 11
    return d[10] in {(0 if r <= 1 else 11 - r), r % 10, (11 - r) % 10}


def ean13(prefix12: str) -> str:
    s = sum(int(c) * (1 if i % 2 == 0 else 3) for i, c in enumerate(prefix12))
    return prefix12 + str((10 - s % 10) % 10)


def corp_number(base12: str) -> str:
    # 法人番号: check digit first; P_n from the right of the 12 base digits, Q_n = 1 (odd n) / 2 (even n)
    tot = sum(int(c) * (1 if n % 2 == 1 else 2) for n, c in enumerate(reversed(base12), start=1))
    return str(9 - tot % 9) + base12


def allow_number_fails(num: str) -> bool:
    if len(num) == 12 and (mynumber_ok(num) or licence_ok(num)):
        return False
    if len(num) == 11 and resident_code_ok(num):
        return False
    if 12 <= len(num) <= 19 and luhn_ok(num):
        return False
    return True


def fresh(gen, *args):
    """Draw from gen until the number fails every personal-ID check (args are re-evaluated if callables)."""
    while True:
        v = gen(*[a() if callable(a) else a for a in args])
        if allow_number_fails(re.sub(r"\D", "", v)):
            return v


def rnd_digits(n: int, rng=RNG, first="123456789") -> str:
    return rng.choice(first) + "".join(str(rng.randint(0, 9)) for _ in range(n - 1))


def g4(s: str, sep=" ") -> str:
    return sep.join(s[i:i + 4] for i in range(0, len(s), 4))


def fw(s: str) -> str:
    """ASCII digits/hyphen/letters to full width."""
    out = []
    for c in s:
        if c == "-":
            out.append("－")
        elif c == " ":
            out.append("　")
        elif "!" <= c <= "~":
            out.append(chr(ord(c) + 0xFEE0))
        else:
            out.append(c)
    return "".join(out)


CASES: list[dict] = []


def C(cat, expect, text, types=(), secrets=(), note=""):
    CASES.append({"cat": cat, "text": text, "expect": expect, "types": list(types),
                  "secrets": list(secrets), "note": note})


# ---------------------------------------------------------------- generated values
MN = [mynumber() for _ in range(8)]
CC_JCB = luhn("3541", 16)
CC_AMEX = luhn("37", 15)
CC_MC = luhn("5250", 16)
CC_VISA = luhn("4980", 16)


# ================================================================= BLOCK SIDE
# ---------------------------------------------------------------- names
C("names", "block",
  "以下のTeamsのやり取りを、引き継ぎ用に3行の箇条書きにしてください。\n\n"
  "[9:14] 窓口担当: 午前中に来庁された𠮷田 美穂さん、転出証明書の控えを受け取らずに帰られました\n"
  "[9:15] 係長: 了解です。郵送でよいか本人に確認してください\n"
  "[9:31] 窓口担当: 確認しました。郵送希望とのことです\n"
  "[9:32] 係長: では本日中に簡易書留で発送をお願いします👍",
  ["PERSON"], ["𠮷田 美穂"],
  "Teams log naming a resident whose surname uses 𠮷 (non-BMP)")

C("names", "block",
  "防災訓練の参加者を4つの班に分けたいです。年齢のバランスがよくなるような分け方の考え方を教えてください。名簿は次のとおりです。\n"
  "アオキ ソウタ（中学生）\nヌマタ ミユ（70代）\nフチガミ レン（40代）\nカネコ チヨ（80代）\nオオツカ ハルト（小学生）",
  ["PERSON"], ["アオキ ソウタ", "ヌマタ ミユ", "フチガミ レン", "カネコ チヨ", "オオツカ ハルト"],
  "participant list in katakana names only")

C("names", "block",
  "園だよりの「今月のきらきら」コーナーの文章を、あたたかい雰囲気に整えてください。\n"
  "・石関 ひなたくんが、年少さんの靴をそろえてあげていました。\n"
  "・宇佐美 心愛ちゃんは、苦手だった鉄棒の前回りができるようになりました。\n"
  "・みんなでさつまいもを収穫し、おやつのスイートポテトにしました。",
  ["PERSON"], ["石関 ひなた", "宇佐美 心愛"],
  "nursery newsletter naming children with くん/ちゃん")

C("names", "block",
  "学童保育の利用申込の記録を、受付簿の1行（30字以内）に要約してください。\n"
  "対象児 阿久澤 湊（7歳）\n在籍 桃井小学校 2年\n利用希望 月・水・金 下校後〜18時\n備考 祖母が迎え",
  ["PERSON"], ["阿久澤 湊"],
  "child named without any honorific in a record line")

C("names", "block",
  "Please help me reply politely in simple English to this message we received through the city website form.\n\n"
  "Name: Rodrigo Hiroshi Nakamura\nMessage: \"I put my old sofa out on the wrong day and now there is a yellow sticker on it. "
  "What should I do? I am sorry, I did not understand the calendar.\"",
  ["PERSON"], ["Rodrigo Hiroshi Nakamura"],
  "web-form message from a Nikkei resident, romaji name")

C("names", "block",
  "市民功労表彰式の読み上げ原稿を作ってください。1人あたり40秒程度です。\n"
  "一　髙橋 澄子 様　民生委員・児童委員として23年\n"
  "一　山﨑 一之 様　交通安全協会支部長として17年\n"
  "一　渡邉 ミツ 様　食生活改善推進員として31年",
  ["PERSON"], ["髙橋 澄子", "山﨑 一之", "渡邉 ミツ"],
  "award ceremony script; 髙/﨑/邉 variant kanji")

C("names", "block",
  "電話受付メモを、担当の学校教育課に回すメールにしてください。\n"
  "受付 6/18 10:40\nふじた あおいさん（桃瀬小4年の保護者）より。登校班の集合場所が変わったが連絡がなかったとのこと。折り返し希望。",
  ["PERSON"], ["ふじた あおい"],
  "hiragana full name of a parent in a phone memo")

C("names", "block",
  "次の要望書への回答文を作ってください。\n\n"
  "前橋市長 様\n\n　富士見町石井地区の県道沿いの街路灯が、春から2基続けて消えたままになっています。夜間、"
  "中学生が自転車で通る道なので、早急に修理をお願いします。\n\n令和8年6月9日\n　　　　　　　　　　石井地区 住民\n　　　　　　　　　　東海林 貴之",
  ["PERSON"], ["東海林 貴之"],
  "letter signed by a resident (rare surname), addressed to the mayor by title only")

C("names", "block",
  "日本語教室の修了証の文面を作ってください。中国語の読み仮名も付けたいです。\n"
  "受講者：王 子涵（ワン ズーハン）さん　受講期間：令和8年4月〜9月　出席：22回／24回",
  ["PERSON"], ["王 子涵", "ワン ズーハン"],
  "Chinese resident's name in kanji with katakana reading")

# ---------------------------------------------------------------- id_numbers
C("id_numbers", "block",
  "申請フォームの内容をコピーしました。項目名を正式な様式の用語に直してください。\n"
  "氏名：善養寺 真由\nフリガナ：ゼンヨウジ マユ\n個人番号：" + MN[0] + "\n申請区分：児童手当 認定請求\n受取口座：本人名義",
  ["JP_MY_NUMBER", "PERSON"], ["善養寺 真由", MN[0]],
  "key: value form paste with an unseparated My Number")

_ocr_mn = " ".join(MN[1])
C("id_numbers", "block",
  "スキャンした申請書をOCRにかけたら次のように崩れました。元の表の形に戻してください。\n\n"
  "申 請 者　仲村　環\n個 人 番 号　" + _ocr_mn + "\n届 出 日　令 和 ８ 年 ６ 月 ２ 日\n世 帯 主 と の 続 柄　妻",
  ["JP_MY_NUMBER", "PERSON"], ["仲村　環", _ocr_mn],
  "OCR text: every digit of a My Number separated by a space")

C("id_numbers", "block",
  "このTSVをExcelで開くと2列目が指数表示になります。文字列として取り込む手順を教えてください。\n\n"
  "氏名\t個人番号\t異動日\n"
  "塚越 奏太\t" + MN[2] + "\t2026/04/01\n"
  "矢島 さくら\t" + MN[3] + "\t2026/04/15\n",
  ["JP_MY_NUMBER", "PERSON"], ["塚越 奏太", "矢島 さくら", MN[2], MN[3]],
  "TSV export: names and My Numbers")

C("id_numbers", "block",
  "電話で、市民の方から「通知カードに書いてある番号」として " + g4(MN[4], "-") +
  " を読み上げられました。電話口で番号を聞き取ってメモしてよいのか、職員向けの注意書きを作ってください。",
  ["JP_MY_NUMBER"], [g4(MN[4], "-")],
  "My Number described as the number on the 通知カード, without the word マイナンバー")

C("id_numbers", "block",
  "海外転出届の添付メモです。文章を整えてください。\n転出者：塚越 玲奈　旅券番号：TK5519038　転出予定日：7月20日　転出先：シンガポール",
  ["JP_PASSPORT", "PERSON"], ["塚越 玲奈", "TK5519038"],
  "Japanese passport number in a move-abroad memo")

C("id_numbers", "block",
  "次の表を、外国人住民の転入手続きのチェックリストに作り直してください。\n\n"
  "| 項目 | 内容 |\n|---|---|\n| 氏名 | SHRESTHA BIKASH（シュレスタ ビカス） |\n| 在留カード番号 | RW73920418GK |\n"
  "| 在留資格 | 技術・人文知識・国際業務 |\n| 在留期間満了日 | 2028年3月31日 |",
  ["JP_RESIDENCE_CARD", "PERSON"], ["SHRESTHA BIKASH", "シュレスタ ビカス", "RW73920418GK"],
  "markdown table: residence card of a Nepali resident")

C("id_numbers", "block",
  "以下のメールへの返信を作ってください。年金事務所を案内する内容にしたいです。\n\n"
  "> 市民課 ご担当者様\n> 先日窓口で相談した者です。基礎年金番号は 5803-117264、氏名は須永 利一です。\n"
  "> 60歳以降も国民年金に任意加入できるか知りたいです。\n> よろしくお願いします。",
  ["JP_PENSION_NUMBER", "PERSON"], ["5803-117264", "須永 利一"],
  "quoted e-mail with a basic pension number")

C("id_numbers", "block",
  "介護保険の住所地特例の説明文を、ご家族向けにわかりやすくしてください。\n"
  "対象：小暮 ハツ 様（被保険者番号 0003418729）　特別養護老人ホームへの入所に伴い高崎市へ住所を移す予定。",
  ["JP_HEALTH_INSURANCE", "PERSON"], ["小暮 ハツ", "0003418729"],
  "long-term-care insured number (10 digits) with an elderly katakana given name")

C("id_numbers", "block",
  "@ITヘルプ the e-application form keeps rejecting this My Number: " + g4(MN[5]) +
  " — applicant is Kenji Obata. Is it a check-digit problem or a bug on our side? 急ぎです。",
  ["JP_MY_NUMBER", "PERSON"], [g4(MN[5]), "Kenji Obata"],
  "English/Japanese chat message with a My Number and romaji name")

C("id_numbers", "block",
  "年末調整の扶養控除等申告書の書き写しです。記入漏れがないか確認してください。\n"
  "源泉控除対象配偶者　氏名 井田 香織　個人番号 " + fw(MN[6]) + "　生年月日 昭和59年7月3日　所得見積額 38万円",
  ["JP_MY_NUMBER", "PERSON", "DATE_OF_BIRTH"], ["井田 香織", fw(MN[6]), "昭和59年7月3日"],
  "spouse on a year-end tax form: full-width My Number and Showa birth date")

C("id_numbers", "block",
  "後期高齢者医療の保険証の再交付申請の記録を、引継ぎ簿の形式にしてください。\n"
  "申請者 北原 勘一（被保険者番号 00213857）紛失のため。代理人は長女。",
  ["JP_HEALTH_INSURANCE", "PERSON"], ["北原 勘一", "00213857"],
  "8-digit latter-stage-elderly insured number")

C("id_numbers", "block",
  "Zairyu card renewal reminder — please translate into Nepali-friendly simple Japanese (やさしい日本語).\n"
  "To: BISTA Sunita / card no. PQ20581736EF / expires 2026-09-30",
  ["JP_RESIDENCE_CARD", "PERSON"], ["BISTA Sunita", "PQ20581736EF"],
  "residence card number in an English reminder")

# ---------------------------------------------------------------- case_records
C("case_records", "block",
  "相談受付票の内容を、支援調整会議に出す1枚の概要にまとめてください。\n"
  "受付日：2026/05/28\n相談者：星野 こずえ\n生年月日：1987/11/02\n電話：090 6124 3387\n"
  "相談内容：夫の失職で家賃を2か月滞納。住居確保給付金の対象になるか知りたい。小学生の子が2人。",
  ["PERSON", "DATE_OF_BIRTH", "PHONE_NUMBER"], ["星野 こずえ", "1987/11/02", "090 6124 3387"],
  "intake form as key: value lines; slash DOB, space-separated mobile")

_long_case = (
  "次の支援会議の記録を、上司に報告するために800字程度に要約してください。固有名詞は不要です。\n\n"
  "令和8年度 第2回 ケース支援会議 記録\n"
  "日時：令和8年6月4日（木）14:00〜15:30\n場所：保健センター 2階 小会議室\n"
  "出席：こども支援課（2名）、保健センター（保健師1名）、学校（教頭、担任、養護教諭）、スクールソーシャルワーカー、主任児童委員\n\n"
  "1 ケースの概要\n"
  "　本児は小学3年生。母と二人暮らし。昨年度末から遅刻と欠席が増え、4月以降は週に2日程度しか登校できていない。"
  "登校した日も朝食をとっていない様子が続いており、給食をおかわりすることが多い。担任によれば、学習面では大きな遅れはないが、"
  "宿題の提出がほとんどなく、連絡帳の確認印も4月以降は押されていない。\n"
  "　母はパートタイムで飲食店に勤務しているが、勤務時間が夜間に変わったため、朝の送り出しが難しくなっている可能性がある。"
  "母方の祖父母は県外在住で、日常的な支援は期待できない。\n\n"
  "　保健センターの記録によれば、本児は出生時に低体重であったが、その後の乳幼児健診では発達上の大きな課題は指摘されていない。"
  "保育園には4歳から通っており、園からは「明るく、友だちとの関わりも良好だった」との引継ぎを受けている。"
  "小学校1・2年生の間は、欠席は年に数日程度で、忘れ物が多い以外には目立った課題はなかった。"
  "2年生の3学期に、母の勤務先が変わったことをきっかけに、生活のリズムが崩れ始めたとみられる。\n"
  "　本児は絵を描くことが好きで、図工の時間には集中して取り組む。休み時間は図書室で過ごすことが多く、"
  "特定の友人とのトラブルは報告されていない。一方で、体育の授業では疲れやすく、見学を申し出ることが増えている。"
  "養護教諭によれば、保健室で「眠い」「おなかがすいた」と訴えることが週に1〜2回ある。\n\n"
  "2 これまでの経過\n"
  "　4月中旬、担任が家庭訪問を行ったが不在。不在票を投函したところ、翌日に母から電話があり、「仕事が忙しく、朝起きられない」との話があった。"
  "5月の連休明けには養護教諭が本児と面談し、本児は「朝はひとりで起きている」「お母さんは寝ている」と話した。"
  "5月下旬、保健センターが乳幼児期の記録を確認したところ、3歳児健診の際に母から育児の負担感について相談があったことが分かった。\n"
  "　6月1日、スクールソーシャルワーカーが母と面談。母は疲れた様子で、「誰にも頼れない」「学校から電話が来るのがつらい」と話した。"
  "経済的な困りごとについては、はっきりとは答えなかった。\n\n"
  "3 協議内容\n"
  "　（1）本児の安全確認について、現時点で身体的な虐待をうかがわせる所見はない。ただし、朝食の欠食や身なりの乱れが続いていることから、"
  "ネグレクトの可能性を念頭に置いて見守りを続けることを確認した。\n"
  "　（2）母への支援として、ひとり親家庭向けの相談窓口と、ファミリー・サポート・センターの朝の送り出し支援を紹介する。"
  "面談の際には、学校からの連絡が母の負担になっていることに配慮し、連絡の窓口をスクールソーシャルワーカーに一本化する。\n"
  "　（3）母から聞き取った内容として、同じアパートに住む知人の宮下 絢音さんが、ときどき本児を夕食に呼んでくれているとの情報があった。"
  "地域のつながりとして貴重であるが、支援の担い手として過度な期待をかけないよう留意する。\n"
  "　（4）学校は、登校した日に朝の補食（牛乳とパン）を用意できるか、学校給食課と調整する。\n"
  "　（5）主任児童委員は、通学路での声かけを行い、本児の様子に変化があればこども支援課に連絡する。\n\n"
  "　（6）経済的な支援については、就学援助の申請状況を学務課に確認したところ、今年度の申請はまだ出ていなかった。"
  "制度の案内を改めて母に行い、申請書の記入を手伝うことを、スクールソーシャルワーカーの次回面談の目標とする。"
  "あわせて、児童扶養手当の現況届の提出状況についても、子育て支援課に確認する。\n"
  "　（7）本児本人への関わりとして、担任が毎朝の出欠確認の際に声をかけ、登校した日には必ず前向きな言葉をかけることを確認した。"
  "欠席が続いた場合の家庭訪問は、担任と養護教諭の2名で行い、訪問の記録は共有フォルダの所定の様式に残す。"
  "本児が安心して話せる大人を校内に確保することが大切であり、図書室の司書とも情報を共有する。\n"
  "　（8）夏休み中の昼食の確保が課題として挙がった。地域のこども食堂（月2回開催）や、学習支援教室での軽食提供の情報を、"
  "母の負担にならない形で伝える。\n\n"
  "4 役割分担\n"
  "　こども支援課：ケースの進行管理、関係機関との連絡調整、次回会議の招集\n"
  "　学校：出欠状況と本児の様子の記録、週1回のこども支援課への報告\n"
  "　保健センター：母の心身の状態の確認（必要に応じて精神保健相談を案内）\n"
  "　スクールソーシャルワーカー：母との定期面談（2週間に1回）\n"
  "　主任児童委員：地域での見守り\n\n"
  "5 次回の会議\n"
  "　7月上旬に開催する。それまでに状況が悪化した場合（連続3日以上の欠席、本児からの訴え、母と連絡が取れない状態が続く等）は、"
  "臨時にケース会議を開く。夏休み期間中の見守り体制についても、次回の会議で協議する。\n\n"
  "6 その他\n"
  "　記録の取扱いについては、関係機関ごとに保管し、会議資料は終了後に回収した。"
  "次回から、資料はあらかじめ番号を振り、配布と回収の確認を確実に行う。"
)
C("case_records", "block", _long_case, ["PERSON"], ["宮下 絢音"],
  "long (~2,000 chars) anonymised support-meeting record with one neighbour's name buried in the middle")

C("case_records", "block",
  "家庭訪問のあとのLINEのやり取りです。記録様式（日時・訪問者・状況・今後の対応）に整理してください。\n\n"
  "保健師A「今日14時、あまがわらの永井さん宅に行ってきました」\n"
  "保健師A「永井 結菜ちゃん（生後4か月）、体重の増えがゆるやか。ミルクの量を一緒に確認しました」\n"
  "保健師A「住所は天川原町一丁目8番地の14、アパートの2階です。駐車場なし」\n"
  "係長「ありがとう。来週また行けそう？」\n保健師A「はい、木曜に再訪予定です」",
  ["PERSON", "JP_ADDRESS"], ["永井 結菜", "一丁目8番地の14"],
  "LINE log of a home visit: infant name and address")

C("case_records", "block",
  "次の申請書（スキャンしてOCRしたもの）の誤認識を直して、読みやすくしてください。\n\n"
  "申　請　者　氏　名　　森 下　ゆ か り\n"
  "住　　　　所　　前 橋 市 広 瀬 町 一 丁 目 ２ ５ 番 地 ４\n"
  "電　話　番　号　　０２７（２６３）４８１９\n"
  "申 請 内 容　　ひとり親家庭等医療費受給資格の更新",
  ["PERSON", "JP_ADDRESS", "PHONE_NUMBER"], ["森 下　ゆ か り", "２ ５ 番 地 ４", "０２７（２６３）４８１９"],
  "OCR text with a space between every character (full-width digits)")

C("case_records", "block",
  "---------- Forwarded message ---------\n"
  "From: 学校教育課 就学係 <shugaku@city.maebashi.gunma.jp>\n"
  "Date: 2026年6月12日(金) 14:22\nSubject: 7月転入予定の児童について\nTo: 国際交流係\n\n"
  "お疲れさまです。下記の児童の日本語指導について、通訳の手配をご相談したく転送します。\n\n"
  "> 児童：Thapa Anish（10歳、小学4年相当）\n> 保護者：Thapa Kamala（母）\n> 家庭内言語：ネパール語。母は日本語での会話がほとんどできない。\n"
  "> 来日して3か月。前在籍校では日本語指導を週4時間受けていた。\n\n"
  "上の内容をもとに、通訳派遣の依頼文を作ってください。",
  ["PERSON"], ["Thapa Anish", "Thapa Kamala"],
  "forwarded e-mail with headers and quoted lines naming a foreign child and parent (department address is public)")

C("case_records", "block",
  "公用車の事故報告書の「事故の概要」欄を、時系列で書き直してください。\n"
  "令和8年6月3日 8時50分ごろ、国領町の交差点で、右折待ちをしていた公用車に後続車が追突。"
  "相手方：茂木 健太郎（会社員、34歳）　連絡先 090 4417 2863　双方けがなし。警察に届出済み。",
  ["PERSON", "PHONE_NUMBER"], ["茂木 健太郎", "090 4417 2863"],
  "accident report naming the other driver with his mobile")

C("case_records", "block",
  "窓口の受付ログ（CSV）から、年代別の件数を数える方法を教えてください。\n\n"
  "受付番号,氏名,生年月日,手続\n"
  "0611-01,三枝 陽菜,2001-08-14,転入\n"
  "0611-02,根岸 大和,1958-02-27,印鑑登録\n"
  "0611-03,リマ エドゥアルド,1979-12-05,住所変更\n",
  ["PERSON", "DATE_OF_BIRTH"], ["三枝 陽菜", "2001-08-14", "根岸 大和", "1958-02-27", "リマ エドゥアルド", "1979-12-05"],
  "CSV with names and ISO-format birth dates")

C("case_records", "block",
  "児童相談の初回記録を、要保護児童対策地域協議会の様式に合わせて整理してください。\n"
  "通告日 6月15日／通告者 近隣住民（匿名）\n"
  "児童 今井 りこちゃん（5歳、保育園年中）\n"
  "内容 夜間、子どもの泣き声と父親の怒鳴り声が頻繁に聞こえる。先週、腕にあざがあるのを見た。身体的虐待の疑い。",
  ["PERSON", "SENSITIVE_PERSONAL_INFO"], ["今井 りこ"],
  "child-abuse report naming a child (ちゃん)")

C("case_records", "block",
  "古いケース管理システムから出力した記録です。文章に直してください。\n"
  "R08.06.03 CW訪問 世帯主 ｳｴﾉ ﾀｶｼ（62） 生活保護受給中 通院（糖尿病）継続 就労指導は困難 次回7月",
  ["PERSON", "SENSITIVE_PERSONAL_INFO"], ["ｳｴﾉ ﾀｶｼ"],
  "legacy export: half-width katakana name, welfare and illness")

C("case_records", "block",
  "Summarise this consultation note in English for the interpreter, please.\n"
  "相談者：Ana Paula Kato da Silva（DOB 1991-03-18）\n"
  "内容：妊娠20週。母子健康手帳はポルトガル語版を希望。夫は夜勤のため、健診の付き添いができない。",
  ["PERSON", "DATE_OF_BIRTH"], ["Ana Paula Kato da Silva", "1991-03-18"],
  "Japanese-English consultation note with DOB label in English")

C("case_records", "block",
  "苦情の記録を、課内回覧用に整えてください。\n\n"
  "| 項目 | 内容 |\n|---|---|\n| 申出人 | 細谷 昌平 |\n| 住所 | 前橋市荒牧町2丁目17-3 |\n| 電話 | 027‐234‐5861 |\n"
  "| 内容 | ごみ集積所のカラス被害。ネットが破れているので交換してほしい。 |",
  ["PERSON", "JP_ADDRESS", "PHONE_NUMBER"], ["細谷 昌平", "17-3", "027‐234‐5861"],
  "markdown complaint table; phone with U+2010 hyphens")

_handover = (
  "異動する前任者から受け取った業務引継書です。新任者（私）が最初の1か月でやるべきことを、週ごとのToDoリストにしてください。\n\n"
  "業務引継書（公園緑地課 維持管理係）\n作成：令和8年3月27日\n\n"
  "第1　担当業務の概要\n"
  "　維持管理係では、市が管理する都市公園（街区公園312か所、近隣公園24か所、地区公園6か所、総合公園3か所）と、"
  "街路樹（高木約18,000本）、緑地の維持管理を担当している。担当者は係長以下5名で、前任者は主に北部・東部地区の公園（計128か所）の"
  "日常管理と、遊具の安全点検、市民からの要望対応を担当していた。\n"
  "　年間の主な予算は、公園維持管理委託料 3億1,200万円、遊具修繕費 4,800万円、街路樹剪定委託料 1億2,600万円である。"
  "委託先は、地区ごとに指名競争入札で選定しており、北部地区は有限会社赤城グリーン、東部地区は株式会社上州造園が受託している（いずれも令和8年度から3年契約）。\n\n"
  "第2　年間スケジュール\n"
  "　4月　遊具の定期点検（専門業者による年1回点検）の発注。点検結果は6月末までに報告を受ける。\n"
  "　5月　除草作業の開始（年3回、5月・7月・9月）。公園愛護会への除草用具の貸出し。\n"
  "　6月　遊具点検結果に基づく修繕計画の作成。使用禁止とする遊具は、すぐにテープで囲い、掲示をする。\n"
  "　7月　夏季の樹木の枝折れ対策（台風前の点検）。プールのある公園（2か所）の開設準備は施設管理係が担当。\n"
  "　9月　次年度予算要求の作成。遊具の更新計画は、長寿命化計画に基づいて優先順位を付ける。\n"
  "　11月　落ち葉の清掃強化。ケヤキ並木の沿道からの苦情が増える時期なので、清掃回数を週2回に増やす。\n"
  "　1月　街路樹の冬季剪定の発注。剪定の方法について、景観を重視する市民団体から毎年意見が寄せられる。\n"
  "　3月　公園愛護会への報奨金の支払い（114団体）。実績報告書の取りまとめ。\n\n"
  "第3　進行中の案件\n"
  "　1　岩神緑地公園の複合遊具の更新（令和8年度予算 1,850万円）。設計は完了し、7月に入札予定。\n"
  "　2　敷島公園の園路の段差解消工事。障害者団体からの要望を受けたもの。現地確認は済んでおり、5月中に工事内容を決める。\n"
  "　3　市民からの要望（継続対応中のもの）\n"
  "　　(1) 上泉町の街区公園で、夜間に若者が集まり花火をしているとの苦情。防犯灯の増設と、警察への巡回依頼で対応中。\n"
  "　　(2) 江木町の公園の桜の枝が隣家の屋根にかかっているとの要望。申出人は隣家にお住まいの狩野 静香さん"
  "（携帯 080-2946-7153、平日の日中は不在のため夕方以降の連絡を希望）。4月中に剪定の予定と伝えてある。\n"
  "　　(3) 青柳町の公園のトイレの洋式化の要望。自治会から署名（87筆）が提出されている。次年度予算要求で検討する。\n\n"
  "第4　関係機関・団体\n"
  "　・公園愛護会（114団体）：年1回の連絡会議（6月）を開催している。会議の資料は前年度のものを共有フォルダに保存してある。\n"
  "　・前橋市造園業協同組合：災害時の倒木処理の協定を締結している。連絡窓口は組合事務局。\n"
  "　・道路管理課：街路樹の根上がりによる歩道の段差は、道路管理課と合同で現地確認を行う。\n"
  "　・環境政策課：公園内の外来種（アレチウリ等）の駆除について連携している。\n\n"
  "第5　注意事項\n"
  "　・遊具の事故があった場合は、すぐに使用を禁止し、係長と課長に報告する。負傷者がいる場合は、事故報告書を当日中に作成する。\n"
  "　・市民からの要望は、必ず要望管理システムに登録し、対応の経過を記録する。口頭で約束したことも記録に残すこと。\n"
  "　・剪定や伐採について苦情を受けた場合は、樹木医の意見を確認してから回答する。安易に「切ります」と答えない。\n"
  "　・委託業者への指示は、必ず監督員を通じて書面で行う。現場での口頭指示はトラブルのもとになる。\n"
  "　・公園の占用許可（イベント、撮影など）は、施設管理係の担当であるが、問い合わせが維持管理係に来ることが多い。内線で転送すること。\n\n"
  "第6　引継ぎ資料の保存場所\n"
  "　共有フォルダの「維持管理係／引継ぎ／令和8年度」に、公園台帳、遊具点検結果、委託契約書の写し、要望対応一覧を保存してある。"
  "紙の資料は、係のキャビネット（上から2段目）にある。\n\n"
  "第7　その他\n"
  "　4月の第2週に、委託業者（2社）との顔合わせを予定している。日程は係長が調整済み。"
  "また、5月の公園愛護会連絡会議では、新任者として挨拶をしていただく予定である。"
  "わからないことがあれば、異動先（道路建設課）に遠慮なく連絡してほしい。"
)
C("case_records", "block", _handover, ["PERSON", "PHONE_NUMBER"], ["狩野 静香", "080-2946-7153"],
  "long (~2,700 chars) handover document; one resident's name and mobile buried in a list of pending requests")

# ---------------------------------------------------------------- contact_info
C("contact_info", "block",
  "自治会のLINEグループに流す連絡を、もう少し丁寧にしてください。\n"
  "「今度の日曜の側溝清掃、雨なら中止です。判断は会長の小野里さんがするので、わからない人は会長の携帯（090-3718-5526）に電話してください」",
  ["PHONE_NUMBER"], ["090-3718-5526"],
  "neighbourhood association head's mobile in a LINE message (surname only)")

C("contact_info", "block",
  "次のメールに返信したいです。イベントの出店は抽選になる旨を伝えてください。\n\n"
  "From: 生方 千尋 <chihiro.ubukata.0412@gmail.com>\nTo: にぎわい商業課\nSubject: マルシェ出店について\n\n"
  "はじめまして。手作りの焼き菓子を販売したいと考えています。出店料と申込方法を教えてください。",
  ["PERSON", "EMAIL_ADDRESS"], ["生方 千尋", "chihiro.ubukata.0412@gmail.com"],
  "e-mail header From line with a private Gmail address")

C("contact_info", "block",
  "空き家の適正管理のお願い文書を作ります。宛先の物件は「前橋市六供町五丁目3番地17」で、所有者は県外在住です。"
  "庭木が道路にはみ出しているので、剪定をお願いする内容にしてください。",
  ["JP_ADDRESS"], ["五丁目3番地17"],
  "private house address (no name) of a vacant-house owner")

C("contact_info", "block",
  "Can you make this message sound more polite? It is a reply to a resident.\n"
  "\"Mr. Sandeep Kulkarni, we got your voicemail. Our staff will call you back at +81 80 2291 4073 tomorrow morning about the parking permit.\"",
  ["PERSON", "PHONE_NUMBER"], ["Sandeep Kulkarni", "+81 80 2291 4073"],
  "English reply with a +81 mobile with spaces")

C("contact_info", "block",
  "回覧板の文面を作ってください。「資源ごみ当番の交代について。都合が悪い方は、班長の塚田まで（０８０‐１１９２‐６６３４）」という内容です。",
  ["PHONE_NUMBER"], ["０８０‐１１９２‐６６３４"],
  "full-width mobile number with full-width hyphens; surname only")

C("contact_info", "block",
  "この連絡先データ（vCard）を、Excelの名簿に取り込める列に分けてください。\n\n"
  "BEGIN:VCARD\nVERSION:3.0\nFN:一ノ瀬 薫\nN:一ノ瀬;薫;;;\nTEL;TYPE=CELL:070-5528-1943\nEMAIL:ichinose.kaoru@docomo.ne.jp\nEND:VCARD",
  ["PERSON", "PHONE_NUMBER", "EMAIL_ADDRESS"], ["一ノ瀬 薫", "070-5528-1943", "ichinose.kaoru@docomo.ne.jp"],
  "vCard of a private person")

C("contact_info", "block",
  "自治会役員名簿（TSV）を、50音順に並べ替えて表にしてください。\n\n"
  "役職\t氏名\t住所\t電話\n"
  "会長\t新井 勝利\t前橋市下小出町1-22-9\t027-232-6048\n"
  "副会長\t高階 房江\t前橋市下小出町2-4-31\t080-6659-0127\n"
  "会計\t岩﨑 悟\t前橋市下小出町1-8-2\t027-231-9954\n",
  ["PERSON", "JP_ADDRESS", "PHONE_NUMBER"],
  ["新井 勝利", "1-22-9", "027-232-6048", "高階 房江", "2-4-31", "080-6659-0127", "岩﨑 悟", "1-8-2", "027-231-9954"],
  "TSV roster of private officers with addresses and phones")

_long_mail = (
  "このメールのやり取りを読んで、次に私（市民活動推進課）が送るべき返信を作ってください。\n\n"
  "Subject: Re: Re: 河川敷クリーン作戦（10月）の共催について\n\n"
  "市民活動推進課 御中\n\n"
  "ご返信ありがとうございます。ご提案いただいた日程（10月18日）で、会員に諮ったところ、おおむね了承が得られました。\n"
  "当日は、会員のほか、近隣の高校のボランティア部から20名ほど参加の申出があります。"
  "軍手とごみ袋は当会で用意しますが、火ばさみが不足しそうなので、市から貸し出していただけると助かります。\n"
  "また、集めたごみの運搬については、昨年と同様に市のパッカー車で回収していただけるでしょうか。"
  "河川敷の駐車場は当日、一般の利用もあるため、参加者には自転車か徒歩での来場をお願いする予定です。\n"
  "雨天時の判断は、前日の17時に当会のホームページでお知らせします。\n\n"
  "何度もお手数をおかけしますが、よろしくお願いいたします。\n\n"
  "--\n広瀬川をきれいにする会　事務局\n代表 小此木 悦子\n携帯 080-4536-2271\n\n"
  "> 広瀬川をきれいにする会 事務局 様\n>\n"
  "> いつもお世話になっております。市民活動推進課です。\n"
  "> 先日ご相談いただいた河川敷クリーン作戦の共催について、課内で検討いたしました。\n"
  "> 市としては、10月18日（日）の午前中であれば、職員2名を派遣し、\n"
  "> 開会時のあいさつと安全上の注意の説明を行うことができます。\n"
  "> 共催の名義使用については、所定の申請書をご提出ください（様式は市ホームページに掲載しています）。\n"
  "> また、保険については、市民活動保険の対象となりますので、参加者名簿の作成は不要です。\n"
  "> ご検討のほど、よろしくお願いいたします。\n>\n"
  ">> 市民活動推進課 御中\n>>\n"
  ">> 今年も秋に、広瀬川の河川敷で清掃活動を行いたいと考えています。\n"
  ">> 昨年は約80名が参加し、可燃ごみ45袋、不燃ごみ12袋、粗大ごみ（自転車2台、タイヤ3本）を回収しました。\n"
  ">> 今年は市との共催とし、広報紙でも参加を呼びかけていただけないでしょうか。\n"
  ">> 日程は10月の第3日曜日を候補にしています。\n"
)
C("contact_info", "block", _long_mail, ["PERSON", "PHONE_NUMBER"], ["小此木 悦子", "080-4536-2271"],
  "long e-mail thread with quoted replies; a volunteer group representative's name and mobile in the signature")

C("contact_info", "block",
  "借上げ住宅の修繕依頼を家主に連絡する文書を作ってください。家主：鳥山 敏夫 様（IP電話 050-3786-2145）、物件は北代田町のアパート。",
  ["PERSON", "PHONE_NUMBER"], ["鳥山 敏夫", "050-3786-2145"],
  "landlord with an 050 IP phone number")

# ---------------------------------------------------------------- sensitive_personal
C("sensitive_personal", "block",
  "差押予告通知書の本文を、きつすぎない表現に直してください。\n"
  "小鳥遊 亮 殿\n貴殿の市県民税（令和6年度・7年度分）について、滞納額 384,200円が納付されていません。"
  "7月10日までに納付がない場合は、財産の差押えを行います。",
  ["PERSON", "SENSITIVE_PERSONAL_INFO"], ["小鳥遊 亮"],
  "tax arrears notice with a rare surname (小鳥遊)")

C("sensitive_personal", "block",
  "合理的配慮の申出書を、人事課に出す文書の形に整えてください。\n"
  "申出者：阿部 伸也（道路管理課 主事）\n障害の状況：身体障害者手帳2級（下肢機能障害）、車いす使用\n"
  "希望する配慮：執務室の机の高さの調整、多目的トイレに近い座席",
  ["PERSON", "SENSITIVE_PERSONAL_INFO"], ["阿部 伸也"],
  "employee's disability (handbook grade) on an accommodation form")

C("sensitive_personal", "block",
  "会計年度任用職員の応募者、五十嵐 蒼（いがらし あおい）さんについて、知人から「以前、窃盗で有罪判決を受けている」と聞きました。"
  "採用選考でこの情報をどう扱うべきか、法的な注意点を教えてください。",
  ["PERSON", "SENSITIVE_PERSONAL_INFO"], ["五十嵐 蒼", "いがらし あおい"],
  "criminal record of a named applicant")

C("sensitive_personal", "block",
  "DV等支援措置を受けている東 美咲さんの住民票の写しについて、加害者とされる元夫から請求があった場合の断り方の文例をください。",
  ["PERSON", "SENSITIVE_PERSONAL_INFO"], ["東 美咲"],
  "DV victim under a support measure, short surname 東")

C("sensitive_personal", "block",
  "民生委員さんから来たLINEです。包括支援センターへの連絡メモにしてください。\n"
  "「三俣町の井野トミさん（86）、認知症がだいぶ進んでいて、昨日は夜中に外を歩いていたそうです。息子さんは東京で、なかなか来られないみたい」",
  ["PERSON", "SENSITIVE_PERSONAL_INFO"], ["井野トミ"],
  "LINE message: elderly resident with dementia, name without a space")

C("sensitive_personal", "block",
  "うつ病で休職中の柴崎 隆弘 主査について、来月からの段階的な復職（リハビリ出勤）の計画表を作ってください。1週目は午前のみ、などの形で。",
  ["PERSON", "SENSITIVE_PERSONAL_INFO"], ["柴崎 隆弘"],
  "colleague's mental illness and leave")

C("sensitive_personal", "block",
  "Please rewrite this case summary in plain English for our new coordinator.\n"
  "Mr. Bikram Gurung (48) has been receiving public assistance (生活保護) since last October after a back injury. "
  "He is also being treated for hepatitis B and visits the hospital every two weeks.",
  ["PERSON", "SENSITIVE_PERSONAL_INFO"], ["Bikram Gurung"],
  "English: named foreign resident on welfare with a disease")

# ---------------------------------------------------------------- financial
C("financial", "block",
  "口座振替依頼書をOCRしたテキストです。項目ごとに整理してください。\n"
  "金融機関　群馬銀行　本店営業部\n預金種目　普通\n口座番号　０３２８１７４\n口座名義（カナ）　ｱﾗｲ ﾖｳｺ",
  ["JP_BANK_ACCOUNT", "PERSON"], ["０３２８１７４", "ｱﾗｲ ﾖｳｺ"],
  "bank-transfer form OCR: full-width account number, half-width kana holder")

C("financial", "block",
  "過誤納金の還付先として、次の口座を登録してよいか確認したいです。還付通知の文面もお願いします。\n"
  "ゆうちょ銀行　記号 10390　番号 27418561　名義 ハギワラ ケイコ",
  ["JP_BANK_ACCOUNT", "PERSON"], ["27418561", "ハギワラ ケイコ"],
  "Japan Post Bank symbol/number with holder")

C("financial", "block",
  "[Teams] 会計課 > 窓口\n「カード払いの返金処理、カード番号 " + g4(CC_JCB) +
  " で合っているかお客様に確認してもらえますか？有効期限は 09/28 です」\nこの依頼の返信文を作ってください。",
  ["CREDIT_CARD"], [g4(CC_JCB)],
  "JCB number (Luhn-valid) in a Teams message")

_amex = CC_AMEX[:4] + " " + CC_AMEX[4:10] + " " + CC_AMEX[10:]
C("financial", "block",
  "ふるさと納税の寄附者から次のメールが来ました。お詫びの返信を作ってください。\n\n"
  "> 決済の画面でアメックス " + _amex + " を入力したのに、二重に引き落とされています。至急確認してください。\n> 蓮見 和也",
  ["CREDIT_CARD", "PERSON"], [_amex, "蓮見 和也"],
  "Amex 4-6-5 grouping in a quoted e-mail")

C("financial", "block",
  "返金対象者のCSVです。振込用のデータに変換する手順を教えてください。\n\n"
  "no,氏名,カード番号,返金額\n1,篠原 光,%s,3300\n2,宮内 なな,%s,5500\n" % (CC_MC, CC_VISA),
  ["CREDIT_CARD", "PERSON"], [CC_MC, CC_VISA, "篠原 光", "宮内 なな"],
  "CSV of refunds with unseparated card numbers")

C("financial", "block",
  "講師謝礼の支払調書を作ります。次の表を支払調書の項目に並べ替えてください。\n\n"
  "| 講師 | 金融機関 | 支店 | 種別 | 口座番号 | 謝礼 |\n|---|---|---|---|---|---|\n"
  "| 金井 俊彦 | 東和銀行 | 前橋駅南支店 | 普通 | 1185302 | 30,000円 |\n"
  "| 平田 恵 | JAバンク（前橋市農協） | 南橘支店 | 当座 | 0046917 | 20,000円 |",
  ["JP_BANK_ACCOUNT", "PERSON"], ["1185302", "0046917", "金井 俊彦", "平田 恵"],
  "markdown payment table with bank accounts")

# ---------------------------------------------------------------- credentials
C("credentials", "block",
  "来週の研修の案内文を作ってください。最後に次の接続情報を入れてください。\n"
  "会場Wi-Fi（職員用）　SSID：mch-staff-5G　パスワード：Akagi#2026sp!",
  ["CREDENTIAL"], ["Akagi#2026sp!"],
  "staff Wi-Fi passphrase in a training notice")

_ghp = "ghp_" + "".join(RNG.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789") for _ in range(36))
C("credentials", "block",
  "このコマンドで clone すると 'Repository not found' になります。何が原因でしょうか。\n"
  "$ git clone https://" + _ghp + "@github.com/maebashi-dx/opendata-tools.git",
  ["CREDENTIAL"], [_ghp],
  "GitHub personal access token inside a clone URL")

C("credentials", "block",
  "このPythonがタイムアウトします。接続文字列の書き方が悪いのでしょうか。\n"
  "import psycopg2\nconn = psycopg2.connect(\"postgresql://kokuho_app:Tz9!mQ4wLr8e@10.20.4.15:5432/kokuho\")\ncur = conn.cursor()",
  ["CREDENTIAL", "INTERNAL_NETWORK"], ["Tz9!mQ4wLr8e", "10.20.4.15"],
  "DB URL with password and a 10.x host")

_xoxb = "xoxb-" + rnd_digits(12) + "-" + rnd_digits(13) + "-" + "".join(RNG.choice("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789") for _ in range(24))
C("credentials", "block",
  "通知ボットのログにこう出ています。どう直せばいいですか。\n"
  "[2026-06-10 08:00:02] POST https://slack.com/api/chat.postMessage token=" + _xoxb + " -> {\"ok\":false,\"error\":\"not_in_channel\"}",
  ["CREDENTIAL"], [_xoxb],
  "Slack bot token in a log line")

import base64 as _b64
def _b64url(b: bytes) -> str:
    return _b64.urlsafe_b64encode(b).decode().rstrip("=")
_jwt = (_b64url(b'{"alg":"HS256","typ":"JWT"}') + "." +
        _b64url(b'{"sub":"svc-yoyaku","iat":1781049600,"exp":1812585600,"scope":"facility:write"}') + "." +
        _b64url(bytes(RNG.randrange(256) for _ in range(32))))
C("credentials", "block",
  "施設予約APIをcurlで叩くと403になります。ヘッダの書き方に問題がありますか。\n"
  "curl -X POST https://api.yoyaku-cloud.jp/v2/reservations \\\n  -H \"Authorization: Bearer " + _jwt + "\" \\\n  -d @body.json",
  ["CREDENTIAL"], [_jwt],
  "long-lived JWT bearer token in a curl command")

C("credentials", "block",
  "Teamsで送る文を丁寧にしてください。\n「さっき共有フォルダに置いたZIP、解凍パスは 0614maebashi です。確認したら消しといてください」",
  ["CREDENTIAL"], ["0614maebashi"],
  "ZIP password in a chat message")

_acckey = _b64.b64encode(bytes(RNG.randrange(256) for _ in range(64))).decode()
C("credentials", "block",
  "Azure Functions の local.settings.json です。本番にデプロイすると接続エラーになります。\n"
  "{\n  \"Values\": {\n    \"AzureWebJobsStorage\": \"DefaultEndpointsProtocol=https;AccountName=mchopendata;AccountKey=" + _acckey +
  ";EndpointSuffix=core.windows.net\",\n    \"FUNCTIONS_WORKER_RUNTIME\": \"python\"\n  }\n}",
  ["CREDENTIAL"], [_acckey],
  "Azure storage account key in a JSON settings file")

# ---------------------------------------------------------------- internal_network
C("internal_network", "block",
  "エクスプローラーで \\\\fs-honcho01\\seisaku$\\予算\\R9要求 を開くと「アクセスが拒否されました」と出ます。"
  "課の職員に送る、アクセス権の申請手順の案内を作ってください。",
  ["INTERNAL_NETWORK"], ["fs-honcho01"],
  "UNC path to an internal file server")

C("internal_network", "block",
  "tracert の結果です。どこで遅くなっているか読み方を教えてください。\n"
  "  1    <1 ms    <1 ms    <1 ms  10.31.0.1\n  2     2 ms     1 ms     2 ms  10.31.254.9\n"
  "  3    48 ms    51 ms    47 ms  172.22.16.130\n  4     *        *        *     要求がタイムアウトしました。",
  ["INTERNAL_NETWORK"], ["10.31.254.9", "172.22.16.130"],
  "tracert output with private hops")

C("internal_network", "block",
  "グループウェア（http://gw.maebashi.local:8080/cgi-bin/cbgrn/grn.cgi）の掲示板に、"
  "夏季休暇の取得促進のお知らせを載せます。本文を作ってください。",
  ["INTERNAL_NETWORK"], ["gw.maebashi.local"],
  "intranet URL on a .local host with port")

C("internal_network", "block",
  "このスイッチの設定の意味を1行ずつ解説してください。\n"
  "interface Vlan120\n description JYUKI-SEG\n ip address 172.20.120.1 255.255.255.0\n ip helper-address 172.20.1.10\n!",
  ["INTERNAL_NETWORK"], ["172.20.120.1", "172.20.1.10"],
  "Cisco config with private addresses and a segment name")

C("internal_network", "block",
  "3Fの複合機（IP 192.168.40.27）から印刷できません。ping は通るのに、"
  "PCからは offline と表示されます。what should I check first?",
  ["INTERNAL_NETWORK"], ["192.168.40.27"],
  "JP/EN mix: office printer address")

C("internal_network", "block",
  "サーバのログです。不正アクセスかどうか判断する観点を教えてください。\n"
  "Jun 03 09:12:44 sv-jyuki02 sshd[2231]: Failed password for admin from 10.31.8.77 port 51544 ssh2\n"
  "Jun 03 09:12:47 sv-jyuki02 sshd[2231]: Failed password for admin from 10.31.8.77 port 51544 ssh2",
  ["INTERNAL_NETWORK"], ["10.31.8.77"],
  "syslog lines with an internal host name and client address")

# ---------------------------------------------------------------- confidential_marking
C("confidential_marking", "block",
  "㊙\n令和9年度 組織改正（案）\n・市民部と福祉部の窓口部門を統合し「くらし窓口部」を新設\n・DX推進室を課に格上げ\n"
  "この案の説明資料の骨子を作ってください。",
  ["CONFIDENTIAL_MARKING"], [],
  "circled ㊙ character as the header")

C("confidential_marking", "block",
  "件名: 【庁内限り】公共交通再編の事業者ヒアリング結果\n\n各位\n標記について、ヒアリング結果を共有します。"
  "2社ともに、運転士不足を理由に2路線の減便を希望しています。\n\nこのメールを、部長向けに3行で要約してください。",
  ["CONFIDENTIAL_MARKING"], [],
  "【庁内限り】 in an e-mail subject")

C("confidential_marking", "block",
  "極秘\n政策会議 メモ（6/8）\n・中心市街地の大型商業施設跡地について、市による取得の可能性を検討\n・取得額の上限目安は約12億円\n"
  "このメモを議事録の形式に整えてください。",
  ["CONFIDENTIAL_MARKING"], [],
  "極秘 header on a policy meeting memo")

C("confidential_marking", "block",
  "スキャンした文書をOCRしたものです。読みやすく整形してください。\n\n"
  "取 扱 注 意\n市 有 地 売 却 に 係 る 不 動 産 鑑 定 評 価 の 概 要\n鑑 定 評 価 額　１ 億 ２ ３ ０ ０ 万 円",
  ["CONFIDENTIAL_MARKING"], [],
  "OCR-spaced 取扱注意 stamp")

C("confidential_marking", "block",
  "業者から届いた資料の表紙に「社外秘」とあります。中身（保守費用の内訳）を比較表にまとめたいので、形式を提案してください。\n"
  "社外秘　株式会社上毛システムズ　保守費用内訳（前橋市様向け）\n・ハードウェア保守　月額 182,000円\n・ソフトウェア保守　月額 96,500円",
  ["CONFIDENTIAL_MARKING"], [],
  "vendor document marked 社外秘")

C("confidential_marking", "block",
  "【非公開】第3回 指定管理者選定委員会 資料\n1 応募団体の評価点（暫定）\n　A団体 78.5点／B団体 81.0点\n"
  "2 論点\n　B団体の収支計画の実現性\n上記の資料をもとに、委員会で配る論点整理メモを作ってください。",
  ["CONFIDENTIAL_MARKING"], [],
  "【非公開】 as a marking on committee material")

C("confidential_marking", "block",
  "## 取扱注意（関係課限り）\n### 学校給食センター統合の方針案\n- 2センターを1つに統合（令和11年度目途）\n- 跡地は売却を検討\n\n"
  "このmarkdownを、プレゼン用のスライド3枚の構成にしてください。",
  ["CONFIDENTIAL_MARKING"], [],
  "markdown heading carrying 取扱注意（関係課限り）")

# ---------------------------------------------------------------- nonpublic_topics (not_allow)
C("nonpublic_topics", "not_allow",
  "[Teams] 契約検査課 チャット\n係員：「南部浄化センター汚泥脱水機更新工事、設計額 4,862万円です。予定価格は92%で切る方向でいいですか」\n"
  "係長：「それで。公告は来月頭」\n\n"
  "この方針を、課長への決裁伺いの文章にしてください。",
  ["NONPUBLIC_INFO"], [],
  "chat fixing the planned price of an upcoming bid")

C("nonpublic_topics", "not_allow",
  "飲酒運転で検挙された職員（技能労務職、40代）の懲戒処分の量定について、他市の事例と比較して停職か免職かを検討しています。"
  "処分審査会に出す比較表の項目を考えてください。",
  ["NONPUBLIC_INFO"], [],
  "disciplinary decision under deliberation (unnamed employee)")

C("nonpublic_topics", "not_allow",
  "来月の職員採用試験（一般行政・教養）の問題を作りました。正答と解説も付けています。"
  "問12の選択肢の紛らわしさをチェックしてください。\n問12 地方自治法に定める直接請求のうち、必要署名数が有権者の50分の1以上であるものはどれか。\n"
  "1 条例の制定改廃請求　2 議会の解散請求　3 長の解職請求　4 副市長の解職請求\n正答：1",
  ["NONPUBLIC_INFO"], [],
  "exam question with answer before the exam")

C("nonpublic_topics", "not_allow",
  "職員組合との賃金交渉の進め方を相談させてください。当局側としては、地域手当の引上げは最大でも0.5%までと考えていますが、"
  "最初は据え置きで提示するつもりです。相手の反応を想定した問答集を作ってください。",
  ["NONPUBLIC_INFO"], [],
  "city's bottom line in union negotiations")

C("nonpublic_topics", "not_allow",
  "都市計画道路 朝倉町線の延伸ルートが、部内で「案B」に固まりつつあります。対象になりそうな土地は約40筆で、"
  "地権者への説明は来年度から始める予定です。公表前に地元の反応を予測して、想定問答を作ってください。",
  ["NONPUBLIC_INFO"], [],
  "road route and land acquisition before announcement")

C("nonpublic_topics", "not_allow",
  "来週、予告なしで行う飲食店の一斉立入検査の実施計画です。対象は駅周辺の12店舗で、6月24日と25日の夜間に2班で回ります。"
  "班ごとの行程表を作ってください。",
  ["NONPUBLIC_INFO"], [],
  "unannounced inspection plan (dates and targets)")

_long_minutes = (
  "以下は庁内検討会の記録です。論点ごとに賛否を整理して、次回会議の資料（A4・1枚）の骨子を作ってください。\n\n"
  "小中学校の適正規模・適正配置に関する庁内検討会（第4回）記録\n"
  "日時：令和8年5月26日（火）15:00〜17:00　場所：本庁舎 11階 第一会議室\n"
  "出席：教育次長、教育総務課長、学校施設課長、学務課長、政策推進課長、財政課長、都市計画課長（代理）\n\n"
  "1　事務局説明\n"
  "　事務局から、令和14年度までの児童生徒数の推計と、学校ごとの学級数の見込みについて説明があった。"
  "市内の小学校のうち、全学年で単学級となる学校は現在の9校から、令和14年度には14校に増える見込みである。"
  "中学校では、1学年2学級以下となる学校が5校から8校に増える。特に北部と西部の地区で小規模化が進んでいる。\n"
  "　あわせて、校舎の築年数の状況について説明があった。築50年を超える校舎は現在22校あり、10年後には36校となる。"
  "長寿命化改修の単価は1校あたり平均約14億円、改築の場合は約32億円と見込まれる。\n\n"
  "2　意見交換\n"
  "（1）統合の対象校の考え方\n"
  "　学務課長：複式学級が生じる見込みの学校を優先すべきではないか。学級数の基準を先に示したほうが、地元の理解を得やすい。\n"
  "　教育総務課長：基準を先に示すと、対象校が事実上決まってしまい、地元の反発が大きくなるおそれがある。"
  "まずは考え方を示し、個別の学校名は地区ごとの協議の中で示すべきだ。\n"
  "　政策推進課長：地区によって人口動態が異なる。北部のA小学校とB小学校の統合は、通学距離の面からも現実的だが、"
  "西部のC小学校は、周辺に住宅開発の計画があり、児童数が持ち直す可能性がある。一律の基準で判断するのは避けたい。\n"
  "（2）統合した場合の跡地の扱い\n"
  "　財政課長：統合により生じる跡地は、売却を基本とすべきである。維持管理費だけで年間1校あたり約800万円かかる。\n"
  "　都市計画課長（代理）：跡地は地域の避難所としての機能もある。売却する場合でも、防災上の代替機能の確保が必要。\n"
  "　教育次長：跡地の扱いは、地元との協議の中で最も関心が高い点になる。教育委員会だけで決められる話ではないので、"
  "市長部局とも早めにすり合わせたい。\n"
  "（3）スクールバスの導入\n"
  "　学校施設課長：通学距離が4kmを超える児童が出る場合は、スクールバスの導入が必要になる。1路線あたり年間約1,200万円の運行費を見込む。\n"
  "　財政課長：統合による経費の削減効果と、スクールバスの運行費を比較した試算を次回までに示してほしい。\n\n"
  "（4）地域との合意形成\n"
  "　政策推進課長：過去に他市で統合が難航した例では、計画の公表前に情報が地元に漏れ、反対運動が先行したケースが多い。"
  "説明の順番と時期は、慎重に設計する必要がある。\n"
  "　学務課長：PTAと自治会では関心が異なる。PTAは通学の安全と学級規模、自治会は跡地と地域行事の継続に関心が高い。"
  "説明資料も分けて用意すべきではないか。\n"
  "　教育総務課長：統合後の学校名や校歌の扱いについても、早い段階で意見が出ると予想される。"
  "過去の統合事例（平成22年の旧小学校の統合）では、校名の決定に1年以上を要した。\n"
  "　教育次長：いずれにしても、地元の意見を聞く前に結論を決めたように受け取られることは避けたい。"
  "一方で、検討の期間を長くとりすぎると、老朽化した校舎の改修時期と重なり、二重投資になるおそれもある。"
  "改修を予定している学校の工事時期の見直しも、あわせて検討すること。\n"
  "（5）教職員の配置\n"
  "　学務課長：統合により学級数が増える学校では、教員の加配が必要となる場合がある。県教育委員会との調整が必要であり、"
  "統合の時期が決まらないと、人事上の手当てができない。\n\n"
  "3　今後の進め方（事務局案）\n"
  "　・7月の総合教育会議で、基本方針の骨子を議題とする方向で調整する。\n"
  "　・基本方針（案）は、秋ごろにパブリックコメントにかけることを想定しているが、時期は未定。\n"
  "　・北部地区のA小学校・B小学校については、地元の自治会長への非公式な打診を先行させるかどうか、次回までに検討する。\n\n"
  "4　その他\n"
  "　本日の資料及び記録は、検討途中のものであるため、取扱いに注意すること。"
  "次回は6月下旬に開催し、財政課による試算と、他市の統合事例（3市）の調査結果を報告する。"
)
C("nonpublic_topics", "not_allow", _long_minutes, ["NONPUBLIC_INFO"], [],
  "long (~2,000 chars) internal study-group minutes on school consolidation, undecided")

C("nonpublic_topics", "not_allow",
  "定期監査の講評（案）を受け取りました。まだ監査委員の最終確認前ですが、指摘事項のうち「備品台帳と現物の不一致（17件）」に"
  "対する改善策の案を考えてください。",
  ["NONPUBLIC_INFO"], [],
  "draft audit comment before finalisation")

C("nonpublic_topics", "not_allow",
  "国土交通省の担当者から、内々に「新しい道の駅の整備候補地について市の考えを聞きたい」と照会がありました。"
  "まだ県にも伝えていない段階です。候補地2か所（旧競馬場跡地付近、上武道路沿い）の比較を回答案にまとめてください。",
  ["NONPUBLIC_INFO"], [],
  "informal inquiry from a national ministry (国等協力情報)")

C("nonpublic_topics", "not_allow",
  "浄水場の警備体制の見直し案です。夜間は巡回が2時間おきで、東側フェンスの監視カメラが死角になっています。"
  "来年度予算で対策するための要求書の文章を作ってください。",
  ["NONPUBLIC_INFO"], [],
  "weak points of water-plant security (公共の安全)")

C("nonpublic_topics", "not_allow",
  "プロポーザルの審査中です。応募事業者の技術提案書に「独自開発のAI-OCRで読取精度99.2%、1帳票あたり原価3.8円」とあります。"
  "他社の提案と比べる評価表の作り方を教えてください。",
  ["NONPUBLIC_INFO"], [],
  "a bidder's proprietary cost and know-how during evaluation (法人情報)")

C("nonpublic_topics", "not_allow",
  "市内の製造業者から、「来年3月で前橋工場の生産ラインを縮小し、約120人を配置転換する予定。公表は秋。"
  "それまでは内密に」と相談がありました。雇用対策の支援メニューを整理してください。",
  ["NONPUBLIC_INFO"], [],
  "information provided in confidence by a company (任意提供)")

C("nonpublic_topics", "not_allow",
  "> 商工振興課より\n> 地域商業活性化補助金の採択結果（8件中5件採択）は、7月1日に公表予定です。それまでは申請者への連絡も控えてください。\n\n"
  "不採択の3事業者への通知文の案を、今のうちに作っておきたいです。",
  ["NONPUBLIC_INFO"], [],
  "subsidy selection result before its announcement")

C("nonpublic_topics", "not_allow",
  "Draft for the mayor's policy speech (not announced yet): we plan to introduce a new lodging tax of 200 yen per night from April 2028. "
  "Please polish the English version for the sister-city delegation briefing, but keep it vague about the amount.",
  ["NONPUBLIC_INFO"], [],
  "English: unannounced tax policy under consideration")

C("nonpublic_topics", "not_allow",
  "財政課の一次査定の結果が出ました。うちの課の要求（図書館システム更新 1億2,400万円）は「ゼロ査定、次年度以降に再要求」でした。"
  "復活要求の理由書を作ってください。",
  ["NONPUBLIC_INFO"], [],
  "budget assessment in progress")


# ================================================================= ALLOW SIDE
# ---------------------------------------------------------------- drafting
C("drafting", "allow",
  "申請書の様式を見直しています。生年月日の欄を「明・大・昭・平・令　　年　　月　　日」とするか、西暦で書いてもらうか迷っています。"
  "高齢の方と外国籍の方の両方に書きやすいのはどちらか、メリットとデメリットを教えてください。",
  [], [], "form-design question about a 生年月日 field; no actual date")

C("drafting", "allow",
  "次のひな形の敬語をチェックしてください。\n\n"
  "〇〇〇〇 様\n\n　日頃より市政にご理解をいただき、ありがとうございます。\n"
  "　さて、令和　年　月　日付けでご提出いただいた〇〇申請について、下記のとおり決定しましたので通知します。\n\n"
  "連絡先：〇〇課 〇〇係（電話 027-XXX-XXXX）",
  [], [], "template with 〇〇〇〇 and XXX placeholders")

_long_budget = (
  "市ホームページで公表済みの「令和8年度 当初予算の概要」の文章です。中学生向けの社会科の副読本に載せるので、"
  "ふりがなが必要な漢字を指摘し、600字程度のやさしい文章に書き換えてください。\n\n"
  "令和8年度 当初予算の概要\n\n"
  "1　予算の規模\n"
  "　一般会計の予算額は1,512億3,000万円で、前年度に比べて38億6,000万円（2.6％）の増加となりました。"
  "特別会計（国民健康保険、介護保険、後期高齢者医療など8会計）は1,046億8,200万円、公営企業会計（水道、下水道）は412億5,700万円で、"
  "全会計の合計は2,971億6,900万円です。\n\n"
  "2　歳入の主な内容\n"
  "　市税は、個人市民税の増加や新築家屋の増加による固定資産税の伸びを見込み、前年度比1.9％増の562億4,000万円を計上しました。"
  "地方交付税は、国の地方財政計画を踏まえて158億円、国庫支出金は284億7,000万円、県支出金は97億2,000万円を見込んでいます。"
  "市債は、前橋駅北口周辺の再開発事業や学校施設の長寿命化改修に充てるため、前年度比12億円増の131億8,000万円としました。"
  "財政調整基金からの繰入金は24億円で、年度末の基金残高は約86億円となる見込みです。\n\n"
  "3　歳出の主な内容（目的別）\n"
  "　民生費は、障害福祉サービス費や児童手当の増加により、前年度比3.1％増の612億9,000万円で、歳出全体の40.5％を占めています。"
  "教育費は、市内の小中学校18校の空調設備更新と、給食センターの調理機器更新を含め、178億4,000万円としました。"
  "土木費は、国道17号と上武道路を結ぶ都市計画道路の整備や、橋りょうの耐震補強（12橋）などで、164億1,000万円を計上しています。"
  "衛生費は、新しいごみ処理施設の基本設計や、予防接種事業を含め、121億6,000万円です。\n\n"
  "4　主な新規・拡充事業\n"
  "　（1）こども・子育て分野\n"
  "　　・第2子以降の保育料無償化の対象を、3歳未満児まで拡大（2億3,500万円）\n"
  "　　・放課後児童クラブを6か所新設し、定員を240人拡大（1億1,800万円）\n"
  "　　・群馬大学医学部附属病院と連携した小児救急の夜間相談体制の強化（3,200万円）\n"
  "　（2）まちづくり分野\n"
  "　　・中心市街地のウォーカブル推進事業（馬場川通りの再整備、広瀬川河畔の照明更新）（4億6,000万円）\n"
  "　　・上毛電気鉄道の車両更新に対する補助（群馬県、桐生市、みどり市と協調）（1億4,700万円）\n"
  "　　・赤城山の観光拠点整備（覚満淵周辺の木道改修、駐車場トイレの洋式化）（8,900万円）\n"
  "　（3）デジタル分野\n"
  "　　・書かない窓口の全支所への展開（市民サービスセンター等11か所）（6,400万円）\n"
  "　　・校務支援システムのクラウド化（2億800万円）\n"
  "　（4）防災分野\n"
  "　　・利根川・広瀬川の浸水想定区域の見直しに合わせたハザードマップの全戸配布（2,900万円）\n"
  "　　・指定避難所（小中学校69か所）への大型扇風機と簡易ベッドの配備（1億200万円）\n\n"
  "　（5）環境分野\n"
  "　　・公共施設への太陽光発電設備と蓄電池の導入（市有施設14か所）（3億5,600万円）\n"
  "　　・家庭用燃料電池・蓄電池の設置補助（上限10万円、600件分）（6,000万円）\n"
  "　　・剪定枝の資源化モデル事業（六供清掃工場での試行）（1,700万円）\n"
  "　（6）産業・雇用分野\n"
  "　　・市内中小企業のデジタル化支援補助（上限50万円、120件分）（6,000万円）\n"
  "　　・前橋市農業公社と連携した新規就農者の研修受入れ（年間15人）（2,800万円）\n"
  "　　・JR前橋駅北口の創業支援施設の運営（入居室数12室）（4,300万円）\n\n"
  "5　性質別の内訳\n"
  "　人件費は、定年の引上げに伴う退職手当の減少などにより、前年度比0.8％減の238億5,000万円となりました。"
  "扶助費は473億2,000万円で、10年前と比べると約1.4倍に増えています。"
  "公債費は126億9,000万円、普通建設事業費は195億7,000万円で、このうち学校施設の整備が41億円、道路・橋りょうの整備が58億円を占めます。"
  "物件費は、システムの標準化・クラウド化の経費を含め、196億4,000万円です。\n\n"
  "6　財政の健全性\n"
  "　令和8年度末の市債残高（一般会計）は1,298億円となる見込みで、市民一人当たりでは約39万円です。"
  "実質公債費比率は7.8％、将来負担比率は42.1％と見込まれ、いずれも国の基準を大きく下回っています。"
  "一方で、公共施設の老朽化への対応や社会保障関係経費の増加が続くことから、引き続き事業の見直しと財源の確保に取り組みます。\n\n"
  "7　問い合わせ\n"
  "　財政課　電話 027-224-1111（代表）\n"
)
C("drafting", "allow", _long_budget, [], [],
  "long (~2,000 chars) published budget summary: amounts, organisations, places, city switchboard only")

C("drafting", "allow",
  "会計年度任用職員の募集記事を、求人サイト向けに読みやすく直してください。\n\n"
  "【職種】窓口事務補助（市民課）\n【勤務時間】8:30〜17:15（休憩60分）週5日\n【報酬】月額 172,300円（期末・勤勉手当あり）\n"
  "【任用期間】令和8年10月1日〜令和9年3月31日（更新の可能性あり）\n【応募方法】履歴書を郵送（〒371-8601 前橋市大手町二丁目12番1号 前橋市役所 職員課）\n"
  "【問い合わせ】027-224-1111（代表）",
  [], [], "job ad with the city hall's public address and switchboard")

C("drafting", "allow",
  "議会だよりの記事を200字に要約してください。\n「6月定例会では、市長から提出された補正予算など議案15件を可決しました。"
  "一般質問では12人の議員が登壇し、物価高騰対策や公共交通の維持について質疑が行われました。」",
  [], [], "public assembly report; 市長 and 議員 by title only")

C("drafting", "allow",
  "市報の「数字で見る福祉」コーナーの原稿を作ってください。使う数字は次のとおりです（いずれも公表済みの統計）。\n"
  "・生活保護の被保護世帯数 3,912世帯、被保護人員 4,806人、保護率 14.6‰（令和7年度平均）\n"
  "・うち高齢者世帯の割合 56.3％\n・相談件数 1,284件",
  [], [], "city-wide public-assistance statistics (no individual)")

C("drafting", "allow",
  "審議会の会議録のひな形を作りたいです。発言者は「会長」「委員A」「委員B」「事務局」のように表記し、"
  "議題ごとに発言要旨をまとめる形にしてください。",
  [], [], "minutes template with anonymised speakers")

C("drafting", "allow",
  "取引先の企業あての暑中見舞いの文面を3パターンください。宛先は株式会社や一般社団法人で、差出人は前橋市 産業政策課です。",
  [], [], "seasonal greeting to companies")

C("drafting", "allow",
  "契約締結後に公表した入札結果を、市ホームページの「入札結果一覧」のお知らせ文にしてください。\n"
  "工事名：前橋市芳賀地区排水路改修工事\n入札日：令和8年5月20日\n予定価格：52,310,000円（税抜、事後公表）\n"
  "落札者：株式会社上州土木工業\n落札金額：48,900,000円（税抜）\n落札率：93.48％",
  [], [], "published bid result after the contract; planned price already disclosed ex post")

C("drafting", "allow",
  "窓口で配る「個人情報の取扱いについて」の掲示文を作ってください。取得した氏名・住所・生年月日などは申請の審査にのみ使用し、"
  "法令に基づく場合を除き第三者に提供しない、という内容です。",
  [], [], "privacy notice that mentions 氏名・住所・生年月日 as categories")

_long_drill = (
  "総合防災訓練の実施要領です。参加する自治会向けの案内（A4・1枚）に要約してください。\n\n"
  "令和8年度 前橋市総合防災訓練 実施要領\n\n"
  "1　目的\n"
  "　大規模地震の発生を想定し、市、防災関係機関、自主防災組織及び市民が連携して実践的な訓練を行うことにより、"
  "災害対応能力の向上と市民の防災意識の高揚を図る。\n\n"
  "2　日時\n"
  "　令和8年9月6日（日）午前8時30分から正午まで（小雨決行、警報発表時は中止）\n\n"
  "3　想定\n"
  "　9月6日午前8時30分、県南部を震源とするマグニチュード7.3の地震が発生し、市内で最大震度6強を観測。"
  "市内各所で建物の倒壊、火災、道路の寸断が発生し、多数の負傷者と避難者が出ている。\n\n"
  "4　会場\n"
  "　メイン会場：前橋市総合運動公園 陸上競技場\n"
  "　サテライト会場：桂萱中学校、南橘中学校、大胡小学校、富士見中学校（避難所開設訓練）\n\n"
  "5　参加機関（予定）\n"
  "　前橋市、前橋市消防局、前橋市消防団、前橋市医師会、前橋市歯科医師会、前橋市薬剤師会、群馬県、群馬県警察前橋警察署、"
  "陸上自衛隊第12旅団、国土交通省高崎河川国道事務所、東京電力パワーグリッド群馬総支社、東日本電信電話群馬支店、"
  "東京ガス（前橋支社）、前橋市社会福祉協議会、日本赤十字社群馬県支部、前橋市建設業協会、自主防災組織（12地区）\n\n"
  "6　訓練項目と時間割\n"
  "　8:30　地震発生、シェイクアウト訓練（全市一斉）\n"
  "　8:40　災害対策本部設置、被害情報の収集・伝達訓練\n"
  "　9:00　倒壊家屋からの救出救助訓練（消防局・自衛隊・警察）\n"
  "　9:20　多数傷病者対応訓練（トリアージ、応急救護所の設置）\n"
  "　9:50　道路啓開訓練（建設業協会）、ライフライン復旧訓練（電力・通信・ガス）\n"
  "　10:20　避難所開設・運営訓練（サテライト会場、段ボールベッド組立、受付訓練）\n"
  "　10:50　初期消火・バケツリレー訓練（自主防災組織）\n"
  "　11:20　給水・炊き出し訓練（水道局・日本赤十字社）\n"
  "　11:45　講評、閉会\n\n"
  "7　参加者への注意事項\n"
  "　（1）動きやすい服装と帽子を着用し、飲み物を持参してください。\n"
  "　（2）会場には駐車場がありません。シャトルバス（前橋駅北口発 7:50、8:10）を利用してください。\n"
  "　（3）当日の朝6時に、防災メールと市ホームページで実施の有無をお知らせします。\n"
  "　（4）訓練の様子は、報道機関が取材し、市の広報紙やSNSで紹介する場合があります。\n\n"
  "8　各機関の役割\n"
  "　（1）前橋市：災害対策本部の設置・運営、避難所の開設、被害情報の集約、広報（防災行政無線、防災メール、SNS、ホームページ）\n"
  "　（2）消防局・消防団：倒壊家屋からの救出、火災の消火、救急搬送、危険物施設の点検\n"
  "　（3）前橋警察署：交通規制、避難誘導、行方不明者の捜索\n"
  "　（4）陸上自衛隊：人命救助、物資輸送（災害派遣要請に基づく）\n"
  "　（5）医師会・歯科医師会・薬剤師会：応急救護所での医療救護活動、医薬品の供給\n"
  "　（6）電力・通信・ガス事業者：ライフラインの被害状況の把握と復旧、移動電源車の配置\n"
  "　（7）建設業協会：緊急輸送道路の啓開、倒壊物の撤去\n"
  "　（8）自主防災組織：安否確認、初期消火、避難所の運営補助\n\n"
  "9　安全管理\n"
  "　訓練中の事故を防ぐため、各訓練会場に安全管理員を2名以上配置する。熱中症対策として、メイン会場に救護テントと給水所（3か所）を設ける。"
  "参加者に体調不良があった場合は、直ちに救護テントに案内する。\n\n"
  "10　問い合わせ\n"
  "　危機管理室 防災係　027-224-1111（代表）"
)
C("drafting", "allow", _long_drill, [], [],
  "long (~1,900 chars) disaster-drill plan full of times, organisations and venues; no individuals")

C("drafting", "allow",
  "契約を結んだ株式会社赤城ソフトウェア開発あてに、キックオフ会議の日程調整メールを作ってください。候補は6月23日午後、24日午前、26日午後です。",
  [], [], "e-mail to a company (organisation name only)")

# ---------------------------------------------------------------- translation
C("translation", "allow",
  "粗大ごみの出し方の説明を、ブラジル出身の住民向けにポルトガル語に訳してください。\n"
  "「粗大ごみは、事前に電話かインターネットで申し込んでください。収集日の朝8時30分までに、指定された場所に出してください。」",
  [], [], "bulky waste rules to Portuguese")

C("translation", "allow",
  "Please translate into natural Japanese: \"The Village of Hinsdale thanks the City of Maebashi for hosting our student delegation. "
  "We look forward to welcoming your delegation next spring.\"",
  [], [], "sister-city message, organisation names only")

C("translation", "allow",
  "避難所の掲示「トイレは外の仮設トイレを使ってください」「水は1人1日3リットルまで」を、やさしい日本語とベトナム語にしてください。",
  [], [], "shelter signs into easy Japanese and Vietnamese")

C("translation", "allow",
  "この求人票の見出し部分を英語にしてください。\n「外国人住民向け相談窓口の通訳（英語・スペイン語）を募集します。時給1,350円、週3日程度。」",
  [], [], "job ad headline into English")

C("translation", "allow",
  "市民課の窓口でよく使う表現を中国語（簡体字）にしてください。\n・番号札を取ってお待ちください\n・本人確認書類をお持ちですか\n・こちらにご記入ください",
  [], [], "counter phrases into Chinese")

C("translation", "allow",
  "前橋文学館の英語パンフレット用に、次の文を英訳してください。\n"
  "「萩原朔太郎は1886年に前橋で生まれ、『月に吠える』で口語自由詩を確立した詩人です。」",
  [], [], "translation mentioning a historical poet")

# ---------------------------------------------------------------- excel_formulas
C("excel_formulas", "allow",
  "名簿の生年月日（B列、西暦の日付）を「昭和45年3月1日」のような和暦で表示したいです。TEXT関数の書式を教えてください。",
  [], [], "generic DOB formatting question; the date shown is an example format")

C("excel_formulas", "allow",
  "基準日（$H$1）時点の年齢を求める式を教えてください。=DATEDIF(C2,$H$1,\"Y\") で4月1日生まれの扱いはどうなりますか。",
  [], [], "age formula")

_slips = [fresh(rnd_digits, 12) for _ in range(4)]
C("excel_formulas", "allow",
  "支出伝票番号（12桁）で、別シートの支払先を引きたいです。XLOOKUPで見つからないときは「未登録」と出したいです。\n\n"
  "伝票番号\t支払先\n" + "\n".join(f"{s}\t{c}" for s, c in zip(_slips, ["株式会社前橋印刷", "東日本電信電話株式会社", "有限会社大胡造園", "群馬中央バス株式会社"])),
  [], [], "12-digit slip numbers that fail My Number/licence/Luhn checks")

C("excel_formulas", "allow",
  "=UNIQUE(FILTER(A2:A300,B2:B300=\"委託料\")) で業者名の一覧を作ったら、「(株)」と「株式会社」が別々に出てきます。表記ゆれをまとめる方法を教えてください。",
  [], [], "UNIQUE/FILTER")

C("excel_formulas", "allow",
  "施設別・月別の利用者数のCSVが12か月分あります。Power Queryでフォルダから一括で結合する手順を教えてください。\n"
  "例：施設名,年月,利用者数\n前橋市民文化会館,2026-04,8412\nグリーンドーム前橋,2026-04,23150\n前橋市中央公民館,2026-04,6038",
  [], [], "Power Query with public facility counts")

C("excel_formulas", "allow",
  "契約期限（D列）が今日から30日以内のセルを黄色、過ぎたものを赤にする条件付き書式の数式を教えてください。",
  [], [], "conditional formatting")

C("excel_formulas", "allow",
  "A列に町名（例：千代田町、本町、表町）が並んでいます。=TEXTJOIN(\"、\",TRUE,A2:A40) の結果から重複を除く方法はありますか。",
  [], [], "TEXTJOIN on place names")

_bad_mn = "123456789012"
assert allow_number_fails(_bad_mn)
C("excel_formulas", "allow",
  "マイナンバーの検査用数字が正しいかをExcelで判定する式を作りたいです。テスト用に適当な番号 " + _bad_mn +
  " を入れたら「エラー」と表示されるのが正しい動作ですよね？",
  [], [], "check-digit formula question with an obviously fake number that fails the check")

C("excel_formulas", "allow",
  "款・項ごとの合計を出したいです。SUMIFSの書き方を教えてください。\n\n"
  "| 款 | 項 | 予算額（千円） |\n|---|---|---|\n| 総務費 | 総務管理費 | 8,412,300 |\n| 総務費 | 徴税費 | 1,206,500 |\n"
  "| 民生費 | 社会福祉費 | 21,334,000 |\n| 民生費 | 児童福祉費 | 24,871,200 |",
  [], [], "SUMIFS over a public budget table")

C("excel_formulas", "allow",
  "郵便番号が 3710023 のように7桁の数値で入っています。=TEXT(A2,\"000-0000\") で 371-0023 にできますが、先頭が0の地域はどうなりますか。",
  [], [], "postal codes alone")

# ---------------------------------------------------------------- code
C("code", "allow",
  "電話番号の形式チェックをするPythonの正規表現です。ハイフンなしにも対応させたいです。\n"
  "import re\nPAT = re.compile(r\"^0\\d{1,4}-\\d{1,4}-\\d{4}$\")\nprint(bool(PAT.match(\"0X0-XXXX-XXXX\".replace(\"X\", \"0\"))))",
  [], [], "regex for phone numbers with a placeholder only")

C("code", "allow",
  "住民情報の検索画面のSQLです。氏名の部分一致検索が遅いので、改善案をください。\n"
  "SELECT 宛名番号, 氏名, 生年月日, 住所 FROM 住民 WHERE 氏名 LIKE '%' || :name || '%' ORDER BY 生年月日;",
  [], [], "SQL with personal-data column names but no data")

C("code", "allow",
  "PowerShellで、C:\\Users\\Public\\Documents 配下の30日以上更新されていない .tmp ファイルを削除したいです。\n"
  "Get-ChildItem -Path \"C:\\Users\\Public\\Documents\" -Filter *.tmp -Recurse | Where-Object { $_.LastWriteTime -lt (Get-Date).AddDays(-30) } | Remove-Item -WhatIf\n"
  "-WhatIf を外す前に確認すべきことは？",
  [], [], "PowerShell on a public local folder")

C("code", "allow",
  "Flaskの設定です。SECRET_KEY を環境変数から読む書き方で問題ないか見てください。\n"
  "import os\nfrom flask import Flask\napp = Flask(__name__)\napp.config[\"SECRET_KEY\"] = os.environ[\"SECRET_KEY\"]\n"
  "if __name__ == \"__main__\":\n    app.run(host=\"127.0.0.1\", port=5000)",
  [], [], "secret read from the environment; loopback address")

C("code", "allow",
  "Google Apps Script で、スプレッドシートのA列のメールアドレスに一斉送信するコードです。1日の送信上限に引っかからないようにするには？\n"
  "function send(){ const rows = SpreadsheetApp.getActiveSheet().getDataRange().getValues();\n"
  "  rows.slice(1).forEach(r => MailApp.sendEmail(r[0], '研修のお知らせ', r[1])); }",
  [], [], "GAS code without data")

C("code", "allow",
  "docker-compose.yml の書き方を確認してください。パスワードは .env から読む形にしています。\n"
  "services:\n  db:\n    image: postgres:16\n    environment:\n      POSTGRES_USER: app\n      POSTGRES_PASSWORD: ${DB_PASSWORD}\n    ports:\n      - \"127.0.0.1:5432:5432\"",
  [], [], "password placeholder ${DB_PASSWORD}, not a value")

# ---------------------------------------------------------------- rules_questions
C("rules_questions", "allow",
  "192.168.0.0/16 とは何ですか。10.0.0.0/8 や 172.16.0.0/12 との違いも、ネットワークの初心者向けに説明してください。",
  [], [], "general networking lesson on RFC 1918 ranges: no host of ours, so allow")

C("rules_questions", "allow",
  "情報公開条例で非公開となる情報（個人情報、法人情報、意思決定過程情報など）の類型を、新人研修向けに具体例つきで説明してください。",
  [], [], "非公開 used in prose about the ordinance")

C("rules_questions", "allow",
  "要配慮個人情報とは何ですか。病歴や犯罪の経歴が含まれる理由と、取得するときに本人の同意が必要な場面を教えてください。",
  [], [], "definition question mentioning 病歴・犯罪の経歴 generically")

C("rules_questions", "allow",
  "住民票の写しの第三者請求が認められるのはどんな場合ですか。弁護士などの職務上請求との違いも教えてください。",
  [], [], "rules on third-party requests")

C("rules_questions", "allow",
  "地方公務員の懲戒処分の種類（戒告・減給・停職・免職）と、処分の公表基準の一般的な考え方を教えてください。",
  [], [], "general disciplinary rules, no case")

C("rules_questions", "allow",
  "DV等支援措置の申出から決定までの一般的な流れを、窓口職員向けのフロー図の文章にしてください。",
  [], [], "procedure of a DV support measure, no individual")

C("rules_questions", "allow",
  "個人情報の漏えい等が発生したとき、個人情報保護委員会への報告（速報・確報）の期限はそれぞれいつまでですか。",
  [], [], "breach-report deadlines")

C("rules_questions", "allow",
  "次の新聞記事を、職員研修のコンプライアンス事例として300字に要約してください。\n"
  "「北関東舗装株式会社（本社・高崎市）など5社が、県発注の舗装工事で談合を繰り返したとして、公正取引委員会は10日、"
  "独占禁止法違反で計3億2,000万円の課徴金納付を命じた。同社は『真摯に受け止める』とコメントした。」",
  [], [], "news-style summary of an antitrust case against companies")

C("rules_questions", "allow",
  "会計年度任用職員が育児休業を取得するための要件を、常勤職員との違いがわかるように表にしてください。",
  [], [], "HR rule question")

# ---------------------------------------------------------------- famous_people
C("famous_people", "allow",
  "萩原朔太郎の詩「利根川のほとり」を紹介する、朗読会のチラシの紹介文（150字）を書いてください。",
  [], [], "萩原朔太郎")

_long_history = (
  "郷土学習の副読本の原稿です。小学6年生が読めるように、難しい言葉を言い換え、見出しを付けて整えてください。\n\n"
  "前橋のあゆみ ― 城下町から生糸のまち、そして県都へ\n\n"
  "　前橋は、古くは「厩橋（うまやばし）」と呼ばれていました。戦国時代には、上杉謙信や北条氏、武田氏がこの地をめぐって争い、"
  "厩橋城は関東を治めるための大切な拠点とされました。江戸時代に入ると、1601年に酒井重忠が城主となり、"
  "以後150年近くにわたって酒井氏が前橋を治めました。酒井忠清は4代将軍徳川家綱のもとで大老をつとめ、「下馬将軍」と呼ばれるほどの力を持ちました。\n"
  "　しかし、前橋城は利根川の流れに削られて崩れることが多く、1749年に松平朝矩が城主になったあと、藩の政治の中心は川越に移されてしまいます。"
  "城がない時代はおよそ100年続きましたが、幕末の1867年、松平直克のときに前橋城が再び築かれ、藩主は前橋に戻りました。"
  "このとき、城の再建にかかる費用の多くを出したのは、生糸の取引で財をなした前橋の商人たちでした。\n\n"
  "　生糸のまち\n"
  "　横浜港が開かれた1859年以降、前橋の生糸は「マエバシ」の名で海外に知られるようになりました。"
  "1870年には、速水堅曹らの指導によって、日本で初めての器械製糸所である藩営前橋製糸所が細ケ沢（現在の住吉町付近）に設けられました。"
  "これは、富岡製糸場ができる2年前のことです。また、新井領一郎はニューヨークに渡って生糸の直接取引を始め、日本とアメリカの貿易の道を開きました。\n\n"
  "　県庁のまちへ\n"
  "　明治のはじめ、群馬県の県庁は高崎に置かれたり前橋に移されたりしていましたが、"
  "初代の群馬県令（今の知事）となった楫取素彦は、前橋の人々の熱心な働きかけを受けて、1881年に県庁を前橋に置くことを正式に決めました。"
  "このとき、県庁の建物や学校の建設のために、下村善太郎をはじめとする前橋の商人たちが多額の寄付をしました。"
  "下村善太郎は、1892年に前橋に市制がしかれると、初代の市長に選ばれています。\n\n"
  "　文化のまち\n"
  "　大正時代には、萩原朔太郎が詩集『月に吠える』を発表し、口語自由詩の世界を切り開きました。"
  "朔太郎と親しかった室生犀星もたびたび前橋を訪れ、広瀬川のほとりを歩いたといわれます。"
  "ほかにも、平井晩村、萩原恭次郎、伊藤信吉など多くの詩人がこのまちから生まれ、前橋は「水と緑と詩のまち」と呼ばれるようになりました。\n\n"
  "　戦災からの復興\n"
  "　1945年8月5日の夜、前橋はアメリカ軍の空襲を受け、市街地のおよそ8割が焼けてしまいました。"
  "亡くなった人は535人にのぼります。戦後、市民は力を合わせて復興に取り組み、広い道路とケヤキ並木のある現在の中心街がつくられました。\n\n"
  "　現在の前橋\n"
  "　2004年に大胡町・宮城村・粕川村と、2009年に富士見村と合併し、市の面積は311.59平方キロメートルとなりました。"
  "2009年には中核市に移行し、保健所などの仕事も市が行うようになっています。"
  "赤城山のすそ野に広がる豊かな自然と、城下町・生糸・詩の歴史を受けつぐまちとして、前橋はこれからも歩み続けます。\n"
  "\n　年表\n"
  "　1601年　酒井重忠が厩橋城主となる\n"
  "　1649年　厩橋を前橋と改める（酒井忠清のころとされる）\n"
  "　1749年　松平朝矩が城主となる（のちに川越へ移る）\n"
  "　1863年　前橋城の再築工事が始まる\n"
  "　1867年　前橋城が完成し、松平直克が前橋に入る\n"
  "　1870年　藩営前橋製糸所が設けられる\n"
  "　1881年　県庁が前橋に置かれることが正式に決まる\n"
  "　1892年　市制施行（人口約3万2千人）、下村善太郎が初代市長となる\n"
  "　1917年　萩原朔太郎が詩集『月に吠える』を刊行\n"
  "　1945年　前橋空襲（8月5日）\n"
  "　1954年　周辺の村と合併し、市域が広がる\n"
  "　2004年　大胡町・宮城村・粕川村と合併\n"
  "　2009年　富士見村と合併、中核市に移行\n\n"
  "　調べてみよう\n"
  "　・前橋城の土塁は、今も県庁の近くに残っています。どこにあるか、地図で探してみましょう。\n"
  "　・前橋文学館には、朔太郎が使っていたマンドリンや原稿が展示されています。見学して、気づいたことをまとめましょう。\n"
  "　・家の人や地域のお年寄りに、昔の前橋の様子や七夕まつりの思い出を聞いてみましょう。\n"
)
C("famous_people", "allow", _long_history, [], [],
  "long (~1,700 chars) local history full of historical figures, years and places")

C("famous_people", "allow",
  "上毛かるたの「へ：平和の使徒 新島襄」「う：内村鑑三 上州の人」「ぬ：沼田城下の塩原太助」の札について、"
  "それぞれの人物の紹介を小学生向けに50字ずつ書いてください。",
  [], [], "上毛かるた figures")

C("famous_people", "allow",
  "Who was Suzuki Kantarō, and what is his connection to Maebashi? Please answer in about 150 words for a local history panel.",
  [], [], "historical PM in romaji (English)")

C("famous_people", "allow",
  "中島知久平と中島飛行機の歴史を、産業遺産めぐりのガイド原稿（300字）にしてください。",
  [], [], "industrialist (historical)")

C("famous_people", "not_block",
  "知事の定例記者会見の要旨を、庁内向けニュースの記事にしてください。\n"
  "「山本一太知事は6月11日の定例会見で、県内の観光客数が過去最高になったと発表した。夏の誘客キャンペーンに前橋市など12市町村が参加する。」",
  [], [], "prefectural governor (public official) named in a public press conference; allow or warn")

_long_press = (
  "次の記者発表資料を、市ホームページの新着情報（200字）とSNS投稿（100字）に要約してください。\n\n"
  "記者発表資料　令和8年7月1日\n前橋市 にぎわい商業課\n\n"
  "第73回 前橋七夕まつりを開催します\n\n"
  "　前橋の夏の風物詩「前橋七夕まつり」を、今年も中心市街地で開催します。昨年は3日間で約42万人が来場しました。\n\n"
  "1　期間　令和8年7月9日（木）〜12日（日）　各日 11:00〜21:00（最終日は20:00まで）\n"
  "2　会場　中央通り、弁天通り、銀座通り、千代田通り、オリオン通りほか中心商店街一帯\n"
  "3　主な内容\n"
  "　・商店街ごとの七夕飾りの展示（約1,500本）、七夕飾りコンクール（市長賞、前橋商工会議所会頭賞ほか）\n"
  "　・にぎわいステージ（前橋中央通り駐車場特設会場）：市内の中学・高校吹奏楽部、ダンスチームなど32団体が出演\n"
  "　・広瀬川河畔の「詩の灯り」（萩原朔太郎の詩をあしらった灯ろう300基）\n"
  "　・まちなか縁日（ヨーヨー釣り、射的、金魚すくい）と、市内の飲食店によるキッチンカー（約40台）\n"
  "4　開会式\n"
  "　7月9日（木）10:30〜　中央通りアーケード特設ステージ\n"
  "　主催者あいさつ　前橋市長 小川 晶\n"
  "　来賓祝辞　前橋商工会議所会頭、前橋市議会議長\n"
  "　テープカット　前橋市長、前橋商工会議所会頭、前橋七夕まつり実行委員長、市内保育園児\n"
  "5　交通規制\n"
  "　期間中、会場周辺の道路は11:00から22:00まで車両通行止めとなります。シャトルバスは前橋駅北口から10分間隔で運行します。\n"
  "6　その他\n"
  "　会場では、ごみの分別と持ち帰りにご協力ください。熱中症対策として、給水所を5か所に設置します。\n\n"
  "問い合わせ　前橋七夕まつり実行委員会事務局（にぎわい商業課内）　電話 027-224-1111（代表）"
)
C("famous_people", "not_block", _long_press, [], [],
  "press release naming the sitting mayor (public official) as speaker; allow or warn")

C("famous_people", "allow",
  "群馬県の初代県令・楫取素彦と、その妻の楫取美和子（吉田松陰の妹）について、大河ドラマ館の展示パネル風に紹介してください。",
  [], [], "historical figures")

# ---------------------------------------------------------------- places_public
C("places_public", "allow",
  "前橋公園とるなぱあくを回る親子向けの半日モデルコースを作ってください。お昼はさちの池の近くで食べる想定です。",
  [], [], "public parks")

C("places_public", "allow",
  "赤城山の覚満淵から鳥居峠までのハイキングコースを、初心者向けに紹介してください。所要時間と服装の注意も入れてください。",
  [], [], "Akagi hiking")

C("places_public", "allow",
  "広瀬川河畔の「詩の道」に並ぶ詩碑をめぐる散策マップの説明文を作ってください。",
  [], [], "river walk")

C("places_public", "allow",
  "〒371-0026 と 〒371-0853 の地域で行う回覧配布の部数を、町名ごとの世帯数から見積もる方法を教えてください。",
  [], [], "postal codes alone, no house numbers")

C("places_public", "allow",
  "上毛電鉄の中央前橋駅から大胡駅までの所要時間と、自転車を持ち込めるサイクルトレインの利用方法を案内文にしてください。",
  [], [], "public railway")

# ---------------------------------------------------------------- numbers_codes
_isbns = [fresh(ean13, lambda: "978" + rnd_digits(9, first="4")) for _ in range(3)]
C("numbers_codes", "allow",
  "図書館の購入候補リストを、分野ごとに分類してください。\n" +
  "\n".join(f"ISBN {i}　{t}" for i, t in zip(_isbns, ["『はじめての自治体DX』", "『地域防災の教科書』", "『ぐんまの昆虫図鑑』"])),
  [], [], "ISBN-13 numbers (fail Luhn)")

_corps = [fresh(corp_number, lambda: rnd_digits(12, first="0")) for _ in range(3)]
C("numbers_codes", "allow",
  "請求書に書かれた登録番号が正しい形式か確認したいです。国税庁の公表サイトで検索する手順も教えてください。\n" +
  "\n".join(f"{n}：T{c}" for n, c in zip(["株式会社前橋印刷", "有限会社大胡造園", "上州システム合同会社"], _corps)),
  [], [], "invoice registration numbers (T + corporate number), public by design")

_jans = [fresh(ean13, lambda: "49" + rnd_digits(10, first="0123456789")) for _ in range(3)]
C("numbers_codes", "allow",
  "備蓄品CSVの JAN列 が数値になって末尾が0に化けます。文字列で読み込む方法を教えてください。\n\n"
  "品名,JAN,数量\nアルファ米 白飯,%s,1200\n保存水 2L,%s,800\n簡易トイレ,%s,300" % tuple(_jans),
  [], [], "JAN codes in a CSV (fail Luhn)")

_recv = fresh(lambda: "2026" + rnd_digits(8, first="0"))
C("numbers_codes", "allow",
  "電子申請の受付番号（" + _recv + "）で問い合わせがあったとき、職員が画面で検索する手順書を作ってください。",
  [], [], "12-digit reception number that fails ID checks")

C("numbers_codes", "allow",
  "次の法令番号の読み方と、略称を教えてください。令和5年法律第47号、平成15年法律第57号、地方自治法施行令第167条の2第1項第1号。",
  [], [], "law numbers")

C("numbers_codes", "allow",
  "市の人口統計（令和8年6月1日現在）です。前月比を計算して、市報の囲み記事にしてください。\n"
  "総人口 326,184人（前月 326,402人）／世帯数 150,911世帯（前月 150,874世帯）／外国人住民 9,817人",
  [], [], "public population statistics")

# ---------------------------------------------------------------- secret_lookalike
C("secret_lookalike", "allow",
  "秘書広報課が発行する「広報まえばし」の配布方法が変わります。自治会長あての依頼文を作ってください。",
  [], [], "秘書広報課 as a department name")

C("secret_lookalike", "allow",
  "図書館の夏の企画展示「極秘指令！ミステリー小説の世界」のポスターのキャッチコピーを5案ください。",
  [], [], "極秘 in an exhibition title")

C("secret_lookalike", "allow",
  "市ホームページのCMSで、作成中のページを「非公開」にしたまま上司に確認してもらう方法を、操作手順書の形で書いてください。",
  [], [], "非公開 as a CMS page status")

C("secret_lookalike", "allow",
  "中学校の理科室の薬品庫に貼る「劇物 取扱注意」の表示と、保管ルールの掲示文を作ってください。",
  [], [], "取扱注意 on a chemicals label, not a document marking")

C("secret_lookalike", "allow",
  "職員向けに「強いパスワード」の作り方を説明してください。例は「********」のように伏せ字にして、実在しそうな文字列は使わないでください。",
  [], [], "password advice with masked example")

C("secret_lookalike", "allow",
  "Explain what a 'token' is in large language models and why Japanese text uses more tokens than English. 職員研修用に日本語でお願いします。",
  [], [], "token in the NLP sense")

C("secret_lookalike", "allow",
  "前橋市の内部統制制度について、監査委員の役割と内部統制評価報告書（市ホームページで公表）の読み方を教えてください。",
  [], [], "監査 / 内部 as general words")

# ---------------------------------------------------------------- ideas
C("ideas", "allow", "庁舎の省エネ（電気使用量の削減）を職員みんなで楽しく進めるアイデアを7つください。", [], [], "energy saving ideas")
C("ideas", "allow", "若い世代に前橋の魅力を伝えるSNS企画を、予算がほとんどかからないものに限って考えてください。", [], [], "SNS ideas")
C("ideas", "allow", "図書館で中高生の居場所づくりをするための企画案を、学習スペース以外で5つ挙げてください。", [], [], "library ideas")
C("ideas", "allow", "Give me five ideas for a bilingual (Japanese/English) walking event around Maebashi's Hirose River in autumn.", [], [], "English ideas")

# ---------------------------------------------------------------- public_contact (not_block)
C("public_contact", "not_block",
  "児童文化センターのプラネタリウム番組表のチラシを作ります。問い合わせ先は「前橋市児童文化センター　電話 027-224-2548」です。",
  [], [], "public facility phone (allow or warn)")

C("public_contact", "not_block",
  "県の出先機関の案内文を作ってください。会場は「群馬県庁 昭和庁舎（前橋市大手町一丁目1番1号）」です。",
  [], [], "prefectural government building address (public)")

C("public_contact", "not_block",
  "防災メールの登録方法の記事の最後に「問い合わせ：危機管理室（kikikanri@city.maebashi.gunma.jp）」と入れてください。",
  [], [], "department e-mail (public)")

C("public_contact", "not_block",
  "高齢者向けの悪質商法の注意チラシを作ってください。相談先は「前橋市消費生活センター 027-235-2046」と「消費者ホットライン 188」です。",
  [], [], "consumer centre phone and national hotline")

C("public_contact", "not_block",
  "市内の公民館の一覧表を、開館時間の列を加えて整えてください。\n\n"
  "| 館名 | 所在地 | 電話 |\n|---|---|---|\n| 中央公民館 | 前橋市千代田町二丁目5番1号 | 027-210-2196 |\n"
  "| 東公民館 | 前橋市天川大島町一丁目1番地 | 027-261-0111 |\n| 南部公民館 | 前橋市上佐鳥町452番地 | 027-265-0171 |",
  [], [], "table of public community centres with addresses and phones")

C("public_contact", "not_block",
  "商店街イベントのチラシに協賛企業の連絡先を載せます。「株式会社まえばし観光サービス　TEL 027-289-5410　info@maebashi-kanko.co.jp」"
  "のレイアウト案を出してください。",
  [], [], "company's public contact details")


# ================================================================= checks and output
def digit_candidates(text: str):
    t = unicodedata.normalize("NFKC", text)
    for m in re.finditer(r"\d+", t):
        yield m.group()
    for m in re.finditer(r"\d(?:[\d\- ]*\d)?", t):
        yield re.sub(r"\D", "", m.group())


def check(case: dict) -> None:
    for s in case["secrets"]:
        assert s in case["text"], (case["note"], s)
    if case["expect"] in ("block", "not_allow"):
        assert case["types"], case["note"]
    if case["expect"] in ("allow", "not_block"):
        assert not case["secrets"] and not case["types"], case["note"]
        for num in digit_candidates(case["text"]):
            assert allow_number_fails(num), (case["note"], num)
    for s in case["secrets"]:
        d = re.sub(r"\D", "", unicodedata.normalize("NFKC", s))
        if "JP_MY_NUMBER" in case["types"] and len(d) == 12:
            assert mynumber_ok(d), s
        if "CREDIT_CARD" in case["types"] and 13 <= len(d) <= 19:
            assert luhn_ok(d), s


def main() -> None:
    cases = list(CASES)
    for c in cases:
        check(c)
        c["note"] = re.sub(r"^long \(~[\d,]+ chars\)", f"long ({len(c['text']):,} chars)", c["note"])
    random.Random(4471).shuffle(cases)
    with OUT.open("w", encoding="utf-8") as f:
        for i, c in enumerate(cases, 1):
            row = {"id": f"k-{i:03d}", **c}
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    from collections import Counter
    print(len(cases), "cases ->", OUT)
    print(sorted(Counter(c["expect"] for c in cases).items()))
    print(sorted(Counter(c["cat"] for c in cases).items()))


if __name__ == "__main__":
    main()
