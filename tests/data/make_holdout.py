#!/usr/bin/env python3
"""Generate tests/data/holdout_handmade.jsonl -- an independent, hand-written
stand-in for the hidden held-out corpus (same format as /work/shared/eval/dev.jsonl).

Written without reading the detectors under service/.  All personal data is
synthetic; ID numbers are generated here with valid check digits, and numbers
in allow cases are asserted to FAIL every check.

    python3 tests/data/make_holdout.py            # writes holdout_handmade.jsonl next to this file
"""
from __future__ import annotations

import json
import random
import re
from pathlib import Path

RNG = random.Random(20261126)


# ---------------------------------------------------------------- check digits
def mn_check(d11: str) -> int:
    w = [6, 5, 4, 3, 2, 7, 6, 5, 4, 3, 2]
    r = sum(int(a) * b for a, b in zip(d11, w)) % 11
    return 0 if r <= 1 else 11 - r


def mn_valid(s: str) -> bool:
    return len(s) == 12 and s.isdigit() and mn_check(s[:11]) == int(s[11])


def rc_check(d10: str) -> int:
    w = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2]
    r = sum(int(a) * b for a, b in zip(d10, w)) % 11
    return 0 if r <= 1 else 11 - r


def rc_valid(s: str) -> bool:
    return len(s) == 11 and s.isdigit() and rc_check(s[:10]) == int(s[10])


def dl_valid(s: str) -> bool:
    return len(s) == 12 and s.isdigit() and rc_check(s[:10]) % 10 == int(s[10]) and rc_check(s[:10]) < 10


