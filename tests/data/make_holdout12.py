#!/usr/bin/env python3
"""Generate holdout12.jsonl: the twelfth independently written held-out corpus.

Angle: long, realistic municipal documents (care-conference minutes, complaint
timelines, assembly-answer drafts, hand-over notes, e-mail threads with quoted
replies and signatures, reports with text tables, recruitment notices, city
bulletin articles, procurement specifications) in which a personal or
non-public item is buried once in the middle, or several people are mentioned
in different ways (full name once, then surname + さん, then only 本人/母).
Plus short everyday prompts and hard negatives.

Standard library only; seeded, so the output is reproducible.
All personal data is synthetic.  Identifiers that carry check digits
(個人番号, 住民票コード, 運転免許証番号, card numbers) are generated valid;
numbers in allow cases are generated to fail those checks.
"""
import json
import os
import random

SEED = 1212
R = random.Random(SEED)
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "holdout12.jsonl")

# ---------------------------------------------------------------- check digits

def mynum_cd(d11):
    s = 0
    for n in range(1, 12):
        p = int(d11[11 - n])
        q = n + 1 if n <= 6 else n - 5
        s += p * q
    r = s % 11
    return 0 if r <= 1 else 11 - r


def mynum_ok(d):
    return len(d) == 12 and d.isdigit() and mynum_cd(d[:11]) == int(d[11])


def resident_cd(d10):
    s = sum(int(c) * q for c, q in zip(reversed(d10), [2, 3, 4, 5, 6, 7, 2, 3, 4, 5]))
    r = s % 11
    return 0 if r <= 1 else 11 - r


def resident_ok(d):
    return len(d) == 11 and d.isdigit() and resident_cd(d[:10]) == int(d[10])


def dl_r(d10):
    return sum(int(c) * q for c, q in zip(d10, [5, 4, 3, 2, 7, 6, 5, 4, 3, 2])) % 11


def dl_ok(d):
    if len(d) != 12 or not d.isdigit():
        return False
    r = dl_r(d[:10])
    return int(d[10]) == (11 - r) % 11 % 10


def luhn_ok(d):
    s = 0
    for i, c in enumerate(reversed(d)):
        v = int(c)
        if i % 2 == 1:
            v *= 2
            if v > 9:
                v -= 9
        s += v
    return s % 10 == 0


def luhn_complete(partial):
    for c in "0123456789":
        if luhn_ok(partial + c):
            return partial + c
    raise AssertionError


def digits(n, first_nonzero=True):
    s = str(R.randint(1, 9)) if first_nonzero else str(R.randint(0, 9))
    return s + "".join(str(R.randint(0, 9)) for _ in range(n - 1))


def gen_mynum():
    d = digits(11)
    return d + str(mynum_cd(d))


def gen_resident():
    d = digits(10)
    return d + str(resident_cd(d))


def gen_dl():
    while True:
        d = "41" + digits(8, False)
        r = dl_r(d)
        if r > 1:
            return d + str(11 - r) + str(R.randint(0, 1))


def gen_card(prefix, length=16):
    return luhn_complete(prefix + digits(length - len(prefix) - 1, False))


def fails_all(d):
    """True if a digit string fails every personal-ID check a scanner may try."""
    if len(d) == 12 and (mynum_ok(d) or dl_ok(d)):
        return False
    if len(d) == 11 and resident_ok(d):
        return False
    if 13 <= len(d) <= 19 and luhn_ok(d):
        return False
    if len(d) == 12 and luhn_ok(d):
        return False
    return True


def gen_plain(n, prefix=""):
    while True:
        d = prefix + digits(n - len(prefix), first_nonzero=not prefix)
        if fails_all(d):
            return d


def corp_number():
    while True:
        base = digits(12)
        s = sum(int(c) * (1 if i % 2 == 0 else 2) for i, c in enumerate(reversed(base)))
        d = str(9 - s % 9) + base
        if fails_all(d):
            return d


def ean13(prefix):
    while True:
        base = prefix + digits(12 - len(prefix), False)
        s = sum(int(c) * (1 if i % 2 == 0 else 3) for i, c in enumerate(base))
        d = base + str((10 - s % 10) % 10)
        if fails_all(d):
            return d


def _not_other_id(phone):
    """Phone numbers must not double as a valid 11-digit resident code."""
    return not resident_ok("".join(c for c in phone if c.isdigit()))


def mobile(sep="-"):
    while True:
        p = R.choice(["090", "080", "070"])
        n = f"{p}{sep}{R.randint(1000, 9999)}{sep}{R.randint(1000, 9999)}"
        if _not_other_id(n):
            return n


def landline():
    while True:
        n = f"027-{R.randint(230, 299)}-{R.randint(1000, 9999)}"
        if _not_other_id(n):
            return n


FW = str.maketrans("0123456789-", "０１２３４５６７８９－")


def fullwidth(s):
    return s.translate(FW)


def secret_token(n, alphabet="ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"):
    return "".join(R.choice(alphabet) for _ in range(n))


# ---------------------------------------------------------------- names
SURNAMES = ["角田", "狩野", "生方", "星野", "茂木", "須藤", "新井", "根岸", "塚越", "小暮",
            "倉林", "阿久澤", "萩原", "関口", "石関", "栗原", "細谷", "神沢", "金井", "今井",
            "羽鳥", "都丸", "反町", "桑原", "宮下", "諸田", "湯浅", "平形", "飯塚", "高柳",
            "青柳", "野村", "戸塚", "富澤", "宇佐美", "樺沢", "内藤", "長谷川"]
MALE = ["康弘", "正之", "昌平", "悠斗", "大翔", "勝利", "健一", "一郎", "誠", "修", "陽介",
        "和也", "隆", "智史", "蒼", "湊", "義男", "光太郎", "武志", "俊介"]
FEMALE = ["千春", "恵美", "由紀子", "和子", "陽菜", "美咲", "芽衣", "澄子", "典子", "真由美",
          "紗希", "結衣", "加奈子", "ひなた", "トシ子", "房江", "美穂", "亜希子", "凛", "さくら"]
_used_surnames = set()


def surname():
    s = R.choice([x for x in SURNAMES if x not in _used_surnames])
    _used_surnames.add(s)
    return s


def given(sex):
    return R.choice(MALE if sex == "m" else FEMALE)


CASES = []


def add(cat, text, expect, types=(), secrets=(), note=""):
    CASES.append({"cat": cat, "text": text, "expect": expect, "types": list(types),
                  "secrets": list(secrets), "note": note})

# ================================================================ case_records (block)

