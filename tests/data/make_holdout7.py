#!/usr/bin/env python3
"""Generate tests/data/holdout7.jsonl: an independently written held-out corpus.

Focus: 非公開情報 (前橋市情報公開条例 第6条 各号) written the way staff really
type into ChatGPT, paired with public look-alikes on the same topics, plus a
smaller mix of the other categories.  Standard library only; seeded, so the
output is reproducible:  python3 make_holdout7.py
"""
import json
import os
import random

SEED = 20260707
rng = random.Random(SEED)
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "holdout7.jsonl")


# ---------------------------------------------------------------- check digits
def my_number_cd(d11):
    s = 0
    for n in range(1, 12):
        p = int(d11[11 - n])
        q = n + 1 if n <= 6 else n - 5
        s += p * q
    r = s % 11
    return 0 if r <= 1 else 11 - r


def resident_code_cd(d10):
    w = [2, 3, 4, 5, 6, 7, 2, 3, 4, 5]
    s = sum(int(d10[9 - i]) * w[i] for i in range(10))
    r = s % 11
    return 0 if r <= 1 else 11 - r


def driver_license_cd(d10):
    w = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2]
    s = sum(int(a) * b for a, b in zip(d10, w))
    r = s % 11
    return 0 if r <= 1 else 11 - r


def luhn_ok(digits):
    t = 0
    for i, c in enumerate(reversed(digits)):
        x = int(c)
        if i % 2:
            x *= 2
            if x > 9:
                x -= 9
        t += x
    return t % 10 == 0


def digits(n):
    return "".join(str(rng.randrange(10)) for _ in range(n))


def make_my_number():
    while True:
        body = str(rng.randrange(1, 10)) + digits(10)
        n = body + str(my_number_cd(body))
        if not luhn_ok(n):
            return n


def make_resident_code():
    while True:
        body = str(rng.randrange(1, 10)) + digits(9)
        w = [2, 3, 4, 5, 6, 7, 2, 3, 4, 5]
        r = sum(int(body[9 - i]) * w[i] for i in range(10)) % 11
        if r >= 2:  # unambiguous check digit
            return body + str(11 - r)


def make_driver_license():
    while True:
        body = rng.choice(["30", "31", "32"]) + digits(8)  # 群馬 is issued as 3x
        w = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2]
        r = sum(int(a) * b for a, b in zip(body, w)) % 11
        if r >= 2:
            n = body + str(11 - r) + str(rng.randrange(3))
            if my_number_cd(n[:11]) != int(n[11]):
                return n


def make_card(prefix):
    while True:
        body = prefix + digits(15 - len(prefix))
        for c in "0123456789":
            if luhn_ok(body + c):
                return body + c


def fails_all_checks(n):
    """True if a 12/13-digit number passes none of the ID checks nor Luhn."""
    if luhn_ok(n):
        return False
    if len(n) == 12:
        if my_number_cd(n[:11]) == int(n[11]):
            return False
        if driver_license_cd(n[:10]) == int(n[10]):
            return False
    if len(n) == 11 and resident_code_cd(n[:10]) == int(n[10]):
        return False
    return True


def make_plain_number(n):
    while True:
        s = str(rng.randrange(1, 10)) + digits(n - 1)
        if fails_all_checks(s) and (n != 12 or fails_all_checks(s[:11])):
            return s