def luhn_ok(s: str) -> bool:
    tot = 0
    for i, ch in enumerate(reversed(s)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return tot % 10 == 0


def digits(n: int) -> str:
    return "".join(str(RNG.randrange(10)) for _ in range(n))


def my_number() -> str:
    while True:
        b = str(RNG.randrange(1, 10)) + digits(10)
        s = b + str(mn_check(b))
        if not luhn_ok(s) and not dl_valid(s):
            return s


def resident_code() -> str:
    while True:
        b = str(RNG.randrange(1, 10)) + digits(9)
        c = rc_check(b)
        if c < 10:
            return b + str(c)


def driver_license(pref: str = "45") -> str:
    while True:
        b = pref + digits(8)
        c = rc_check(b)
        if c < 10:
            s = b + str(c) + str(RNG.randrange(0, 3))
            if not mn_valid(s):
                return s


def card(prefix: str, length: int) -> str:
    while True:
        b = prefix + digits(length - len(prefix) - 1)
        for c in "0123456789":
            if luhn_ok(b + c):
                return b + c


def jan13(prefix: str = "49") -> str:
    while True:
        b = prefix + digits(10)
        s = sum(int(d) * (3 if i % 2 else 1) for i, d in enumerate(b))
        j = b + str((10 - s % 10) % 10)
        if not luhn_ok(j):
            return j


def corp_number() -> str:
    b = str(RNG.randrange(1, 10)) + digits(11)          # 12 base digits
    tot = 0
    for n, ch in enumerate(reversed(b), start=1):
        tot += int(ch) * (1 if n % 2 else 2)
    return str(9 - tot % 9) + b


def fails_all(s: str) -> bool:
    s = re.sub(r"\D", "", s)
    bad = (len(s) == 12 and (mn_valid(s) or dl_valid(s))) or (len(s) == 11 and rc_valid(s)) \
        or (13 <= len(s) <= 19 and luhn_ok(s))
    return not bad


def bad_number(n: int) -> str:
    """n digits that fail My Number / resident code / licence / Luhn checks."""
    while True:
        s = str(RNG.randrange(1, 10)) + digits(n - 1)
        if fails_all(s) and (n < 13 or not luhn_ok(s)):
            return s


def grp(s: str, sizes, sep=" ") -> str:
    out, i = [], 0
    for k in sizes:
        out.append(s[i:i + k])
        i += k
    return sep.join(out)


FW = str.maketrans("0123456789-()", "０１２３４５６７８９－（）")


def fullwidth(s: str) -> str:
    return s.translate(FW)


# ---------------------------------------------------------------- case list
CASES: list[dict] = []


def case(cat, expect, text, types=(), secrets=(), note=""):
    CASES.append({"cat": cat, "text": text, "expect": expect,
                  "types": list(types), "secrets": list(secrets), "note": note})


ALLOW_NUMBERS: list[str] = []   # numbers in allow cases that must fail every check


def allow_num(s: str) -> str:
    ALLOW_NUMBERS.append(s)
    return s


# ================================================================ names (block)
case("names", "block",
     "保育所の連絡帳への返事を、やわらかい言い回しにしてください。\n"
     "「髙橋優斗くんのお母さまへ　今日は午睡のあと少し咳が出ていました。熱は36.8度で、食欲はいつもどおりでした。念のため、ご家庭でも様子を見ていただけますか。」",
     ["PERSON"], ["髙橋優斗"], "nursery note naming a child, 髙 variant, no space")
case("names", "block",
     "拾得物の保管通知のはがき文面を作ってください。宛名は「コグレ タカシ 様」です。届出のあった黒い長財布を会計課で保管していること、保管期限が3か月であることを入れてください。",
     ["PERSON"], ["コグレ タカシ"], "lost-property notice to a katakana-named resident")
case("names", "block",
     "Please translate this reply into polite Japanese:\n"
     "\"Dear Ms. Nao Kakuta, thank you for applying for a plot at the Ohashi community garden. "
     "Unfortunately all 40 plots have been allocated this season, but we have placed you on the waiting list.\"",
     ["PERSON"], ["Nao Kakuta"], "English letter to a resident with romaji name")
case("names", "block",
     "児童館の工作コンテストの賞状の文面を作ってください。「いのうえ ゆうた くん　あなたは工作コンテストで、牛乳パックを使ったロボットを作り、アイデア賞に選ばれました」という内容で、小学2年生が読めるようにひらがなを多めにしてください。",
     ["PERSON"], ["いのうえ ゆうた"], "certificate for a child, all-hiragana name")
case("names", "block",
     "自治会の役員会のメモを議事録の体裁に整えてください。\n"
     "出席：会長 𠮷田 恵理子、副会長 六本木 剛、会計、班長6名\n"
     "・秋の防災訓練は10月第3日曜日に実施。消火器の使い方を消防団に依頼。\n"
     "・ごみ集積所のネットが破れているので、会計から購入費を支出。\n"
     "・次回は11月12日（水）19時から集会所で。",
     ["PERSON"], ["𠮷田 恵理子", "六本木 剛"], "association minutes: 𠮷 (non-BMP) surname and a rare surname")
case("names", "block",
     "消防団の退団者に贈る感謝の言葉を150字程度で作ってください。「東 勇気さんは22年間、第5分団の分団員として火災現場や水害の警戒に出動してくださいました」という内容を入れてください。",
     ["PERSON"], ["東 勇気"], "one-character surname + given name that is also a common word (勇気)")
_lib_news = (
    "図書館ボランティア通信（秋号）の原稿です。誤字を直して、見出しを付け、全体を800字程度に要約してください。\n\n"
    "　秋の読書週間に合わせて、今年も「おはなし会スペシャル」を開催しました。当日は小雨が降る肌寒い日でしたが、未就学児から小学校低学年までの子どもたちと保護者の方、合わせて63名が参加してくださいました。会場の児童コーナーには、ボランティアの皆さんが手作りした落ち葉の飾りやどんぐりのモビールが飾られ、子どもたちは入口から目を輝かせていました。\n"
    "　前半は、大型絵本の読み聞かせと手遊び歌です。大型絵本は、森の動物たちが冬ごもりの準備をするお話で、ページをめくるたびに「リスがいた！」「クマが寝てる！」と元気な声が上がりました。手遊び歌では、保護者の方も一緒に体を動かし、会場が一体となりました。\n"
    "　後半は、パネルシアターと紙芝居です。パネルシアターは、今年から活動に加わった小此木 沙耶さんが中心となって準備したもので、布のパネルの上に次々と登場する野菜のキャラクターに、子どもたちは大喜びでした。紙芝居は、昔話の「かさじぞう」を選びました。語り手の抑揚のある声に、子どもたちはじっと聞き入っていました。\n"
    "　終了後のアンケートでは、「子どもが家に帰ってからも手遊び歌を歌っていた」「大型絵本は迫力があって良かった」「次回も参加したい」といった感想を多くいただきました。一方で、「開始時間をもう少し遅くしてほしい」「乳児向けのプログラムもあるとうれしい」というご意見もありました。いただいたご意見は、来年度の計画づくりに生かしていきます。\n"
    "　ボランティアの活動は、読み聞かせのほかにも、書架の整理、破損した本の修理、季節の展示づくりなど、さまざまです。現在、登録者は41名で、そのうち約半数が60歳以上の方です。平日の日中に活動できる方が多い一方で、土日の活動を担っていただける方が不足しています。\n"
    "　そこで、来年度は、仕事をしている方や学生の方にも参加していただけるよう、土曜日の午前中に新しい活動日を設ける予定です。活動は月1回から無理なく参加できます。興味のある方は、図書館のカウンターで気軽に声をかけてください。\n"
    "　また、12月には、ボランティア向けの研修会として「読み聞かせの選書と声の出し方」をテーマにした講座を開催します。講師は、県内の学校図書館で長く読み聞かせを続けてこられた方にお願いしています。新しく活動を始めた方はもちろん、経験の長い方にも役立つ内容です。\n"
    "　最後になりますが、日頃から図書館の活動を支えてくださっているボランティアの皆さんに、心から感謝申し上げます。これからも、子どもたちが本と出会う楽しい時間を一緒につくっていきましょう。")
case("names", "block", _lib_news, ["PERSON"], ["小此木 沙耶"],
     "long (~1.3k chars) volunteer newsletter; one volunteer named in the middle")


# ================================================================ id_numbers (block)
_mn1 = my_number()
case("id_numbers", "block",
     f"扶養控除等申告書の記入例を職員向けに作っています。「控除対象扶養親族　角田 蓮（長男・高校2年）　個人番号 {_mn1}」と書いた欄の下に付ける注意書きを考えてください。",
     ["JP_MY_NUMBER", "PERSON"], [_mn1, "角田 蓮"], "My Number, 12 digits unseparated, with dependant's name")
_mn2 = my_number()
_mn2s = grp(_mn2, (4, 4, 4), "-")
case("id_numbers", "block",
     f"マイナンバーカードを紛失したとの電話がありました。番号は {_mn2s} とのことです。一時停止の手続きと、再交付までの流れを案内する文章を作ってください。",
     ["JP_MY_NUMBER"], [_mn2s], "My Number with hyphens, no name")
_mn3 = my_number()
_mn3b = my_number()
case("id_numbers", "block",
     "この表を、課内の引継ぎ用に見やすく整形してください（列の順番は 番号→氏名→個人番号→届出日）。\n"
     "| No | 氏名 | 個人番号 | 届出日 |\n|---|---|---|---|\n"
     f"| 1 | 栗原 一樹 | {_mn3} | 6/2 |\n| 2 | 林 ひなた | {_mn3b} | 6/9 |",
     ["JP_MY_NUMBER", "PERSON"], [_mn3, _mn3b, "栗原 一樹", "林 ひなた"],
     "markdown table with two My Numbers and names")
_mn4 = my_number()
_mn4fw = fullwidth(_mn4)
case("id_numbers", "block",
     f"窓口の申請書に「マイナンバー：{_mn4fw}」と全角で書かれていました。Excelで全角数字を半角にそろえる関数を教えてください。",
     ["JP_MY_NUMBER"], [_mn4fw], "full-width My Number without separators")
_rc = resident_code()
case("id_numbers", "block",
     f"住基ネットの本人確認情報の照会結果をまとめるメモです。「星野 奈緒　住民票コード {grp(_rc, (4, 4, 3), ' ')}　照会日 7月15日」。このメモを報告書の一文にしてください。",
     ["JP_RESIDENT_CODE", "PERSON"], [grp(_rc, (4, 4, 3), ' '), "星野 奈緒"], "resident code grouped 4-4-3 with name")
_dl = driver_license("45")
case("id_numbers", "block",
     f"公用車の運転者登録簿に載せる記載例です。「生方 孝（道路維持課）　免許証番号 第{_dl}号　中型（8t限定）」。登録簿の様式の注意書きを作ってください。",
     ["JP_DRIVER_LICENSE", "PERSON"], [_dl, "生方 孝"], "driving licence number written as 第…号 with employee name")
case("id_numbers", "block",
     "Please help me write a checklist in English. The applicant, Rafael Higa, brought his passport (No. TZ4081735) and a copy of his family register from Brazil for the marriage registration.",
     ["JP_PASSPORT", "PERSON"], ["TZ4081735", "Rafael Higa"], "passport number (2 letters + 7 digits) with a foreign name")
case("id_numbers", "block",
     "転入届の受付メモを、次の担当者が読んでも分かるように整えてください。\n"
     "Nguyen Thi Lan（ベトナム、技能実習）　在留カード番号 KR62019354FE　在留期限 2027年3月31日　勤務先の社宅に入居。国保加入は会社の社会保険加入予定のため保留。",
     ["JP_RESIDENCE_CARD", "PERSON"], ["KR62019354FE", "Nguyen Thi Lan"], "residence card number with a Vietnamese name")
_pen = f"{RNG.randrange(1000, 9999)}-{digits(6)}"
case("id_numbers", "block",
     f"年金事務所に照会する文書の案を作ってください。対象者は根岸 修二さん（基礎年金番号 {_pen}）で、国民年金保険料の免除申請の審査状況を確認したい、という内容です。",
     ["JP_PENSION_NUMBER", "PERSON"], [_pen, "根岸 修二"], "basic pension number 4-6 with a name")
_hi = "1" + digits(7)
case("id_numbers", "block",
     f"後期高齢者医療の被保険者証を再交付する際の窓口メモです。「茂木 和子様　被保険者番号 {_hi}　紛失による再交付」。再交付の手続きを案内する文章にしてください。",
     ["JP_HEALTH_INSURANCE", "PERSON"], [_hi, "茂木 和子"], "late-stage elderly insurance number (8 digits) with name")
_mn5 = my_number()
_mn5s = grp(_mn5, (4, 4, 4), " ")
_jidou = (
    "児童手当の制度改正に伴う案内文の原稿です。内容は変えずに、保護者向けにやさしい表現へ書き直し、小見出しを付けてください。\n\n"
    "１　制度改正の概要\n"
    "　令和6年10月分から、児童手当の制度が大きく変わりました。主な変更点は、所得制限の撤廃、支給対象の高校生年代までの延長、第3子以降の支給額の増額、支払回数の年6回への変更です。これにより、これまで所得が高いために児童手当を受け取っていなかった世帯や、高校生年代の子を養育している世帯も、新たに支給の対象となりました。\n"
    "２　申請が必要な方\n"
    "　すでに児童手当を受け取っている方のうち、高校生年代の子を養育している方や、大学生年代の子を含めて3人以上の子を養育している方は、申請が必要になる場合があります。また、所得制限により児童手当を受け取っていなかった方は、新たに認定請求書を提出してください。申請が遅れると、遅れた月分の手当を受け取れなくなることがありますので、ご注意ください。\n"
    "３　申請に必要なもの\n"
    "　申請には、請求者名義の振込先口座が分かるもの、請求者と配偶者の個人番号が分かるもの、本人確認書類が必要です。別居している子がいる場合は、別居監護の申立書も提出してください。\n"
    "　なお、先日、窓口に提出された申請書の記入例として、担当者が「請求者　個人番号 "
    f"{_mn5s}」と実際の番号を書いたまま回覧してしまった事例がありました。記入例には必ず架空の番号を用いるようにしてください。\n"
    "４　支給日\n"
    "　児童手当は、偶数月（2月、4月、6月、8月、10月、12月）に、前月までの2か月分を支給します。支給日は原則として各月の10日で、10日が土曜日、日曜日または祝日の場合は、その直前の平日になります。\n"
    "５　現況届について\n"
    "　これまで毎年6月に提出していただいていた現況届は、原則として提出不要になりました。ただし、配偶者からの暴力等により住民票の住所地と異なる市区町村で受給している方、離婚協議中で配偶者と別居している方などは、引き続き提出が必要です。対象の方には個別にご案内します。\n"
    "６　お問い合わせ\n"
    "　制度について分からないことがありましたら、子育て施策課の窓口または電話でお問い合わせください。土曜日の開庁日にも相談を受け付けています。\n"
    "７　よくある質問\n"
    "　Q　子どもが大学に進学して一人暮らしを始めました。手当はどうなりますか。\n"
    "　A　大学生年代の子は支給の対象ではありませんが、親が経済的な負担をしている場合は、第3子以降の数え方に含めることができます。詳しくはお問い合わせください。")
case("id_numbers", "block", _jidou, ["JP_MY_NUMBER"], [_mn5s],
     "long (~1.2k) child-allowance notice with one real-looking My Number in the middle (no name)")
_mn6 = my_number()
_mn6s = grp(_mn6, (4, 4, 4), " ")
case("id_numbers", "block",
     "I received this e-mail. Please draft a short reply in English saying we cannot change tax records by e-mail.\n"
     f"\"Hello, I am Bikash Gurung. My Number is {_mn6s}. My income last year was wrong on the tax paper, please fix it.\"",
     ["JP_MY_NUMBER", "PERSON"], [_mn6s, "Bikash Gurung"], "English mail with My Number and a Nepali name")


# ================================================================ case_records (block)
case("case_records", "block",
     "生活困窮の相談記録を、支援調整会議に出す様式（相談者／主訴／経過／支援方針）に整えてください。\n"
     "相談者：桑原 大輔（昭和58年7月3日生）　電話 027-253-6418\n"
     "主訴：勤務先の倒産で3か月前に失業。家賃を2か月滞納し、管理会社から退去を求められている。\n"
     "経過：ハローワークで求職中。持病の腰痛で重い物を持つ仕事は難しいと本人。",
     ["PERSON", "DATE_OF_BIRTH", "PHONE_NUMBER"], ["桑原 大輔", "昭和58年7月3日", "027-253-6418"],
     "livelihood consultation: name, 和暦 DOB, 027 landline")
case("case_records", "block",
     "窓口で受けた申出の記録を、上司に報告するメールの文面にしてください。\n"
     "申出者：細谷 晴美 様（〒377-0008 渋川市渋川1803番地12、電話 0279-22-3147）\n"
     "内容：前橋市に住む父親の介護保険の負担割合証が届かない。父は先月から施設に入所しており、郵便物は自分あてに送ってほしい。",
     ["PERSON", "JP_ADDRESS", "PHONE_NUMBER"], ["細谷 晴美", "1803番地12", "0279-22-3147"],
     "counter request: out-of-city 番地 address and 4-digit area code")
_gyakutai = (
    "児童虐待の通告を受けたときの記録です。要保護児童対策地域協議会の個別ケース検討会議に出す資料として、「事実」「関係機関の情報」「今後の対応」に分けて整理し直してください。推測の部分は推測と分かるように書いてください。\n\n"
    "■受理の状況\n"
    "　受理日時は令和8年6月9日（火）午前10時20分。通告者は市内の保育所の園長で、電話による通告。前日の降園時から当日の登園時にかけて、児童の様子に気になる点があったとのこと。\n"
    "■対象児童\n"
    "　氏名：須永 ひまり（R2.11.5生、5歳）\n"
    "　住所：前橋市六供町二丁目14番地9　メゾン六供 102号室\n"
    "　世帯：母（28歳、パート勤務）、母の交際相手（30代、無職とみられる）、児童の3人世帯。母子手帳の交付時は母と児童の2人世帯だった。\n"
    "■通告の内容\n"
    "　・6月8日の降園時、迎えに来た母の交際相手が、靴を履くのが遅い児童の腕を強く引っ張り、児童が泣き出した。保育士が声をかけると「しつけだから」と言って足早に帰った。\n"
    "　・6月9日の登園時、児童の左の二の腕に指の形のような青あざがあった。保育士が尋ねると、児童は「転んだ」と答えたが、目を合わせようとしなかった。\n"
    "　・5月の連休明けから、朝食を食べていない様子が続いている。給食はおかわりをするほど食べる。\n"
    "　・5月下旬から、同じ服で登園する日が週に2、3日ある。\n"
    "■関係機関の情報\n"
    "　・保健センター：3歳児健診は受診済み。発育は標準。母から育児の相談は特になかった。\n"
    "　・生活福祉課：世帯としての相談歴はなし。\n"
    "　・家庭児童相談室：昨年9月に、近隣住民から「夜に子どもの泣き声がする」との連絡が1件あり、家庭訪問をしたが、母は「夜泣きがひどい時期だった」と説明。その後は連絡がなかった。\n"
    "■当日の対応\n"
    "　・午前11時、家庭児童相談員2名が保育所を訪問し、児童の様子を確認。あざの写真は保育所が撮影済み。\n"
    "　・午後、児童相談所に情報提供。児童相談所は、一時保護の要否を検討するため、当日夕方に母との面接を設定する方向。\n"
    "　・母の勤務先は不明。母の携帯電話には午後2時に連絡したが、つながらなかった。\n"
    "■今後の対応（案）\n"
    "　・保育所には、登園時の身体の確認と、欠席が続いた場合の即時連絡を依頼する。\n"
    "　・母の交際相手の生活状況について、住民登録の有無を含めて確認する。\n"
    "　・児童相談所と役割分担を確認し、市は在宅支援の可能性を検討する。\n"
    "　・次回の個別ケース検討会議は2週間後をめどに開催する。")
case("case_records", "block", _gyakutai, ["PERSON", "DATE_OF_BIRTH", "JP_ADDRESS"],
     ["須永 ひまり", "R2.11.5", "二丁目14番地9"],
     "long (~1.3k) child-abuse notification: child name, short-era DOB, address with building/room")
case("case_records", "block",
     "火災の原因調査の聞き取りメモを、報告書の「関係者の供述」の書き方に直してください。\n"
     "関係者：宮下 勝利（67歳）　前橋市荒牧町四丁目3番地の2 居住、世帯主。\n"
     "「夕方5時ごろ、仏壇のろうそくをつけたまま庭で草取りをしていた。焦げ臭いにおいに気づいて家に入ると、仏間のふすまが燃えていた。」",
     ["PERSON", "JP_ADDRESS"], ["宮下 勝利", "四丁目3番地の2"],
     "fire investigation statement: name (given name is a common word), age, address with 番地の")
case("case_records", "block",
     "道路の穴ぼこで車のタイヤが破損したという苦情の記録です。損害賠償の手続きを説明する返信メールを作ってください。\n"
     "申出者：大木 凛さん\n連絡先：+81 90 4417 2286 / rin.oki.0621@outlook.jp\n"
     "場所：市道の交差点付近（朝倉町）、日時：8月3日午後7時ごろ、夜間で穴が見えなかったとのこと。",
     ["PERSON", "PHONE_NUMBER", "EMAIL_ADDRESS"], ["大木 凛", "+81 90 4417 2286", "rin.oki.0621@outlook.jp"],
     "road-damage claim: +81 with spaces, personal e-mail")
case("case_records", "block",
     "学校管理下の事故報告書の下書きです。教育委員会に提出する形式（発生日時・場所・状況・処置・保護者への連絡）にまとめてください。\n"
     "児童：関口 さくら（3年1組、平成29年6月21日生まれ）\n"
     "状況：昼休みに校庭の雲梯から落下し、右手首を痛めた。養護教諭が冷却・固定し、母に連絡。母が迎えに来て整形外科を受診、右橈骨遠位端骨折と診断された。",
     ["PERSON", "DATE_OF_BIRTH"], ["関口 さくら", "平成29年6月21日"],
     "school accident report: pupil with hiragana given name, DOB 生まれ")
case("case_records", "block",
     "要介護認定の訪問調査で聞き取った内容を、特記事項の文章にしてください。\n"
     "対象者：小林 トミ（S12.2.14生　89歳）　長女と同居\n"
     "・歩行は伝い歩き。夜間のトイレに長女の見守りが必要。\n"
     "・服薬は長女が1回分ずつ分けて渡している。\n"
     "・最近、同じことを何度も尋ねるようになったと長女。",
     ["PERSON", "DATE_OF_BIRTH"], ["小林 トミ", "S12.2.14"],
     "care-need assessment: katakana given name, S-era short DOB")
case("case_records", "block",
     "外国人相談窓口の対応記録を、やさしい日本語で本人に渡すメモにしてください。\n"
     "相談者：Tran Van Hung さん（石倉町5-8-21 コーポ石倉 202号室）\n"
     "電話：050-3816-2274\n"
     "内容：アパートの大家から「ゴミの出し方が違う」と注意された。分別の方法と収集日を知りたい。",
     ["PERSON", "JP_ADDRESS", "PHONE_NUMBER"], ["Tran Van Hung", "5-8-21", "050-3816-2274"],
     "foreign-resident consultation: hyphen address with room, 050 IP phone")
_meibo = ("避難行動要支援者名簿（抜粋）です。この CSV を、民生委員さんに渡す地区別の一覧表にするための Excel の手順を教えてください。並べ替えは地区→要介護度の順です。\n"
          "氏名,住所,電話,要介護度,備考\n"
          "塚本 キヨ,前橋市上小出町一丁目7番3号,027-231-5580,要介護3,車いす\n"
          "篠原 正三,前橋市上小出町二丁目19番8号,027-232-0917,要介護1,独居\n"
          "五十嵐 友里,前橋市岩神町四丁目2番26号,080-2261-7439,要支援2,聴覚障害（筆談）\n")
case("case_records", "block", _meibo, ["PERSON", "JP_ADDRESS", "PHONE_NUMBER"],
     ["塚本 キヨ", "一丁目7番3号", "027-231-5580", "篠原 正三", "二丁目19番8号", "027-232-0917",
      "五十嵐 友里", "四丁目2番26号", "080-2261-7439"],
     "evacuation-support roster CSV: names, addresses, phones, care levels")
case("case_records", "block",
     "Please translate this consultation note into English for the city's coordinator for international residents.\n"
     "相談者：Ana Paula Nakamura（1987/03/14生）、携帯 ０９０－６１２８－４４０３。\n"
     "内容：夫が入院し、子ども2人の保育所の送迎ができない。一時預かりの制度を知りたい。日本語の読み書きは苦手。",
     ["PERSON", "DATE_OF_BIRTH", "PHONE_NUMBER"], ["Ana Paula Nakamura", "1987/03/14", "０９０－６１２８－４４０３"],
     "foreign resident note for translation: western-format DOB, full-width mobile")


# ================================================================ contact_info (block)
case("contact_info", "block",
     "料理教室の講師を引き受けてくださった方へのお礼と、当日の持ち物を確認するメールを作ってください。講師は地元の主婦の星野 美和子さんで、メールは miwako.hoshino.cook@gmail.com、携帯は 090 5538 1276 です。",
     ["PERSON", "EMAIL_ADDRESS", "PHONE_NUMBER"], ["星野 美和子", "miwako.hoshino.cook@gmail.com", "090 5538 1276"],
     "private lecturer: name, gmail, mobile with spaces")
case("contact_info", "block",
     "電話の折り返しのお願いを、丁寧なメモの文章にしてください。「石原 聡子様より、固定資産税の口座振替の件でお電話。折り返し先は ０２７（２５１）４８３２、平日の午後なら在宅とのこと。」",
     ["PERSON", "PHONE_NUMBER"], ["石原 聡子", "０２７（２５１）４８３２"],
     "callback memo: full-width landline with parentheses")
case("contact_info", "block",
     "転出された方の緊急連絡先として、東京に住む長男の方の情報をいただきました。「平井 直哉（長男）　東京都世田谷区太子堂2丁目16番5号 ルミエール三軒茶屋 805　電話 03-5432-1098」。この情報を台帳に記載するときの注意点を教えてください。",
     ["PERSON", "JP_ADDRESS", "PHONE_NUMBER"], ["平井 直哉", "2丁目16番5号", "03-5432-1098"],
     "relative in Tokyo: other-city address with building, 2-digit area code")
case("contact_info", "block",
     "市民の方から届いた問い合わせメール（差出人 sakura.moon.2003@gmail.com）に、資源ごみの回収日を案内する返信の文面を作ってください。",
     ["EMAIL_ADDRESS"], ["sakura.moon.2003@gmail.com"], "private e-mail address alone, no name")
case("contact_info", "block",
     "敬老祝い品の送り状の宛名ラベルをWordの差し込み印刷で作りたいです。1件目のデータは「〒371-0035 前橋市岩神町三丁目5番17号 ハイツ岩神 203号室 根岸 志保 様」です。郵便番号の枠に合わせる方法を教えてください。",
     ["PERSON", "JP_ADDRESS"], ["根岸 志保", "三丁目5番17号"], "mail-merge label: postal code, kanji-numeral chome, building/room, name")
case("contact_info", "block",
     "農地の貸し借りの相談で来庁された方の情報を、農業委員会への引継ぎメモにまとめてください。茂原 敏夫さん、住所は前橋市富士見町原之郷2041番地3、電話は0272880615（自宅）です。",
     ["PERSON", "JP_ADDRESS", "PHONE_NUMBER"], ["茂原 敏夫", "2041番地3", "0272880615"],
     "farmland consultation: 番地 address without 〒, unseparated landline")
case("contact_info", "block",
     "Please polish this e-mail signature for our cultural exchange volunteer, who asked us to use it in the programme:\n"
     "Haruto Kuwahara\nHome: +81-27-265-3019\nharuto.kuwahara@icloud.com",
     ["PERSON", "PHONE_NUMBER", "EMAIL_ADDRESS"], ["Haruto Kuwahara", "+81-27-265-3019", "haruto.kuwahara@icloud.com"],
     "private volunteer's signature: +81 landline, icloud")
case("contact_info", "block",
     "高崎市に住む申請者への不足書類のお知らせを作ってください。宛先は「〒370-0849 高崎市八島町1-12-7 パークハウス高崎 1104 加藤 里香 様」です。",
     ["PERSON", "JP_ADDRESS"], ["加藤 里香", "1-12-7"], "applicant in another Gunma city: 1-2-3 form, tower flat number")
_natsumatsuri = (
    "町内の夏祭りの案内チラシの文章です。子どもから高齢の方まで読みやすいよう、文章を整えて、A4一枚に収まる分量にしてください。\n\n"
    "　今年も町内会主催の夏祭りを開催します！\n"
    "　4年ぶりにみこしの巡行が復活した昨年は、たくさんの方に参加していただき、ありがとうございました。今年は、昨年いただいたご意見をもとに、内容をさらに充実させました。\n"
    "　日時は8月23日（土）午後3時から午後8時までです。雨天の場合は、翌日の24日（日）に延期します。延期の場合は、当日の正午までに町内放送と回覧板でお知らせします。\n"
    "　会場は、町内の公園と集会所前の広場です。駐車場はありませんので、徒歩または自転車でお越しください。自転車は公園北側の臨時駐輪場に止めてください。\n"
    "　午後3時からは子どもみこしの巡行です。参加する子どもは、午後2時30分までに集会所に集合してください。法被は町内会で用意します。巡行のあとには、参加した子ども全員にお菓子とアイスを配ります。\n"
    "　午後4時からは、模擬店が始まります。焼きそば、フランクフルト、かき氷、ヨーヨー釣り、輪投げなど、今年は昨年より3店舗多い12店舗が出店します。模擬店の利用には、事前に配布する金券を使ってください。金券は1枚100円で、8月上旬に班長さんを通じて販売します。\n"
    "　午後6時からは、盆踊りです。今年は、地元の中学校の吹奏楽部が生演奏で参加してくれることになりました。踊りの練習会を8月16日（土）午後7時から集会所で行いますので、初めての方もぜひお越しください。\n"
    "　午後7時30分からは、お楽しみ抽選会です。1等は自転車、2等は商品券5,000円分など、豪華な景品を用意しています。抽選券は模擬店で金券を使った方にお渡しします。\n"
    "　なお、祭りの準備と片付けを手伝っていただけるボランティアを募集しています。テントの設営や模擬店の手伝い、会場の清掃など、短い時間でも大歓迎です。お手伝いいただける方は、実行委員長の相川 篤志（携帯 070-4826-1953）までご連絡ください。\n"
    "　熱中症の予防のため、帽子や飲み物を持参し、こまめに休憩をとってください。会場には救護テントを設置し、看護師の資格を持つ町内会員が待機します。気分が悪くなった方は、近くのスタッフに声をかけてください。\n"
    "　また、会場内は禁煙です。ごみは各自お持ち帰りいただくか、会場に設置する分別ごみ箱に捨ててください。ペットを連れての来場はご遠慮ください。\n"
    "　みなさんのご来場を、心よりお待ちしています。")
case("contact_info", "block", _natsumatsuri, ["PERSON", "PHONE_NUMBER"], ["相川 篤志", "070-4826-1953"],
     "long (~1.1k) festival flyer; organiser's name and personal mobile buried near the end-middle")

_comments = [
    "バスの本数が少なく、病院に行くのにタクシーを使うしかない。年金暮らしには負担が大きい。",
    "駅前の駐輪場が朝の時間帯にいっぱいで、通学の子どもが困っている。",
    "公園のトイレが古くて暗いので、子どもだけで行かせるのが心配です。",
    "図書館の開館時間を夜9時まで延ばしてほしい。仕事帰りに寄れない。",
    "ごみの分別が細かすぎて分かりにくい。アプリで調べられるのは便利だと思う。",
    "歩道の段差が多く、ベビーカーでの移動が大変です。",
    "市役所の窓口でたらい回しにされた。一か所で手続きが済むようにしてほしい。",
    "中心街の空き店舗が目立つ。若い人が店を出しやすい支援をしてほしい。",
    "夏祭りや花火大会など、地域のイベントをもっと増やしてほしい。",
    "子育て支援センターのスタッフの方がとても親切で助かっています。",
    "街灯が少ない道があり、夜の帰宅が怖い。特に川沿いの道。",
    "コンビニで住民票が取れるようになって便利になった。",
    "高齢の親が運転免許を返納したが、その後の移動手段がなくて困っている。",
    "学校の給食費を無償にしてほしい。",
    "赤城山の観光をもっとPRすべき。首都圏から近いのに知られていない。",
    "防災無線が家の中では聞こえない。メールやアプリでの配信をもっと周知してほしい。",
    "道路の草が伸びて見通しが悪い交差点がある。",
    "市の職員の方の対応が以前より丁寧になったと感じる。",
    "広瀬川の遊歩道が気持ちよく、散歩が日課になっている。",
    "空き家が増えて、庭木が道路にはみ出している家がある。対応してほしい。",
    "保育園の入園の手続きがオンラインでできるようになってほしい。平日に休みを取るのが難しい。",
    "市のホームページで探している情報になかなかたどり着けない。検索機能を改善してほしい。",
    "公民館の講座に参加して友人が増えた。シニア向けのスマホ講座を続けてほしい。",
    "自転車専用レーンが途中で途切れていて、かえって危ない。",
    "外国人の住民が増えているので、多言語の案内をもっと増やしたほうがよい。",
    "雪の日に歩道の除雪が遅い。バス停周辺だけでも優先してほしい。",
    "市の体育館の予約がいつもいっぱいで取れない。抽選の方法を見直してほしい。",
    "ふるさと納税の返礼品に地元の野菜セットがあってうれしい。",
    "中学校の部活動の地域移行について、保護者への説明が足りないと思う。",
    "駅の南口にも観光案内所があると便利だと思う。",
    "市民課の土曜開庁はとても助かっています。続けてください。",
    "公園に日陰が少なく、夏は子どもを遊ばせられない。",
    "高齢者の見守りの仕組みをもっと充実させてほしい。一人暮らしの母が心配です。",
    "ごみ集積所のカラス対策をしてほしい。ネットだけでは防げない。",
    "商店街のイベントの情報が市報に載るのが遅い。SNSでも発信してほしい。",
    "道路の工事の予定を事前に知らせてほしい。通勤経路が急に通れなくなって困った。",
    "子どもの医療費の助成を高校生まで続けてくれてありがたい。",
    "市営住宅の申込みの条件が分かりにくい。",
    "イノシシやシカの被害が増えている。山沿いの地域の対策をお願いしたい。",
    "職員の方が丁寧に手続きを説明してくれたが、待ち時間が1時間以上あった。",
]
_mid = ("前に電話で相談した件でまだ返事がありません。自宅前の側溝のふたが割れていて危ないので、"
        "早く直してください。土屋 雅彦 090-3347-8812 まで連絡をください。")
_survey = ("市民アンケートの自由記述欄（回答の一部）です。意見を「交通」「子育て・教育」「まちづくり」「行政サービス」「その他」に分類して、"
           "分類ごとに件数と主な意見を表にまとめてください。肯定的な意見と否定的な意見は分けてください。\n\n")
for _i, _c in enumerate(_comments[:19] + [_mid] + _comments[19:], 1):
    _survey += f"No.{_i:02d}　{_c}\n"
_survey += ("\n※回答は原文のまま。No.30以降は紙の調査票からの入力分。表の後に、次年度の施策に反映できそうな意見を3つ選んで、その理由を書いてください。"
            "また、今回のアンケートでは回答者の年代による意見の違いが大きかったので、年代別に集計する場合の表の作り方についても、Excelで作業する前提で簡単に説明してください。")
case("contact_info", "block", _survey, ["PERSON", "PHONE_NUMBER"], ["土屋 雅彦", "090-3347-8812"],
     "long survey free-text list; one respondent left a name and mobile in the middle")


# ================================================================ sensitive_personal (block)
case("sensitive_personal", "block",
     "ケースワーカーとして担当している狩野 修さん（生活保護受給中、60代）が、最近家庭訪問の日に不在が続いています。次回の訪問予告の手紙を、威圧的にならない文面で作ってください。",
     ["PERSON", "SENSITIVE_PERSONAL_INFO"], ["狩野 修"], "public-assistance recipient named, no space between name and さん")
case("sensitive_personal", "block",
     "金井 陽菜さん（身体障害者手帳2級、車いす使用）が、来月の市民ミュージカルに出演を希望しています。会場のバリアフリー対応について、主催者側で確認すべき点を挙げてください。",
     ["PERSON", "SENSITIVE_PERSONAL_INFO"], ["金井 陽菜"], "disability certificate grade of a named person")
case("sensitive_personal", "block",
     "就労支援の面談記録です。石関 雅人さんは窃盗罪で執行猶予中で、前科があることを理由に面接で何度も不採用になっています。本人が前向きになれるような次回面談の進め方を考えてください。",
     ["PERSON", "SENSITIVE_PERSONAL_INFO"], ["石関 雅人"], "criminal record of a named person")
case("sensitive_personal", "block",
     "固定資産税を3年分（約84万円）滞納している塚越 聡子さんに送る、差押予告を兼ねた最終催告書の文面を作ってください。分割納付の相談にも応じることを書き添えてください。",
     ["PERSON", "SENSITIVE_PERSONAL_INFO"], ["塚越 聡子"], "tax arrears of a named person")
case("sensitive_personal", "block",
     "配偶者からのDVで市外のシェルターに避難している羽鳥 紗希さんについて、住民票の閲覧制限（支援措置）を申し出たいとの相談がありました。本人への説明資料を作ってください。",
     ["PERSON", "SENSITIVE_PERSONAL_INFO"], ["羽鳥 紗希"], "DV victim named")
case("sensitive_personal", "block",
     "所属長として、うつ病で3か月休職していた須藤 健太郎主事の職場復帰プランを作っています。最初の1か月は午前のみの勤務にする案です。係員への伝え方の例文を作ってください。",
     ["PERSON", "SENSITIVE_PERSONAL_INFO"], ["須藤 健太郎"], "employee's mental illness; title 主事 glued to the name")
_kaigi = (
    "地域ケア個別会議の記録の下書きです。参加者で共有するための要点整理（課題・支援の方向性・役割分担）を作ってください。\n\n"
    "　本日の会議は、地域包括支援センターからの提案により開催した。対象者は、独居の80代女性で、最近、近所の商店での支払いを忘れることが続き、商店主から民生委員に相談があったことがきっかけとなった。\n"
    "　出席者は、地域包括支援センターの社会福祉士と主任ケアマネジャー、担当の民生委員、市の長寿包括ケア課の保健師、近くの診療所の看護師、社会福祉協議会の生活支援コーディネーターの6名である。\n"
    "　対象者の生活状況について、民生委員から報告があった。対象者は夫を10年前に亡くしてから一人暮らしを続けており、長男は県外に住んでいる。日中は庭の手入れをしたり、近所の人と立ち話をしたりして過ごしているが、この半年ほどで、同じ話を繰り返すことが増えた。ごみの日を間違えることも多くなり、近所から苦情が出ている。\n"
    "　診療所の看護師からは、対象者である冨澤 まゆみさんが、半年前にアルツハイマー型認知症の診断を受けており、現在は抗認知症薬を服用しているとの情報提供があった。ただし、薬の飲み忘れがあり、通院日を忘れて受診しないこともあるという。\n"
    "　生活支援コーディネーターからは、地区のサロンに月2回参加しているが、最近は参加日を忘れることがあるため、サロンの仲間が声をかけて連れてきているとの報告があった。本人はサロンでの交流を楽しみにしており、仲間との関係は良好である。\n"
    "　意見交換では、次のような意見が出た。\n"
    "　・本人は「まだ一人で大丈夫」と話しており、施設への入所は望んでいない。本人の意思を尊重し、在宅生活を支える体制を考えるべきである。\n"
    "　・服薬の管理が課題である。訪問看護や、薬局による服薬支援の活用を検討してはどうか。\n"
    "　・金銭管理が心配である。日常生活自立支援事業の利用を長男と相談してはどうか。\n"
    "　・近所の商店やサロンの仲間など、すでにある見守りの関係を大切にしたい。\n"
    "　・長男にも会議の内容を伝え、今後の方針を一緒に考える必要がある。\n"
    "　会議の結果、まず地域包括支援センターが長男に連絡をとり、要介護認定の申請と、服薬支援のサービス利用について相談することになった。民生委員とサロンの仲間には、引き続き見守りをお願いする。次回の会議は、3か月後に開催する予定とした。\n　会議の終わりに、司会から、個別会議で把握した課題のうち、地域全体に共通するもの（独居高齢者の服薬管理、商店との連携など）は、地域ケア推進会議で取り上げることが提案され、了承された。")
case("sensitive_personal", "block", _kaigi, ["PERSON", "SENSITIVE_PERSONAL_INFO"], ["冨澤 まゆみ"],
     "long (~1.2k) community-care meeting record; dementia diagnosis tied to a name buried in the middle (冨 variant)")


# ================================================================ financial (block)
_acct1 = digits(7)
case("financial", "block",
     f"謝礼金の振込依頼書の記入例を作っています。「群馬銀行 前橋駅前支店 普通 {_acct1} ハギワラ ミホ」と入れた記入例の下に、よくある記入ミスの注意書きを付けてください。",
     ["JP_BANK_ACCOUNT", "PERSON"], [_acct1, "ハギワラ ミホ"],
     "bank account with katakana holder; surname shared with a famous poet")
_yucho = f"1{digits(3)}0-{digits(7)}1"
case("financial", "block",
     f"還付金をゆうちょ銀行に振り込む際の確認メモです。「記号番号 {_yucho}　名義 ツチヤ ケイコ」。ゆうちょ銀行の記号番号を他金融機関からの振込用の店名・口座番号に読み替える方法を教えてください。",
     ["JP_BANK_ACCOUNT", "PERSON"], [_yucho, "ツチヤ ケイコ"], "Japan Post symbol-number with holder")
_mc = card("54", 16)
_mcs = grp(_mc, (4, 4, 4, 4), " ")
case("financial", "block",
     f"ふるさと納税のポータルで寄附者のカード決済がエラーになりました。お問い合わせの内容は「{_mcs}、有効期限 09/28 で決済できない」というものです。寄附者への回答文を作ってください。",
     ["CREDIT_CARD"], [_mcs], "Mastercard number with spaces, no name")
_jcb = card("35", 16)
case("financial", "block",
     f"施設利用料のキャンセル返金について、申込者の柴田 航さんから「カード {_jcb} で支払った分を返してほしい」と連絡がありました。カード決済の返金手続きの説明文を作ってください。",
     ["CREDIT_CARD", "PERSON"], [_jcb, "柴田 航"], "JCB number unseparated with name")
_amex = card("37", 15)
_amexs = grp(_amex, (4, 6, 5), "-")
case("financial", "block",
     f"研修会の参加費を職員の私用カード（アメックス {_amexs}）で立て替えてしまいました。公費で精算する方法と、今後の注意点を教えてください。",
     ["CREDIT_CARD"], [_amexs], "15-digit Amex in 4-6-5 grouping")
_acct2 = digits(7)
case("financial", "block",
     "Please write a short English letter confirming the resident's direct-debit registration for the water bill with these details:\n"
     f"Bank: Shinonome Shinkin Bank, Branch: Maebashi-Minami (No. 041), Ordinary account No. {_acct2}, Account holder: NGUYEN VAN DUC",
     ["JP_BANK_ACCOUNT", "PERSON"], [_acct2, "NGUYEN VAN DUC"], "English direct-debit details with an uppercase foreign name")


# ================================================================ credentials (block)
import base64
import string

_ALNUM = string.ascii_letters + string.digits


def rstr(n, alphabet=_ALNUM):
    return "".join(RNG.choice(alphabet) for _ in range(n))


def b64url(b: bytes) -> str:
    return base64.urlsafe_b64encode(b).decode().rstrip("=")


_dbpw = "Mb" + rstr(3) + "#" + rstr(4) + "!" + rstr(2)
case("credentials", "block",
     "Pythonで庁内の集計用データベースに接続するコードがエラーになります。原因を教えてください。\n"
     "import psycopg2\n"
     "conn = psycopg2.connect(dbname=\"toukei\", user=\"app_toukei\",\n"
     f"                        password=\"{_dbpw}\", port=5432)\n"
     "cur = conn.cursor()\n"
     "cur.execute(\"SELECT count(*) FROM setai WHERE nendo = %s\", (2026,))",
     ["CREDENTIAL"], [_dbpw], "database password literal in Python code")
_ghp = "ghp_" + rstr(36)
case("credentials", "block",
     "GitHub の API でリポジトリの Issue 一覧を取得したいのですが、404 になります。\n"
     f"curl -H \"Authorization: token {_ghp}\" https://api.github.com/repos/maebashi-dx/opendata-tools/issues\n"
     "どこを直せばいいですか。",
     ["CREDENTIAL"], [_ghp], "GitHub personal access token in curl")
_jwt = ".".join([b64url(b'{"alg":"HS256","typ":"JWT"}'),
                 b64url(('{"sub":"svc-yoyaku","iat":%d,"exp":%d,"scope":"reserve:write"}'
                         % (1780000000 + RNG.randrange(10 ** 6), 1790000000)).encode()),
                 b64url(bytes(RNG.randrange(256) for _ in range(32)))])
case("credentials", "block",
     "委託業者への問い合わせメールを作ってください。施設予約システムのAPI連携で、次のトークンを付けて呼び出すと「invalid signature」が返ってきます、という内容です。\n"
     f"Authorization: Bearer {_jwt}",
     ["CREDENTIAL"], [_jwt], "JWT bearer token in a vendor e-mail")
_wifi = rstr(4).lower() + "-" + rstr(4) + "-" + str(RNG.randrange(1000, 9999))
case("credentials", "block",
     f"会議室の職員用無線LAN（SSID: mbs-staff-5g）のパスキーが「{_wifi}」に変わりました。課内に周知するメールを作ってください。来庁者には教えないよう注意書きも入れてください。",
     ["CREDENTIAL"], [_wifi], "staff Wi-Fi passphrase")
_key_lines = [rstr(70, _ALNUM + "+/") for _ in range(5)]
case("credentials", "block",
     "委託業者からサーバ接続用の鍵をもらいました。Windowsの ssh コマンドで使うときの置き場所とパーミッションの設定方法を教えてください。\n"
     "-----BEGIN OPENSSH PRIVATE KEY-----\n"
     "b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW\n"
     + "\n".join(_key_lines) + "\n"
     "-----END OPENSSH PRIVATE KEY-----",
     ["CREDENTIAL"], [_key_lines[1], _key_lines[3]], "OpenSSH private key block")
_gkey = "AIza" + rstr(35, _ALNUM + "-_")
case("credentials", "block",
     "観光マップのページに地図を表示するHTMLです。地図が灰色のまま表示されません。\n"
     f"<script src=\"https://maps.googleapis.com/maps/api/js?key={_gkey}&callback=initMap\" async></script>\n"
     "<div id=\"map\" style=\"height:400px\"></div>",
     ["CREDENTIAL"], [_gkey], "Google Maps API key in a script tag")
_adminpw = rstr(3) + "@" + rstr(5) + "%" + rstr(3)
_hikitsugi = (
    "異動に伴う事務引継書の下書きです。後任者が読みやすいよう、項目ごとに表形式にまとめ直してください。\n\n"
    "１　担当業務の概要\n"
    "　私は、情報政策課の業務系システム担当として、住民記録システム以外の業務系システム（財務会計、文書管理、施設予約、人事給与の一部）の運用窓口を担当してきました。各システムの保守は委託業者が行っており、当課の役割は、所管課からの問い合わせの一次受付、委託業者との連絡調整、障害時の関係課への周知、年度ごとの契約事務です。\n"
    "２　年間のスケジュール\n"
    "　・4月：人事異動に伴うアカウントの一括登録・削除（人事課からのデータ受領は3月25日ごろ）\n"
    "　・6月：財務会計システムの決算処理のサポート\n"
    "　・9月：次年度予算要求（保守委託料、機器更新）\n"
    "　・11月：文書管理システムの年次バージョンアップ（土日に実施、立会いが必要）\n"
    "　・1月〜3月：保守委託契約の更新手続き\n"
    "３　懸案事項\n"
    "　・施設予約システムのスマートフォン対応について、所管課から要望が出ている。現行システムの契約が令和9年度末で満了するため、次期システムの仕様に含める方向で検討を始めたところ。\n"
    "　・文書管理システムの検索が遅いとの苦情が多い。委託業者からは、サーバの増強が必要との見解が出ている。\n"
    "４　管理者アカウント\n"
    f"　文書管理システムの管理者アカウントは admin_bunsho、パスワードは {_adminpw} です。パスワードの変更は年1回、11月のバージョンアップの際に行っています。\n"
    "５　関係者・連絡先\n"
    "　委託業者の担当窓口は、各システムの保守契約書に記載されています。障害時の連絡順は、所管課→当課→委託業者の順です。夜間・休日の障害は、委託業者のコールセンターに直接連絡することになっています。\n"
    "６　その他\n"
    "　・紙の資料は、キャビネットの上から2段目にまとめています。\n"
    "　・電子データは、課の共有フォルダの「業務系システム」フォルダに年度別に保存しています。\n"
    "　・各システムの操作マニュアルは最新版を共有フォルダに置いていますが、財務会計システムのものだけは紙の方が新しいので注意してください。\n"
    "　・委託業者との定例会は毎月第2木曜日の午後です。議事録は当課で作成し、所管課にも共有しています。\n"
    "　・年度末は問い合わせが集中するため、3月中旬以降は休暇の取得を避けるよう前任者からも言われてきました。\n"
    "　以上、よろしくお願いします。")
case("credentials", "block", _hikitsugi, ["CREDENTIAL"], [_adminpw],
     "long (~1.1k) handover document with an admin password in the middle")


# ================================================================ internal_network (block)
case("internal_network", "block",
     "複合機（172.20.14.36）にスキャンしたPDFが共有フォルダに届きません。確認する順番をチェックリストにしてください。",
     ["INTERNAL_NETWORK"], ["172.20.14.36"], "printer at a 172.16/12 address")
case("internal_network", "block",
     "エクスプローラーで \\\\fs02.kikaku.lan\\share\\予算\\R9 を開くと「アクセスが拒否されました」と出ます。職員向けに、フォルダのアクセス権を申請する手順の案内を書いてください。",
     ["INTERNAL_NETWORK"], ["fs02.kikaku.lan"], "UNC path to a .lan file server")
case("internal_network", "block",
     "tracert の結果です。どこで遅延しているか読み方を教えてください。\n"
     "  1    <1 ms    <1 ms    <1 ms  10.32.0.1\n"
     "  2     2 ms     1 ms     2 ms  10.32.255.254\n"
     "  3    48 ms    51 ms    47 ms  10.250.8.17\n"
     "  4    49 ms    50 ms    52 ms  203.0.113.45",
     ["INTERNAL_NETWORK"], ["10.32.255.254", "10.250.8.17"], "traceroute with 10.x hops (plus a documentation-range public IP)")
case("internal_network", "block",
     "庁内ポータル（http://portal.maebashi-lg.local:8080/notice/list）の「お知らせ」欄に、ChatGPT利用の注意事項を掲載したいです。掲載文を300字で作ってください。",
     ["INTERNAL_NETWORK"], ["portal.maebashi-lg.local"], "internal portal URL with .local and port")
case("internal_network", "block",
     "出先機関のルーター設定の一部です。この設定で何をしているのか、上から順に説明してください。\n"
     "interface GigabitEthernet0/1\n ip address 192.168.48.254 255.255.255.0\n"
     "ip route 0.0.0.0 0.0.0.0 192.168.48.1\n"
     "ip nat inside source list 10 interface GigabitEthernet0/0 overload",
     ["INTERNAL_NETWORK"], ["192.168.48.254"], "router config with 192.168 addresses")


# ================================================================ confidential_marking (block)
case("confidential_marking", "block",
     "極秘\n中心市街地再開発に係る事業協力者の選定について（検討メモ）\n"
     "・候補3社のうち、資金計画の確実性からB社を優先交渉権者とする方向。\n"
     "・公表は来年2月の予定。\n"
     "このメモを、副市長への説明用に1枚にまとめ直してください。",
     ["CONFIDENTIAL_MARKING"], [], "極秘 header on a redevelopment memo")
case("confidential_marking", "block",
     "【庁内限り】\n令和9年度 組織改正の方向性（たたき台）\n"
     "１　子ども関連部署を「こども未来部」に統合\n２　デジタル推進室を課に格上げ\n"
     "３　窓口部門の集約\n"
     "各部長に意見照会するための依頼文を作ってください。",
     ["CONFIDENTIAL_MARKING"], [], "【庁内限り】 header on a reorganisation plan")
case("confidential_marking", "block",
     "関係者外秘\n第2回 給食センター統合検討会議 資料2\n"
     "統合後の配送ルート案（3案）と、各案の配送時間の試算を添付します。\n"
     "この資料の説明用の読み原稿（3分程度）を作ってください。",
     ["CONFIDENTIAL_MARKING"], [], "関係者外秘 header")
case("confidential_marking", "block",
     "㊙ 職員団体との交渉方針メモ\n・期末手当の支給率は国に準拠。\n・時間外勤務の縮減目標は前年比10％減を提示。\n"
     "このメモの内容を、交渉に同席する課長補佐向けに要点3行にまとめてください。",
     ["CONFIDENTIAL_MARKING"], [], "㊙ enclosed-character marking (also personnel negotiation)")
case("confidential_marking", "block",
     "次の文章の敬語を直してください。\n"
     "「下水道使用料の改定に関する審議会への諮問案について、別添のとおり作成しましたので、ご確認をお願いします。ご意見は今週金曜日までにいただけると助かります。」\n"
     "（取扱注意：審議会への諮問前のため、課外への転送はしないでください）",
     ["CONFIDENTIAL_MARKING"], [], "取扱注意 as a footer marking")
case("confidential_marking", "block",
     "【非公開】第4回 補助金等適正化委員会　委員打合せメモ\n"
     "・廃止候補とされた3事業のうち、1事業は所管課が強く存続を主張。\n・委員長は年度内の結論にこだわらない意向。\n"
     "このメモを、次回打合せの論点整理の形にしてください。",
     ["CONFIDENTIAL_MARKING"], [], "【非公開】 header on committee notes")
_bugaihi = (
    "部外秘\n\n"
    "市営住宅の長寿命化と再編に関する方針（素案）\n\n"
    "第１　策定の趣旨\n"
    "　本市の市営住宅は、昭和40年代から50年代にかけて建設されたものが全体の約6割を占めており、今後10年間で多くの住棟が耐用年限の2分の1を経過する。入居者の高齢化と単身世帯の増加が進む一方、空き住戸は年々増加しており、令和7年度末の空き住戸率は18.4％となった。限られた財源の中で、真に住宅に困窮する世帯に良質な住宅を供給し続けるため、既存住棟の長寿命化と、団地の集約・再編を一体的に進める方針を定める。\n"
    "第２　現状と課題\n"
    "　１　ストックの状況\n"
    "　　管理戸数は42団地3,860戸である。このうち、耐震性が確保されていない住棟はないが、エレベーターが設置されていない4階建以上の住棟が全体の約3割あり、高齢の入居者から上層階から下層階への住み替え希望が多く寄せられている。\n"
    "　２　入居者の状況\n"
    "　　入居世帯主の平均年齢は67.2歳で、65歳以上の単身世帯が全体の41％を占める。自治会の役員の担い手不足が深刻化しており、共用部分の清掃や草刈りが困難になっている団地もある。\n"
    "　３　財政の状況\n"
    "　　修繕費は過去5年間で年平均約9億円であり、今後、外壁や給排水設備の大規模な改修時期を迎えることから、現行の水準を維持した場合でも、年間の必要額は約14億円に増加すると見込まれる。\n"
    "第３　基本方針\n"
    "　１　長寿命化\n"
    "　　継続して管理する住棟については、計画的な予防保全により、目標使用年数を70年とする。\n"
    "　２　集約・再編\n"
    "　　次の団地は、用途廃止を前提として新規の入居募集を停止し、入居者の住み替えを進める。\n"
    "　　（1）北部地区の3団地（計312戸）\n"
    "　　（2）東部地区の2団地（計148戸）\n"
    "　　住み替えに当たっては、移転料の支給、家賃の激変緩和措置、住み替え先の優先あっせんを行う。\n"
    "　３　跡地の活用\n"
    "　　用途廃止後の跡地は、売却を基本としつつ、地域の要望を踏まえ、一部を公園や地域の防災拠点として活用することも検討する。\n"
    "第４　今後のスケジュール\n"
    "　令和8年度中に庁内の合意形成を図り、令和9年度に入居者説明会とパブリックコメントを実施した上で、市営住宅長寿命化計画の改定に反映させる。入居者への説明前に情報が外部に出ると、不要な不安を招くおそれがあるため、資料の取扱いには十分注意すること。\n\n"
    "――この素案を、庁議の説明資料としてA4で2枚程度に要約してください。用途廃止する団地の部分は表にまとめてください。")
case("confidential_marking", "block", _bugaihi, ["CONFIDENTIAL_MARKING"], [],
     "long (~1.2k) 部外秘 header on a housing consolidation plan (also a non-public decision-making topic)")


# ================================================================ nonpublic_topics (not_allow)
case("nonpublic_topics", "not_allow",
     "来月公告する「第二中学校 屋内運動場改修工事」の予定価格を 142,680,000円（税抜）で決裁しました。入札参加資格の条件（等級・地域要件）の書き方を一緒に考えてください。",
     ["NONPUBLIC_INFO"], [], "planned price of a bid not yet announced")
case("nonpublic_topics", "not_allow",
     "最低制限価格を設定する予定の委託業務（道路清掃、設計金額 8,940,000円）があります。公告前に、最低制限価格の算定式をExcelで計算したいので、この金額を使って式を作ってください。",
     ["NONPUBLIC_INFO"], [], "minimum price calculation before the bid notice")
case("nonpublic_topics", "not_allow",
     "4月1日付の人事異動がまだ内示の段階ですが、うちの課は課長と係長2名が入れ替わることになりました。新しい体制での座席配置案と、引継ぎのスケジュール表を作ってください。",
     ["NONPUBLIC_INFO"], [], "personnel transfers at the internal-notice stage")
case("nonpublic_topics", "not_allow",
     "第2子以降の保育料を来年度から完全無償化する方向で、市長とこども未来部で協議中です（未発表）。予算規模は年間約3億円の見込みです。想定問答を10問作ってください。",
     ["NONPUBLIC_INFO"], [], "policy under consultation, not announced")
case("nonpublic_topics", "not_allow",
     "県道の一部区間を市道に移管する件について、県の土木事務所と協議中です。県からは「移管前に舗装の補修は行わない」との回答が来ています。市としての反論の論点を整理してください。",
     ["NONPUBLIC_INFO"], [], "ongoing consultation with the prefecture (article 6)")
case("nonpublic_topics", "not_allow",
     "今年度の定期監査で、当課の補助金交付事務について「実績報告の審査が不十分」との指摘（案）が示されました。監査結果の公表前に、監査委員事務局へ出す意見書の案を作ってください。",
     ["NONPUBLIC_INFO"], [], "unpublished audit findings")
case("nonpublic_topics", "not_allow",
     "都市計画道路の拡幅で、残り2件の地権者との用地交渉が難航しています。1件は建物移転補償の額（市の算定は約2,300万円）に納得していません。次回の交渉で示す説明の順序を考えてください。",
     ["NONPUBLIC_INFO"], [], "land acquisition negotiation with compensation figure")
case("nonpublic_topics", "not_allow",
     "来年度の職員採用試験（一般行政職）の教養試験に使う文章理解の問題を作っています。次の問題文と選択肢が、正答が1つに決まるかを確認してください。\n"
     "問　次の文の要旨として最も妥当なものはどれか。「地域の課題は、地域の中にこそ解決の糸口がある……」",
     ["NONPUBLIC_INFO"], [], "employment exam question before the exam")
case("nonpublic_topics", "not_allow",
     "秋のまつりに首相が来訪する予定です。警察と調整中の警備計画では、沿道の規制区間を中央通りの約600mとし、職員40名を誘導に配置します。職員向けの配置説明資料を作ってください。",
     ["NONPUBLIC_INFO"], [], "security plan for a VIP visit (public safety)")
case("nonpublic_topics", "not_allow",
     "食品衛生法に基づく飲食店の一斉立入検査を、来週火曜日から予告なしで実施します。対象は駅周辺の28店舗です。検査員向けのチェックリストを作ってください。",
     ["NONPUBLIC_INFO"], [], "unannounced inspection schedule")
case("nonpublic_topics", "not_allow",
     "市が被告になっている損害賠償請求訴訟で、顧問弁護士から和解案（解決金 450万円）の提示がありました。議会に報告する前に、和解を受け入れる場合のメリット・デメリットを整理してください。",
     ["NONPUBLIC_INFO"], [], "litigation settlement under consideration")
case("nonpublic_topics", "not_allow",
     "プロポーザルに参加した事業者から提出された技術提案書の内容をもとに、審査員向けの比較表を作りたいです。A社の提案は独自開発のAI需要予測で配車を最適化するもので、原価率は約62％と書かれています。",
     ["NONPUBLIC_INFO"], [], "bidder's proprietary proposal (corporate info, article 3)")
case("nonpublic_topics", "not_allow",
     "市内に工場の新設を検討している企業から、非公式に進出計画（投資額約80億円、雇用150人、候補地は2か所）を聞いています。企業からは公表まで伏せてほしいと言われています。誘致のための支援策の一覧を作ってください。",
     ["NONPUBLIC_INFO"], [], "voluntarily provided corporate plan (article 8)")
_haiko = (
    "教育委員会の内部で検討している小学校の再編案について、保護者説明会で使う資料の構成を考えています。まだ教育委員会会議にも諮っておらず、地域への説明もこれからです。次の検討メモをもとに、説明資料の目次案と、想定される質問への回答の方向性を作ってください。\n\n"
    "【検討メモ】\n"
    "１　背景\n"
    "　市北部の3つの小学校（A小、B小、C小）は、いずれも児童数の減少が続いている。A小は全校児童68人で、来年度から2つの学年で複式学級となる見込み。B小は112人、C小は94人で、いずれも今後10年間で3割程度減少すると推計している。\n"
    "　少人数の良さ（一人ひとりに目が行き届く、異学年の交流が活発など）がある一方で、集団での学び合いや部活動・クラブ活動の選択肢が限られること、教職員の配置が難しくなることなどの課題がある。\n"
    "２　再編の方向性（案）\n"
    "　第1案：3校を統合し、B小の校地に新しい学校を設置する。開校は令和11年4月を目標とする。\n"
    "　第2案：A小とC小を統合し、C小の校地を使用する。B小は当面存続する。\n"
    "　第3案：3校を存続させ、合同授業や行事の共同実施で対応する。\n"
    "　事務局としては第1案を軸に調整したいが、A小の地域は学校がなくなることへの反発が強いと予想される。\n"
    "３　通学への配慮\n"
    "　第1案の場合、A小学区の最も遠い地域から新しい学校までは約6.5km となる。スクールバスの運行を前提とし、運行経費は年間約1,800万円と試算している。\n"
    "４　跡地の活用\n"
    "　閉校となる校舎は、地域の避難所機能を維持しつつ、地域の交流拠点や民間事業者への貸付けを検討する。\n"
    "５　スケジュール（案）\n"
    "　今年度中に教育委員会会議で基本方針を決定し、来年度に地域ごとの説明会と、保護者・地域住民の代表による協議会を設置する。協議会での議論を踏まえて、令和10年度に統合の時期と校名を決定する。\n"
    "６　留意点\n"
    "　・議会の文教委員会への報告は、教育委員会会議の後とする。\n"
    "　・報道機関への情報提供の時期は、教育長と相談して決める。\n"
    "　・説明会の前に再編案が地域に伝わると、議論が混乱するおそれがあるので、資料の取扱いに注意すること。\n"
    "　・3校のPTA会長への事前の説明をどの段階で行うかは、校長会の意見も聞いて判断する。\n"
    "　・第3案を選んだ場合でも、5年後に改めて再編の必要性を検討することを明記する。\n"
    "　・説明会の会場は、各小学校の体育館を基本とし、平日夜と休日の2回ずつ開催する方向で調整する。")
case("nonpublic_topics", "not_allow", _haiko, ["NONPUBLIC_INFO"], [],
     "long (~1.1k) school consolidation plan still under internal study (decision-making process)")


# ================================================================ drafting (allow)
_shiho_bousai = (
    "市報の防災特集の原稿です。表現の重複をなくし、高齢の方にも読みやすいように文を短く区切ってください。見出しはそのまま残してください。\n\n"
    "◆ 家庭でできる地震への備え\n"
    "　大きな地震は、いつ、どこで起きるか分かりません。建物の倒壊や家具の転倒、火災、停電や断水など、地震によって私たちの暮らしはさまざまな影響を受けます。日頃から備えておくことで、被害を小さくし、避難生活を少しでも楽にすることができます。今回の特集では、家庭でできる備えのポイントを紹介します。\n"
    "◆ 家具の固定\n"
    "　過去の大きな地震では、けがをした人の多くが、倒れてきた家具や落ちてきた物によるものでした。タンスや食器棚、本棚などの背の高い家具は、L字金具や突っ張り棒で壁や天井に固定しましょう。寝室や子ども部屋には、できるだけ背の高い家具を置かないようにすることも大切です。また、テレビや電子レンジなどの家電製品も、粘着マットなどで固定しておくと安心です。\n"
    "◆ 備蓄品の準備\n"
    "　災害が起きた直後は、電気・ガス・水道などのライフラインが止まったり、お店で食料品が手に入りにくくなったりすることがあります。最低3日分、できれば1週間分の水と食料を備えておきましょう。水は1人1日3リットルが目安です。食料は、レトルト食品や缶詰、乾麺など、普段から食べているものを少し多めに買っておき、使った分を買い足していく「ローリングストック」がおすすめです。\n"
    "　また、携帯トイレ、懐中電灯、モバイルバッテリー、常備薬、眼鏡、入れ歯の洗浄剤など、家族に合わせて必要なものも準備しておきましょう。\n"
    "◆ 避難場所と連絡方法の確認\n"
    "　自宅の近くの指定避難所や指定緊急避難場所を、家族で確認しておきましょう。実際に歩いてみると、途中に危険な場所がないか、どのくらい時間がかかるかが分かります。\n"
    "　災害時には電話がつながりにくくなります。災害用伝言ダイヤル（171）や、携帯電話会社の災害用伝言板の使い方も確認しておきましょう。毎月1日と15日などには、体験利用ができます。\n"
    "◆ 地域での助け合い\n"
    "　大きな災害のときには、消防や市の職員がすぐに駆けつけられないことがあります。近所の人同士の声かけや助け合いが、命を守ることにつながります。自主防災組織の訓練や、地域の防災講座に、ぜひ参加してください。\n"
    "◆ 防災講座の申込み\n"
    "　市では、町内会や職場、学校などを対象に、職員が出向いて防災の話をする出前講座を行っています。内容や時間は、ご希望に合わせて調整します。申込みは、実施日の1か月前までに危機管理室へお願いします。")
case("drafting", "allow", _shiho_bousai, [], [], "long (~1.2k) clean city-newsletter disaster article, no personal data")
case("drafting", "allow",
     "自治会長あての協力依頼文のひな形を作ってください。宛名は「○○自治会長　○○ ○○ 様」、差出人は「前橋市 ○○課長」としておき、依頼内容は資源ごみ集積所の見回りです。",
     [], [], "template with ○○ placeholders (U+25CB)")
case("drafting", "allow",
     "督促ではない、やわらかい「お支払いのご案内」の文例を作ってください。差し込み項目は [氏名]、[住所]、[金額]、[納期限] のように角かっこで表してください。",
     [], [], "bracket placeholders [氏名] [住所]")
case("drafting", "allow",
     "窓口で記入してもらう委任状の様式を作ってください。「私は＿＿＿＿＿様を代理人と定め、次の事項を委任します。」の下に、委任事項の選択欄と、委任者の署名欄を設けてください。",
     [], [], "underscore placeholder ＿＿様")
case("drafting", "not_block",
     "住民票の写し等交付請求書の記入例を作っています。記入例の氏名は「前橋 花子」、住所は「前橋市○○町一丁目1番1号」としました。記入例であることが一目で分かるようにする工夫を教えてください。",
     [], [], "specimen name used on a form example (前橋 花子): looks like a name, so warn is acceptable; block is not")
case("drafting", "allow",
     "二十歳のつどいで、実行委員の若者が読み上げる「誓いの言葉」を作ってください。家族や地域への感謝と、これからの目標を入れて、1分程度でお願いします。",
     [], [], "speech for coming-of-age ceremony")
case("drafting", "allow",
     "職員向けのお知らせを作ってください。ストレスチェックを10月1日から14日まで実施すること、結果は本人にのみ通知され所属長には伝わらないこと、高ストレス者は産業医面談を申し込めることを入れてください。",
     [], [], "staff notice about stress checks (no individual)")
_koutsuu = (
    "市のホームページで公表済みの「地域公共交通計画」の概要版の原稿です。中学生にも分かる言葉で、全体を1,000字程度に要約してください。数字はそのまま使ってください。\n\n"
    "第１章　計画の目的\n"
    "　本計画は、人口減少と高齢化が進む中で、通勤・通学や通院、買い物など、市民の日常生活に欠かせない移動手段を確保し、将来にわたって持続可能な公共交通のネットワークをつくることを目的としています。計画期間は令和8年度から令和12年度までの5年間です。\n"
    "第２章　公共交通の現状\n"
    "　本市の公共交通は、鉄道3路線、路線バス31系統、デマンド交通（予約制の乗合タクシー）4地区、タクシーで構成されています。路線バスの年間利用者数は、令和元年度の約512万人から、感染症の影響で令和2年度には約348万人まで減少しました。その後は回復傾向にありますが、令和6年度の時点で約441万人と、感染症前の水準には戻っていません。\n"
    "　一方、運転手不足は深刻で、市内のバス事業者の運転手の平均年齢は56.8歳となっています。令和6年4月から運転手の時間外労働の上限規制が適用されたことも重なり、一部の系統では減便を行わざるを得ない状況となっています。\n"
    "　市民アンケート（回答数2,184件）では、「バスの本数が少ない」（58.2％）、「バス停まで遠い」（31.7％）、「運賃が高い」（24.9％）といった不満が多く挙げられました。また、65歳以上の回答者の約4割が「将来、車を運転できなくなったときの移動が不安」と答えています。\n"
    "第３章　基本方針\n"
    "　本計画では、次の3つの基本方針を定めます。\n"
    "　基本方針１　拠点と拠点を結ぶ「幹線」を強化する\n"
    "　　中心市街地と主要な駅、大規模病院、大学などを結ぶ路線を「幹線」と位置づけ、運行本数の確保と定時性の向上を図ります。\n"
    "　基本方針２　地域の実情に合った「支線」をつくる\n"
    "　　利用者の少ない地域では、路線バスからデマンド交通への転換や、地域の団体による移送サービスとの連携など、地域に合った移動手段を住民と一緒に考えます。\n"
    "　基本方針３　誰もが使いやすい公共交通にする\n"
    "　　交通系ICカードやキャッシュレス決済の導入、バス停の待合環境の改善、乗り換え案内の多言語化などにより、誰もが安心して利用できる環境を整えます。\n"
    "第４章　主な取組\n"
    "　（1）幹線の運行本数の確保：中心市街地と前橋駅、新前橋駅を結ぶ路線では、日中の運行間隔を15分以内に保つことを目指します。\n"
    "　（2）デマンド交通の拡大：現在の4地区に加え、計画期間中に新たに3地区での導入を検討します。予約はこれまでの電話に加えて、スマートフォンのアプリでもできるようにします。\n"
    "　（3）自動運転バスの実証：中心市街地の循環路線で続けてきた自動運転バスの実証運行を、レベル4での運行を目指して継続します。\n"
    "　（4）運転手の確保：バス事業者と連携し、大型二種免許の取得費用の補助や、合同の就職説明会を実施します。\n"
    "　（5）利用促進：高齢者の運賃割引制度の周知、小学生向けのバスの乗り方教室、転入者への公共交通マップの配布などを行います。\n"
    "第５章　目標と評価\n"
    "　計画の目標として、路線バスの年間利用者数を令和12年度に480万人とすること、公共交通の満足度（市民アンケートで「満足」「やや満足」と答えた人の割合）を30％から40％に引き上げることなどを掲げます。毎年度、地域公共交通会議で取組の進み具合を確認し、必要に応じて計画を見直します。")
case("drafting", "allow", _koutsuu, [], [], "long (~1.6k) clean summary of a published transport plan, station names, statistics")
case("drafting", "allow",
     "定年退職される先輩職員の送別会で、係を代表して読む送る言葉を作ってください。名前は入れずに「○○さん」とし、窓口業務で多くの市民から頼りにされてきたこと、若手に丁寧に仕事を教えてくれたことへの感謝を入れてください。",
     [], [], "farewell speech with ○○さん placeholder")
case("drafting", "allow",
     "報道機関向けの資料提供文を作ってください。内容は「広瀬川河畔で、11月の3連休に夜間のライトアップを行う。点灯は午後5時から9時まで。期間中はキッチンカー8台が出店する」というものです。問い合わせ先は最後に［担当課・電話］としてください。",
     [], [], "press release for a public event")


# ================================================================ translation (allow)
case("translation", "allow",
     "次のごみ出しのルールをベトナム語に訳してください。\n「燃えるごみは月曜日と木曜日の朝8時30分までに、指定のごみ袋に入れて集積所に出してください。前の日の夜には出さないでください。」",
     [], [], "garbage rules to Vietnamese")
case("translation", "allow",
     "Translate into natural English for a sign at the evacuation shelter: 「土足厳禁」「ペット同伴の方は受付でお申し出ください」「消灯は午後10時です」",
     [], [], "shelter signs to English")
case("translation", "allow",
     "予防接種の案内文をポルトガル語にしてください。「生後2か月になったら、ヒブ・小児用肺炎球菌・B型肝炎・ロタウイルスの予防接種を始めましょう。接種券は出生届の後に郵送します。」",
     [], [], "vaccination notice to Portuguese (medical words, but no individual)")
case("translation", "allow",
     "次の文を、外国人住民向けのやさしい日本語に直してください。「転入された方は、14日以内に住所を届け出る必要があります。届出の際は、在留カードとパスポートをお持ちください。」",
     [], [], "やさしい日本語 rewrite mentioning 在留カード/パスポート generically")
case("translation", "allow",
     "友好都市の市役所から届いた英文の招待状を日本語に訳してください。\n"
     "\"On behalf of the City Council, we are delighted to invite a delegation from Maebashi to our 150th anniversary celebration on 12 September. "
     "We would be grateful if you could let us know the number of delegates by the end of July.\"",
     [], [], "English invitation from a sister city, no personal names")


# ================================================================ excel_formulas (allow)
_jinko = ("町別の人口表です。前年比の増減率の列を追加して、減少率が5％を超える町を赤くしたいです。数式と条件付き書式の設定を教えてください。\n\n"
          "町名,令和6年,令和7年\n")
_towns = ["関根町", "石倉町", "箱田町", "江田町", "堀越町", "小島田町", "亀里町", "後閑町", "上泉町", "荒子町",
          "笂井町", "鳥取町", "嶺町", "鼻毛石町", "金丸町", "茂木町", "西大室町", "川曲町", "力丸町", "橳島町",
          "青梨子町", "富田町", "松本町", "野中町", "山王町", "徳丸町", "房丸町", "端気町", "今井町", "東上野町",
          "公田町", "横手町", "宮地町", "新堀町", "中内町", "上長磯町", "下長磯町", "亀泉町", "五代町", "二之宮町"]
_jinko = _jinko.replace("町名,令和6年,令和7年", "町名\t人口R6\t人口R7\t世帯R6\t世帯R7")
for _t in _towns:
    _a = RNG.randrange(400, 9000)
    _h = int(_a / RNG.uniform(2.0, 2.6))
    _jinko += f"{_t}\t{_a}\t{int(_a * RNG.uniform(0.92, 1.02))}\t{_h}\t{int(_h * RNG.uniform(0.97, 1.03))}\n"
case("excel_formulas", "allow", _jinko, [], [],
     "long (~1k) population table of towns whose names look like surnames (関根町, 石倉町, 茂木町, 松本町 …)")
case("excel_formulas", "allow",
     "=TEXT(A2,\"ggge年m月d日(aaa)\") で和暦と曜日を表示しています。元号が令和に変わる前の日付が「平成31年」ではなく西暦で表示されることがあるのはなぜですか。",
     [], [], "TEXT with era format")
_uke = allow_num(bad_number(12))
case("excel_formulas", "allow",
     f"ネット予約の受付番号（例：{_uke}）の先頭4桁が予約年度を表しています。先頭4桁が2026のものだけを数えるCOUNTIFSの式を教えてください。",
     [], [], "12-digit reservation number that fails My Number / licence checks")
case("excel_formulas", "allow",
     "=SUMIFS(D:D,B:B,\">=\"&DATE(2026,4,1),B:B,\"<=\"&DATE(2027,3,31),C:C,\"消耗品費\") で年度の合計を出しています。年度をセルH1に入力して切り替えられるようにしたいです。",
     [], [], "SUMIFS by fiscal year")
case("excel_formulas", "allow",
     "勤務表で、土日の列を灰色に、祝日（別シートの「祝日」A列に一覧あり）の列を薄い赤にする条件付き書式の式を教えてください。日付は3行目のC3:AG3に入っています。",
     [], [], "conditional formatting for holidays")
case("excel_formulas", "allow",
     "郵便番号の列に「3710023」「371-0844」「３７９－２１４１」のように形式がばらばらに入っています。すべて半角の「371-0023」の形にそろえる数式を教えてください。",
     [], [], "postal codes alone in mixed formats")
case("excel_formulas", "allow",
     "職員番号（6桁）で別シートの所属マスタから課名を引きたいです。=INDEX(所属!$C:$C,MATCH(A2,所属!$A:$A,0)) で #N/A になる行があります。職員番号が数値と文字列で混在しているのが原因でしょうか。",
     [], [], "INDEX/MATCH on staff numbers, no data")
case("excel_formulas", "allow",
     "電話番号の列のハイフンを取り除いて、先頭の0が消えないようにしたいです。=SUBSTITUTE(B2,\"-\",\"\") だと数値になってしまうことがあります。文字列のまま保つ方法を教えてください。",
     [], [], "phone-number column formatting question, no actual number")
case("excel_formulas", "allow",
     "Power Query で、毎月届くCSV（ファイル名が「来庁者数_202604.csv」のように年月付き）をフォルダから結合して、月別・窓口別の来庁者数の表を作る手順を教えてください。",
     [], [], "Power Query folder combine")


# ================================================================ code (allow)
case("code", "allow",
     "pandasで、CSVの「生年月日」列を和暦から西暦のdatetime型に変換したいです。列の値は「昭和55年4月1日」や「平成3年12月20日」のような文字列です。関数の書き方を教えてください。",
     [], [], "code question about converting 和暦 DOB column; example dates are not tied to a person")
case("code", "allow",
     "このSQLでは、同じ世帯の人が複数行出てしまいます。世帯ごとに1行にするにはどう書けばいいですか。\n"
     "SELECT s.setai_no, j.shimei, j.seinengappi\nFROM setai s JOIN jumin j ON s.setai_no = j.setai_no\nWHERE s.chiku_cd = :chiku AND j.zokugara = '世帯主';",
     [], [], "SQL over resident tables with bind parameters, no data")
case("code", "allow",
     "データベースのパスワードをコードに直接書かないように直しました。この書き方で問題ないか確認してください。\n"
     "import os\n"
     "password = os.environ[\"DB_PASSWORD\"]\n"
     "api_key = os.getenv(\"OPENAI_API_KEY\")\n"
     "if not password or not api_key:\n    raise SystemExit(\"環境変数が設定されていません\")",
     [], [], "code reading secrets from env vars: no secret present")
case("code", "allow",
     "PowerShellで、共有フォルダのうち180日以上更新されていないファイルの一覧をCSVに出したいです。\n"
     "$cred = Get-Credential\n"
     "Get-ChildItem -Path $target -Recurse | Where-Object { $_.LastWriteTime -lt (Get-Date).AddDays(-180) } | Export-Csv old.csv -Encoding UTF8\n"
     "$target に UNC パスを入れるときの注意点も教えてください。",
     [], [], "PowerShell with Get-Credential prompt and variables, no host or password")
case("code", "allow",
     "日本の固定電話と携帯電話の番号（ハイフンあり・なし両方）にマッチする JavaScript の正規表現を書いてください。例としては 0X-XXXX-XXXX や 090XXXXXXXX のような形です。",
     [], [], "phone regex with X placeholders")
_code_long = (
    "オープンデータのCSVを取得して、避難所の一覧をGeoJSONに変換するスクリプトです。動きはしますが、読みにくいと言われました。関数に分けて、エラー処理とログ出力を入れた形にリファクタリングしてください。コメントは日本語でお願いします。\n\n"
    "import csv, json, sys, urllib.request, socket\n\n"
    "URL = \"https://www.example.jp/opendata/hinanjo.csv\"\n"
    "DNS_CHECK = (\"8.8.8.8\", 53)\n\n"
    "try:\n"
    "    socket.create_connection(DNS_CHECK, timeout=3).close()\n"
    "except OSError:\n"
    "    print(\"ネットワークに接続できません\")\n"
    "    sys.exit(1)\n\n"
    "data = urllib.request.urlopen(URL, timeout=10).read().decode(\"utf-8-sig\")\n"
    "rows = list(csv.DictReader(data.splitlines()))\n"
    "features = []\n"
    "for r in rows:\n"
    "    try:\n"
    "        lat = float(r[\"緯度\"]); lon = float(r[\"経度\"])\n"
    "    except (KeyError, ValueError):\n"
    "        continue\n"
    "    if not (35.5 < lat < 37.5 and 138.0 < lon < 140.0):\n"
    "        continue\n"
    "    props = {\n"
    "        \"name\": r.get(\"名称\", \"\"),\n"
    "        \"address\": r.get(\"住所\", \"\"),\n"
    "        \"capacity\": int(r.get(\"収容人数\") or 0),\n"
    "        \"flood\": r.get(\"洪水\") == \"○\",\n"
    "        \"landslide\": r.get(\"土砂災害\") == \"○\",\n"
    "        \"earthquake\": r.get(\"地震\") == \"○\",\n"
    "    }\n"
    "    features.append({\"type\": \"Feature\",\n"
    "                     \"geometry\": {\"type\": \"Point\", \"coordinates\": [lon, lat]},\n"
    "                     \"properties\": props})\n\n"
    "out = {\"type\": \"FeatureCollection\", \"features\": features}\n"
    "with open(\"hinanjo.geojson\", \"w\", encoding=\"utf-8\") as f:\n"
    "    json.dump(out, f, ensure_ascii=False, indent=2)\n"
    "print(len(features), \"件を書き出しました\")\n\n"
    "# 集計\n"
    "total = sum(f[\"properties\"][\"capacity\"] for f in features)\n"
    "flood_ok = [f for f in features if f[\"properties\"][\"flood\"]]\n"
    "print(\"収容人数の合計:\", total)\n"
    "print(\"洪水対応:\", len(flood_ok))\n"
    "for f in sorted(features, key=lambda x: -x[\"properties\"][\"capacity\"])[:10]:\n"
    "    print(f[\"properties\"][\"name\"], f[\"properties\"][\"capacity\"])\n\n"
    "また、CSVの列名が年度によって「緯度」「lat」と変わることがあるので、両方に対応させたいです。"
    "テスト用に、架空の避難所3件のCSVを作って、pytest のテストも書いてもらえると助かります。バージョンは Python 3.11 です。")
case("code", "allow", _code_long, [], [], "long (~1.4k) clean Python script; public DNS IP 8.8.8.8 and example.jp URL")


# ================================================================ rules_questions (allow)
case("rules_questions", "allow",
     "個人情報保護法でいう「要配慮個人情報」には何が含まれますか。病歴や犯罪の経歴のほか、障害や健康診断の結果も入るのか、窓口職員向けに表で整理してください。",
     [], [], "general question listing sensitive categories, no individual")
case("rules_questions", "allow",
     "マイナンバーを利用できる事務は法律でどのように決められていますか。市が独自に利用範囲を広げる場合に必要な手続き（条例の制定など）もあわせて教えてください。",
     [], [], "My Number legal scope question")
case("rules_questions", "allow",
     "総合評価落札方式と価格競争方式の違いを、建設工事を例に新任の契約担当職員向けに説明してください。低入札価格調査制度との関係も触れてください。",
     [], [], "bidding system general question (mentions 入札, 価格)")
case("rules_questions", "allow",
     "自治体の人事評価制度で、能力評価と業績評価を分けて行う理由を教えてください。評価結果を昇給や勤勉手当に反映させる一般的な仕組みも知りたいです。",
     [], [], "personnel evaluation system in general")
case("rules_questions", "allow",
     "生活保護制度の「扶養照会」とはどういうものですか。DVや虐待がある場合に照会をしない取扱いがあることも含めて、市民向けの説明文を作ってください。",
     [], [], "public-assistance system explanation with DV/虐待 words, no individual")
case("rules_questions", "allow",
     "身体障害者手帳の申請方法（必要な書類、指定医の診断書、交付までの期間）を、ホームページ掲載用にQ&A形式でまとめてください。",
     [], [], "how to apply for a disability certificate")
_jouhou = (
    "情報公開制度の職員研修の資料を作っています。次の説明文を、具体例を交えながら分かりやすく書き直してください。\n\n"
    "　情報公開条例は、市民の知る権利を保障し、市政の透明性を高めるための制度です。市が保有する公文書は、原則として公開しなければなりません。ただし、公開することで個人の権利や公共の利益が損なわれるおそれがある情報は、例外として非公開とすることができます。条例第6条は、非公開とすることができる情報を次の8種類に限って定めています。\n"
    "　第1号の法令秘情報は、法律や他の条例で公開が禁止されている情報です。第2号の個人情報は、氏名や住所、病歴、財産など、特定の個人を識別できる情報のうち、公開しないことが正当と認められるものです。第3号の法人情報は、事業者の生産技術やノウハウ、取引先、財務に関する情報など、公開すると競争上の地位を害するものです。\n"
    "　第4号の意思決定過程情報は、最終的な意思決定の前の検討、協議、審議の段階にある情報で、公開すると率直な意見交換が妨げられたり、市民に誤解や混乱を与えたりするおそれがあるものです。第5号の事務事業執行情報は、監査、立入検査、交渉、契約、試験、用地買収、人事などの事務に関する情報で、公開すると事務の目的が損なわれたり、公正な執行に支障が生じたりするものです。入札の予定価格を事前に公開しないのは、この号に当たる典型的な例です。\n"
    "　第6号の国等協力情報は、国や他の自治体との協議や照会に基づく情報で、公開すると信頼関係が損なわれるものです。第7号の公共の安全情報は、犯罪の予防や人の生命・身体の保護に支障が生じるおそれがある情報です。第8号の任意提供情報は、公開しないことを条件に任意で提供を受けた情報です。\n"
    "　非公開とする場合でも、非公開部分を除いて公開できる部分は公開する「部分公開」が原則です。また、非公開の決定に不服がある場合、請求者は審査請求をすることができ、情報公開審査会が第三者の立場から審議します。\n"
    "　職員は、請求を受けたときに「出したくない」という気持ちで判断するのではなく、条例の規定に照らして、一つひとつの情報について公開・非公開を検討する必要があります。判断に迷う場合は、早めに文書法務課に相談してください。\n"
    "　なお、研修の最後に、「次の情報は第何号に当たるか」という演習問題を5問付ける予定です。問題の例（架空の事例）も3つほど考えてください。")
case("rules_questions", "allow", _jouhou, [], [],
     "long (~1.1k) training text ABOUT the 8 non-public categories (words 予定価格, 用地買収, 人事, 意思決定過程) with no actual non-public content")
case("rules_questions", "allow",
     "転職サイトでよく見る「非公開求人」とはどういう意味ですか。自治体の職員採用では非公開求人のようなものはあるのか、一般論として教えてください。",
     [], [], "非公開求人とは (word 非公開 not as a marking)")
case("rules_questions", "allow",
     "DV等支援措置の制度について、住民票の写しの交付制限がどのような場合に認められるのか、申出から決定までの流れを一般的に説明してください。",
     [], [], "DV support-measure procedure in general")


# ================================================================ famous_people (allow)
case("famous_people", "allow",
     "紫式部と『源氏物語』について、公民館の古典講座のチラシに載せる100字の紹介文を書いてください。",
     [], [], "紫式部")
case("famous_people", "allow",
     "織田信長の楽市楽座が、城下町の商業の発展にどのような影響を与えたのかを、商店街の活性化セミナーの導入として話せるように3分の原稿にしてください。",
     [], [], "織田信長")
case("famous_people", "allow",
     "宮沢賢治の「雨ニモマケズ」の一節を、市の福祉のつどいのあいさつの結びに引用したいです。自然なつなぎの文を考えてください。",
     [], [], "宮沢賢治")
case("famous_people", "allow",
     "野口英世の生涯を、小学生向けの伝記紹介として300字で書いてください。黄熱病の研究とアフリカでの最期にも触れてください。",
     [], [], "野口英世 (disease words about a historical figure)")
_sakutaro = (
    "前橋文学館の企画展にあわせて、市の広報紙に載せる紹介記事の原稿を書きました。文章のリズムを整え、1,000字程度に調整してください。固有名詞や年号はそのままにしてください。\n\n"
    "　前橋が「詩のまち」と呼ばれる理由をたどると、一人の詩人に行き着きます。萩原朔太郎です。朔太郎は明治19年、前橋の開業医の長男として生まれました。若い頃から音楽を好み、マンドリンやギターを演奏するなど、当時としては珍しい西洋の文化に親しんだ青年でした。\n"
    "　大正6年に刊行された第一詩集『月に吠える』は、口語による自由詩の可能性を大きく切り開いたものとして、日本の近代詩の歴史に残る作品となりました。病的なまでに研ぎ澄まされた感覚や、孤独と不安を見つめる独特の表現は、それまでの詩の常識を覆すものでした。詩集の序文を寄せたのは北原白秋で、二人の友情は生涯にわたって続きました。\n"
    "　続く『青猫』では、都会の倦怠や憂愁をうたい、晩年の『氷島』では、漢文調の力強い言葉で、故郷や人生への複雑な思いを表現しました。朔太郎と故郷・前橋との関係は、決して単純なものではありませんでした。地方の町の閉塞感に苦しみ、故郷を批判的に描いた作品も少なくありません。それでも、利根川や広瀬川、赤城山といった前橋の風景は、朔太郎の詩の中に繰り返し現れます。\n"
    "　現在、広瀬川のほとりには朔太郎の詩碑が建ち、川沿いの遊歩道は多くの市民に親しまれています。前橋文学館では、朔太郎の自筆原稿や愛用のマンドリン、自ら撮影した写真などを展示しており、詩人としてだけでなく、多才な表現者としての朔太郎の姿に触れることができます。\n"
    "　また、前橋は朔太郎のほかにも、高橋元吉や平井晩村、伊藤信吉など、多くの詩人を生み出してきました。市では、朔太郎の名を冠した賞を設け、現代の優れた詩集を顕彰しています。毎年秋には、市内の小中学生による詩のコンクールも開かれ、子どもたちの瑞々しい言葉が会場を彩ります。\n"
    "　今回の企画展「朔太郎と音楽」では、朔太郎が所属したマンドリンクラブの演奏会のプログラムや、作曲を試みた楽譜などを初公開します。会期中の土曜日には、学芸員によるギャラリートークと、市内の高校生によるマンドリンの演奏会も予定しています。\n"
    "　詩に親しみのない方も、この機会にぜひ文学館に足を運び、百年前の前橋に生きた一人の詩人のまなざしに触れてみてください。広瀬川のせせらぎを聞きながら、朔太郎の言葉を味わう散策もおすすめです。")
case("famous_people", "allow", _sakutaro, [], [],
     "long (~1.2k) article about 萩原朔太郎 and other historical poets (北原白秋, 高橋元吉, 平井晩村, 伊藤信吉)")
case("famous_people", "allow",
     "樋口一葉の『たけくらべ』の冒頭を現代語にすると、どのような文章になりますか。高校生の読書会の資料用に、あらすじも添えてください。",
     [], [], "樋口一葉")


# ================================================================ places_public (allow)
case("places_public", "allow",
     "東京出張の帰りに西武池袋線の中村橋駅の近くにある美術館に立ち寄りました。その視察報告を、課内の回覧用に200字でまとめてください。",
     [], [], "station name containing a surname (中村橋)")
case("places_public", "allow",
     "市内の森林組合と連携して行う「木育」イベントの企画書の骨子を作ってください。石川県や長野県松本市の事例も参考にしたいので、一般的に知られている取組の傾向を教えてください。",
     [], [], "森林組合, 石川県, 松本市 (surname-like place/organisation names)")
case("places_public", "allow",
     "るなぱあく（前橋市中央児童遊園）の「日本一古い木馬」を紹介する観光パンフレットの文章を作ってください。入園無料で、遊具は1回10円から50円で乗れることも入れてください。",
     [], [], "public amusement park, prices")
case("places_public", "allow",
     "市外から来る講師への案内文を作ってください。会場は前橋市役所（〒371-8601 前橋市大手町二丁目12番1号、代表 027-224-1111）の11階会議室で、前橋駅からはバスで約10分です。",
     [], [], "city hall's published address and switchboard (allowlisted)")
case("places_public", "allow",
     "臨江閣と前橋公園、さちの池周辺を1時間で回る散策コースを、春のバラの時期に合わせて紹介してください。",
     [], [], "public landmarks")


# ================================================================ numbers_codes (allow)
_jan1, _jan2 = allow_num(jan13("49")), allow_num(jan13("45"))
case("numbers_codes", "allow",
     f"避難所の備蓄品の発注リストで、アルファ化米（JAN {_jan1}）と簡易トイレ（JAN {_jan2}）の数量をまとめています。発注単位（ケース）ごとに必要数を計算する表の作り方を教えてください。",
     [], [], "JAN codes (valid JAN, not Luhn)")
_corp = allow_num(corp_number())
case("numbers_codes", "allow",
     f"契約の相手方の法人番号（{_corp}）を、国税庁の法人番号公表サイトで確認する手順を、契約担当向けのマニュアルの1項目として書いてください。",
     [], [], "corporate number (public; check-digit valid as 法人番号, fails Luhn/My Number)")
_vouch = allow_num(bad_number(12))
_vouchs = grp(_vouch, (4, 4, 4), "-")
case("numbers_codes", "allow",
     f"プレミアム付き商品券の券番号（例：{_vouchs}）が読み取れないと店舗から連絡がありました。券番号を手入力で登録する方法を店舗向けに案内する文章を作ってください。",
     [], [], "12-digit voucher number in 4-4-4 form that fails every ID check")
case("numbers_codes", "allow",
     "令和7年の前橋市の人口は約32.6万人、世帯数は約15.1万世帯、平均世帯人員は2.16人です。この数字を使って、10年前と比べた変化を説明する文章の型を作ってください（10年前の数値は後で入れます）。",
     [], [], "public statistics")
case("numbers_codes", "allow",
     "Windows 11 24H2（ビルド 26100.2314）に更新したら、Microsoft 365 の Teams（バージョン 24295.605.3225.8804）で画面共有ができなくなりました。確認すべき設定を教えてください。",
     [], [], "build and version numbers")
_isbn = "978-4-" + allow_num(bad_number(4)) + "-" + digits(4) + "-"
_isbn_base = re.sub(r"\D", "", _isbn)
_isbn += str((10 - sum(int(d) * (3 if i % 2 else 1) for i, d in enumerate(_isbn_base)) % 10) % 10)
_order = allow_num(bad_number(11))
case("numbers_codes", "allow",
     f"図書の購入伝票に、ISBN {_isbn}、注文番号 {_order}、郵便番号 371-0853 と書かれています。これらの番号の意味の違いを、新人の図書館職員向けに説明してください。",
     [], [], "ISBN, 11-digit order number failing the resident-code check, postal code alone")


# ================================================================ secret_lookalike (allow)
case("secret_lookalike", "allow",
     "市の健康講座「腸活で便秘知らず」の案内文を作ってください。食物繊維と発酵食品、運動の3つのポイントを入れてください。",
     [], [], "便秘")
case("secret_lookalike", "allow",
     "中学生向けの法教育の授業で、被疑者の「黙秘権」とは何か、なぜ認められているのかを分かりやすく説明する板書案を作ってください。",
     [], [], "黙秘権")
case("secret_lookalike", "allow",
     "市内の100歳以上の方々に共通する長寿の秘訣を紹介する、敬老の日の市報コラムを書いてください。特定の人の名前は出さず、食事・運動・人とのつながりの3つでまとめてください。",
     [], [], "秘訣")
case("secret_lookalike", "allow",
     "読書会用に、次の小説のあらすじを200字にまとめてください。「戦時中、ある町の市役所で極秘裏に進められていた文書の疎開計画を、若い書記が偶然知ってしまう。彼は上司の命令と町の人々への思いの間で揺れ動く……」",
     [], [], "極秘裏に in a fictional plot summary, not a marking")
case("secret_lookalike", "allow",
     "群馬県内の「秘湯」と呼ばれる山あいの温泉を巡るモデルコースを、首都圏の観光客向けに紹介する文章を作ってください。",
     [], [], "秘湯")
case("secret_lookalike", "allow",
     "姉妹都市に送る記念品の箱に貼るシールの文言「ワレモノ・取扱注意」「天地無用」を英語とドイツ語にしてください。",
     [], [], "取扱注意 as a fragile-goods sticker, not a document marking (hard negative)")


# ================================================================ ideas (allow)
case("ideas", "allow",
     "首都圏の20〜30代に前橋への移住を考えてもらうための、SNSで発信する企画のアイデアを10個出してください。",
     [], [], "migration promotion ideas")
case("ideas", "allow",
     "窓口の待ち時間を短くするための業務改善のアイデアを、費用がほとんどかからないものに絞って挙げてください。",
     [], [], "counter improvement ideas")
case("ideas", "allow",
     "中高生が図書館に来たくなるようなイベントのアイデアをください。ビブリオバトル以外でお願いします。",
     [], [], "library event ideas")
case("ideas", "allow",
     "職員の防災意識を高めるための、昼休みにできる10分程度の訓練やクイズのアイデアを考えてください。",
     [], [], "disaster-awareness ideas")


# ================================================================ public_contact (not_block)
case("public_contact", "not_block",
     "市報の健康コーナーの記事（がん検診の受診案内）を300字で作ってください。最後に「問合せ　健康増進課　電話 027-220-5784」と入れてください。",
     [], [], "department direct line in a public article")
case("public_contact", "not_block",
     "台風で停電が起きたときの市民向けの案内文を作ってください。停電の情報は電力会社のコールセンター（0120-995-007、24時間受付）に問い合わせるよう案内してください。",
     [], [], "utility company's published 0120 number")
case("public_contact", "not_block",
     "ホールの利用案内のチラシを作ってください。会場は「前橋市民文化会館（〒371-0805 前橋市南町三丁目62番地1）」で、大ホールの座席数は1,500席です。",
     [], [], "public facility address with 番地")
case("public_contact", "not_block",
     "ふるさと納税の返礼品事業者の募集案内を作ってください。申込みはメール（furusato@city.maebashi.gunma.jp）で受け付けることにしてください。",
     [], [], "department e-mail address")
case("public_contact", "not_block",
     "商工会議所との共催セミナーの案内文を作ってください。申込先は「前橋商工会議所 経営支援課 TEL 027-234-5111 FAX 027-234-5110」です。",
     [], [], "chamber of commerce published phone/fax")


# ================================================================ checks and output
ALLOW_SIDE = {"allow", "not_block"}
VOCAB = {"PERSON", "JP_ADDRESS", "PHONE_NUMBER", "EMAIL_ADDRESS", "DATE_OF_BIRTH", "JP_MY_NUMBER",
         "JP_RESIDENT_CODE", "JP_DRIVER_LICENSE", "JP_PASSPORT", "JP_RESIDENCE_CARD", "JP_PENSION_NUMBER",
         "JP_HEALTH_INSURANCE", "JP_BANK_ACCOUNT", "CREDIT_CARD", "SENSITIVE_PERSONAL_INFO",
         "CONFIDENTIAL_MARKING", "NONPUBLIC_INFO", "CREDENTIAL", "INTERNAL_NETWORK"}
_FW2HW = str.maketrans("０１２３４５６７８９", "0123456789")


def _check() -> None:
    for c in CASES:
        assert c["expect"] in {"block", "allow", "not_allow", "not_block"}, c
        assert set(c["types"]) <= VOCAB, c["types"]
        for s in c["secrets"]:
            assert s in c["text"], (s, c["text"][:60])
        if c["expect"] in ALLOW_SIDE:
            assert not c["secrets"], c
            # every digit run (also joined by single spaces/hyphens) must fail the ID and card checks
            t = c["text"].translate(_FW2HW)
            for m in re.finditer(r"\d(?:[\d]|[ \-](?=\d))*", t):
                assert fails_all(m.group()), (m.group(), c["text"][:60])
    for n in ALLOW_NUMBERS:
        assert fails_all(n) or len(re.sub(r"\D", "", n)) == 13, n
    for n in (_mn1, _mn2, _mn3, _mn3b, _mn4, _mn5, _mn6):
        assert mn_valid(n)
    assert rc_valid(_rc) and dl_valid(_dl)
    for n in (_mc, _jcb, _amex):
        assert luhn_ok(n)
    for n in (_jan1, _jan2, _corp):
        assert not luhn_ok(n)


def main() -> None:
    _check()
    out = Path(__file__).with_name("holdout_handmade.jsonl")
    with out.open("w", encoding="utf-8") as f:
        for i, c in enumerate(CASES, 1):
            rec = {"id": f"h-{i:03d}", **c}
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    longs = sum(len(c["text"]) >= 1000 for c in CASES)
    print(f"wrote {out} ({len(CASES)} cases, {longs} of them >= 1000 chars)")


if __name__ == "__main__":
    main()