def case_records():
    # 1 地域ケア会議 minutes: full name once, then surname+さん, then 本人 / 長女
    s = surname(); g = given("f"); dg = given("f")
    town = "岩神町"; ban = f"{R.randint(2, 4)}丁目{R.randint(1, 30)}番{R.randint(1, 25)}号"
    text = f"""次の会議録を、参加できなかった民生委員向けに A4 1枚の要点メモにまとめてください。専門用語は言い換えてください。

令和8年度 第3回 地域ケア個別会議 会議録（北部圏域）
日時：令和8年7月9日（木）14:00〜15:30
場所：北部地域包括支援センター 相談室
出席：地域包括支援センター（主任ケアマネジャー、社会福祉士）、居宅介護支援事業所、訪問介護事業所、民生委員、長寿包括ケア課（事務局）
1　事例の概要（包括より説明）
　対象者は{s} {g}（84歳、独居、要介護1）。住所は{town}{ban}の木造平屋。夫と10年前に死別し、以後ひとり暮らし。長女は東京都内に在住し、月に1回程度来訪している。
　昨年秋ごろから物忘れが目立ち、今年4月にアルツハイマー型認知症と診断された。服薬カレンダーを使っているが、飲み忘れと重複服用が週に2〜3回ある。
2　現在の課題
　・訪問介護（週2回）のヘルパーから、冷蔵庫に賞味期限切れの食品が多くあり、同じ食品を何度も買ってきているとの報告。
　・6月下旬、{s}さんが夜間に自宅周辺を歩いているところを近所の住民が見かけ、民生委員に連絡があった。本人は「郵便局に行こうと思った」と話している。
　・訪問販売で高額な布団を購入した形跡がある（契約書を長女が発見、消費生活センターに相談済み）。
3　意見交換
　・訪問介護事業所：服薬の確認をヘルパー訪問日以外にも行えるよう、訪問看護の導入を検討してはどうか。
　・民生委員：近所の方が見守りに協力的。ゴミ出しの日に声をかけてもらう体制は作れる。
　・居宅介護支援事業所：本人は「まだ一人で大丈夫」と言っており、サービスの追加には消極的。長女とも相談しながら進める。
　・社会福祉士：金銭管理に不安があるため、日常生活自立支援事業の利用を提案したい。将来的には成年後見制度の検討も必要。
4　今後の方針
　(1) 長女の次回来訪時（7月18日予定）に、ケアマネジャーと包括が同席して、訪問看護と日常生活自立支援事業について説明する。
　(2) 民生委員と近隣住民による緩やかな見守りを継続し、夜間の外出があった場合は包括に連絡してもらう。
　(3) 認知症地域支援推進員が、かかりつけ医と連携して受診状況を確認する。
　(4) 3か月後に再度、個別会議で経過を確認する。
5　地域課題として挙がったこと
　・圏域内で独居の認知症高齢者が増えており、同様の見守りの仕組みを他の地区にも広げる必要がある。
　・訪問販売による被害を防ぐため、老人クラブの会合で消費者被害の出前講座を行ってはどうか。
以上"""
    add("case_records", text, "block", ["PERSON", "JP_ADDRESS"], [f"{s} {g}", ban],
        "long: community care conference minutes; client named once then 'さん'/本人, street address in the overview")

    # 2 要保護児童 個別ケース検討会議: child + mother, mother's phone buried
    s = surname(); cg = given("m"); mg = given("f"); ph = mobile()
    text = f"""個別ケース検討会議の記録です。学校と保育所に共有する「見守りのポイント」だけを抜き出して、箇条書きにしてください。

【個別ケース検討会議 記録】
開催日：令和8年6月24日　会場：こども家庭センター 会議室2
参加機関：こども家庭センター、市立小学校（教頭、担任、養護教諭）、保育所（所長）、主任児童委員
1　対象世帯
　児童：{s}{cg}（小学3年）、妹（保育所年中）
　保護者：母　{s}{mg}（32歳、パート勤務）
　母の連絡先：{ph}（日中はつながりにくい。夕方以降が確実）
2　経過
　5月中旬から、児童が給食をおかわりする量が急に増え、担任が理由を尋ねたところ「家にごはんがない日がある」と話した。
　6月に入り、同じ服で登校する日が続き、養護教諭が保健室で身体を確認したところ、外傷はないが入浴していない様子がみられた。
　保育所では、妹のお迎えが20時を過ぎる日が月に数回あり、母は「仕事が終わらない」と説明している。
　6月18日にセンターの相談員が家庭訪問。母は疲れた様子で、「離婚してから一人で全部やっている。頼れる人がいない」と話した。室内は片付いていないが、極端に不衛生な状況ではなかった。
3　協議内容
　・現時点では、意図的な養育放棄というより、母の養育負担が限界に近い状態と考えられる。
　・緊急に保護が必要な状況ではないが、見守りを強化し、母への支援を先行させる。
　・母が利用できる制度（児童扶養手当、ひとり親家庭の家事支援、ショートステイ）を改めて案内する。
4　役割分担
　・学校：朝の様子（服装、空腹感、表情）を毎日確認し、気になることがあればその日のうちにセンターへ連絡。
　・保育所：お迎えの時刻を記録し、20時を過ぎた日は翌朝センターへ報告。
　・主任児童委員：地域での様子の見守り。母への声かけは、センターと相談したうえで行う。
　・センター：2週間後に再訪問。家事支援の利用申請を母と一緒に行う。
5　次回会議
　7月下旬に開催予定。夏休み中の昼食の確保について、あわせて協議する。"""
    add("case_records", text, "block", ["PERSON", "PHONE_NUMBER"], [f"{s}{cg}", f"{s}{mg}", ph],
        "long: child-protection case meeting; child and mother named without space, mother's mobile buried in the header block")

    # 3 苦情対応記録 with timeline
    s = surname(); g = given("m"); ph = landline()
    ban = f"{R.randint(1, 5)}-{R.randint(1, 20)}-{R.randint(1, 30)}"
    text = f"""苦情対応記録を、所属長に報告するための経過報告書に書き直してください。時系列は残して、感情的な表現は事実だけに直してください。

苦情対応記録（道路管理課）
件名：側溝のふたのがたつき音について
申出者：{s} {g} 様（前橋市石倉町{ban}）　電話 {ph}
受付：令和8年5月12日（火）9:20　電話
〈経過〉
5/12 9:20　申出者から電話。「家の前の側溝のふたが、車が通るたびにガタンと大きな音を立てる。夜も眠れない。去年も言ったのに直っていない」とのこと。担当が現地確認を約束。
5/12 15:40　担当2名で現地確認。コンクリート製のふた3枚のうち1枚の受け部分が欠けており、がたつきを確認。応急的にゴムパッキンを挟んで対応。申出者不在のため、ポストに訪問票を投函。
5/14 8:55　申出者から電話。「パッキンを挟んだだけでは、また同じことになる。ちゃんと交換してほしい」。交換には部材の手配が必要で、2〜3週間かかると説明。申出者は「前回もそう言われた」と強い口調。
5/14 11:00　過去の記録を確認。昨年10月にも同じ場所の申出があり、その際は現地確認のみで、対応予定を申出者に連絡していなかったことが判明。
5/15 10:30　係長が申出者宅を訪問し、前回の連絡漏れについて謝罪。交換の予定時期（6月上旬）を説明し、了解を得る。
6/3 9:00〜11:30　ふた3枚を樹脂製の防音タイプに交換。工事中、申出者が立ち会い。
6/4 17:10　申出者から電話。「静かになった。最初からこうしてくれればよかった」とのこと。
〈課題〉
・昨年の申出の際、対応予定を申出者に伝えないまま記録が止まっていた。
・同じ路線で、同型のふたが他に12か所ある。がたつきの有無を今年度中に点検する必要がある。
〈再発防止策（案）〉
・申出を受けた案件は、完了するまで週1回、係内で進捗を確認する。
・対応に時間がかかる場合は、予定時期を必ず申出者に伝え、その内容を記録に残す。"""
    add("case_records", text, "block", ["PERSON", "JP_ADDRESS", "PHONE_NUMBER"], [f"{s} {g}", ban, ph],
        "long: complaint record with a timeline; complainant's name, hyphenated address and landline in the header")

    # 4 short: 転入 window note with DOB in era form
    s = surname(); g = given("f")
    y = R.randint(50, 63); m = R.randint(1, 12); d = R.randint(1, 28)
    dob = f"昭和{y}年{m}月{d}日生"
    text = f"窓口メモを引継ぎ用に整えて。「{s}{g}（{dob}）、高崎市から転入。国保と後期高齢の切替えについて質問あり、来週火曜に再来庁予定。」"
    add("case_records", text, "block", ["PERSON", "DATE_OF_BIRTH"], [f"{s}{g}", f"昭和{y}年{m}月{d}日"],
        "counter note: name without space and Showa-era birth date")

    # 5 short: 訪問記録 katakana name + full-width mobile
    kana = R.choice(["ハギワラ トシエ", "クラバヤシ ヨシオ", "トマル カズエ"])
    ph = fullwidth(mobile())
    text = f"ヘルパーからの連絡を記録に残す文章にしてください。\n利用者　{kana}様\n連絡先（長男）　{ph}\n本日訪問時、玄関で転倒した跡あり。本人は痛みなしと話すが、右ひざに腫れ。長男に連絡し、明日受診予定。"
    add("case_records", text, "block", ["PERSON", "PHONE_NUMBER"], [kana, ph],
        "home-help note: katakana name and full-width mobile of the son")

    # 6 新生児訪問 record, long: mother, baby DOB, address
    s = surname(); mg = given("f"); bg = R.choice(["陽翔", "紬", "蓮", "葵"])
    ban = f"{R.randint(1, 3)}丁目{R.randint(1, 40)}番地{R.randint(1, 20)}"
    dob = f"令和8年{R.randint(3, 5)}月{R.randint(1, 28)}日"
    text = f"""新生児訪問の記録です。保健師の所見の部分を、母親に渡す「今後の相談先のご案内」に作り替えてください（記録そのものは渡しません）。

新生児訪問指導記録
訪問日：令和8年6月2日　訪問者：地区担当保健師
母：{s} {mg}（29歳、初産）
児：{bg}（第1子）　出生：{dob}　在胎39週2日、出生体重2,980g
住所：前橋市下小出町{ban}　コーポ小出 2階
家族構成：夫（会社員、平日は21時ごろ帰宅）、母、児の3人。母方の実家は新潟県、父方の実家は市外。
〈児の状況〉
体重3,620g（日齢29、1日あたり増加量約40g）。哺乳は母乳とミルクの混合、3時間おき。黄疸なし。臍部乾燥。沐浴は夫が担当。
〈母の状況〉
産後2週ごろから夜眠れない日が続き、「赤ちゃんが泣くと自分も泣きたくなる」と話す。EPDS 11点。食欲はある。夫は協力的だが帰宅が遅く、日中は一人で過ごしている。
〈生活環境〉
室内は整頓されており、ベビーベッドは窓から離して設置されている。エアコンあり。夫婦とも喫煙なし。自家用車にチャイルドシートを設置済み。上の階の住人とは面識がなく、日中に話し相手がいないとのこと。
〈保健師の所見〉
・児の発育は順調。
・母は産後うつの傾向が見られるため、継続的な支援が必要。本人は「相談できる場所があるなら行きたい」と話している。
・近くに頼れる家族がいないため、産後ケア事業（日帰り型）の利用を勧めた。申込み方法を説明済み。
・2週間後に電話で様子を確認し、必要であれば再訪問する。
〈案内した資源〉
産後ケア事業、子育て支援センターの赤ちゃんサロン（毎週水曜）、こども家庭センターの相談電話、ファミリー・サポート・センター"""
    add("case_records", text, "block", ["PERSON", "DATE_OF_BIRTH", "JP_ADDRESS"], [f"{s} {mg}", dob, ban],
        "long: newborn home-visit record; mother's name, baby's birth date, address with building; postnatal-depression screening")

    # 7 medium: accident on a city road
    s = surname(); g = given("m"); ph = mobile("")
    text = f"市道での転倒事故の報告書（第一報）を作ってください。\n・発生：7月3日 18時頃、市道上泉町12号線\n・被害者：{s}{g}さん（71歳）、自転車走行中に舗装のくぼみで転倒、左手首を骨折\n・連絡先：{ph}\n・対応：翌日に現地確認、くぼみは応急補修済み。賠償保険の手続きを説明予定。"
    add("case_records", text, "block", ["PERSON", "PHONE_NUMBER"], [f"{s}{g}", ph],
        "road accident first report: victim's name and unseparated mobile")


case_records()

# ================================================================ sensitive_personal (block)

def sensitive():
    # 1 long 業務引継書 (納税課) with one taxpayer buried
    s = surname(); g = given("m")
    ban = f"{R.randint(1, 5)}丁目{R.randint(1, 30)}番{R.randint(1, 20)}号"
    text = f"""異動にあたって作った業務引継書です。後任が読みやすいように、見出しと優先順位を整理してください。内容は削らないでください。

業務引継書（収納課 徴収第二係）
作成：令和8年3月25日
1　担当業務
　(1) 市税の滞納整理（担当地区：北部・東部の一部）
　(2) 納税相談（毎週火・木の窓口当番）
　(3) コンビニ収納・スマホ決済の不突合の確認（月2回）
2　年間スケジュール
　4月：前年度分の出納整理、督促状の発送準備
　5月：口座振替不能分の再振替案内
　6〜7月：夜間・休日納税相談の実施（市報6月号に掲載）
　10月：差押予告の一斉発送
　12月：年末一斉滞納整理（県と合同）
　2月：次年度の徴収計画の作成
3　継続中の案件
　・財産調査の照会文書（金融機関あて）は、4月上旬に第1回をまとめて発送すること。様式はフォルダ「照会」にある。
　・{s} {g}様（総社町総社{ban}）は固定資産税・市県民税を3年分、約86万円滞納しており、現在は月3万円の分納誓約中。4月分の入金がなければ、誓約の見直しについて本人と面談すること。病気で退職した経緯があり、面談では体調に配慮すること。
　・法人の滞納案件は、係長が直接担当しているので、引継ぎの対象外。
4　システム・書類
　・滞納管理システムの操作マニュアルは、共有フォルダの「02_マニュアル」にある。
　・交渉経過は、必ずその日のうちにシステムに入力すること。紙のメモを残さない。
　・差押調書の控えは、鍵付きキャビネットの2段目。
5　注意事項
　・電話での納税相談では、本人確認（生年月日と住所）を必ず行う。
　・家族からの問い合わせには、本人の同意がない限り、滞納額を答えない。
　・窓口で大声を出す方がいた場合は、一人で対応せず、係長に声をかける。
6　関係先
　・県税事務所（合同の滞納整理の窓口）
　・市民相談室（多重債務の相談がある場合の紹介先）
以上"""
    add("sensitive_personal", text, "block", ["PERSON", "SENSITIVE_PERSONAL_INFO", "JP_ADDRESS"], [f"{s} {g}", ban],
        "long: hand-over note; one taxpayer's arrears and illness buried in section 3")

    # 2 short: colleague on leave for depression
    s = surname(); g = given("m")
    text = f"係員の{s}{g}さんがうつ病で3か月の病気休暇に入ります。係内への伝え方と、業務の分担表の作り方を教えてください。"
    add("sensitive_personal", text, "block", ["PERSON", "SENSITIVE_PERSONAL_INFO"], [f"{s}{g}"],
        "colleague's mental illness, named")

    # 3 short: pupil with disability certificate
    s = surname(); g = given("f")
    text = f"来年度入学予定の{s} {g}さん（身体障害者手帳1級、車いす使用）の受け入れに向けて、学校の施設改修で検討すべき点を挙げてください。"
    add("sensitive_personal", text, "block", ["PERSON", "SENSITIVE_PERSONAL_INFO"], [f"{s} {g}"],
        "pupil with a physical-disability certificate, named")

    # 4 long: e-mail thread with quoted replies about a welfare recipient
    s = surname(); g = given("m")
    text = f"""このメールのやり取りを読んで、私（生活支援課・担当）から不動産会社に送る返信を書いてください。

件名：Re: Re: 転居先の物件について
----
株式会社上州ハウジング　前橋駅南店
ご担当者様

いつもお世話になっております。
ご連絡いただいた物件（駅南エリアの1K、家賃4万2千円）について、課内で確認しました。
金額は基準の範囲内ですので、進めていただいて差し支えありません。
ただし、契約日の前に一度、物件の内見に同行させていただけますでしょうか。
----
> 前橋市 生活支援課
> ご担当者様
>
> お世話になっております。上州ハウジングです。
> 先日ご相談のあった、生活保護受給中の{s}{g}様の転居先の件です。
> 階段の昇り降りが難しいとのことでしたので、1階の物件を中心にお探ししました。
> 候補は2件で、どちらも家賃は住宅扶助の上限内です。
> 敷金・礼金と火災保険料の見積りを添付します。
> 入居日は、現在の住まいの退去日に合わせて調整可能です。
>
> 株式会社上州ハウジング　前橋駅南店
> 賃貸営業課
>
>> 上州ハウジング　ご担当者様
>>
>> 前橋市生活支援課です。
>> 当課で支援している方の転居先を探しています。
>> 現在の住まいは2階建てアパートの2階で、膝の手術後、階段の昇り降りが難しくなっています。
>> 単身で、ペットはいません。ご本人は現在の住まいに近い地域を希望されています。
>> 条件に合う物件があれば、ご紹介をお願いします。
>>
>> 前橋市 福祉部 生活支援課
>> 電話 027-224-1111（代表）
----
返信では、内見の候補日として来週の火曜か木曜の午後を提示し、本人も同行することを伝えてください。"""
    add("sensitive_personal", text, "block", ["PERSON", "SENSITIVE_PERSONAL_INFO"], [f"{s}{g}"],
        "long: e-mail thread with quoted replies; a welfare recipient's name appears once in the middle quote")

    # 5 short: criminal record of a prospective hire
    s = surname(); g = given("m")
    text = f"会計年度任用職員として内定を出した{s} {g}さんに、窃盗の前科があると本人から申告がありました。採用を取り消せるかどうか、考え方を整理してください。"
    add("sensitive_personal", text, "block", ["PERSON", "SENSITIVE_PERSONAL_INFO"], [f"{s} {g}"],
        "criminal record of a named prospective hire")


sensitive()

# ================================================================ names (block)