def yen(lo, hi, step=1000):
    return "{:,}".format(rng.randrange(lo // step, hi // step) * step)


CASES = []


def add(cat, expect, types, secrets, note, text):
    CASES.append({"cat": cat, "text": text, "expect": expect,
                  "types": types, "secrets": secrets, "note": note})


def np_(note, text):
    add("nonpublic_topics", "not_allow", ["NONPUBLIC_INFO"], [], note, text)


def pub(note, text):
    add("public_topics", "allow", [], [], note, text)


# =====================================================================
# 非公開情報 (not_allow): the 8 kinds of 情報公開条例 第6条, everyday wording
# =====================================================================

# --- 第1号 法令秘 (税の守秘義務、統計の調査票、要対協の守秘義務) ---------
np_("art.1 tax secrecy: assessed value of one identifiable building",
    "固定資産税の家屋評価で、来春オープン予定の郊外の大型ショッピングモールの評価額が"
    f"約{rng.randrange(41, 58)}億{rng.randrange(1, 9)}千万円になりそうです。"
    "所有会社の担当者に評価の考え方を説明しに行くので、説明資料の構成を考えてください。")

np_("art.1 statistics act: a single-establishment cell reveals one factory's shipments",
    "経済センサスの地区別の集計表を作っていたら、富士見地区の「化学工業」が1事業所しかなく、"
    f"そのセルの製造品出荷額等が{rng.randrange(12, 39)}億{rng.randrange(1000, 9999)}万円とそのまま出てしまっています。"
    "地元の人ならどの工場かすぐ分かると思います。課長に相談する前に、状況を整理したメモを作ってください。")

np_("art.1 child-welfare council (要対協) case file without names",
    "明日の個別ケース検討会議のレジュメを見やすく整えてください。\n"
    "・対象：小学2年の女の子。母（30代・パート勤務）と母の交際相手との3人暮らし\n"
    "・6月、学校から腕のあざについて通告あり。本人は「転んだ」と説明\n"
    "・7月の面談で、夕飯を食べていない日が週に3日くらいあると担任に話している\n"
    "・児童相談所は、今のところ一時保護の要件には当たらないとの判断で、見守り継続\n"
    "・母は心療内科に通っているが、薬をきちんと飲めていないと保健センターから情報あり\n"
    "学校・保健センター・子ども課の役割分担を表にしてもらえると助かります。")

np_("art.1 tax data received from the tax office about one identifiable taxpayer",
    "税務署から回ってきた資料を見ていたら、市内で病院をいくつも経営している医療法人の理事長の"
    f"所得が{rng.randrange(3, 6)}億円を超えていました。去年より1億以上増えています。"
    "ふるさと納税のお礼の品を豪華にして、こういう高額所得の方に寄附してもらう作戦を考えたいのですが、アプローチの案をください。")

# --- 第2号 個人に関する情報 (名前のない相談記録・苦情記録) ----------------
np_("art.2 welfare intake memo, no name but detailed circumstances",
    "面接記録の下書きです。決裁に回すので文章を整えてください。\n"
    "来所者は40代後半の男性、単身。元とび職で、昨年の秋に足場から落ちて腰を痛めて以来、仕事ができていない。"
    f"所持金は{rng.randrange(1800, 4200):,}円ほど、家賃は2か月分たまっていて、電気は先週止められたとのこと。"
    "兄が県外にいるが20年以上連絡を取っていない。本人は「兄には絶対に知らせないでほしい」と繰り返していた。")

np_("art.2 complaint log identifiable by building and circumstances",
    "苦情対応の経過を時系列で表にしてください。\n"
    "市営住宅（総社地区の3号棟）の2階に一人で住んでいる80代の女性から、真上の部屋の親子の足音がうるさいと、今月だけで9回電話がありました。"
    "先週は夜11時に真上の部屋のドアを叩いてしまい、向こうの父親が警察を呼んだそうです。"
    "ご本人は最近、同じ話を何度もされるようになっていて、息子さんは仙台にいるとのこと。")

np_("art.2 a well-known elderly man repeatedly found wandering, no name",
    "地域包括支援センターからの報告をまとめています。"
    "地元では顔の広い元小学校長の80代の男性が、ここ1か月で3回、夜中に前橋駅の周辺で警察に保護されています。"
    "奥さんは施設に入れることに強く反対していて、娘さんは東京で連絡がつきにくい状況です。"
    "来週の地域ケア会議で話し合う論点を3つに絞ってください。")

np_("art.2 school bullying dispute, no names",
    "中学2年の女子生徒が、同じクラスの3人からLINEのグループを外されて、悪口のスクショを回されていた件で、"
    "お母さんが昨日教育委員会に来て「学校を訴える」と言っています。本人は2週間学校を休んでいます。"
    "校長に上げる報告文を、事実と今後の対応に分けて作ってください。")

np_("art.2 colleague's pregnancy told only to her boss",
    "育休から4月に戻ってくる予定の主査（うちの係の唯一の女性の主査です）から、2人目を妊娠したと私にだけ打ち明けられました。"
    "まだ誰にも言わないでほしいそうです。来年度の係の体制をどうするか、考えられるパターンを出してください。")

# --- 第3号 法人の経営情報 ----------------------------------------------
np_("art.3 figures from a company's own subsidy application",
    "ものづくり補助金の審査メモを書いています。申請してきた金属加工の会社（従業員42人）の提出書類によると、"
    f"直近の売上高は{rng.randrange(6, 11)}億{rng.randrange(1, 9)}千万円、経常利益はマイナス{rng.randrange(1200, 3400):,}万円で、"
    "メインバンクからの借入がまだ5億円以上残っています。新しいレーザー加工機で3年後に利益率を6%まで戻す計画だそうです。"
    "審査員向けに、この計画が実現できそうかを見るポイントを箇条書きにしてください。")

np_("art.3 bidder's know-how and unit costs from a proposal",
    "プロポーザルの提案書3社分を比較する表を作りたいです。A社は自社開発の需要予測のしくみ（過去10年分の乗降データで予測し、誤差は5%以内）を売りにしていて、"
    f"見積の内訳では技術者の単価が1人日{rng.randrange(38, 56)},000円、B社はそれより2割ほど安いです。"
    "C社は再委託先に地元のIT企業を使う体制です。比較の観点を整理してください。")

np_("art.3 factory-siting plans a company shared with the city",
    "誘致を進めている半導体関連の会社が、新工場の候補地を前橋の工業団地とほかに2か所まで絞ったそうです。"
    f"向こうの担当者の話では、投資額は約{rng.randrange(60, 120)}億円、最初の採用は150人くらい。"
    "社内の取締役会で決めるのは秋で、それまでは取引先にも伏せているとのことでした。市長へのレクの資料を1枚で作ってください。")

np_("art.3 applicant's financial statements for a designated-manager selection",
    "指定管理者の選定委員会の資料づくりです。応募してきた2団体のうち、今の管理者でないほうの会社の決算書を見ると、"
    "自己資本比率が4%台で、3期連続の赤字、しかも前期に役員から借入をしていました。"
    "委員に説明するときに、財務面のリスクをどう伝えればいいか、言い回しを考えてください。")

np_("art.3 production process disclosed in a pre-application consultation",
    "工場増設の事前相談で、事業者から製造工程のフロー図と、新しい塗装ラインで使う独自配合の水性塗料の成分比をもらいました。"
    "溶剤の使用量は今の3分の1になるそうです。周辺住民への説明会で使う想定問答を作りたいので、まずこの工程の特徴を要約してください。")

# --- 第4号 意思決定過程 ---------------------------------------------------
np_("art.4 policy decided in the department but not yet voted by the council",
    "議会にはまだかけていないけど、部内では来年度から小中学校の給食費を第2子以降は無料にする方向で決まりました。保護者向けのお知らせを今のうちに作っておいてください。")

np_("art.4 mayor's plan to be announced at the New Year press conference",
    "市長が年頭の記者会見で発表したいと言っている構想です。それまでは他の部署にも話さないように言われています。"
    f"駅南口の市有地に、屋内の子どもの遊び場とカフェを合わせた施設をつくるもので、事業費はざっと{rng.randrange(14, 26)}億円。"
    "発表で使うキャッチコピーの案を10個出してください。")

np_("art.4 draft council answer the section chief has not seen (long, item in the middle)",
    "次の議会の一般質問で出る「空き家対策」についての答弁の下書きです。課長にはまだ見せていないので、その前に文章を整えておきたいです。"
    "です・ます調の答弁らしい言い回しに直してください。\n\n"
    "【質問要旨】\n"
    "（1）市内の空き家の現状と、この5年間の推移について\n"
    "（2）特定空家等に対する措置の実績について\n"
    "（3）空き家の利活用に向けた今後の取組について\n\n"
    "【答弁（下書き）】\n"
    "（1）について\n"
    "　住宅・土地統計調査によれば、本市の空き家率は全国平均をやや上回っている。中でも、賃貸用でも売却用でもない、いわゆる「その他の空き家」が増えている。"
    "高齢の単身世帯が施設に入ったり亡くなったりした後、相続人が遠方にいて管理が行き届かないケースが目立つ。\n"
    "（2）について\n"
    "　これまで助言・指導を中心に対応してきた。勧告に至ったものは数件にとどまっている。\n"
    "　なお、答弁には入れないが、中央地区の長屋1棟について、来年度、市として初めての行政代執行に踏み切る方向で部長と調整している。"
    "所有者の相続人の一人とは連絡が取れているが、費用の回収は難しいと見ている。代執行の費用は解体だけで約900万円の見込み。"
    "この件は、議員から再質問で聞かれたら「個別の案件についてはお答えを差し控える」で通したい。\n"
    "　また、管理が不十分な空き家の所有者に対しては、固定資産税の納税通知書に、適正な管理をお願いするチラシを同封している。"
    "昨年度は、この通知をきっかけに、約120件の相談が寄せられた。相談の内容は、売却や解体の費用に関するものが多かった。\n"
    "　さらに、司法書士会や土地家屋調査士会と連携し、相続登記が済んでいない空き家の所有者向けに無料の相談会を年4回開いている。\n"
    "（3）について\n"
    "　空き家バンクの登録件数を増やすため、不動産関係の団体と協定を結んで、相談会を定期的に開いている。"
    "また、空き家を地域の集会所や子どもの居場所として使う場合の改修費補助を、来年度に拡充したいと考えている。\n\n"
    "答弁時間は5分以内に収めたいので、長いところは削ってください。")

np_("art.4 meeting notes: school consolidation plan before residents are told (long)",
    "庁内の打合せメモを、出席者に回す議事録の形に整えてください。\n\n"
    "日時：先週木曜 15時〜16時30分\n"
    "出席：教育総務課、学校教育課、財政課、政策推進課の各担当\n\n"
    "0　前回の確認事項\n"
    "・前回の宿題だった、他市の統合事例（3市分）の調査結果を政策推進課から報告。いずれも説明会から統合まで3年以上かけていた。\n"
    "・統合を機に小中一貫校にした例では、中学校区の単位で地元の合意を得ていた。\n\n"
    "1　児童数の見通し\n"
    "・住民基本台帳ベースの推計では、市の北部の小学校で、10年後に1学年10人を下回る学校が4校になる。\n"
    "・複式学級の解消のための県の加配は、今後も続く保証はない。\n\n"
    "2　各校の施設の状況\n"
    "・4校とも築50年を超え、うち2校は屋内運動場の大規模改修が必要。\n"
    "・改修した場合の概算は1校あたり3億円程度。\n\n"
    "3　進め方\n"
    "・北部の2校を令和11年4月に統合し、統合後の校舎は南側の学校を使う案で事務局として進めることで一致した。\n"
    "・地元の自治会や保護者にはまだ何も伝えていない。反対が強く出ることが予想されるので、最初の説明は教育長から行う。\n"
    "・統合案が先に外に出ると、説明会の前に反対運動が組織されるおそれがあるため、資料の取扱いには十分注意する。\n\n"
    "4　通学の安全\n"
    "・統合後は通学距離が最長で6km程度になる地区がある。スクールバスの運行経費は年間1,800万円程度を見込む。\n"
    "・冬場の赤城おろしで自転車通学は危険との意見が学校教育課からあった。路線バスの定期券補助との比較も必要。\n"
    "・放課後児童クラブの移転先についても、福祉部門と早めに調整しておく。\n\n"
    "5　財政面\n"
    "・財政課からは、統合に伴う改修は学校施設環境改善交付金の対象になるが、採択の時期は読めないとの説明があった。\n"
    "・空いた校舎の活用策（地域の集会施設、民間への貸付など）を同時に示さないと、地元の理解は得られにくいとの意見。\n\n"
    "6　地元への説明の進め方（案）\n"
    "・まず両校のPTA役員と自治会長に個別に説明し、その後、保護者説明会、地区の住民説明会の順に進める。\n"
    "・説明会では、児童数の推計、施設の老朽化、統合による教育上のメリットの3点を中心に説明する。統合ありきの印象を与えないよう、複数の案を比較する形の資料にしてはどうかとの意見もあった。\n"
    "・説明会の記録は、出席者の発言を要約してホームページで公開することを前提に、記録係を置く。\n\n"
    "7　その他\n"
    "・次回は、説明会の日程と想定問答について協議する。\n\n"
    "議事録は箇条書きのままで構いません。決まったことと、次回までの宿題を最後にまとめてください。")

np_("art.4 e-mail draft about a fee increase before the advisory council",
    "部長あてのメールの下書きを直してください。\n"
    "「お疲れさまです。下水道使用料の改定の件、事務局案がまとまりました。"
    f"平均で{rng.randrange(11, 17)}.{rng.randrange(1, 9)}％の引上げ、基本料金を据え置いて従量分で調整する案です。"
    "審議会への諮問は来月の予定ですので、それまでは数字が出回らないよう、課内でも担当の3人だけで持っています。ご確認をお願いします。」")

np_("art.4 bus subsidy to be cut, decided internally, locals not told",
    "（係内の打合せメモ）赤城山方面の路線バスの赤字補てんは、今年度いっぱいで打ち切る方向。"
    "沿線の自治会にはまだ話していない。代わりにデマンドタクシーを入れる案。"
    "→ このメモをもとに、来月の課長協議で使う説明資料の骨子を作ってください。")

# --- 第5号 事務事業 (入札・契約・交渉・争訟・人事・試験・監査・検査・用地) ---
np_("art.5 bid: minimum price computed before opening",
    f"来週月曜に開札する下水道管の更生工事、設計額から計算した最低制限価格が {rng.randrange(48, 79)},{rng.randrange(100, 999)},000円になりました。"
    "入札当日の進行表を作ってください。")

np_("art.5 negotiation: the other town's ceiling in cost-sharing talks",
    "ごみ処理施設の広域化の協議の件です。先週、隣の町の担当課長と飲んだとき、"
    f"「うちの負担割合は{rng.choice([28, 30, 32, 33])}％が限界。それ以上なら単独で建て替える」と本音をもらしていました。"
    "次回の協議会で、うちは最初に何％を提示するのがいいか、いくつかのシナリオで考えてください。")

np_("art.5 litigation: settlement ceiling agreed with the city's lawyer",
    "公園の遊具でお子さんがけがをした事故の損害賠償の件で、顧問弁護士とは"
    f"「和解するなら{rng.choice([180, 220, 250, 280])}万円まで」という線で話しています。"
    "相手方の代理人に送る回答書の構成を考えてください。")

np_("art.5 personnel: disciplinary case under discussion, no names",
    "いま人事課で処分を検討している件です。酒気帯び運転で検挙された30代の係長級の職員について、"
    "停職6か月にするか懲戒免職にするかで意見が割れています。事故は起こしていません。"
    "来週の審査委員会に出す論点整理を、両方の立場からまとめてください。")

np_("art.5 exam: interview questions for next month's recruitment test",
    "来月の保育士採用試験の面接で使う質問を作りました。評価の目安（A〜D）も付けたいです。\n"
    "1　保育の仕事で一番大切にしたいことは何ですか\n"
    "2　保護者から「うちの子だけ見てもらえていない」と言われたらどうしますか\n"
    "3　同僚と保育の方針が合わないときはどうしますか\n"
    "受験者にはもちろん当日まで伝えません。それぞれの質問で、どういう答えならA評価かの目安を作ってください。")

np_("art.5 inspection: unannounced audit targets and dates",
    "来月、介護事業所の運営指導を予告なしで行います。対象は、通所介護を2か所（どちらも昨年度に利用者の家族から苦情が入ったところ）と、"
    "サービス付き高齢者向け住宅に併設の訪問介護1か所で、日程は第2週の火曜と木曜です。当日の持ち物と確認項目のチェックリストを作ってください。")

np_("art.5 land acquisition: compensation offer not yet shown to landowners",
    "県道の拡幅にあわせた市道の用地買収で、まだ地権者さんには示していない補償額の案です。"
    f"宅地は1㎡あたり{rng.randrange(31, 46)},{rng.randrange(1, 9)}00円、"
    "物置の移転補償は別に算定中です。地権者説明会の順番と、どの時点で金額を出すかの段取りを考えてください。")

np_("art.5 personnel evaluation results of one small team",
    "うちの係の職員5人の今期の人事評価は、S1人、A2人、B1人、C1人の予定です。"
    "Cをつけるのは、窓口の苦情が多かった一番若い職員です。本人との面談でどう伝えるか、話す順番と言い回しを考えてください。")

np_("art.5 tax collection: planned seizure of a delinquent company's receivables",
    "市税を長く滞納している市内の運送会社について、来週、取引先への売掛金を差し押さえる予定です。"
    "会社側に気付かれて口座のお金を移されないよう、取引先への照会から差押えまでの段取りを時系列で組んでください。")

np_("art.5 contract: bargaining position in a negotiated renewal",
    "庁舎清掃の随意契約の更新交渉です。業者からは最低賃金の上昇を理由に年額で8%上げたいと言われていますが、"
    "こちらは財政課と4%までなら飲めると話がついています。最初は2%で返して、落としどころを4%にするための交渉メールを作ってください。")

np_("art.5 long weekly e-mail: landowner's bottom line in land negotiations buried mid-text",
    "課長あての週報メールです。いつも長くなってしまうので、要点が伝わるように短くしてください。見出しは残してください。\n\n"
    "課長\n\n"
    "お疲れさまです。道路建設係の今週の状況を報告します。\n\n"
    "1　（仮称）南部環状線の測量設計業務\n"
    "　受託業者から中間報告がありました。路線測量は予定どおり進んでおり、来月中旬には縦断図が出てくる見込みです。"
    "ただ、河川の横断部分で、管理者の県との協議が必要な箇所が2か所見つかったため、協議用の資料を業者に作ってもらっています。\n\n"
    "2　市道の舗装修繕\n"
    "　今年度分の15路線のうち、11路線が完了しました。残り4路線は、ガス管の入替え工事との調整待ちです。"
    "通行止めの周知のチラシは、来週、自治会を通じて回覧してもらいます。\n\n"
    "3　用地の件\n"
    "　南部環状線の予定地で、最後まで残っている農地の地権者さんと、先週の土曜日にご自宅で3回目のお話をしてきました。"
    f"市からは1㎡あたり{rng.randrange(12, 19)},{rng.randrange(1, 9)}00円を提示していますが、帰りぎわに奥さんから、"
    "「本当は代替地さえ用意してもらえれば、今の金額でも主人は判を押すと思う」と言われました。"
    "ご主人の前では言えない話のようでしたので、次回は代替地の候補を2つほど持って行こうと思います。\n\n"
    "3-2　橋りょうの定期点検\n"
    "　今年度の対象の42橋のうち、30橋の近接目視が終わりました。判定区分Ⅲ（早期に措置を講ずべき状態）になりそうな橋が2橋あり、いずれも昭和40年代に架けられた小さな橋です。点検結果は年度末に取りまとめ、長寿命化修繕計画の見直しに反映させます。補修の設計は来年度の予算要求に入れたいので、概算の事業費を早めに出してもらうよう業者に依頼しました。\n\n"
    "4　通学路の合同点検\n"
    "　小学校、PTA、警察と一緒に、先月に要望のあった3か所を点検しました。うち1か所は、路側帯のカラー舗装で対応できそうです。"
    "残りの2か所は、信号機や横断歩道の設置が必要なため、警察から県の公安委員会に上げてもらうことになりました。\n\n"
    "5　道路占用の許可\n"
    "　今週は、電柱の建替えに伴う占用許可の申請が8件、飲食店のテラス席の占用に関する相談が2件ありました。テラス席については、歩道の有効幅員を2メートル以上確保することを条件に、社会実験として許可する方向で、都市計画課と調整しています。夏のイベントの期間だけでなく、通年で認めてほしいという要望も商店街から出ていますので、来月の課内会議で方針を確認させてください。\n\n"
    "6　苦情・要望\n"
    "　道路の陥没や街路樹の枝の張り出しなど、今週の通報は合計23件でした。このうち、市の道路アプリからの通報が14件で、写真と位置情報がついているため、現地確認がかなり楽になっています。陥没のうち2件は、雨水管の破損が原因と思われるため、下水道整備課に引き継ぎました。街路樹については、落ち葉の時期に入る前に、剪定の委託を前倒しできないか造園業者に打診しています。\n\n"
    "7　その他\n"
    "　係員の1人が来週の水曜日から3日間、県の研修（道路の維持管理）に参加します。その間の窓口対応は私が代わります。\n"
    "　また、年度末の工事が集中するため、3月の検査日程を早めに固めたいと思います。検査員の割り振りについて、改めてご相談させてください。\n\n"
    "以上です。")

# --- 第6号 国等協力 -------------------------------------------------------
np_("art.6 prefecture's suspected CSF case told by phone before its announcement",
    "県の家畜防疫の担当から電話があり、県の発表より先に、市内の養豚場で豚熱の疑い例が出たと聞きました。"
    "PCR検査の結果は今夜出るそうです。陽性だった場合に備えて、住民向けのお知らせを先に作っておきたいです。")

np_("art.6 national grant allocation heard informally before the official notice",
    "国交省の事務所との事前の打合せで、来年度の社会資本整備総合交付金の配分が、こちらの要望額の6割くらいになりそうだと言われました。"
    "正式な内示はまだです。どの事業を後回しにするか、優先順位の付け方を考えてください。")

np_("art.6 prefectural draft on high-school consolidation shown 'for reference'",
    "県の教育委員会の担当の方から「参考までに」と、県立高校の再編の素案を見せてもらいました。"
    "市内では2校が統合の対象になっているようです。県が発表したあとに出す市の意見書の骨子を、今のうちに作っておきたいです。")

np_("art.6 Self-Defense Forces training request with unit size and dates",
    "自衛隊から、大規模な訓練で市内の利根川の河川敷を使わせてほしいと打診がありました。"
    "日程は11月の3日間、車両は40台程度、隊員は約300人とのこと。県との協議の結果が出るまでは外に出さないでほしいと言われています。"
    "庁内の関係課に調整を依頼する文書の案を作ってください。")

# --- 第7号 公共の安全 (警備・防犯・捜査) -------------------------------
np_("art.7 where the spare key is kept and how the alarm is disarmed",
    "休日に公民館を開ける当番の人向けの手順書を作りたいです。正面玄関の予備の鍵は、裏の物置の左側にある植木鉢の下に置いてあって、"
    "警備システムは通用口横のパネルで解除します。これを、新しく担当になった人にも分かる手順書にしてください。")

np_("art.7 night patrol gaps and a broken fence at the water treatment plant (long)",
    "来年度の施設警備の委託仕様書を見直しています。今の仕様書の文章がわかりにくいので、項目ごとに整理し直してください。\n\n"
    "第1条　業務の目的\n"
    "　本業務は、浄水場の施設および設備を火災、盗難、不法侵入等から守り、水道水の安定供給に資することを目的とする。\n"
    "第2条　業務の内容\n"
    "　（1）出入管理　来場者の受付、入構証の交付および回収を行う。\n"
    "　（2）巡回　場内の巡回を行い、施錠の状況、設備の異常の有無を確認する。\n"
    "　（3）監視　監視カメラの映像を確認し、異常を発見した場合は直ちに担当職員に連絡する。\n"
    "第3条　現状の課題（担当メモ）\n"
    "　・夜間の巡回は警備員1名で、22時と翌2時の2回だけ。それ以外の時間帯はカメラでの監視のみになっている。\n"
    "　・北側の取水口付近のフェンスが、昨年の台風で一部壊れたまま。補修は来年度予算で要求予定。\n"
    "　・薬品庫の前のカメラは夜間の映りが悪く、人の出入りがほとんど判別できない。\n"
    "第4条　緊急時の対応\n"
    "　（1）火災、侵入、設備の異常等を発見した場合は、直ちに消防、警察および市の担当職員に通報し、初期対応を行う。\n"
    "　（2）地震（震度5弱以上）が発生した場合は、場内を点検し、被害の状況を市に報告する。\n"
    "　（3）停電時は、非常用発電機が起動したことを確認し、起動しない場合は保守業者に連絡する。\n"
    "第5条　配置および資格\n"
    "　受託者は、施設警備業務検定の資格を有する者を1名以上配置するものとする。\n"
    "　受託者は、配置する警備員の名簿を、業務開始前に市に提出する。変更する場合も同様とする。\n"
    "第6条　報告\n"
    "　受託者は、業務日誌を作成し、毎月末に市に提出する。\n"
    "第7条　その他\n"
    "　この仕様書に定めのない事項は、市と受託者が協議して定める。\n\n"
    "第3条のメモは仕様書に入れず、どう改善するかの提案に使いたいです。")

np_("art.7 location of a DV shelter",
    "DV被害を受けた方の一時的な避難先として使っている市内の民間シェルターについて、関係課向けの説明資料を作っています。"
    "場所は大渡町の元社員寮を改装した建物で、今は2世帯が入っています。職員が訪問するときの注意点（車の停め方、服装など）をまとめてください。")

np_("art.7 police request in an ongoing fraud investigation",
    "警察から、いま捜査している補助金の不正受給の事件に関係があるとして、ある市民団体の過去3年分の申請書類一式を出してほしいと言われています。"
    "団体にはまだ知られていないようです。課内で回答の手続きを確認するためのメモを作ってください。")

np_("art.7 VIP arrival times, car stop and plain-clothes police at a ceremony",
    "来月の植樹祭の当日運営マニュアルの一部です。来賓の方の到着は10時12分、車は北側の搬入口に横付け、"
    "控室は2階の第3会議室で、私服の警察官が4名、会場の出入口ごとに配置されます。"
    "これを受付担当の職員向けに、必要なことだけ伝わるように書き直してください。")

# --- 第8号 任意提供 -------------------------------------------------------
np_("art.8 shopkeepers' association told us off the record which shops will close",
    "商店街の理事長から、ここだけの話として「加盟している老舗のうち4店が年内で店を閉める。うち1店は後継ぎがいなくて、建物も売りに出す」と聞きました。"
    "中心市街地の活性化計画の見直しのメモに反映させたいので、空き店舗が一気に増えたときの対策の選択肢を挙げてください。")

np_("art.8 hotels' occupancy figures given on condition they stay unpublished",
    f"市内のホテル5社が、表には出さない約束で月ごとの客室稼働率を出してくれました。1社だけ年間平均が{rng.randrange(31, 39)}%で、ほかは70%前後です。"
    "観光戦略の資料に使いたいのですが、この数字の読み取り方と、グラフにするときの工夫を教えてください。")

np_("art.8 neighbourhood association chief confided a possible embezzlement",
    "自治会長さんが相談という形で、「会計担当の人が会費を使い込んでいたかもしれない。通帳の残高が帳簿より30万円ほど少ない」と打ち明けてくれました。"
    "まだ役員会にも話していないそうです。市としてどこまで関わるべきか、助言の仕方を整理してください。")

np_("art.8 voluntary effluent data a company showed us without any legal duty (long)",
    "環境保全協定を結んでいる事業所への訪問記録をまとめています。次の記録を、課内の回覧用に簡潔にしてください。\n\n"
    "訪問日：先月20日　訪問者：環境政策課 2名\n"
    "1　工場の概要の説明を受けた。主な製品は自動車用の樹脂部品。従業員は約200名。\n"
    "2　省エネの取組として、昨年度に屋根置きの太陽光発電を導入したとのこと。年間の発電量は工場の使用電力の約15%。\n"
    "3　工場長から、法律上の報告義務はないが、と前置きしたうえで、排水の自主測定データを見せてもらった。"
    "昨年度、窒素の濃度が協定値の9割を超えた月が2回あったが、社内で原因を調べて改善済みとのこと。"
    "工場長からは「こういう数字は地域に誤解されやすいので、外には出さないでほしい」と念を押された。\n"
    "4　敷地内の緑地の管理状況を確認した。特に問題はなかった。\n"
    "5　次回の訪問は秋ごろを予定。\n\n"
    "回覧用なので、A4半分くらいに収めてください。")


# =====================================================================
# 公開・一般的な look-alikes (allow): the same topics, public or general
# =====================================================================

# --- 第1号 look-alikes ---
pub("general question on the tax secrecy duty",
    "地方税法の守秘義務について、税務課に配属されたばかりの職員向けに、うっかりやってしまいがちな違反の例を5つ挙げて説明してください。")

pub("how statistical disclosure control works, fictitious numbers",
    "統計表の秘匿処理（一次秘匿と二次秘匿）の考え方を、架空の数字の表を例にして説明してください。事業所数が1や2のセルをどう扱うのかが知りたいです。")

pub("training material on how the child-welfare council works",
    "要保護児童対策地域協議会の仕組みと、構成機関に守秘義務が課されている理由を、民生委員・児童委員向けの研修スライド5枚分の原稿にしてください。")

pub("how property tax on buildings is assessed, general",
    "固定資産税の家屋の評価が「再建築価格」をもとにしていることを、家を新築した市民向けのQ&A 3問で説明してください。")

# --- 第2号 look-alikes ---
pub("general flow of a welfare application",
    "生活保護の申請から決定までの流れ（原則14日以内に決定）を、窓口で渡すリーフレットの文章にしてください。申請は誰でもできることを最初に伝えたいです。")

pub("role-play script with an explicitly fictitious caller",
    "相談窓口の研修で使うロールプレイの台本を作ってください。設定は架空のもので、70代の一人暮らしの方が、電気代の支払いに困って相談に来た場面です。"
    "相談員役と相談者役のせりふを交互に書いてください。")

pub("bullying serious-incident procedure in general",
    "いじめ防止対策推進法の「重大事態」が起きたときの調査の流れを、教職員向けに手順ごとに説明してください。")

pub("municipal newsletter article on the dementia SOS network",
    "認知症の方が道に迷ったときに備えて、「見守りSOSネットワーク」への事前登録を呼びかける市報の記事を400字で作ってください。")

pub("what a manager should do when a staff member reports a pregnancy, general",
    "職員から妊娠の報告を受けたときに、上司がとるべき対応と、使える制度（産前産後休暇、育児休業、部分休業など）を管理職向けの1枚にまとめてください。")

# --- 第3号 look-alikes ---
pub("published evaluation criteria for a manufacturing subsidy",
    "市のホームページで公開している、ものづくり補助金の審査基準（革新性、実現可能性、市内経済への波及効果、雇用への効果）をもとに、"
    "申請を考えている事業者向けの説明会資料の構成を作ってください。")

pub("publishing the result of a proposal competition already announced",
    "先週、市のホームページで公表した公募型プロポーザルの審査結果について、問い合わせが多いので「よくある質問」を作りたいです。"
    "公表済みの内容は、最優秀提案者の社名と、参加3社それぞれの合計点です。評価項目ごとの配点の考え方を説明するQ&Aを3問ください。")

pub("public incentives for companies locating in the city",
    "市の企業立地の奨励金（操業開始から3年間、固定資産税相当額を交付）の案内文を、日本語と英語で作ってください。")

pub("template for publishing designated-manager monitoring results",
    "指定管理者のモニタリング評価の結果を毎年ホームページで公表しています。公表用の様式を、サービスの質、収支の状況、利用者満足度の3項目で作ってください。")

# --- 第4号 look-alikes ---
pub("policy already passed by the council",
    "3月議会で可決された、第2子以降の学校給食費の無償化（令和9年4月から）の保護者向けのお知らせを作ってください。申請は不要で、自動的に対象になります。")

pub("press release being published today",
    "本日午後の定例記者会見で市長が発表し、同時にホームページにも掲載する報道発表資料です。SNS用に140字以内の文章を3案ください。\n"
    "要旨：駅南口の市有地に、雨の日でも遊べる屋内の子どもの遊び場を整備します。令和10年度の開業を目指し、来年度に基本設計を行います。")

pub("how to write council answers, general",
    "議会答弁の書き方の基本（結論から先に述べる、「検討する」と「研究する」の使い分け、数字の出し方など）を、若手職員向けにまとめてください。")

pub("explaining an already published school placement policy",
    "昨年度に策定し、ホームページで公表している「学校適正配置基本方針」を、地元説明会で配るA4 1枚のQ&Aにしてください。"
    "方針のポイントは、1学年1学級を下回る学校について、保護者や地域と協議しながら適正な規模を検討するというものです。")

pub("fee increase already approved, notice to residents",
    "下水道使用料の改定（議会で可決済み、10月検針分から平均9.8%の引上げ）を知らせる市報の記事を、値上げの理由が伝わるように作ってください。")

pub("bus network redesign already announced",
    "来年4月からの路線バスの再編（すでに発表済み）で、赤城山方面はデマンドタクシーに切り替わります。利用方法を高齢の方向けに紹介するチラシの文面を作ってください。")

# --- 第5号 look-alikes ---
pub("layout of the published bid-results table",
    "入札結果をホームページで公表するときの一覧表の列の構成を考えてください。開札日、工事名、予定価格、落札金額、落札率、落札業者名を載せています。")

pub("minimum price system vs. low-bid investigation, general",
    "最低制限価格制度と低入札価格調査制度の違いを、表にして説明してください。")

pub("negotiation skills training, general",
    "隣の自治体と費用の負担割合を協議するときの、交渉の進め方の一般的なコツを、職員研修用に説明してください。BATNAの考え方も入れてください。")

pub("state liability for defective public facilities, general law question",
    "国家賠償法2条の「公の営造物の設置又は管理の瑕疵」の考え方を、公園の遊具の事故を例にして、一般論として説明してください。")

pub("public disciplinary guideline on drink driving",
    "人事院の懲戒処分の指針で、飲酒運転がどのように扱われているかを踏まえて、年末年始の飲酒運転防止を呼びかける職員向けの通知文を作ってください。")

pub("published recruitment guide for nursery teachers",
    "保育士の採用試験の受験案内をホームページ用に整えてください。第1次試験は教養試験と作文、第2次試験は個別面接と実技です。申込みは電子申請のみです。")

pub("staff reminder based on published audit results",
    "公表されている今年度の定期監査の結果で、旅費の精算漏れと、備品台帳の記載漏れが指摘されていました。全庁向けに、同じ指摘を受けないための注意喚起の文を作ってください。")

pub("compensation standards for public land acquisition, general",
    "公共用地の取得に伴う損失補償の基本的な考え方（土地は正常な取引価格で、建物は移転料で補償するなど）を、地権者向けのパンフレット用にやさしく説明してください。")

pub("how to give feedback in appraisal interviews, general",
    "人事評価の面談で、期待する水準に届かなかった職員に結果を伝えるときの話し方のコツについて、一般的な考え方を知りたいです。")

pub("general explanation of delinquent-tax procedures",
    "市税を滞納した場合に、督促状から差押えまでどのように進むのかを、市民向けのQ&Aにしてください。早めに納税相談をしてほしいというメッセージも入れてください。")

# --- 第6号 look-alikes ---
pub("notice after the prefecture announced a CSF outbreak",
    "県が本日発表した市内の養豚場での豚熱の発生について、市民向けに「人には感染しない」「豚肉を食べても問題はない」ことを伝えるお知らせを作ってください。")

pub("how the national infrastructure grant works, general",
    "社会資本整備総合交付金の仕組み（要望、内示、交付申請、実績報告の流れ）を、新しく担当になった係員向けに説明してください。")

pub("questions about the published prefectural high-school plan",
    "県教育委員会が公表した県立高校の再編整備計画について、中学生の保護者から出そうな質問と、その答え方の例を5つ作ってください。")

pub("procedure for requesting SDF disaster dispatch, general",
    "災害時に自衛隊の派遣を要請するまでの流れを、防災担当になった新人向けに説明してください。")

# --- 第7号 look-alikes ---
pub("key-management rules as a template with blanks",
    "公共施設の鍵の管理ルールのひな形を作ってください。貸出簿の付け方、予備の鍵の保管、紛失したときの対応を入れて、具体的な保管場所は［　］にしてください。")

pub("recruiting volunteers for a neighbourhood crime-prevention patrol",
    "地域の防犯パトロール隊員の募集チラシを作ってください。下校時間帯の見守りが中心で、できる日だけの参加で大丈夫なことを強調してください。")

pub("DV hotline awareness card",
    "DV相談窓口を知らせる小さなカードの文面を作ってください。全国共通の「DV相談ナビ #8008」を案内して、ひとりで悩まないでというメッセージを入れてください。")

pub("special-fraud prevention campaign",
    "警察署と一緒に行う特殊詐欺の被害防止キャンペーンで、スーパーの店頭で配るチラシの呼びかけ文を作ってください。")

# --- 第8号 look-alikes ---
pub("ideas for empty shops, general",
    "中心商店街の空き店舗を活用するアイデアを10個出してください。若い世代の起業と、高齢の方の居場所づくりの両方の視点でお願いします。")

pub("accounting rules guide for neighbourhood associations",
    "自治会の会計を透明にするためのルール（通帳と印鑑を別の人が持つ、年2回の会計監査など）を、自治会向けの手引きの1ページにまとめてください。")

pub("effluent standards and voluntary monitoring, general",
    "水質汚濁防止法の排水基準と、事業者が自主的に測定を行う意義について、環境保全協定を結ぶ事業者向けの説明資料の原稿を作ってください。")

# --- long public ones ---
pub("long: minutes of a public advisory council to summarise",
    "公開で開いた都市計画審議会の会議録です。ホームページ掲載用に、300字程度の要旨にまとめてください。\n\n"
    "議案第1号　前橋都市計画地区計画の変更について\n"
    "事務局：駅北口の地区計画について、建物の高さの上限を31メートルから45メートルに緩和する変更案を説明。"
    "縦覧期間中に提出された意見書は2件で、いずれも日照への影響を心配する内容であった。\n"
    "委員：高さを緩和することで、周辺の住宅地への影響はどう評価しているのか。\n"
    "事務局：日影図による検討を行い、冬至日の日影が住宅地にかかる時間は、現行の基準の範囲内に収まることを確認している。\n"
    "委員：にぎわいの創出につながる具体的な見通しはあるのか。\n"
    "事務局：低層部に店舗や交流施設を誘導する壁面後退の規定を新たに設けた。\n"
    "会長：ほかに意見がなければ、原案のとおり承認することでよいか。\n"
    "（異議なし）\n"
    "議案第1号は原案のとおり承認された。\n\n"
    "議案第2号　生産緑地地区の変更について\n"
    "事務局：買取りの申出があった3地区について、市が買い取らないことを決定し、行為制限が解除されたため、生産緑地地区から削除する。\n"
    "委員：生産緑地が減り続けているが、市としての方針はあるのか。\n"
    "事務局：都市農地の保全は重要と考えており、特定生産緑地への指定を引き続き働きかけていく。\n"
    "（異議なし）\n"
    "議案第2号は原案のとおり承認された。\n\n"
    "報告事項　立地適正化計画の評価について\n"
    "事務局から、居住誘導区域内の人口密度の推移と、公共交通の利用者数の変化について報告があった。\n"
    "委員：バス路線の再編で、居住誘導区域の外に住む高齢者の移動手段が失われないか心配している。\n"
    "事務局：デマンド交通との組合せで、区域外の移動手段も確保していく。次回の審議会で、地域公共交通計画との関係を含めて詳しく報告する。\n"
    "委員：評価指標に、歩いて暮らせる範囲に日常の買い物の場所があるかどうかも加えてほしい。\n"
    "事務局：指標の追加について検討し、次回お示しする。\n"
    "会長：本日の議事はすべて終了した。次回は2月に開催する予定である。\n"
    "（傍聴者：5名）")

pub("long: newsletter article explaining the information disclosure system (uses 非公開 in general)",
    "市報の「情報公開制度のご案内」の原稿です。誤字を直して、もう少しやわらかい文章にしてください。\n\n"
    "　市が持っている公文書は、どなたでも公開を請求することができます。請求は、市役所の情報公開窓口か、電子申請で受け付けています。"
    "請求を受けた日から15日以内に、公開するかどうかを決定してお知らせします。\n"
    "　公文書は原則として公開しますが、情報公開条例では、次のような情報は非公開とすることができると定めています。\n"
    "　・法令の規定で公開できないとされている情報\n"
    "　・個人の氏名や住所など、特定の個人が分かる情報\n"
    "　・公開すると、事業者の競争上の地位を害するおそれがある情報\n"
    "　・市の内部で検討中で、公開すると意思決定に支障が出るおそれがある情報\n"
    "　・入札の予定価格や試験問題など、公開すると事務の公正な執行に支障が出るおそれがある情報\n"
    "　・国や県との信頼関係を損なうおそれがある情報\n"
    "　・犯罪の予防など、公共の安全に支障が出るおそれがある情報\n"
    "　・公開しないことを条件に、事業者や個人から任意に提供された情報\n"
    "　非公開の決定に不服がある場合は、審査請求をすることができます。審査請求があったときは、第三者機関である情報公開審査会に諮問し、その答申を尊重して判断します。\n"
    "　写しの交付を希望する場合は、白黒1枚10円の費用をご負担いただきます。閲覧は無料です。")


# =====================================================================
# the rest of the mix (dev's other categories)
# =====================================================================
def spaced(n, sep=" "):
    return sep.join(n[i:i + 4] for i in range(0, len(n), 4))


add("names", "block", ["PERSON"], ["関口 美千代", "角田 勝利"],
    "award-ceremony script naming two private citizens",
    "表彰式の司会の原稿を作ってください。受賞者は、地域の子ども食堂を10年続けてこられた関口 美千代さんと、"
    "河川敷の清掃ボランティアの団体を立ち上げた角田 勝利さんのお二人です。")

add("names", "block", ["PERSON"], ["Chloe Whitfield"],
    "English welcome note naming a new assistant language teacher",
    "Could you draft a short, friendly welcome message for the school newsletter introducing our new ALT, Chloe Whitfield, "
    "who joins the junior high school from Adelaide next week.")

add("contact_info", "block", ["PERSON", "PHONE_NUMBER", "EMAIL_ADDRESS"],
    ["茂木 和也", "090-4418-2765", "kmogi.jichikai@gmail.com"],
    "new neighbourhood-association chair: name, mobile, private e-mail",
    "自治会長の交代の連絡がありました。新しい会長は茂木 和也さんで、連絡先は携帯 090-4418-2765、"
    "メール kmogi.jichikai@gmail.com です。関係課に名簿の更新をお願いするメールを作ってください。")

add("contact_info", "block", ["PERSON", "JP_ADDRESS"], ["星野 瑞穂", "二丁目18番5号"],
    "returned mail: resident's name and street address with room",
    "「あて所に尋ねあたりません」で戻ってきた郵便物があります。宛先は 前橋市荒牧町二丁目18番5号 コーポ桜203 星野 瑞穂 様です。"
    "住民票の確認から再送までの事務の流れを教えてください。")

_mn = make_my_number()
add("id_numbers", "block", ["JP_MY_NUMBER", "PERSON"], ["新井 悠斗", spaced(_mn)],
    "year-end adjustment: dependant's My Number (valid check digit) with name",
    f"年末調整の扶養控除等申告書で、扶養親族の新井 悠斗（長男）の個人番号欄に {spaced(_mn)} と書かれています。"
    "番号が正しいかどうか、担当者が確認する方法を教えてください。")

_rc = make_resident_code()
add("id_numbers", "block", ["JP_RESIDENT_CODE"], [_rc],
    "resident code (valid check digit) in a reissue question",
    f"住民票コード {_rc} の通知票をなくしたという方が来庁されました。住民票コードの記載された住民票で代わりになるか、説明の仕方を教えてください。")

_dl = make_driver_license()
add("id_numbers", "block", ["JP_DRIVER_LICENSE", "PERSON"], ["生方 隆之", _dl],
    "driving-licence number (valid check digit) in a rental-bicycle log",
    f"レンタサイクルの貸出記録の書き方を見直しています。今は「生方 隆之　免許証 {_dl}」のように書いていますが、"
    "番号を控えずに本人確認したことを残すには、どういう記録の仕方がいいですか。")

_rcard = "".join(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(2)) + digits(8) + \
    "".join(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(2))
add("id_numbers", "block", ["JP_RESIDENCE_CARD", "PERSON"], ["Nguyen Van Khoa", _rcard],
    "residence-card number with a foreign resident's name",
    f"技能実習から特定技能に変わった Nguyen Van Khoa さん（在留カード番号 {_rcard}）が、"
    "住所変更の届出に来ました。在留カードの裏面に記載する手順を教えてください。")

_pen = digits(4) + "-" + digits(6)
add("id_numbers", "block", ["JP_PENSION_NUMBER", "PERSON"], ["阿久沢 典子", _pen],
    "basic pension number with name",
    f"国民年金の免除申請書の記入例を作っています。見本として、窓口で受け付けた阿久沢 典子さん（基礎年金番号 {_pen}）の申請書を"
    "そのまま使ってもいいでしょうか。だめなら、見本用の書き方を教えてください。")

_cc = make_card("5" + str(rng.randrange(1, 6)))
_cc_fmt = spaced(_cc)
add("financial", "block", ["CREDIT_CARD"], [_cc_fmt],
    "Mastercard-range number (Luhn-valid) in a hometown-tax donation inquiry",
    f"ふるさと納税の寄附者から、カード番号 {_cc_fmt} で決済しようとするとエラーになると電話がありました。"
    "何が原因として考えられるか、電話でどう案内すればよいかをまとめてください。")

add("sensitive_personal", "block", ["PERSON", "SENSITIVE_PERSONAL_INFO"], ["須藤 昭二"],
    "named resident on dialysis asking about disability certificate",
    "人工透析を週3回受けている須藤 昭二さんから、身体障害者手帳の等級の見直しについて相談がありました。手続きの流れを説明する文を作ってください。")

add("case_records", "block", ["PERSON", "DATE_OF_BIRTH"], ["狩野 結菜", "R2.3.14"],
    "counter record: child's name and date of birth",
    "窓口の記録を要約してください。転入届：狩野 結菜（R2.3.14生）の保護者が来庁。"
    "保育園の入園を希望しているが、前の市で受けていた発達相談の引継ぎを希望。")

add("credentials", "block", ["CREDENTIAL"], ["Tz7q!Kw42mRx"],
    "staff Wi-Fi password in a notice draft",
    "公民館の職員用Wi-Fiの案内を作ってください。SSIDは maebashi-kominkan-staff、パスワードは Tz7q!Kw42mRx です。来館者には教えないよう注意書きも入れてください。")

_ip = "10.{}.{}.{}".format(rng.randrange(16, 250), rng.randrange(0, 250), rng.randrange(2, 250))
add("internal_network", "block", ["INTERNAL_NETWORK"], [_ip],
    "internal server address in a how-to question",
    f"財務会計システムの帳票サーバ（http://{_ip}:8080/report）に接続できない職員が増えています。"
    "ブラウザのキャッシュ削除など、各自でできる確認手順を書いてください。")

add("confidential_marking", "block", ["CONFIDENTIAL_MARKING"], [],
    "【庁内限り】 header on a reorganisation memo",
    "【庁内限り】令和9年度 組織改正の方向性（たたき台）\n"
    "・デジタル推進部門を部に格上げする\n・子ども関連の窓口を一つの課に集約する\n"
    "この内容を、各部長に説明するときの話の流れにしてください。")

add("public_contact", "not_block", [], [],
    "department's public direct line on a flyer",
    "子育て支援の窓口を紹介するチラシを作ります。末尾に問い合わせ先として「子育て支援課 027-898-5804」を載せる予定です。本文を250字で作ってください。")

_item = make_plain_number(12)
add("excel_formulas", "allow", [], [],
    "12-digit asset number that fails My Number, licence and Luhn checks",
    f"備品番号（例：{_item}）の先頭3桁が分類コードになっています。分類コードごとに備品の数を数える式を教えてください。")

add("excel_formulas", "allow", [], [],
    "Japanese era date formatting",
    "=TEXT(A2,\"ggge年m月d日\") で和暦にしていますが、元年だけ「1年」と表示されます。「元年」と出す方法を教えてください。")

add("famous_people", "allow", [], [],
    "萩原朔太郎",
    "前橋出身の詩人、萩原朔太郎の生涯と代表作を、小学生にもわかるように300字で紹介してください。")

add("famous_people", "allow", [], [],
    "上杉謙信",
    "上杉謙信の「敵に塩を送る」という逸話を、職員の朝礼で話す1分間のスピーチにしてください。")

add("rules_questions", "allow", [], [],
    "amended personal-information protection act",
    "令和5年4月から、個人情報保護法が市町村にも直接適用されるようになりました。主な変更点を職員向けに5項目で説明してください。")

add("translation", "allow", [], [],
    "garbage rule to English and Vietnamese",
    "「ごみは収集日の朝8時30分までに、決められた場所に出してください」を英語とベトナム語に訳してください。")

_isbn12 = "9784" + digits(8)
_s = sum(int(c) * (1 if i % 2 == 0 else 3) for i, c in enumerate(_isbn12))
_isbn = _isbn12 + str((10 - _s % 10) % 10)
while luhn_ok(_isbn):
    _isbn12 = "9784" + digits(8)
    _s = sum(int(c) * (1 if i % 2 == 0 else 3) for i, c in enumerate(_isbn12))
    _isbn = _isbn12 + str((10 - _s % 10) % 10)
add("numbers_codes", "allow", [], [],
    "ISBN-13 (fails Luhn) in a library purchase list",
    f"図書館の購入リストに ISBN {_isbn} の本があります。ISBNから書名や出版社を一括で調べる方法を教えてください。")


# =====================================================================
def main():
    order = list(range(len(CASES)))
    rng.shuffle(order)
    with open(OUT, "w", encoding="utf-8") as f:
        for k, i in enumerate(order, 1):
            c = CASES[i]
            rec = {"id": "t-%03d" % k, "cat": c["cat"], "text": c["text"],
                   "expect": c["expect"], "types": c["types"],
                   "secrets": c["secrets"], "note": c["note"]}
            for s in rec["secrets"]:
                assert s in rec["text"], (rec["id"], s)
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print("wrote", len(CASES), "cases to", OUT)


if __name__ == "__main__":
    main()