def names():
    # 1 long 市報 feature naming a private person (draft)
    s = surname(); g = given("m")
    text = f"""市報の連載「まちの元気人」の原稿です。文字数を800字以内に収めて、見出しを3つ付けてください。

　毎朝6時半、広瀬川沿いの遊歩道に、ほうきとちりとりを持った男性の姿があります。{s} {g}さん（78歳）です。定年退職をきっかけに始めた清掃活動は、今年で15年目を迎えました。
　「最初は散歩のついでに、落ちている空き缶を拾っていただけなんです」と{s}さんは笑います。続けているうちに、犬の散歩で通る人や、通学途中の中学生があいさつをしてくれるようになり、いつの間にか一緒にごみを拾う仲間が増えていきました。今では、毎月第1日曜日に20人ほどが集まる「広瀬川クリーンの会」として活動しています。
　活動で集めたごみは、1年間でおよそ45リットルの袋で300袋分。最近はペットボトルやたばこの吸い殻が減り、代わりにマスクが目立つようになったそうです。「ごみの種類で、世の中の移り変わりが分かるんですよ」。
　会では、清掃だけでなく、川沿いの花壇の手入れも行っています。春にはチューリップ、秋にはコスモスが咲き、散歩する人たちの目を楽しませています。花の苗は、近くの保育園の子どもたちと一緒に植えています。園児たちは、自分が植えた花が咲くのを楽しみに、散歩のたびに花壇をのぞきに来るそうです。
　昨年の秋、会は市の環境美化功労者として表彰されました。それでも本人は「表彰されるために始めたわけじゃない。川がきれいだと気持ちがいい、それだけです」と控えめです。
　これからの目標を尋ねると、「若い人にバトンを渡すこと」と答えてくれました。最近は、高校のボランティア部の生徒たちが活動に加わるようになり、会の平均年齢が少しずつ下がってきたといいます。
　「川は、みんなのもの。だから、みんなできれいにしたいんです」。そう話す笑顔は、朝日を受けた川面のように輝いていました。
　広瀬川クリーンの会の活動には、どなたでも参加できます。詳しくは、市民協働課へお問い合わせください。"""
    add("names", text, "block", ["PERSON"], [f"{s} {g}"],
        "long: city-bulletin feature naming a private volunteer once in full, then by surname")

    # 2 long: 表彰 recommendation with several people
    a = (surname(), given("f")); b = (surname(), given("m")); c = (surname(), given("f"))
    text = f"""市の社会福祉功労表彰の推薦書の「推薦理由」を、それぞれ200字程度に整えてください。事実は変えないでください。

推薦団体：城南地区社会福祉協議会
1　{a[0]} {a[1]}
　昭和の終わりごろから地区の給食ボランティアに参加し、ひとり暮らしの高齢者への配食を続けてきた。調理の中心を担うだけでなく、配食の際に体調の変化に気付き、包括支援センターへ連絡したことが何度もある。現在も週2回の活動に欠かさず参加している。
2　{b[0]}{b[1]}
　地区の民生委員・児童委員を4期12年務めた。担当地区の高齢者世帯を毎月訪問し、災害時の避難行動要支援者名簿の更新にも協力した。令和元年の台風の際には、夜間に要支援者宅を回って避難を呼びかけた。
3　{c[0]} {c[1]}（手話サークル「ひまわり」代表）
　聴覚に障害のある方と地域住民の交流の場として、手話サークルを20年間運営してきた。小学校での手話体験教室は延べ60回を超え、子どもたちが手話に親しむきっかけとなっている。
　サークルの会員は現在32名で、うち5名は聴覚に障害のある方である。市の行事での手話通訳の補助や、防災訓練での情報保障の取組にも協力している。
推薦理由のまとめ
　3名とも、長年にわたり地域福祉の向上に尽くし、地区の住民から厚い信頼を得ている。
　とりわけ、活動を次の世代へ引き継ぐ取組に力を入れており、若い担い手が育ちつつあることは、地区にとって大きな財産である。
　以上の理由により、社会福祉功労者として推薦する。
表彰式：令和8年11月（社会福祉大会にて）
なお、推薦書には各人の略歴（生年月日、住所）を別紙で添付しますが、今回はその部分は入れていません。"""
    add("names", text, "block", ["PERSON"], [f"{a[0]} {a[1]}", f"{b[0]}{b[1]}", f"{c[0]} {c[1]}"],
        "long: award recommendation naming three private individuals in different spacing")

    # 3 short English romaji
    n = R.choice(["Kazue Tomaru", "Yoshio Sorimachi", "Akiko Kuwabara"])
    text = f"Please make this reply sound friendlier: \"Dear {n}, your application for the community garden plot has been received. The lottery will be held on 20 March.\""
    add("names", text, "block", ["PERSON"], [n], "English reply naming an applicant in romaji")

    # 4 short katakana
    n = R.choice(["イマイ ノリコ", "ミヤシタ カツトシ", "ユアサ アキコ"])
    text = f"体育館のテニスコート予約で、{n}様の名義の予約が抽選システムの不具合で消えてしまいました。事情を説明して、代わりの日程を提案する電話の話し方を考えてください。"
    add("names", text, "block", ["PERSON"], [n], "katakana name in a booking apology")

    # 5 short: 自治会長 private person
    s = surname(); g = given("m")
    text = f"{s}{g}自治会長あてに、防犯灯のLED化の補助金の申請書類が足りないことを知らせる文書を、失礼のないように作ってください。"
    add("names", text, "block", ["PERSON"], [f"{s}{g}"], "neighbourhood association head (private person) named without space")


names()

# ================================================================ contact_info (block)

def contact():
    # 1 long e-mail thread with signature of a private lecturer
    s = surname(); g = given("f")
    user = R.choice(["yoga.", "harmony", "k.studio"]) + str(R.randint(10, 99))
    email = f"{user}@gmail.com"; ph = mobile()
    text = f"""次のメールのやり取りを踏まえて、講座の開催が決まったことを伝えるお礼のメールを作ってください。謝礼の支払い手続き（請求書の提出）についても一言入れてください。

件名：Re: 「はじめてのシニアヨガ」講座の講師について
前橋市 生涯学習課 ご担当者様

ご連絡ありがとうございます。
10月の3回講座、日程はすべて大丈夫です。会場は中央公民館の和室とのことですので、ヨガマットは参加者の方にご持参いただくか、バスタオルで代用していただければ十分です。
当日の準備物の案内文は、こちらで下書きしてお送りします。
よろしくお願いいたします。

──────────
ヨガインストラクター
{s} {g}
携帯：{ph}
メール：{email}
──────────

> {s}様
>
> お世話になっております。前橋市生涯学習課です。
> 先日は講師のご依頼をご快諾いただき、ありがとうございました。
> 講座の日程ですが、10月7日・14日・21日（いずれも火曜日、10時〜11時30分）で調整しております。
> 定員は20名、対象は60歳以上の市民の方です。
> 謝礼は1回あたり1万円（源泉徴収後の金額をお振込み）を予定しております。
> ご都合のほどお知らせください。
>
> 前橋市 生涯学習課 社会教育係
> 電話 027-224-1111（代表）
>
>> 生涯学習課 ご担当者様
>>
>> 公民館だよりを拝見してご連絡しました。
>> 地域の高齢の方向けに、椅子に座ってできるヨガの講座を開いていただけないかとのお話、喜んでお引き受けします。
>> 平日の午前中でしたら、比較的都合がつきます。"""
    add("contact_info", text, "block", ["PERSON", "EMAIL_ADDRESS", "PHONE_NUMBER"], [f"{s} {g}", email, ph],
        "long: e-mail thread; private lecturer's signature block with mobile and gmail in the middle")

    # 2 short +81 phone only
    ph = "+81 90 " + f"{R.randint(1000, 9999)} {R.randint(1000, 9999)}"
    text = f"留守番電話に「{ph}に折り返しください」と残っていました。国際電話の形式なので、国内からかけるときの番号の書き方を教えてください。"
    add("contact_info", text, "block", ["PHONE_NUMBER"], [ph], "+81 mobile with spaces, no name")

    # 3 short CSV roster
    rows = []; secrets = []
    for _ in range(3):
        s = surname(); g = given(R.choice("mf")); ph = mobile(); em = f"{R.choice(['mf', 'ky', 'tn', 'hr'])}{R.randint(100, 999)}@{R.choice(['yahoo.co.jp', 'docomo.ne.jp', 'au.com'])}"
        rows.append(f"{s} {g},{ph},{em}"); secrets += [f"{s} {g}", ph, em]
    text = "ボランティア登録者の一覧を、班ごとの連絡網の形式に並べ替える方法を教えてください。\n氏名,電話,メール\n" + "\n".join(rows)
    add("contact_info", text, "block", ["PERSON", "PHONE_NUMBER", "EMAIL_ADDRESS"], secrets,
        "CSV roster of volunteers: names, mobiles, private e-mails")

    # 4 long: transcribed application form for a market stall
    s = surname(); g = given("m")
    ban = f"{R.randint(1, 4)}丁目{R.randint(1, 25)}番{R.randint(1, 15)}号"
    ph = landline(); em = f"{R.choice(['pan', 'bagel', 'koubou'])}.{R.randint(1, 99)}@outlook.jp"
    text = f"""マルシェの出店申込書を手入力で転記しました。出店者への「出店決定通知」の文面を作ってください。区画番号と搬入時刻は［　］で空けておいてください。

まえばし朝市マルシェ 出店申込書（令和8年秋季）
1　出店区分：□ 農産物　■ 加工食品　□ 雑貨・手づくり品　□ キッチンカー
2　屋号：パン工房こむぎ日和
3　代表者氏名：{s} {g}
4　住所：〒371-0035 前橋市岩神町{ban}
5　電話：{ph}
6　メールアドレス：{em}
7　販売品目：食パン、ベーグル、焼き菓子（クッキー、マドレーヌ）
8　食品営業許可：菓子製造業（前橋市保健所）　許可番号の写しを添付
9　出店希望日：10月12日、10月26日、11月9日（3回とも希望）
10　使用する電気：なし（保冷バッグで対応）
11　テントの持込み：あり（3m×3m）
12　同時出店の人数：2名
13　駐車場の希望：あり（軽ワゴン1台）
14　これまでの出店歴：県内のクラフトフェアに年3回程度
15　アピールポイント：
　市内産の小麦「さとのそら」を使ったパンを中心に販売します。子ども向けに、動物の形のミニパンも用意します。売上の一部は、地元のこども食堂に寄付する予定です。
16　その他・要望：
　前回（春季）はテント区画が日当たりのよい場所で、焼き菓子が傷みやすかったので、できれば日陰の区画を希望します。
　雨天時の開催可否の連絡は、メールでいただけると助かります。
確認事項（主催者記入欄）
　・出店料　1回 2,000円 × 3回
　・書類の不備　なし
　・抽選の要否　加工食品区分は応募多数のため抽選（結果：当選）"""
    add("contact_info", text, "block", ["PERSON", "JP_ADDRESS", "PHONE_NUMBER", "EMAIL_ADDRESS"],
        [f"{s} {g}", ban, ph, em],
        "long: transcribed market-stall application; sole proprietor's name, address, landline, e-mail")

    # 5 short address with building and room, no name
    ban = f"{R.randint(1, 3)}-{R.randint(10, 20)}-{R.randint(2, 15)}"
    text = f"「前橋市文京町{ban} サンハイツ文京 203号室」に送った通知書が宛所不明で戻ってきました。住民登録を確認したうえで再送付するときの手順を教えてください。"
    add("contact_info", text, "block", ["JP_ADDRESS"], [ban], "returned mail: street address with building and room number")

    # 6 short English e-mail
    n = R.choice(["Mariana Okada Silva", "Nguyen Van Hoang", "Priya Raman"])
    em = n.split()[0].lower() + "." + n.split()[-1].lower() + str(R.randint(1, 99)) + "@gmail.com"
    text = f"Help me reply to this message in plain English and Japanese:\nFrom: {n} <{em}>\n\"Where can I get a garbage calendar for my area? I moved in last week.\""
    add("contact_info", text, "block", ["PERSON", "EMAIL_ADDRESS"], [n, em], "English inquiry header: resident name and e-mail")


contact()

# ================================================================ id_numbers (block)

def ids():
    # 1 My Number unseparated, with name
    s = surname(); g = given("m"); mn = gen_mynum()
    text = f"年末調整の書類で、扶養親族{s}{g}の個人番号欄に「{mn}」とありました。桁数と記入方法が正しいか、確認するときの注意点を教えてください。"
    add("id_numbers", text, "block", ["JP_MY_NUMBER", "PERSON"], [f"{s}{g}", mn], "My Number unseparated with dependant's name")

    # 2 long: incident report with table containing a resident code
    s = surname(); g = given("f"); rc = gen_resident()
    text = f"""住民票の写しの誤交付に関する事故報告書の下書きです。「原因」と「再発防止策」を、もっと具体的に書き直してください。

事故報告書（市民課）
1　件名　住民票の写しの誤交付について
2　発生日時　令和8年4月20日（月）11時頃
3　発生場所　市民課 証明発行窓口
4　概要
　同姓の別人の住民票の写しを、請求者に交付した。請求者が帰宅後に気付き、同日14時頃に来庁して返却された。交付した写しは、請求者以外の目には触れていないことを確認した。
5　交付した書類の内容（確認用）
　┌────────┬──────────────┐
　│ 項目　　　│ 内容　　　　　　　　　　│
　├────────┼──────────────┤
　│ 氏名　　　│ {s} {g}　　　　　　　│
　│ 住民票コード │ {rc}　　　　　　　│
　│ 記載事項　│ 世帯全員、本籍・筆頭者省略 │
　│ 通数　　　│ 1通　　　　　　　　　　│
　└────────┴──────────────┘
6　原因
　・請求書の氏名と生年月日を、システムの検索結果と照合しないまま発行した。
　・昼前で窓口が混雑しており、発行担当が1人で照合と交付を行っていた。
7　対応
　・4月20日中に、住民票を誤って交付された方に電話で経緯を説明し、謝罪した。
　・4月21日、課長と担当者が自宅を訪問し、改めて謝罪した。
8　再発防止策
　・交付前に、請求書と写しの氏名・生年月日を指差しで照合する。
　・混雑時は、照合と交付を別の職員が行う。
9　今後の予定
　・課内研修を4月中に実施する。
　・同様の事例がないか、過去1か月分の発行記録を点検する。
10　その他
　・報道機関への公表は、個人情報保護の観点から行わない方向で、総務課と協議中。
　・同姓同名や同姓の方が多い地区については、窓口端末の検索画面で生年月日を必ず表示する設定に変更するよう、システム担当に依頼した。"""
    add("id_numbers", text, "block", ["JP_RESIDENT_CODE", "PERSON"], [f"{s} {g}", rc],
        "long: mis-issue incident report; a box-drawn table holds the affected resident's name and resident code")

    # 3 driving licence with 第…号
    s = surname(); g = given("f"); dl = gen_dl()
    text = f"レンタサイクルの貸出記録に「{s} {g}　免許証 第{dl}号」と書いている職員がいます。記録様式から免許証番号の欄をなくす場合、本人確認の方法をどう変えればよいですか。"
    add("id_numbers", text, "block", ["JP_DRIVER_LICENSE", "PERSON"], [f"{s} {g}", dl], "driving-licence number in 第…号 form with a name")

    # 4 passport with romaji name
    pp = R.choice(["TR", "TZ", "MU"]) + digits(7, False)
    n = R.choice(["WATANABE SHO", "KANAI MIHO", "SORIMACHI REN"])
    text = f"姉妹都市派遣団の航空券を手配します。団員 {n}（旅券番号 {pp}）の旅券の残存期間が足りるかどうか、確認すべき点を教えてください。"
    add("id_numbers", text, "block", ["JP_PASSPORT", "PERSON"], [n, pp], "passport number with romaji name in a delegation booking")

    # 5 residence card alone
    rc = R.choice(["EH", "TK", "PB"]) + digits(8, False) + R.choice(["FA", "GC", "KD"])
    text = f"在留カード番号 {rc} の方から、在留期間更新中に転居した場合の届出について問い合わせがありました。回答の要点を教えてください。"
    add("id_numbers", text, "block", ["JP_RESIDENCE_CARD"], [rc], "residence-card number with no name")

    # 6 介護保険 被保険者番号
    s = surname(); g = given("f"); hk = "00" + digits(8, False)
    text = f"介護保険の負担割合証を再発行します。{s}{g}様（被保険者番号 {hk}）への送付状の文面を作ってください。"
    add("id_numbers", text, "block", ["JP_HEALTH_INSURANCE", "PERSON"], [f"{s}{g}", hk], "long-term-care insured number with name")

    # 7 pension number
    s = surname(); g = given("m"); pn = f"{R.randint(1000, 9999)}-{digits(6, False)}"
    text = f"障害年金の請求を検討している{s} {g}さん（基礎年金番号 {pn}）に、初診日の証明の集め方を説明するメモを作ってください。"
    add("id_numbers", text, "block", ["JP_PENSION_NUMBER", "PERSON"], [f"{s} {g}", pn], "basic pension number with name (disability pension)")

    # 8 long: 扶養控除等申告書 check table with My Number of dependant (spaced)
    s = surname(); g1 = given("m"); g2 = given("f"); mn = gen_mynum()
    mns = f"{mn[:4]} {mn[4:8]} {mn[8:]}"
    text = f"""職員の扶養控除等申告書の点検結果を、本人に返すときの「記入誤りのお知らせ」にしたいです。指摘は丁寧に、どこをどう直せばよいか分かるように書いてください。

令和9年分 給与所得者の扶養控除等（異動）申告書 点検票
所属：都市計画部 建築指導課
申告者：{s} {g1}
点検日：令和8年11月28日
点検者：職員課 給与係
──────────────────────────────
No.　区分　　　　　　　点検項目　　　　　　　結果
1　　本人　　　　　　住所・世帯主の記載　　　○
2　　本人　　　　　　障害者・寡婦等の区分　　○（該当なし）
3　　源泉控除対象配偶者　氏名・生年月日　　○
4　　源泉控除対象配偶者　所得の見積額　　　　×（空欄）
5　　控除対象扶養親族　続柄　　　　　　　　○（長女）
6　　控除対象扶養親族　個人番号　　　　　　△（下記参照）
7　　16歳未満の扶養親族　住民税の欄　　　　○
8　　署名・日付　　　　　　　　　　　　　　○
──────────────────────────────
〈備考〉
・No.4　配偶者の所得の見積額が空欄。パート収入がある場合は、給与収入から給与所得控除額を差し引いた額を記入すること。
・No.6　長女 {s} {g2} の個人番号が「{mns}」と記入されているが、昨年の申告書と一部の数字が異なっている。通知カードまたはマイナンバーカードで再確認のうえ、正しい番号を記入すること。
・長女は今年から大学進学で市外に転出しているが、仕送りをしている場合は、引き続き扶養親族に含めてよい。
・提出期限は12月10日。修正した申告書は、所属の庶務担当を通じて職員課に提出すること。
──────────────────────────────
〈参考〉年末調整の日程
・12月上旬：申告書の回収
・12月中旬：保険料控除申告書の点検
・12月の給与で精算（還付または追加徴収）"""
    add("id_numbers", text, "block", ["JP_MY_NUMBER", "PERSON"], [f"{s} {g1}", f"{s} {g2}", mns],
        "long: tax-form check sheet; dependant's My Number (4-4-4 with spaces) buried in the remarks")


ids()

# ================================================================ financial (block)

def financial():
    acct = digits(7, False); kana = R.choice(["トマル ケイコ", "ソリマチ ヒロシ", "ウブカタ ミエ"])
    text = f"講師謝礼の口座情報を確認しています。「群馬銀行 本店営業部 普通 {acct} 名義 {kana}」――支出負担行為の書類に転記するときの書き方の順番を教えてください。"
    add("financial", text, "block", ["JP_BANK_ACCOUNT", "PERSON"], [acct, kana], "bank account with katakana holder")

    card = gen_card("5" + str(R.randint(1, 5)))
    cs = " ".join(card[i:i + 4] for i in range(0, 16, 4))
    text = f"ふるさと納税の寄附者から電話があり、「カード番号 {cs} で決済したのに受付メールが来ない」とのこと。決済代行会社に確認する内容を整理してください。"
    add("financial", text, "block", ["CREDIT_CARD"], [cs], "Mastercard-range number with spaces (Luhn-valid), no name")

    # long e-mail about a refund with ゆうちょ account
    s = surname(); g = given("f"); kigo = "1" + digits(3, False) + "0"; bango = digits(8, False)
    text = f"""このメールへの返信を作ってください。振込予定日は来月10日、金額の内訳も書いてください。

件名：Re: 保育料の過払い分について
保育課 ご担当者様

お世話になっております。
先日お電話でご説明いただいた、保育料の過払い分の返金の件です。
お送りいただいた口座振替依頼書に記入して返送しようと思ったのですが、印鑑の欄をどうすればよいか分からなかったので、先にメールで口座をお知らせします。

　ゆうちょ銀行
　記号 {kigo}
　番号 {bango}
　名義 {s} {g}

これで手続きを進めていただけますでしょうか。
また、過払いになった理由について、もう一度教えていただけると助かります。
夫の転職で4月から所得が下がり、そのことは5月に届け出たつもりでしたが、反映されたのは9月分からだったと聞きました。
4月から8月の5か月分、毎月1万2千円ずつ多く払っていたということでよいでしょうか。
お手数をおかけしますが、よろしくお願いいたします。

> {s}様
>
> 前橋市保育課です。先日はお電話で失礼いたしました。
> 保育料の再計算の結果、過払いとなっている分を返金いたします。
> つきましては、同封の口座振替依頼書にご記入のうえ、返信用封筒でご返送ください。
> ご不明な点がありましたら、保育課までお問い合わせください。
>
> 【返金の概要】
> 　対象期間：令和8年4月分〜8月分（5か月）
> 　返金額：保育料の差額の合計
> 　お支払方法：ご指定の口座へのお振込み
> 　必要書類：口座振替依頼書（ご本人名義の口座に限ります）
> 　※ご返送から振込みまでは、通常3〜4週間かかります。
> 　※返金額が確定しましたら、改めて通知書をお送りします。"""
    add("financial", text, "block", ["JP_BANK_ACCOUNT", "PERSON"], [bango, f"{s} {g}"],
        "long: e-mail thread about a nursery-fee refund; Japan Post Bank symbol/number and holder in the middle")


financial()

# ================================================================ credentials (block)

def credentials():
    tok = "ghp_" + secret_token(36)
    text = f"git push すると認証エラーになります。\ngit remote set-url origin https://{tok}@github.com/maebashi-dx/opendata-tools.git\nこの設定のどこが悪いのでしょうか。"
    add("credentials", text, "block", ["CREDENTIAL"], [tok], "GitHub personal access token embedded in a remote URL")

    # long hand-over with admin password buried
    pw = secret_token(4) + "#" + secret_token(5) + "!" + str(R.randint(10, 99))
    text = f"""施設予約サイトの運用引継ぎメモです。新任者が最初の1か月で迷わないように、「毎日」「毎週」「毎月」「随時」の作業に分けて並べ替えてください。

施設予約システム 運用引継ぎメモ（スポーツ課）
■ システムの概要
　・市内の体育館、運動公園、テニスコートなど18施設の予約を受け付けるWebサイト。
　・運用は委託業者（保守契約あり）。市の担当は、予約の承認、お知らせの掲載、抽選の実行、利用者からの問い合わせ対応。
■ 日々の作業
　・朝一番に、前日夕方以降に入った団体予約の申請を確認し、承認または差戻しを行う。
　・施設の臨時休館（大会、工事など）が決まったら、その日のうちに予約枠を閉じ、お知らせを掲載する。
■ 抽選
　・毎月1日の9時に、翌々月分の抽選を実行する。抽選ボタンは管理画面の「抽選管理」にある。
　・実行前に、施設の点検日が予約枠から外れているかを必ず確認すること。
■ 管理画面へのログイン
　・管理者アカウント：sports-admin
　・パスワード：{pw}
　・（委託業者に依頼すれば変更できる。異動のタイミングで変更するのが望ましい）
■ 問い合わせ対応
　・「予約したのにメールが来ない」という問い合わせが多い。迷惑メールフォルダの確認をお願いすると、ほとんど解決する。
　・利用者登録のパスワードを忘れた方には、画面の「パスワードを忘れた方」から再設定してもらう。職員が代わりに設定することはしない。
■ 月末の作業
　・施設ごとの利用件数と使用料の集計を、委託業者から受け取り、財務会計システムの収入と照合する。
　・照合結果は、翌月5日までに係長に報告する。
■ 年度末
　・翌年度の使用料の改定があれば、2月中に委託業者に設定変更を依頼する。
　・年間の利用統計を、市のホームページで公表する（例年4月下旬）。
■ 困ったとき
　・システムが止まったときは、委託業者の保守窓口に連絡（平日9時〜17時）。夜間・休日はメールで連絡し、翌営業日に対応してもらう。"""
    add("credentials", text, "block", ["CREDENTIAL"], [pw],
        "long: operations hand-over memo; admin password buried in the login section")

    dbpw = secret_token(12)
    text = f"PythonからDBにつながりません。接続文字列はこうです。\nDATABASE_URL=postgresql://gis_user:{dbpw}@db.example-gis.jp:5432/parcels\nタイムアウトになる原因として何が考えられますか。"
    add("credentials", text, "block", ["CREDENTIAL"], [dbpw], "database URL with embedded password")

    key = "AIza" + secret_token(35, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-")
    text = f"避難所マップのページで地図が表示されません。HTMLには <script src=\"https://maps.googleapis.com/maps/api/js?key={key}&callback=initMap\"></script> と書いています。コンソールのエラーの読み方を教えてください。"
    add("credentials", text, "block", ["CREDENTIAL"], [key], "Google Maps API key in a script tag")


credentials()

# ================================================================ internal_network (block)

def internal():
    ip1 = f"172.{R.randint(16, 31)}.{R.randint(0, 255)}.{R.randint(2, 254)}"
    host = f"gw{R.randint(1, 9)}.nw.maebashi.lg.local"
    text = f"""ネットワーク機器更新の仕様書（案）の一部です。「第3章 現行環境」の文章を、入札参加者に分かりやすい表現に書き直してください。

第1章　総則
　本仕様書は、前橋市（以下「本市」という。）が調達する庁内ネットワーク機器の更新業務について、必要な事項を定めるものである。
第2章　調達の範囲
　(1) コアスイッチ 2台（冗長構成）
　(2) フロアスイッチ 48台
　(3) 無線LANアクセスポイント 120台
　(4) 上記機器の設置、設定、既存機器からの移行作業、撤去した機器の廃棄
　(5) 導入後5年間の保守（平日9時から17時までのオンサイト対応）
第3章　現行環境
　現行のネットワークは、本庁舎と支所・出張所の計22拠点を閉域網で接続している。本庁舎のコアスイッチは平成30年度に導入したもので、メーカーの保守期限が令和9年3月に到来する。
　本庁舎のゲートウェイ（{host}、{ip1}）を経由して、各拠点から基幹系・情報系のサーバ群に接続している。
　フロアスイッチは各階の配線室に設置しており、一部の機器は導入から10年以上経過している。
第4章　要件
　(1) コアスイッチは、1台が故障しても通信が継続できる構成とすること。
　(2) 無線LANは、WPA3に対応し、職員用と来庁者用のネットワークを分離できること。
　(3) 移行作業は、業務への影響を避けるため、原則として土日・祝日に行うこと。
　(4) 移行計画書を、契約後30日以内に提出すること。
第5章　その他
　(1) 受注者は、作業で知り得た本市の情報を、第三者に漏らしてはならない。
　(2) 本仕様書に定めのない事項は、本市と受注者が協議して定める。"""
    add("internal_network", text, "block", ["INTERNAL_NETWORK"], [host, ip1],
        "long: network procurement spec; internal gateway host name and private IP buried in chapter 3")

    share = f"\\\\fs{R.randint(10, 99)}.soumu.maebashi.local\\共有\\R8予算"
    text = f"ショートカットを開くと「{share} にアクセスできません」と出ます。ネットワークドライブの再割り当ての手順を、職員向けに書いてください。"
    add("internal_network", text, "block", ["INTERNAL_NETWORK"], [share.split("\\")[2]], "UNC path to an internal file server")

    ip = f"10.{R.randint(1, 254)}.{R.randint(0, 255)}.{R.randint(2, 254)}"
    text = f"新しい複合機（IPアドレス {ip}）をWindows 11のパソコンに追加する手順を、画面の順番どおりに説明してください。"
    add("internal_network", text, "block", ["INTERNAL_NETWORK"], [ip], "printer at a 10.x address")


internal()

# ================================================================ confidential_marking (block)

def confidential():
    text = """【庁内限り】
令和8年度 上半期 窓口サービス満足度調査 結果報告（速報）

1　調査の概要
　調査期間：令和8年9月1日〜9月30日
　対象：本庁舎1階の窓口（市民課、保険年金課、税務課、子育て支援課）を利用した来庁者
　方法：窓口に設置したQRコードからのWeb回答、または紙の調査票
　回答数：1,284件（Web 912件、紙 372件）
2　結果の概要（5段階評価の平均）
　課　　　　　　待ち時間　説明の分かりやすさ　職員の対応　総合
　市民課　　　　　3.1　　　　4.2　　　　　　4.4　　　3.9
　保険年金課　　　2.8　　　　3.7　　　　　　4.1　　　3.5
　税務課　　　　　3.4　　　　3.9　　　　　　4.2　　　3.8
　子育て支援課　　3.6　　　　4.3　　　　　　4.5　　　4.2
3　主な意見（自由記述から抜粋）
　・「書く書類が多すぎる。同じことを何度も書かされた」（保険年金課）
　・「番号札の呼び出しが聞き取りにくい」（市民課）
　・「子どもを連れていても待ちやすい雰囲気だった」（子育て支援課）
4　考察
　保険年金課の待ち時間の評価が低い。4月と9月に手続きが集中し、最大で90分待ちが発生した日があった。課の人員配置の見直しと、書かない窓口の導入を早める必要がある。
　なお、保険年金課の評価は前年度から0.4ポイント下がっており、課長会議での報告の仕方には配慮が必要。
5　今後の対応（案）
　・繁忙期に他課からの応援職員を配置する。
　・申請書の事前作成サービス（Web）の周知を強化する。
　・結果は年度末に確定値として公表する予定。
この報告を、課長会議で5分で説明するための話す原稿にしてください。"""
    add("confidential_marking", text, "block", ["CONFIDENTIAL_MARKING"], [],
        "long: 【庁内限り】 header on a preliminary survey report with a text table")

    text = "極秘　次期総合計画の重点プロジェクト候補（企画部長メモ）\n・中心市街地の大学誘致\n・市営住宅の集約\nこのメモを、部内の打合せ用に3行で要約してください。"
    add("confidential_marking", text, "block", ["CONFIDENTIAL_MARKING"], [], "極秘 header on a planning memo")

    # long: marking in the middle as a page header
    text = """議会の常任委員会で配る説明資料です。2ページ目の途中に付けた注意書きはそのままで、全体を読みやすく整えてください。

学校給食センター再整備の検討状況について
教育委員会 学校給食課

1　現状
　市内の学校給食は、3か所の給食センター（東部、西部、南部）と、自校方式の小学校8校で提供している。東部センターは昭和62年、西部センターは平成2年の稼働で、いずれも築35年を超えている。
　近年、調理設備の故障が増えており、令和7年度は東部センターで計6回、ボイラーや食器洗浄機の故障が発生した。幸い、給食の提供が止まることはなかったが、献立の変更を余儀なくされた日が3日あった。
2　国の衛生管理基準への対応
　文部科学省の学校給食衛生管理基準では、汚染作業区域と非汚染作業区域の明確な区分（ドライシステム）が求められているが、東部・西部センターは旧来のウェットシステムのため、基準を十分に満たしていない。

―――――――――――――― 2 ――――――――――――――
　　　　　　　※本ページ以降 関係者限り（委員会資料・回収）
―――――――――――――――――――――――――――――

3　再整備の方向性（検討中）
　東部・西部センターを統合し、1日あたり1万2千食規模の新センターを整備する案を中心に検討している。建設候補地として、市有地2か所（工業団地内の未利用地、旧清掃工場跡地）を比較している。
　整備手法は、従来方式（設計・建設を個別に発注）と、PFI方式（設計・建設・運営を一括して民間に委ねる）を比較しており、民間事業者への意向調査を11月に実施する。
4　概算事業費（試算）
　新センター整備：約48億円（用地取得費を除く）
　配送車両の更新：約2億円
5　今後のスケジュール（案）
　令和9年度　基本計画の策定
　令和10年度　事業者の選定
　令和12年度　新センターの稼働
6　留意点
　・統合により、配送時間が長くなる学校がある。調理後2時間以内の喫食を確保できる配送ルートの検討が必要。
　・アレルギー対応食の専用調理室を設ける。"""
    add("confidential_marking", text, "block", ["CONFIDENTIAL_MARKING"], [],
        "long: committee handout with a '関係者限り' page marking in the middle")

    text = "※本資料は非公開（審査会委員限り）\n「子育て応援補助金」の交付先を決める審査会の採点表です。5団体の採点結果を、平均点が高い順に並べ替える方法を教えてください。"
    add("confidential_marking", text, "block", ["CONFIDENTIAL_MARKING"], [], "非公開（審査会委員限り） marking on scoring sheets")


confidential()

# ================================================================ nonpublic_topics (not_allow)

def nonpublic():
    # 1 long assembly answer draft under coordination
    text = """9月議会の一般質問「学校給食費の無償化」への教育長答弁の案です。まだ財政課との協議が終わっておらず、市長の判断も出ていません。次の答弁案について、議員を刺激しない言い回しに直し、再質問で「いつまでに結論を出すのか」と問われた場合の答え方も考えてください。

（質問要旨）
1　近隣市で給食費の無償化が広がっているが、本市の考えを伺う。
2　無償化に必要な財源の規模と、その確保の見通しを伺う。
3　当面の負担軽減策として、第2子以降の無償化を先行して行う考えはないか。

（答弁案）
1について
　学校給食費の無償化につきましては、子育て世帯の経済的負担の軽減につながる重要な施策であると認識しております。一方で、本来は国の責任において全国一律に実施されるべきものと考えており、市長会を通じて国に要望しているところでございます。
2について
　小中学校の給食費を全額無償化した場合、年間で約14億円の財源が必要となります。現在、庁内で、段階的な実施も含めて財源の確保策を検討しておりますが、ふるさと納税の活用や既存事業の見直しによる捻出額は、現時点で約5億円にとどまる見込みでございます。
3について
　第2子以降の無償化につきましては、必要な財源が年間約4億円と試算しており、実施に向けて前向きに検討してまいります。
　（※内部では来年度からの実施でほぼ固まっているが、予算査定前のため「前向きに検討」にとどめる）

（答弁の留意点）
　・質問議員は6月議会でも同じ趣旨の質問をしており、そのときは「国の動向を注視する」と答弁している。今回は一歩踏み込んだ表現が必要。
　・2の「約5億円」という数字は、財政課との協議前の事務局試算であり、答弁で数字を出すかどうかは最終調整が必要。
　・3で実施時期を明言すると、予算編成に影響するため避けたい。"""
    add("nonpublic_topics", text, "not_allow", ["NONPUBLIC_INFO"], [],
        "long: assembly answer draft still in coordination, with internal policy decision and unagreed figures")

    text = "来月公告する「市民体育館トイレ改修工事」の予定価格を、設計金額の98％の 31,850,000円（税抜）で決裁を取る予定です。起案文の書き方を教えてください。"
    add("nonpublic_topics", text, "not_allow", ["NONPUBLIC_INFO"], [], "planned price of a construction bid before the notice")

    # 3 long procurement spec with the estimated amount buried
    text = """公告前の委託仕様書の案です。受託者が読んで誤解しないよう、あいまいな表現を指摘してください。

前橋市コールセンター運営業務委託 仕様書（案）
1　業務の目的
　市民からの電話による問い合わせに一元的に対応し、各課の電話応対の負担を軽減するとともに、市民サービスの向上を図る。
2　委託期間
　令和9年4月1日から令和12年3月31日まで（3年間）
3　業務の内容
　(1) 市民からの電話・メールによる問い合わせへの対応（FAQに基づく回答、担当課への取次ぎ）
　(2) FAQの作成・更新の補助
　(3) 応対記録の作成と月次報告
　(4) 繁忙期（3月・4月）の臨時増員
4　対応時間
　平日 8時30分から19時まで、土曜 9時から17時まで（祝日・年末年始を除く）
5　想定する受電件数
　年間 約9万件（うち 約3割を担当課へ取次ぎ）
6　業務の体制
　(1) 業務責任者を1名置くこと。
　(2) オペレーターは、常時4名以上を配置すること。
　(3) オペレーターに対し、業務開始前に20時間以上の研修を行うこと。
7　委託料の上限（庁内用・公告時は削除）
　3年間の総額 1億3,860万円（税込）を上限とする。積算の内訳は別紙（予定価格調書）のとおり。
8　個人情報の取扱い
　受託者は、業務上知り得た個人情報を、業務の目的以外に利用してはならない。
9　成果物
　(1) 月次報告書（受電件数、問い合わせの分類、取次ぎ件数、応答率）を翌月10日までに提出すること。
　(2) 年度末に、FAQの更新状況と改善提案をまとめた年次報告書を提出すること。
10　業務の引継ぎ
　委託期間の終了時には、次の受託者に対し、FAQと応対記録を引き継ぐこと。
11　その他
　本仕様書に定めのない事項は、市と受託者が協議して定める。"""
    add("nonpublic_topics", text, "not_allow", ["NONPUBLIC_INFO"], [],
        "long: procurement spec before the notice; contract ceiling tied to the 予定価格調書 buried in section 7")

    text = "部下の人事評価の面談メモです。「目標の達成度は中程度だが、住民対応で苦情が2件あった。評価はBとCで迷っている」。本人に伝える際のフィードバックの言い方と、評価の付け方を一緒に考えてください。"
    add("nonpublic_topics", text, "not_allow", ["NONPUBLIC_INFO"], [], "personnel evaluation of a subordinate (unnamed)")

    text = "都市計画道路の用地買収で、地権者に最初に提示する補償額の積算がまとまりました（土地 2,340万円、建物移転 1,120万円）。初回交渉の進め方と、想定問答を作ってください。"
    add("nonpublic_topics", text, "not_allow", ["NONPUBLIC_INFO"], [], "land-acquisition compensation before the first negotiation")

    text = "来年度の消防職員採用試験の教養試験の問題を作っています。次の2問の選択肢が紛らわしくないか確認してください。\n問1 地方公共団体の長の任期として正しいものはどれか。\n問2 次のうち、日本国憲法に定める国民の三大義務に含まれないものはどれか。"
    add("nonpublic_topics", text, "not_allow", ["NONPUBLIC_INFO"], [], "draft questions for an employment exam")

    # 7 long: audit findings before publication
    text = """定期監査の講評で指摘された事項の一覧です。監査結果はまだ公表されていません（12月の公表予定）。各課からの措置状況の回答を取りまとめる通知文を作ってください。

令和8年度 定期監査 指摘事項一覧（建設部）
No.1　道路管理課
　道路占用料の減免について、減免申請書の提出がないまま減免を適用していた事例が3件あった。
　→ 減免の要件を満たしているかを、書類に基づいて確認すること。
No.2　道路管理課
　道路の穴による物損事故の損害賠償について、示談の決裁が専決区分を超えた職員によって行われていた。
　→ 専決規程に従った決裁を行うこと。
No.3　河川課
　委託業務の完了検査において、検査員が現地を確認せずに検査調書を作成していた事例があった。
　→ 検査は現地確認を原則とし、写真等の記録を残すこと。
No.4　建築住宅課
　市営住宅の家賃の滞納について、長期滞納者への法的措置の検討が2年以上行われていなかった。
　→ 滞納整理の方針を定め、計画的に対応すること。
No.5　建築住宅課
　市営住宅の修繕工事について、同一の業者と、分割して随意契約を結んでいた疑いがある（同一住棟、同一月に5件）。
　→ 契約の分割に当たらないか、経緯を確認して報告すること。
No.6　公園緑地課
　公園の遊具点検の記録に、点検者の押印や署名がないものがあった。
　→ 点検記録の様式を見直すこと。
（備考）
　・No.5については、監査委員から口頭で「悪質であれば住民監査請求の対象となり得る」との指摘があった。
　・講評の内容は、公表まで部外に出さないこと。
　・措置状況は、11月20日までに監査委員事務局へ回答する。"""
    add("nonpublic_topics", text, "not_allow", ["NONPUBLIC_INFO"], [],
        "long: periodic audit findings not yet published")

    text = "職員組合との給与改定の交渉で、当局側の最終提示額をいくらにするか、人事課内で検討しています。組合が受け入れやすい説明の順番を考えてください。"
    add("nonpublic_topics", text, "not_allow", ["NONPUBLIC_INFO"], [], "negotiating position in labour talks")

    text = "保健所で、市内の飲食店に食品衛生の立入検査（事前通告なし）を来週水曜に予定しています。当日のチェックリストを作ってください。対象店舗は決まっています。"
    add("nonpublic_topics", text, "not_allow", ["NONPUBLIC_INFO"], [], "unannounced inspection schedule")

    # 10 long: proposal evaluation with company information
    text = """プロポーザルの審査結果を、選定委員会に報告するための要旨にしてください。結果の公表前なので、委員会資料としてだけ使います。

観光プロモーション動画制作業務 公募型プロポーザル 審査結果（事務局まとめ）
1　参加者　4者
2　審査項目と配点
　業務の理解度（20点）、企画提案の独自性（30点）、実施体制（20点）、過去の実績（10点）、見積額（20点）
3　審査結果（5名の委員の平均点）
　A社（広告代理店、東京都）　　理解度16.2　独自性24.8　体制17.0　実績9.0　見積12.0　合計79.0
　B社（映像制作会社、県内）　　理解度17.4　独自性21.6　体制15.2　実績7.4　見積18.0　合計79.6
　C社（Web制作会社、市内）　　理解度14.0　独自性18.2　体制12.6　実績5.8　見積20.0　合計70.6
　D社（イベント会社、高崎市）　理解度12.8　独自性16.0　体制14.4　実績6.2　見積16.0　合計65.4
4　見積額（税込）
　A社 9,680,000円　B社 7,150,000円　C社 5,940,000円　D社 7,480,000円
5　委員の主な意見
　・A社は提案の質が高いが、見積額が上限額に近く、撮影を東京のスタッフで行うため地元との連携に不安がある。
　・B社は県内での撮影実績が豊富。ドローン撮影の提案が具体的。
　・C社は価格が最も安いが、過去に動画制作の実績がほとんどない。
　・1位と2位の差が0.6点と小さいため、委員会で改めて議論すべきとの意見があった。
6　事務局の所見
　合計点ではB社が1位となる。A社からは、審査の結果について説明を求められる可能性があるため、審査項目ごとの講評を準備しておく。
7　今後の予定
　委員会での決定後、参加者全員に結果を通知し、市のホームページで最優秀提案者と合計点を公表する。"""
    add("nonpublic_topics", text, "not_allow", ["NONPUBLIC_INFO"], [],
        "long: proposal scoring and bidders' quotes before the result is published")

    text = "県の担当課から「市町村限りの参考資料」として、来年度の補助金の配分方針（案）が届きました。県が正式に発表する前に、市の予算要求にどう反映させるか、課内向けの説明メモを作ってください。"
    add("nonpublic_topics", text, "not_allow", ["NONPUBLIC_INFO"], [], "prefecture's draft shared in confidence (国等協力情報)")


nonpublic()

# ================================================================ drafting (allow)

def drafting():
    text = """市報11月号の記事の原稿です。高齢の方にも読みやすいように、文を短くして、大事なところが目に留まるように整えてください。

　令和9年4月から プラスチックの分け方が変わります
　これまで「燃やすごみ」に出していただいていた、プラスチック製の製品（ハンガー、バケツ、歯ブラシ、おもちゃなど）を、令和9年4月から「プラスチック資源」として、容器包装プラスチックと一緒に回収します。
　国の「プラスチック資源循環促進法」の施行を受けて、全国の自治体で取組が進んでいます。本市では、回収したプラスチックを市内の中間処理施設で選別し、再び製品の原料として利用します。これにより、燃やすごみの量を年間約1,800トン減らし、二酸化炭素の排出量を約4,700トン削減できる見込みです。
　■出し方
　・収集日：これまでの「容器包装プラスチック」の日（週1回）と同じです。
　・出す袋：透明または半透明の袋に入れてください。指定袋ではありません。
　・大きさの目安：袋に入る大きさ（長さ50センチ以内）のもの。それより大きいものは、これまでどおり粗大ごみです。
　■出せないもの
　・電池が入っているもの（電池を外せば出せます）
　・汚れが落ちないもの（燃やすごみに出してください）
　・刃物やガラスなど、金属やほかの素材と一体になっているもの
　■説明会を開きます
　各地区の公民館で、12月から3月にかけて説明会を開きます。日程は市のホームページと、各自治会の回覧板でお知らせします。説明会では、実物を使って分け方を説明します。
　■分け方に迷ったら
　ごみ分別アプリ「まえばしごみナビ」で品目名を入力すると、出し方が分かります。アプリは無料でダウンロードできます。
　ごみの量を減らし、資源を大切に使うため、ご協力をお願いします。"""
    add("drafting", text, "allow", [], [], "long: city-bulletin article on plastic sorting, public figures only")

    text = """会計年度任用職員の募集要項を作っています。下の案を、応募者に分かりやすい構成に整理し、抜けている項目があれば指摘してください。

令和9年度 前橋市会計年度任用職員（一般事務補助）募集要項（案）
1　職種・人数
　一般事務補助　若干名（市民課、保険年金課、税務課 ほか）
2　業務内容
　窓口での書類の受付、パソコンへのデータ入力、郵便物の仕分け、電話の取次ぎなど
3　任用期間
　令和9年4月1日から令和10年3月31日まで（勤務実績により、再度の任用の場合あり）
4　勤務条件
　(1) 勤務時間：午前8時30分から午後5時15分まで（うち休憩1時間）。週5日、週38時間45分。
　(2) 報酬：月額 175,800円（地域手当を含む）。通勤手当、期末・勤勉手当は条件により支給。
　(3) 休暇：年次有給休暇（任用期間に応じて付与）、夏季休暇、忌引など。
　(4) 社会保険：健康保険、厚生年金、雇用保険に加入。
5　応募資格
　(1) パソコンの基本的な操作（文字入力、表計算ソフトへの入力）ができる方
　(2) 地方公務員法第16条の欠格条項に該当しない方
6　選考方法
　書類選考および面接（面接は2月中旬を予定。対象者には個別に通知します）
7　申込方法
　所定の申込書に必要事項を記入し、写真を貼って、郵送または持参してください。申込書は職員課の窓口および市のホームページで配布しています。
8　申込期間
　令和9年1月5日から1月23日まで（土日・祝日を除く。郵送は当日消印有効）
9　申込み・問い合わせ先
　〒371-8601 前橋市大手町二丁目12番1号 前橋市役所 職員課
　電話 027-224-1111（代表）
10　その他
　提出された書類は返却しません。選考の結果は、応募者全員に文書で通知します。"""
    add("drafting", text, "allow", [], [], "long: recruitment notice; only the city hall's public address and switchboard")

    text = "敬老会の来賓あいさつ（3分程度）の原稿を作ってください。長寿のお祝いと、地域で支え合うことへの感謝を入れてください。"
    add("drafting", text, "allow", [], [], "keirokai greeting")

    text = "窓口で書類の不備があった方に送る「書類再提出のお願い」のひな形を作ってください。宛名、不足書類、提出期限は［　］で空欄にしてください。"
    add("drafting", text, "allow", [], [], "template with blanks")

    # long: public council minutes summary with anonymised members
    text = """公開で開催した環境審議会の議事要旨（案）です。ホームページに載せる前に、発言の趣旨を変えずに、「です・ます」調にそろえてください。

令和8年度 第2回 前橋市環境審議会 議事要旨
日時：令和8年8月20日（木）10時〜12時
場所：市役所 11階 北会議室
出席委員：12名（定数15名）　傍聴者：4名
1　開会
2　議事
(1) 第三次環境基本計画の進捗状況について
　事務局から、計画に掲げた指標28項目のうち、目標を達成したものが9項目、改善傾向にあるものが13項目、悪化しているものが6項目であると報告した。
　委員：悪化している6項目のうち、特に家庭ごみの排出量の増加が気になる。原因の分析は行っているのか。
　事務局：在宅時間の増加による影響が大きいと考えている。品目別の組成調査を今年度実施する。
　委員：太陽光発電の設置件数が目標を大きく上回ったことは評価できる。一方で、住宅用蓄電池の普及も併せて進めるべきだ。
　事務局：今年度から、蓄電池の設置費用も補助の対象に加えた。
(2) ゼロカーボンシティ推進計画（素案）について
　事務局から、2030年度の温室効果ガス排出量を2013年度比で46％削減する目標と、その達成に向けた施策の体系を説明した。
　委員：市民や事業者に分かりやすい指標を設定してほしい。「一人当たり」の排出量などが考えられる。
　委員：公共交通の利用促進が重要。バス路線の再編とあわせて検討してほしい。
　会長：素案については、本日の意見を踏まえて事務局で修正し、次回の審議会で改めて審議する。
3　その他
　次回は11月に開催し、ゼロカーボンシティ推進計画の修正案とパブリックコメントの実施について審議する。
4　閉会"""
    add("drafting", text, "allow", [], [], "long: public council minutes with anonymised members")

    text = "土砂災害を想定した避難訓練の参加を呼びかける回覧文を作ってください。日時と集合場所は［　］にして、持ち物の例も入れてください。"
    add("drafting", text, "allow", [], [], "evacuation drill circular")

    # long: annual report with a text table of public facility numbers
    text = """図書館の年報（公表用）の「利用状況」の節です。表の数字から読み取れる特徴を、200字程度の解説文にしてください。数字の誤りがないかも確認してください。

4　利用状況
(1) 館別の利用状況（令和7年度）
　館名　　　　　開館日数　入館者数　　貸出者数　　貸出冊数　　前年度比（貸出冊数）
　本館　　　　　　 292　　 412,560　　 128,430　　 642,150　　 98.2％
　こども図書館　　 295　　 156,880　　  48,920　　 301,340　　103.5％
　北分館　　　　　 290　　  38,410　　  14,260　　  61,870　　 96.8％
　南分館　　　　　 290　　  41,950　　  15,880　　  70,420　　101.1％
　東分館　　　　　 288　　  29,730　　  10,940　　  47,560　　 94.3％
　移動図書館　　　 146　　　 ―　　　   6,120　　  28,900　　 91.7％
　合計　　　　　　 ―　　   679,530　　 224,550　 1,152,240　　 99.1％
(2) 電子書籍の利用状況
　登録者数 9,842人（前年度比 112.6％）、貸出点数 38,215点（同 118.9％）
(3) レファレンス件数
　本館 6,412件、こども図書館 1,988件、分館合計 1,307件
(4) 特徴的な取組
　・中学生向けの「ビブリオバトル」を年3回開催し、延べ94人が参加した。
　・高齢者施設への団体貸出を新たに5施設で開始した。
　・郷土資料のデジタル化を進め、明治期の地図や絵はがき等 1,240点を公開した。
(5) 課題
　・本館の入館者数は、駐車場の台数不足の影響もあり、ピークの平成30年度と比べて約15％少ない。
　・分館では、開館時間の延長を求める声がある一方、職員の配置が課題となっている。"""
    add("drafting", text, "allow", [], [], "long: public library annual report with a text table of statistics")

    text = "「至急ご確認ください」という件名のメールが多すぎて埋もれてしまうので、庁内メールの件名の付け方ルールを5つ提案してください。"
    add("drafting", text, "allow", [], [], "e-mail subject rules")

    text = "転入者向けに配る「前橋での暮らしスタートガイド」の表紙に入れるキャッチコピーを10案ください。水と緑と詩のまちのイメージで。"
    add("drafting", text, "allow", [], [], "catch copy ideas")


drafting()

# ================================================================ excel_formulas (allow)

def excel():
    rows = []
    facilities = ["第一コミュニティセンター", "第二コミュニティセンター", "中央公民館", "東公民館", "西公民館", "南公民館"]
    for m in range(4, 10):
        for f in facilities:
            rows.append(f"2026/{m:02d},{f},{R.randint(180, 980)},{R.randint(40, 220)},{R.randint(12, 95) * 1000}")
    text = ("施設の利用状況の表（実際は3年分）があります。施設ごとに、前年同月比の増減率を出す式を教えてください。"
            "年月は「2026/04」のような文字列です。年月が文字列のままでも計算できる方法と、日付に変換する方法の両方を知りたいです。\n\n"
            "年月,施設名,利用者数,利用件数,使用料\n" + "\n".join(rows))
    add("excel_formulas", text, "allow", [], [], "long: facility usage CSV (public facilities, numbers only) with a year-on-year formula question")

    text = "=XLOOKUP(1,(A:A=F2)*(B:B=G2),C:C) という式で、2つの条件に合う値を取り出しています。なぜ1を探すのか、仕組みを教えてください。"
    add("excel_formulas", text, "allow", [], [], "XLOOKUP with multiple criteria")

    text = "A列の日付（2026/7/1 など）を「令和8年7月1日」の形で表示したいです。=TEXT(A2,\"ggge年m月d日\") で元年の表示はどうなりますか。"
    add("excel_formulas", text, "allow", [], [], "TEXT for Japanese era")

    text = "貸出物品の返却期限（D列）が今日を過ぎていたら行全体を赤くしたいです。条件付き書式に入れる式と、範囲の指定のしかたを教えてください。"
    add("excel_formulas", text, "allow", [], [], "conditional formatting for overdue")

    text = "=SORT(UNIQUE(FILTER(B2:B300,C2:C300=\"完了\"))) がスピルエラーになります。原因と直し方を教えてください。"
    add("excel_formulas", text, "allow", [], [], "FILTER/UNIQUE spill error")

    text = "=SUMIFS(E:E,B:B,\"土木費\",D:D,\">=\"&H1,D:D,\"<=\"&H2) で期間の合計を出しています。H1とH2を空欄にしたときに全期間を合計するように直せますか。"
    add("excel_formulas", text, "allow", [], [], "SUMIFS with optional date range")

    rec = gen_plain(12, "2026")
    text = f"受付番号（例：{rec}）の先頭4桁が年、次の2桁が窓口コード、残りが連番です。それぞれを別の列に分ける式を教えてください。"
    add("excel_formulas", text, "allow", [], [], "12-digit receipt number that fails My Number/licence/Luhn checks")


excel()

# ================================================================ rules_questions (allow)

def rules():
    text = """情報公開の研修資料を作っています。次の説明文が、条例の趣旨に照らして正確かどうか確認し、分かりにくいところを直してください。実際の請求の事例は入れていません。

1　情報公開制度とは
　情報公開制度は、市が保有する公文書を、請求に基づいて公開する制度です。市民の知る権利を保障し、市政に対する理解と信頼を深めることを目的としています。請求できるのは、市民に限らず、誰でも請求することができます。
2　公開しないことができる情報
　公文書は原則として公開しますが、次のような情報は公開しないことができます。
　(1) 法令や他の条例で公開できないとされている情報
　(2) 特定の個人を識別できる情報（氏名、住所、病歴など）
　(3) 法人の正当な利益を害するおそれのある情報（ノウハウ、取引先など）
　(4) 意思決定の途中にある検討中の情報で、公開すると公正な意思決定に支障が出るもの
　(5) 監査、契約、交渉、試験、人事などの事務で、公開すると事務の目的が損なわれるもの
　(6) 国や他の自治体との信頼関係を損なうおそれのある情報
　(7) 人の生命や財産の保護、犯罪の予防に支障が出るおそれのある情報
　(8) 公開しないことを条件に任意に提供された情報
3　部分公開
　公開しない情報が含まれていても、その部分を容易に区分して除くことができるときは、残りの部分を公開しなければなりません。
4　決定までの期間
　請求を受けた日から15日以内に、公開するかどうかを決定します。やむを得ない理由があるときは、期間を延長することができます。
5　不服申立て
　決定に不服がある場合は、審査請求をすることができます。審査請求があったときは、情報公開審査会に諮問し、その答申を尊重して裁決します。
6　職員の心構え
　・公文書は「公開が原則」であることを意識して作成・管理しましょう。
　・請求があったときに慌てないよう、日ごろから文書を整理しておきましょう。"""
    add("rules_questions", text, "allow", [], [], "long: training text on the disclosure ordinance (rules only, no cases)")

    text = "弁護士や司法書士が職務上請求で住民票の写しを請求する場合、本人への通知（本人通知制度）はどのような仕組みになっていますか。一般的な説明をお願いします。"
    add("rules_questions", text, "allow", [], [], "third-party certificate request rules")

    text = "地方自治法施行令で随意契約ができる場合（少額、緊急、競争入札に適しないものなど）を、具体例を添えて表にしてください。"
    add("rules_questions", text, "allow", [], [], "rules on negotiated contracts")

    text = "会計年度任用職員にも子の看護休暇や介護休暇はありますか。常勤職員との違いを、国の制度の考え方に沿って説明してください。"
    add("rules_questions", text, "allow", [], [], "leave rules for fixed-term staff")

    text = "生成AIに業務の文章を入力するとき、個人情報や非公開情報を入れてはいけない理由を、新人職員が納得できるように3つの観点で説明してください。"
    add("rules_questions", text, "allow", [], [], "why not to enter personal info into AI")


rules()

# ================================================================ code (allow)

def code():
    text = """施設予約のCSVを集計するPythonスクリプトです。実行すると UnicodeDecodeError が出ます。原因と直し方、あわせてコード全体で改善すべき点を教えてください。

import csv
from collections import defaultdict
from datetime import datetime

SRC = "reservations.csv"       # 予約システムから出力したファイル
OUT = "summary_by_facility.csv"

def load(path):
    rows = []
    with open(path, newline="") as f:
        reader = csv.DictReader(f)
        for r in reader:
            r["date"] = datetime.strptime(r["利用日"], "%Y/%m/%d")
            r["hours"] = float(r["利用時間"])
            rows.append(r)
    return rows

def summarize(rows):
    total = defaultdict(lambda: {"count": 0, "hours": 0.0})
    for r in rows:
        key = (r["施設名"], r["date"].strftime("%Y-%m"))
        total[key]["count"] += 1
        total[key]["hours"] += r["hours"]
    return total

def write(total, path):
    with open(path, "w", newline="", encoding="utf-8-sig") as f:
        w = csv.writer(f)
        w.writerow(["施設名", "年月", "件数", "利用時間"])
        for (facility, ym), v in sorted(total.items()):
            w.writerow([facility, ym, v["count"], round(v["hours"], 1)])

if __name__ == "__main__":
    rows = load(SRC)
    print(f"{len(rows)} 件を読み込みました")
    total = summarize(rows)
    write(total, OUT)
    print("集計結果を書き出しました:", OUT)

予約システムのCSVは、Excelで開くと文字化けせずに表示されます。パソコンはWindows 11、Pythonは3.12です。"""
    add("code", text, "allow", [], [], "long: Python CSV aggregation script, no data rows")

    text = "SELECT 課名, COUNT(*) FROM 問い合わせ WHERE 受付日 >= '2026-04-01' GROUP BY 課名 HAVING COUNT(*) > 10 ORDER BY 2 DESC;\nこのSQLの結果に、件数が0の課も表示させるにはどうすればよいですか。"
    add("code", text, "allow", [], [], "SQL GROUP BY with zero rows")

    text = "PowerShellで、フォルダ内のファイルのうち更新日が3年以上前のものを一覧にしてCSVに出力したいです。\nGet-ChildItem -Recurse | Where-Object { $_.LastWriteTime -lt (Get-Date).AddYears(-3) }\nこの続きを教えてください。"
    add("code", text, "allow", [], [], "PowerShell old-file listing")


code()

# ================================================================ famous_people (allow)

def famous():
    text = "萩原朔太郎の詩「広瀬川」を紹介しながら、朔太郎と前橋のつながりを、文学館の企画展のあいさつ文（400字）にまとめてください。"
    add("famous_people", text, "allow", [], [], "萩原朔太郎, the Maebashi poet")

    text = "初代群馬県令の楫取素彦が前橋に県庁を置くことに尽力した経緯を、中学生向けの郷土学習の資料として分かりやすく説明してください。"
    add("famous_people", text, "allow", [], [], "楫取素彦 (historical)")

    text = """成人式の市長式辞の原稿です。もう少し若い人の心に届く言葉にしてください。長さは今と同じくらいで。

　新成人の皆さん、ご成人おめでとうございます。また、これまで大切に育ててこられたご家族の皆様にも、心からお祝いを申し上げます。
　皆さんが生まれた20年前と比べると、私たちの暮らしは大きく変わりました。スマートフォンが当たり前になり、世界中の人と瞬時につながることができるようになりました。一方で、人口減少や気候変動など、皆さんの世代が向き合わなければならない課題も少なくありません。
　大リーグで活躍する大谷翔平選手は、高校時代に「目標達成シート」を作り、夢を実現するために何をすべきかを細かく書き出していたそうです。大きな夢も、日々の小さな積み重ねの先にあります。
　また、前橋が生んだ詩人、萩原朔太郎は、故郷を離れて暮らしながらも、前橋の風景を繰り返し詩に描きました。皆さんの中にも、進学や就職で前橋を離れている方がいると思います。どこにいても、このまちが皆さんのふるさとであることに変わりはありません。
　フィギュアスケートの羽生結弦さんは、けがや挫折を何度も経験しながら、そのたびに立ち上がり、挑戦を続けてきました。うまくいかないときこそ、自分を信じ、周りの人を頼ってください。
　前橋市も、皆さんが挑戦できるまちであり続けるよう、努力してまいります。若い人の声を市政に生かすため、今年度から「まえばし若者会議」を始めました。皆さんのアイデアを、ぜひ聞かせてください。選挙での一票も、まちの未来を形づくる大切な声です。
　結びに、皆さんの前途が希望に満ちたものとなることを祈念し、お祝いの言葉といたします。
　令和9年1月11日
　前橋市長"""
    add("famous_people", text, "allow", [], [], "long: coming-of-age speech citing 大谷翔平, 萩原朔太郎, 羽生結弦; mayor only by role")


famous()

# ================================================================ numbers_codes (allow)

def numbers():
    isbn = ean13("978")
    text = f"図書館の新着案内に載せる本（ISBN {isbn}）の紹介文を100字で書いてください。子育て中の親向けの絵本の読み聞かせの本です。"
    add("numbers_codes", text, "allow", [], [], "ISBN-13 (valid EAN, fails Luhn and ID checks)")

    cn = corp_number()
    text = f"委託先の法人番号 {cn} を国税庁の法人番号公表サイトで確認する手順を、契約担当者向けのマニュアルの一節として書いてください。"
    add("numbers_codes", text, "allow", [], [], "corporate number (public, valid check digit, fails Luhn)")

    # long: population statistics by district (public)
    districts = ["本庁", "上川淵", "下川淵", "芳賀", "桂萱", "東", "元総社", "総社", "南橘", "清里", "城南", "永明", "大胡", "宮城", "粕川", "富士見"]
    lines = []
    for d in districts:
        pop = R.randint(9000, 60000); hh = int(pop / R.uniform(2.0, 2.6)); old = R.uniform(24, 40)
        lines.append(f"{d}　{pop:,}人　{hh:,}世帯　高齢化率{old:.1f}％")
    text = ("市のホームページで公表している地区別人口（令和8年10月1日現在）です。地区ごとの特徴が分かるように、"
            "高齢化率の高い地区と低い地区を比べる文章を300字で書いてください。グラフの種類の提案もお願いします。\n\n"
            "地区　人口　世帯数　高齢化率\n" + "\n".join(lines) +
            "\n\n（注）住民基本台帳に基づく。外国人住民を含む。高齢化率は65歳以上人口の割合。"
            "\n前回（令和7年10月1日現在）と比べ、市全体の人口は約2,100人減少し、世帯数は約900世帯増加した。"
            "一世帯当たりの人員は2.11人で、過去最少を更新した。地区別では、駅に近い地区や区画整理が進んだ地区で人口が増加し、"
            "山間部や市の周辺部の地区で減少が続いている。高齢化率は16地区すべてで前年を上回った。"
            "なお、令和2年の国勢調査の結果とは、調査の方法が異なるため、数値が一致しない。")
    add("numbers_codes", text, "allow", [], [], "long: public population statistics by district")


numbers()

# ================================================================ translation (allow)

def translation():
    text = """外国人住民向けのごみの出し方の案内です。やさしい日本語に直したうえで、ポルトガル語とベトナム語に翻訳してください。

ごみの出し方のルール
1　ごみは、収集日の朝8時30分までに、決められた集積所に出してください。前の日の夜に出すのはやめてください。カラスや猫がごみを散らかす原因になります。
2　燃やすごみは、市の指定袋（黄色）に入れてください。生ごみは、よく水を切ってから出してください。
3　びん・缶・ペットボトルは、中を軽くすすいでから、それぞれ決められたコンテナに入れてください。ペットボトルのキャップとラベルは、はがしてプラスチック資源に出してください。
4　プラスチック資源は、透明または半透明の袋に入れて出してください。汚れているものは燃やすごみです。
5　紙類（新聞、雑誌、段ボール）は、種類ごとにひもで十字にしばって出してください。雨の日も出せます。
6　粗大ごみ（家具、自転車など）は、集積所に出せません。事前に申込みをして、戸別収集を利用するか、清掃工場に自分で持ち込んでください。
7　テレビ、エアコン、冷蔵庫、洗濯機は、市では収集できません。買ったお店か、家電リサイクルの受付窓口に相談してください。
8　ルールを守らないごみには、「収集できません」というシールを貼って、集積所に残します。もう一度分け直して、次の収集日に出してください。
9　引っ越しなどで一度にたくさんのごみが出るときは、清掃事務所に相談してください。
10　分からないことがあれば、自治会の役員の方や、市役所の外国人相談窓口に相談してください。外国人相談窓口では、ポルトガル語、ベトナム語、英語、中国語で相談できます。
11　ごみの収集日は、地区ごとに違います。市のホームページで、自分の住んでいる地区の収集カレンダーを確認してください。カレンダーは、外国語版もあります。"""
    add("translation", text, "allow", [], [], "long: garbage rules for foreign residents to translate")

    text = "「本日は雪のため、市内の小中学校は2時間遅れで授業を始めます。」を韓国語と英語に訳してください。"
    add("translation", text, "allow", [], [], "snow delay notice")

    text = "Please translate into Japanese a short message of congratulations from our city to our sister city on the 60th anniversary of the friendship agreement, mentioning the youth exchange programme."
    add("translation", text, "allow", [], [], "sister-city anniversary message")


translation()

# ================================================================ places_public (allow)

def places():
    text = """市外から来る方向けの「前橋まち歩き半日コース」の案内文です。所要時間の目安を入れて、読みやすく整えてください。

前橋まち歩き 半日コース（約4時間）
　JR前橋駅の北口を出ると、まっすぐ北へ延びるケヤキ並木が迎えてくれます。けやき並木通りを10分ほど歩くと、中心商店街の入口に着きます。
①　前橋文学館（徒歩約15分）
　広瀬川のほとりに建つ文学館では、萩原朔太郎をはじめ、前橋ゆかりの詩人たちの作品や資料を見ることができます。館の前の川沿いには、朔太郎の詩碑が並んでいます。
②　広瀬川河畔緑地（文学館からすぐ）
　柳の並木と水の流れが美しい散歩道です。春は桜、夏は川面を渡る涼しい風を楽しめます。ベンチで一休みするのもおすすめです。
③　中央通り・弁天通りの商店街（徒歩約5分）
　アーケードの商店街には、昔ながらの和菓子店や、若い店主が開いたカフェ、雑貨店が並びます。名物の焼きまんじゅうをぜひ味わってください。
④　臨江閣（徒歩約20分）
　明治期に建てられた近代和風建築で、国の重要文化財に指定されています。本館と別館、茶室を見学でき、手入れの行き届いた日本庭園も見どころです。
⑤　前橋公園とさちの池（臨江閣の隣）
　利根川を望む広い公園で、園内には小さな遊園地「るなぱあく」があります。昭和29年から動いている木馬は、日本最古の遊具として国の登録有形文化財になっています。
⑥　群馬県庁32階展望ホール（徒歩約10分）
　最後に県庁の展望ホールへ。赤城山、榛名山、妙義山の上毛三山を一望でき、晴れた日には遠く浅間山まで見渡せます。夕暮れ時の眺めは格別です。
　帰りは、県庁前のバス停から前橋駅行きのバスで約10分です。"""
    add("places_public", text, "allow", [], [], "long: walking route through public landmarks")

    text = "庁舎案内図の説明文を作ってください。「前橋市役所（〒371-8601 前橋市大手町二丁目12番1号）は、県庁の北隣にあります」という書き出しで、駐車場と入口の位置も説明してください。"
    add("places_public", text, "allow", [], [], "city hall's public address (allowlisted)")

    text = "赤城山の大沼と覚満淵を巡るハイキングコースの紹介文を、紅葉シーズンの観光パンフレット向けに書いてください。"
    add("places_public", text, "allow", [], [], "Akagi-san tourism")


places()

# ================================================================ public_contact (not_block)

def public_contact():
    ph = f"027-898-{R.randint(5000, 6999)}"
    text = f"市報の「健康診査のお知らせ」の最後に「問い合わせ　健康増進課　電話 {ph}」と入れます。本文（特定健診の受診期間と費用の案内）を250字で作ってください。"
    add("public_contact", text, "not_block", [], [], "department direct line in a bulletin notice (allow or warn)")

    # long recruitment notice with a department e-mail and direct line
    em = R.choice(["shimin-kyodo", "bunka-sports", "kankyo-seisaku"]) + "@city.maebashi.gunma.jp"
    ph = f"027-898-{R.randint(7000, 8999)}"
    text = f"""市民委員の募集記事の原稿です。応募をためらっている人が一歩踏み出したくなるような書き出しに変えてください。後半の要項部分はそのままでかまいません。

　あなたの声を、まちづくりに生かしませんか
　前橋市では、市の計画づくりに市民の皆さんの意見を反映させるため、審議会の委員を公募しています。今回募集するのは、「公共交通会議」の市民委員です。バスやデマンド交通など、日ごろ利用している方はもちろん、「車がなくなったら困る」と感じている方の意見もお待ちしています。
　会議では、バス路線の見直しや、乗り継ぎの改善、運賃の割引制度などについて話し合います。専門的な知識は必要ありません。利用者としての実感や、家族や近所の方から聞いた声を、そのままお聞かせください。
■募集人数　2人
■任期　令和9年4月1日から2年間
■会議の回数　年3回程度（平日の午後、2時間程度）
■報酬　会議1回につき 6,000円（交通費を含む）
■応募資格　市内在住で、4月1日現在18歳以上の方（市の議員、職員、他の審議会の委員を除く）
■応募方法　「前橋の公共交通について思うこと」をテーマにした作文（800字以内）に、住所、氏名、年齢、電話番号を添えて、郵送、メール、または持参で応募してください。
■締切　令和9年2月13日（必着）
■選考　作文の内容により選考し、結果は応募者全員に通知します。
■応募・問い合わせ先
　前橋市 交通政策課
　〒371-8601 前橋市大手町二丁目12番1号
　電話　{ph}（直通）
　メール　{em}
　応募書類は、選考以外の目的には使用しません。"""
    add("public_contact", text, "not_block", [], [], "long: public recruitment article with a department direct line and department e-mail")

    text = "公民館まつりのポスターに「会場：前橋市中央公民館（前橋市千代田町二丁目5番1号 前橋プラザ元気21内）」と入れます。子どもが来たくなるキャッチコピーも付けてください。"
    add("public_contact", text, "not_block", [], [], "public facility's street address on a poster (allow or warn)")


public_contact()

# ================================================================ secret_lookalike (allow)

def lookalike():
    text = "赤城山麓の秘湯めぐりを紹介する観光ページの記事を書いてください。日帰り入浴の楽しみ方と、冬の道路の注意点も入れてください。"
    add("secret_lookalike", text, "allow", [], [], "秘湯 in tourism copy")

    text = "健康づくり教室で配る「便秘予防のための食事と運動」のリーフレットの文章を、高齢者向けにやさしく書いてください。"
    add("secret_lookalike", text, "allow", [], [], "便秘 in a health leaflet")

    text = """夏休みの子ども向け講座の募集記事です。もっとわくわくする文章にしてください。見出しも変えてかまいません。

　森の中に秘密基地をつくろう！
　赤城山のふもとにある市民の森で、木の枝や葉っぱを使って秘密基地をつくる講座を開きます。森の案内人と一緒に、森の生き物や植物を観察しながら、どんな基地にするかをグループで話し合って決めます。
　講座の後半は、自分たちでつくった基地の中で、ひみつの「森の暗号」を解くゲームに挑戦します。暗号を解くと、森の神秘を感じられる宝物が見つかるかも？
　午後には、森で拾った木の実や葉っぱを使ったクラフト体験も予定しています。つくった作品は持ち帰ることができます。
■日時　8月6日（木）・7日（金）の2日間　いずれも9時30分〜15時
■対象　市内の小学3〜6年生
■定員　24人（応募多数の場合は抽選）
■参加費　500円（保険料・材料費）
■持ち物　弁当、水筒、タオル、雨具、汚れてもよい服装（長袖・長ズボン）、軍手
■集合・解散　市民の森 管理棟前（現地集合・現地解散。送迎は保護者の方でお願いします）
■申込み　7月10日までに、市の電子申請サービスから申し込んでください。
■その他
　・雨天の場合は、管理棟内で木工クラフトを行います。
　・ハチやヘビなどの生き物に注意しながら活動します。アレルギーのある方は、申込みの際にお知らせください。
　・当日の様子を撮影し、市の広報に使用することがあります。
　・2日間とも参加できる方を優先します。
　・森の案内人は、市民の森で長年ボランティア活動をしている「森の会」の皆さんです。"""
    add("secret_lookalike", text, "allow", [], [], "long: 秘密基地, ひみつ, 神秘 in a children's event notice")


lookalike()

# ================================================================ ideas (allow)

def ideas():
    text = "空き家バンクに登録される物件を増やすためのアイデアを、所有者へのアプローチ方法を中心に6つ出してください。"
    add("ideas", text, "allow", [], [], "vacant-house bank ideas")

    text = "職員の時間外勤務を減らすための取組を、管理職がすぐに始められるものと、仕組みを変える必要があるものに分けて提案してください。"
    add("ideas", text, "allow", [], [], "overtime reduction ideas")


ideas()

# ================================================================ write

def main():
    order = list(range(len(CASES)))
    R.shuffle(order)
    with open(OUT, "w", encoding="utf-8") as f:
        for i, k in enumerate(order, 1):
            c = CASES[k]
            for s in c["secrets"]:
                assert s in c["text"], (c["note"], s)
            row = {"id": f"y-{i:03d}", "cat": c["cat"], "text": c["text"], "expect": c["expect"],
                   "types": c["types"], "secrets": c["secrets"], "note": c["note"]}
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"wrote {len(CASES)} cases to {OUT}")


if __name__ == "__main__":
    main()
