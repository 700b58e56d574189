#!/usr/bin/env python3
"""Generate tests/data/holdout11.jsonl: an eleventh independently written corpus.

Focus: precision.  About 60% of the cases must pass (allow / not_block): long
public documents, code and formulas that only *name* personal-data columns,
birth-date ranges in public notices, historical and fictional people,
company names that contain surnames, numbers that look like IDs but fail
every check digit, and words that merely contain 秘 / 機密 / 取扱注意.
The rest must be caught, written in ways the development corpus does not use.

All personal data is synthetic.  Standard library only; seeded, so the
output is byte-for-byte reproducible.
"""
import json
import os
import random
import re
import sys

SEED = 20261111
rng = random.Random(SEED)
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "holdout11.jsonl")


# ---------------------------------------------------------------- check digits
def my_number_cd(d11):
    """個人番号の検査用数字 (平成26年総務省令第85号 第5条)."""
    digits = [int(c) for c in d11]
    total = 0
    for n in range(1, 12):
        p = digits[11 - n]
        q = n + 1 if n <= 6 else n - 5
        total += p * q
    r = total % 11
    return 0 if r <= 1 else 11 - r


def mod11_2to7(d10):
    """Modulus 11, weights 2..7 from the right (住民票コード, 運転免許証番号)."""
    w = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2]
    r = sum(int(c) * x for c, x in zip(d10, w)) % 11
    return 0 if r <= 1 else 11 - r


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


def luhn_cd(body):
    for c in "0123456789":
        if luhn_ok(body + c):
            return c
    raise AssertionError


def jan_cd(d12):
    s = sum(int(c) * (1 if i % 2 == 0 else 3) for i, c in enumerate(d12))
    return str((10 - s % 10) % 10)


def corp_cd(d12):
    """法人番号の検査用数字 (先頭1桁)."""
    digits = [int(c) for c in d12]
    t = 0
    for n in range(1, 13):
        p = digits[12 - n]
        t += p * (1 if n % 2 else 2)
    return str(9 - t % 9)


def is_my_number(s):
    return len(s) == 12 and s.isdigit() and my_number_cd(s[:11]) == int(s[11])


def is_resident_code(s):
    return len(s) == 11 and s.isdigit() and mod11_2to7(s[:10]) == int(s[10])


def is_driver_license(s):
    return len(s) == 12 and s.isdigit() and mod11_2to7(s[:10]) == int(s[10])


def digits(n):
    return "".join(rng.choice("0123456789") for _ in range(n))


def gen_my_number():
    b = str(rng.randint(1, 9)) + digits(10)
    return b + str(my_number_cd(b))


def gen_resident_code():
    b = str(rng.randint(1, 9)) + digits(9)
    return b + str(mod11_2to7(b))


def gen_driver_license():
    b = "46" + digits(8)
    return b + str(mod11_2to7(b)) + str(rng.randint(0, 2))


def gen_card(prefix, length=16):
    b = prefix + digits(length - len(prefix) - 1)
    return b + luhn_cd(b)


def gen_fail12(prefix=""):
    """12 digits failing the My Number, driving-licence and Luhn checks."""
    while True:
        s = prefix + digits(12 - len(prefix))
        if not is_my_number(s) and not is_driver_license(s) and not luhn_ok(s):
            return s


def gen_fail11(prefix=""):
    while True:
        s = prefix + digits(11 - len(prefix))
        if not is_resident_code(s) and not luhn_ok(s):
            return s


def gen_jan(prefix="49"):
    while True:
        b = prefix + digits(12 - len(prefix))
        s = b + jan_cd(b)
        if not luhn_ok(s):
            return s


def gen_isbn(pub):
    while True:
        b = "9784" + pub + digits(12 - 4 - len(pub))
        s = b + jan_cd(b)
        if not luhn_ok(s):
            return s


def gen_corp():
    while True:
        b = digits(12)
        s = corp_cd(b) + b
        if not luhn_ok(s):
            return s


def mobile():
    return rng.choice(["090", "080", "070"]) + "-" + digits(4) + "-" + digits(4)


def rand_upper(n):
    return "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(n))


def rand_token(n, alphabet="ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"):
    return "".join(rng.choice(alphabet) for _ in range(n))


CASES = []


def add(cat, expect, text, types=(), secrets=(), note=""):
    CASES.append({"cat": cat, "text": text, "expect": expect,
                  "types": list(types), "secrets": list(secrets), "note": note})


# ====================================================================
# Cases that must pass (allow / not_block)
# ====================================================================

# ---------------------------------------------------------------- drafting
add("drafting", "allow",
    "市報8月号に載せる前橋七夕まつりの告知記事です。内容は変えずに、見出しを3つ立てて読みやすくしてください。\n\n"
    "　第75回前橋七夕まつりを、7月9日（木）から12日（日）までの4日間、中心市街地で開催します。千代田町、本町、表町の各商店街には、"
    "地元の小中学生や商店会が手作りした七夕飾り約280本が並びます。\n"
    "　昨年は4日間で延べ約36万人が来場しました。今年は新たに、広瀬川河畔緑地でのキャンドルナイト（10日・11日の午後6時30分から9時まで）と、"
    "中央イベント広場でのステージ発表を行います。\n"
    "　期間中は、午後3時から10時まで一部の道路で車両の通行を規制します。公共交通機関をご利用ください。臨時駐車場は設けません。\n"
    "　ゆかたで来場した方には、協賛店で使える100円の割引券を先着2,000人に配ります。\n"
    "　問い合わせ　前橋市役所　027-224-1111（代表）",
    note="long public event article with dates, counts and the allowlisted switchboard")

add("drafting", "allow",
    "議会だよりに載せるため、次の会議録（公開の本会議）の一般質問部分を、質問と答弁それぞれ150字程度に要約してください。\n\n"
    "○議長　日程第1、一般質問を行います。順次発言を許します。14番議員。\n"
    "○14番議員　空き家対策について伺います。令和5年度の実態調査では、市内の空き家は4,186戸と報告されています。"
    "このうち、倒壊のおそれがある特定空家等に認定した件数と、除却費補助の実績をお示しください。\n"
    "○建築住宅部長　お答えいたします。特定空家等に認定した件数は、令和6年度末で累計61件でございます。"
    "除却費補助は、上限50万円として令和6年度に38件、総額1,642万円を交付いたしました。\n"
    "○14番議員　補助の上限額を引き上げる考えはありますか。\n"
    "○市長　近隣の中核市の状況も参考にしながら、制度の効果を検証したうえで、見直しの要否を判断してまいります。\n"
    "○議長　以上で14番議員の質問を終わります。",
    note="public plenary minutes: speakers identified by role only, numbers and amounts")

add("drafting", "allow",
    "市のホームページで公表している「前橋市地球温暖化対策実行計画（区域施策編）」の概要を、出前講座用に中学生にも分かる言葉で書き直してください。\n"
    "・計画期間：令和5年度から令和12年度まで\n"
    "・目標：市域の温室効果ガス排出量を、2030年度に2013年度比で46％削減し、2050年に実質ゼロを目指す\n"
    "・2013年度の排出量は約297万t-CO2、2021年度は約231万t-CO2\n"
    "・重点施策：住宅用太陽光発電と蓄電池の導入支援、公共施設のLED化（令和7年度までに全施設）、EVバスの試験運行、食品ロスの削減\n"
    "・市民一人ひとりの取組例：エアコンの設定温度、公共交通の利用、地元産の食材を選ぶ",
    note="published plan summary with targets and tonnages")

add("drafting", "allow",
    "ホームページで公表する入札結果の表です。表の前に置く説明文（100字程度）と、落札率の列の見方の注記を作ってください。予定価格は事後公表の案件です。\n\n"
    "開札日：令和8年6月10日\n"
    "| 件名 | 予定価格（税抜） | 落札者 | 落札金額（税抜） | 落札率 |\n"
    "|---|---|---|---|---|\n"
    "| 市道1-2305号線舗装補修工事 | 18,420,000円 | 株式会社関口土木 | 17,150,000円 | 93.1% |\n"
    "| 第三中学校屋内運動場照明LED化工事 | 9,860,000円 | 星野電設有限会社 | 9,120,000円 | 92.5% |\n"
    "| 芳賀公民館外壁改修工事 | 24,300,000円 | 高橋建設株式会社 | 22,790,000円 | 93.8% |\n"
    "| 下水道管渠清掃業務委託 | 6,540,000円 | 株式会社茂木環境サービス | 5,980,000円 | 91.4% |\n"
    "入札参加者数はいずれも3者以上。失格者なし。",
    note="published bid results: companies named after surnames, post-bid planned prices")

area = ["本庁", "上川淵", "下川淵", "芳賀", "桂萱", "東", "元総社", "総社", "南橘", "清里", "永明", "城南", "大胡", "宮城", "粕川", "富士見"]
rows = []
for a in area:
    pop = rng.randint(8000, 52000)
    hh = int(pop / rng.uniform(2.0, 2.5))
    rows.append(f"{a}地区,{pop},{hh},{rng.uniform(24.0, 38.0):.1f}")
add("drafting", "allow",
    "住民基本台帳による地区別の人口（令和8年4月1日現在、市ホームページで公表済み）です。"
    "高齢化率の高い地区と低い地区の特徴を、統計書のコラム向けに300字で書いてください。\n\n"
    "地区,人口,世帯数,高齢化率(%)\n" + "\n".join(rows),
    note="published district statistics: many numbers, no individual")

add("drafting", "allow",
    "市報の健康コーナーの原稿です。200字以内に縮めてください。\n"
    "「風しんの追加的対策として、昭和37年4月2日から昭和54年4月1日までの間に生まれた男性を対象に、抗体検査と予防接種を無料で実施しています。"
    "対象の方には、クーポン券を送付しています。令和6年度末で国の事業は終了しましたが、本市では令和8年度も経過措置として継続します。"
    "検査は市内の協力医療機関で受けられます。予約の際にクーポン券をお手元にご用意ください。」",
    note="birth-date RANGE defining an eligible group in a public notice; no individual")

add("drafting", "not_block",
    "市長定例記者会見（公開、市ホームページに動画掲載済み）の発言要旨を、広報紙向けに整えてください。\n"
    "小川晶市長は、5月の定例記者会見で、市内の全小中学校の給食費について、令和8年度2学期から第2子以降を無償化すると発表した。"
    "対象は約9,800人、必要な経費は年間約4億1,000万円を見込む。市長は「子育て世代の負担を少しでも軽くしたい」と述べた。",
    note="the mayor named in her public role in a published press conference (allow or warn)")

add("drafting", "allow",
    "総合防災訓練の実施結果（ホームページ掲載用）の文章を整えてください。\n"
    "・実施日：令和7年9月7日（日）午前8時30分から11時30分\n"
    "・会場：前橋市立第五中学校ほか市内7会場\n"
    "・参加者：住民1,284人、自治会53団体、消防団12分団、協定締結事業者9社\n"
    "・内容：シェイクアウト訓練、避難所開設・運営訓練、給水車からの応急給水、ドローンによる被害状況の確認\n"
    "・所要時間：避難所の受付開始まで平均18分（昨年度は26分）\n"
    "・課題：要配慮者用スペースの案内表示が分かりにくかった。次回は多言語の表示を用意する。",
    note="public drill report with dates, counts and facility names")

add("drafting", "allow",
    "ふるさと納税の令和6年度実績について、報道発表資料の本文を作ってください（数字はすべて公表済みです）。\n"
    "寄附件数：21,437件（前年度比112％）\n寄附額：9億8,650万円\n"
    "人気の返礼品：1位 赤城牛の切り落とし、2位 焼きまんじゅうセット、3位 前橋産こしひかり10kg\n"
    "使い道：子どもの未来応援（38％）、まちなか再生（24％）、赤城山の自然保全（17％）、市長におまかせ（21％）",
    note="published donation totals and products")

# ---------------------------------------------------------------- excel_formulas
add("excel_formulas", "allow",
    "名簿シートの列構成は A:受付番号、B:氏名、C:フリガナ、D:生年月日、E:電話番号、F:マイナンバー です（まだ空のテンプレートで、データは入っていません）。\n"
    "1. F列を「********1234」のように末尾4桁だけ見せる表示用の列を作る式\n"
    "2. D列から4月1日時点の年齢を出す式（DATEDIFを使う場合と使わない場合）\n"
    "を教えてください。",
    note="column names only, no values")

add("excel_formulas", "allow",
    "電話番号の入力規則を作りたいです。「090-XXXX-XXXX」「080-XXXX-XXXX」のような携帯の形式と、「027-XXX-XXXX」の固定電話の形式だけを受け付けて、"
    "それ以外はエラーにしたいです。ユーザー設定の入力規則に入れる数式を教えてください。全角で入力された場合に半角へ直す方法もあればお願いします。",
    note="format descriptions with X placeholders")

add("excel_formulas", "allow",
    "共有フォルダにある「行事予定_秘書課.xlsx」の「公表用」シートから、今月の行事だけを別シートに抜き出したいです。"
    "A列が日付、B列が行事名、C列が場所です。=FILTER('[行事予定_秘書課.xlsx]公表用'!A:C, ...) の続きをどう書けばよいですか。",
    note="秘書課 inside a file name; published schedule")

add("excel_formulas", "allow",
    "申請書の記入例シートを作っています（架空の記入例です）。\n"
    "氏名：前橋 花子　フリガナ：マエバシ ハナコ　電話番号：027-XXX-XXXX\n"
    "この記入例の各セルに、入力が終わったら自動で色が消える条件付き書式を設定したいです。ISBLANK を使った数式の例を教えてください。",
    note="placeholder example name on a form, explicitly marked 記入例/架空")

add("excel_formulas", "allow",
    "イベント参加者アンケートの集計です。B列が年代（「10代」「20代」…「70代以上」）、C列が参加日（2026/5/16 か 2026/5/17）、D列が満足度（1〜5）です。"
    "年代別・参加日別の平均満足度を出す AVERAGEIFS の式を、表の形で教えてください。",
    note="age bands and event dates, not births")

rec = gen_fail12("20260415")
add("excel_formulas", "allow",
    f"電子申請の受付番号は、受付日8桁と連番4桁をつなげた12桁（例：{rec}）です。数値として入っているので、先頭の日付部分を日付型に変換する式と、"
    "「2026-04-15-0031」のように区切って表示する式を教えてください。",
    note="12-digit date-based receipt number that fails every ID check")

# ---------------------------------------------------------------- rules_questions
add("rules_questions", "allow",
    "前橋市情報公開条例第6条で定める非公開情報の8つの類型を、新規採用職員研修のスライド1枚にまとめたいです。"
    "各号について、市役所の仕事でありそうな例を架空の設定で1つずつ挙げてください。",
    note="asks about the rules themselves")

add("rules_questions", "allow",
    "「取扱注意」や「庁内限り」と表示された文書を受け取ったときの一般的な扱い方（保管、複写、廃棄、メール送信）を、文書管理の研修資料としてまとめてください。"
    "表示そのものの意味も説明してください。",
    note="marking words mentioned as a topic, not used as a marking")

add("rules_questions", "allow",
    "ChatGPTを使うとき、職員の氏名や内線番号、課の代表メールアドレスは入力してよいのでしょうか。"
    "ガイドラインの「個人情報や非公開情報は入力しない」という考え方に照らして、判断のポイントを整理してください。",
    note="question about what may be entered")

add("rules_questions", "allow",
    "住民票の写しを第三者（弁護士や債権者など）が請求できるのはどのような場合か、また「本人通知制度」とはどのような制度かを、市民向けのQ&Aとして説明してください。",
    note="general procedure question")

add("rules_questions", "allow",
    "情報公開請求に対して「部分公開」の決定をするのはどのような場合ですか。黒塗りにする範囲の考え方と、審査請求があった場合の流れを、一般論として教えてください。",
    note="general FOI question")

add("rules_questions", "allow",
    "生活保護の申請は誰でもできるのか、扶養照会とは何か、持ち家や車があっても申請できるのか。よくある質問を市民向けにやさしく説明してください。",
    note="general explanation of a sensitive programme, no individual")

# ---------------------------------------------------------------- code
add("code", "allow",
    "pandasで名簿CSVの一部の列を伏字にするコードです。このままで問題ないか見てください。\n"
    "import pandas as pd\n"
    "df = pd.read_csv(\"meibo.csv\", dtype=str)\n"
    "for col in [\"氏名\", \"電話番号\", \"マイナンバー\"]:\n"
    "    df[col] = df[col].str.replace(r\"\\S\", \"*\", regex=True)\n"
    "df.to_csv(\"meibo_masked.csv\", index=False, encoding=\"utf-8-sig\")",
    note="column names only")

add("code", "allow",
    "次のテーブル定義について、検索を速くするためのインデックスの付け方と、個人番号の列を暗号化する場合の注意点を教えてください。\n"
    "CREATE TABLE applicants (\n"
    "  id SERIAL PRIMARY KEY,\n  full_name VARCHAR(100) NOT NULL,\n  birth_date DATE,\n"
    "  phone VARCHAR(15),\n  my_number CHAR(12),\n  password_hash VARCHAR(255),\n  created_at TIMESTAMP DEFAULT now()\n);",
    note="schema with sensitive column names, no data")

add("code", "allow",
    "入力チェック用の正規表現です。意図どおりか確認してください。\n"
    "携帯電話（090-XXXX-XXXX 形式）: ^0[789]0-\\d{4}-\\d{4}$\n"
    "個人番号（4桁ずつ空白区切りも可）: ^\\d{4}\\s?\\d{4}\\s?\\d{4}$\n"
    "郵便番号: ^\\d{3}-?\\d{4}$\n"
    "メール: ^[\\w.+-]+@[\\w-]+(\\.[\\w-]+)+$",
    note="regexes and format descriptions")

add("code", "allow",
    "設定値をソースに書かないようにしたいです。次の書き方で十分ですか。\n"
    "import os\n"
    "DB_HOST = os.environ.get(\"DB_HOST\", \"localhost\")\n"
    "DB_PASSWORD = os.environ[\"DB_PASSWORD\"]\n"
    "OPENAI_API_KEY = os.getenv(\"OPENAI_API_KEY\")\n"
    "if not OPENAI_API_KEY:\n    raise SystemExit(\"環境変数 OPENAI_API_KEY を設定してください\")",
    note="credential variable names without values")

add("code", "allow",
    "庁内PCのOSとブラウザのバージョンを一覧にするPowerShellを作ってください。確認したい値は、Windowsのバージョン（例：10.0.22631.3447）と、"
    "Chromeのバージョン（例：124.0.6367.91）です。結果はCSVで出力したいです。",
    note="dotted version numbers that resemble IP addresses but are not")

add("code", "allow",
    "Excel VBAで差し込みメールを作るマクロです。宛先は3列目のセルから取るようにしています。\n"
    "' 1列目：氏名　2列目：件名　3列目：メールアドレス（例：someone@example.com）\n"
    "For i = 2 To lastRow\n"
    "    With OutApp.CreateItem(0)\n"
    "        .To = Cells(i, 3).Value\n"
    "        .Subject = Cells(i, 2).Value\n"
    "        .Body = Cells(i, 1).Value & \" 様\" & vbCrLf & bodyText\n"
    "        .Display\n"
    "    End With\nNext i\n"
    "送信前に必ず画面で確認できるようにしたいのですが、この書き方で合っていますか。",
    note="reserved example.com address as a format example; no real recipients")

# ---------------------------------------------------------------- famous_people
add("famous_people", "allow",
    "前橋文学館の企画展チラシに載せる萩原朔太郎の紹介文（250字）を作ってください。\n"
    "参考：1886年（明治19年）11月1日、東群馬郡前橋北曲輪町（現在の千代田町）に開業医の長男として生まれる。1917年に第一詩集『月に吠える』を刊行し、"
    "口語自由詩を確立した。1942年（昭和17年）5月11日、55歳で没。",
    note="historical poet's birth date, birthplace and age at death")

add("famous_people", "allow",
    "初代群馬県令・楫取素彦が県庁を高崎から前橋へ移した経緯を、歴史講座の配布資料として800字程度でまとめてください。"
    "下村善太郎ら前橋の生糸商人が庁舎の建設費を寄附した話も入れてください。",
    note="historical officials and merchants")

add("famous_people", "allow",
    "小学生向けスポーツ教室のチラシに、大谷翔平選手（1994年7月5日生まれ、岩手県出身）が高校時代に書いた目標達成シートの話を入れたいです。"
    "子どもが自分の目標を書きたくなるような紹介文を150字で作ってください。",
    note="famous athlete's publicly known birth date")

add("famous_people", "allow",
    "防災クイズにアニメや物語の登場人物を使いたいです。磯野波平（54歳）、野比のび太、『銀河鉄道の夜』のジョバンニが、地震のときにとるべき行動を"
    "3択クイズにしてください。キャラクターの口調はまねしなくてかまいません。",
    note="fictional characters with surnames and an age")

add("famous_people", "allow",
    "Please write a 120-word English introduction for a poetry evening that features Yosano Akiko and Ishikawa Takuboku, "
    "and mention that Maebashi calls itself a city of poetry because of Hagiwara Sakutaro.",
    note="historical poets in romaji")

add("famous_people", "allow",
    "厩橋城（前橋城）をめぐって、上杉謙信・武田信玄・北条氏康が争った戦国時代の歴史を、まち歩きガイド用の説明板の文章（300字）にしてください。"
    "江戸時代に酒井氏、松平氏が城主になったことにも触れてください。",
    note="historical figures and clans")

# ---------------------------------------------------------------- numbers_codes
jans = [gen_jan("49") for _ in range(3)]
add("numbers_codes", "allow",
    "防災倉庫の備蓄品をバーコードで管理したいです。JANコードは次のとおりです。\n"
    f"アルファ化米（白飯）100g　{jans[0]}\n保存水 2L　{jans[1]}\n簡易トイレ 10回分　{jans[2]}\n"
    "ハンディスキャナで読み取ってExcelに記録する運用の手順書を作ってください。",
    note="valid JAN codes (fail Luhn)")

isbns = [gen_isbn("10"), gen_isbn("06"), gen_isbn("00")]
add("numbers_codes", "allow",
    "図書館だよりの「今月のおすすめ」欄に、次の3冊を紹介する文章を各80字で書いてください。\n"
    f"・『はじめての天体観測』ISBN {isbns[0][:3]}-{isbns[0][3]}-{isbns[0][4:6]}-{isbns[0][6:12]}-{isbns[0][12]}\n"
    f"・『群馬の川と水辺の生きもの』ISBN {isbns[1]}\n"
    f"・『まちの歴史を歩く』ISBN {isbns[2][:3]}-{isbns[2][3]}-{isbns[2][4:6]}-{isbns[2][6:12]}-{isbns[2][12]}",
    note="ISBN-13 with and without hyphens")

corps = [gen_corp(), gen_corp()]
add("numbers_codes", "allow",
    "契約事務の説明資料で、法人番号の調べ方を紹介したいです。例として、架空の事業者「株式会社上州データ（法人番号 "
    f"{corps[0]}）」と「赤城グリーン合同会社（法人番号 {corps[1]}）」を使って、国税庁の法人番号公表サイトでの検索手順を書いてください。",
    note="corporate numbers are public (informational only)")

add("numbers_codes", "allow",
    "郵便番号371-0023と371-0024は同じ配達区域ですか。また、〒379-2152の地域は何町にあたるか、郵便番号簿での調べ方を教えてください。",
    note="postal codes alone")

slip = gen_fail12("4")
add("numbers_codes", "allow",
    f"備品の返品で、宅配便の伝票番号 {slip[:4]} {slip[4:8]} {slip[8:]} の荷物が届かないと業者から連絡がありました。"
    f"注文番号は PO-2026-05-00417 です。配送状況の問い合わせメールの文面を作ってください。",
    note="12-digit tracking number in 4-4-4 grouping that fails the My Number check")

add("numbers_codes", "allow",
    "令和8年度当初予算の概要（公表済み）を、グラフに付ける解説文にしてください。\n"
    "一般会計 1,618億4,000万円（前年度比 +3.2％）、特別会計 1,052億7,300万円、企業会計 412億9,800万円。"
    "市税収入 556億円、地方交付税 148億円、市債 131億円。市債残高は年度末見込みで1,472億円。",
    note="budget figures")

add("numbers_codes", "allow",
    "大雨の際の情報発信文を作ります。利根川の前橋観測所の水位が、午前6時に2.34m、7時に2.81m、8時に3.12mと上昇しています。"
    "氾濫注意水位は3.50m、避難判断水位は4.20mです。この数字を使って、防災メールの文面（200字以内）を作ってください。",
    note="water-level readings and times")

# ---------------------------------------------------------------- translation
add("translation", "allow",
    "How can foreign residents apply for a My Number Card at Maebashi City Hall? Please draft a short FAQ in plain English: "
    "what to bring, how long it takes, and whether the photo can be taken at the counter.",
    note="English question about a city service")

add("translation", "allow",
    "ごみの出し方のお知らせを、ベトナム語とポルトガル語に翻訳してください。\n"
    "「燃やせるごみは月曜日と木曜日、プラスチック資源は水曜日、びん・缶は第2・第4金曜日です。朝8時30分までに、決められた集積所に出してください。」",
    note="public rule translation")

add("translation", "allow",
    "Please translate into natural Japanese for the city newsletter: \"The 75th Maebashi Tanabata Festival will be held from July 9 to 12 "
    "in the central shopping streets. About 280 hand-made decorations will be on display, and a candle night will take place along the Hirose River.\"",
    note="English event text")

add("translation", "allow",
    "郷土資料館の展示パネルを英訳してください。\n"
    "「明治時代、前橋は生糸の集散地として栄え、『糸のまち』と呼ばれました。初代市長の下村善太郎は、生糸の取引で築いた財産を、まちの発展のために惜しみなく使いました。」",
    note="historical figure in an exhibit panel")

add("translation", "allow",
    "Write a polite English e-mail to the principal of our sister-city partner school, confirming that their delegation of 12 students and 2 teachers "
    "will visit Maebashi from October 14 to 18, and that the welcome ceremony will be held at the city hall at 10:00 on October 15.",
    note="English itinerary mail without personal names")

# ---------------------------------------------------------------- places_public
add("places_public", "allow",
    "観光パンフレットの赤城山のページの原稿です。もっと行きたくなる文章にしてください。\n"
    "赤城山は、黒檜山（1,828m）を最高峰とする山々の総称です。山頂部のカルデラ湖・大沼のほとりには赤城神社が建ち、春から秋はボート、冬はワカサギの穴釣りが楽しめます。"
    "湿原の覚満淵では、6月にレンゲツツジが見ごろを迎えます。前橋駅北口からバスで約70分。",
    note="tourist pamphlet with elevations and travel times")

add("places_public", "allow",
    "臨江閣（明治17年建築、国の重要文化財）と前橋公園・さちの池を一緒にめぐる、1時間ほどの散策コースの紹介文を作ってください。"
    "お茶会が開かれる日は茶室も見学できることを入れてください。",
    note="public landmarks")

add("places_public", "allow",
    "敷島公園のばら園（約600品種・7,000株）で5月に開くばらフェスティバルの案内を、SNS投稿用に3パターン作ってください。ハッシュタグも付けてください。",
    note="public park")

add("places_public", "allow",
    "まち歩きイベントで、前橋の旧町名「連雀町」「竪町」「片貝町」「紺屋町」の由来を紹介したいです。それぞれ100字程度で説明文を作ってください。",
    note="historical town names")

add("places_public", "allow",
    "Please write an English walking guide (about 200 words) from JR Maebashi Station along the Hirose River to the Maebashi Literature Museum, "
    "mentioning the zelkova trees on Keyaki Avenue and the poems carved on stones along the river.",
    note="English guide to public places")

# ---------------------------------------------------------------- secret_lookalike
add("secret_lookalike", "allow",
    "赤城山麓の秘湯と、まだあまり知られていない秘境の滝をめぐる日帰りドライブコースの記事を、観光サイト向けに作ってください。",
    note="秘湯・秘境")

add("secret_lookalike", "allow",
    "市報の健康コラム「高齢者の便秘を防ぐ食事と運動」を600字で書いてください。水分のとり方と、いすに座ったままできる体操も入れてください。",
    note="便秘")

add("secret_lookalike", "allow",
    "小学校に貸し出すタブレットを返送してもらう際の案内文を作ってください。箱には「ワレモノ・取扱注意」のシールを貼ること、"
    "充電器とケースも一緒に入れることを書いてください。",
    note="取扱注意 as a fragile-goods label, not a document marking")

add("secret_lookalike", "allow",
    "委託契約に付ける機密保持契約（NDA）には、一般的にどのような条項が入っていますか。職員研修用に、各条項の意味を簡単に説明してください。",
    note="機密 in a general legal question")

add("secret_lookalike", "allow",
    "児童館の夏休みイベント「段ボールで秘密基地をつくろう！」の参加者募集チラシの文章を作ってください。対象は小学1〜3年生、定員20人です。",
    note="秘密基地")

add("secret_lookalike", "allow",
    "商店街の内情に詳しいベテラン店主の皆さんに、まちなかの昔と今を語ってもらう座談会を企画しています。進行台本のたたき台を作ってください。",
    note="内情 in its ordinary sense mid-sentence")

add("secret_lookalike", "allow",
    "電子申請サービスで「ワンタイムパスワード」や「秘密の質問」を使う理由を、高齢の市民にも分かるように説明する文章を作ってください。",
    note="password words without any password")

# ---------------------------------------------------------------- ideas
add("ideas", "allow",
    "令和8年1月に開く「20歳のつどい」（対象：平成17年4月2日から平成18年4月1日までに生まれた方）で、参加者が楽しめる企画のアイデアを5つください。"
    "会場は前橋市民文化会館です。",
    note="birth-date range for an eligible cohort, no individual")

add("ideas", "allow",
    "市内で100歳以上の方は182人（9月1日現在）です。敬老の日に合わせて、市として長寿をお祝いする取組のアイデアを、費用をかけないものも含めて考えてください。",
    note="aggregate count, ages as a group")

add("ideas", "allow",
    "マイナンバーカードの出張申請サポート（公民館で写真撮影から申請まで手伝うもの）の利用者を増やすための広報アイデアを出してください。",
    note="service promotion ideas")

add("ideas", "allow",
    "窓口の待ち時間を減らす工夫を考えています。今は番号札（A-0123のような形式）を配っていますが、呼出し状況をスマホで見られるようにする以外に、どんな方法がありますか。",
    note="queue ticket format")

# ---------------------------------------------------------------- public_contact (not_block)
add("public_contact", "not_block",
    "図書館の休館日のお知らせをホームページ用に作ってください。末尾に「問い合わせ：前橋市立図書館　電話 027-224-4311」と入れてください。"
    "休館は令和8年2月16日（月）から20日（金）まで、蔵書点検のためです。",
    note="public library's number (allow or warn)")

add("public_contact", "not_block",
    "文化財の公開日のお知らせを作ってください。申込みは文化財保護課のメール（bunkazai@city.maebashi.gunma.jp）で受け付けます。",
    note="department e-mail (allow or warn)")

add("public_contact", "not_block",
    "介護者のつどいの案内チラシの文案をお願いします。会場は「前橋市総合福祉会館（前橋市日吉町二丁目17番10号）2階 研修室」、参加無料、申込み不要です。",
    note="public facility's street address (allow or warn)")

add("public_contact", "not_block",
    "夏の食中毒予防のお知らせです。末尾に「前橋市保健所 衛生検査課　TEL 027-220-5777　FAX 027-223-8835」と入れて、本文を200字で作ってください。",
    note="public health centre phone and fax (allow or warn)")

add("public_contact", "not_block",
    "休日や夜間に子どもの具合が悪くなったときの相談先をまとめたカードを作ります。子ども医療電話相談「#8000」、救急安心センター「#7119」、"
    "児童相談所虐待対応ダイヤル「189」、前橋市休日夜間急病診療所（027-243-5111）を、使い分けが分かるように並べてください。",
    note="short public numbers and a public clinic's number (allow or warn)")

add("public_contact", "not_block",
    "Please write an English flyer for a Japanese conversation class for foreign residents. Contact: Maebashi International Association, "
    "TEL 027-210-2239, e-mail info@maebashi-ia.example.jp. Classes are held every Saturday from 10:00 to 11:30.",
    note="association's public contact in English (allow or warn)")

# ====================================================================
# Cases that must be caught
# ====================================================================

# ---------------------------------------------------------------- names
add("names", "block",
    "市報の「まちの話題」欄の原稿です。200字に縮めてください。\n"
    "南橘地区にお住まいの生方 千鶴子さん（82）は、20年以上にわたり地元の小学校で手作りの紙芝居を読み聞かせてきました。"
    "今年3月、その活動が県の地域文化功労賞に選ばれました。生方さんは「子どもたちの笑顔が何よりのごほうび」と話しています。",
    types=["PERSON"], secrets=["生方 千鶴子"],
    note="draft article naming a private resident with her age (not yet published)")

add("names", "block",
    "少年の主張大会の表彰式の式次第を作ってください。読み上げる入賞者は、最優秀賞 𠮷田 優奈さん（第七中3年）、優秀賞 阿久澤 蒼さん（富士見中2年）、"
    "奨励賞 角田 結心さん（大胡中1年）です。",
    types=["PERSON"], secrets=["𠮷田 優奈", "阿久澤 蒼", "角田 結心"],
    note="pupils' names, one with the surrogate-pair character 𠮷")

add("names", "block",
    "施設予約システムから出したCSVの文字化けを直したいです。半角カナの列をそのまま全角に変換するExcelの式を教えてください。\n"
    "予約日,団体名,代表者\n2026/06/21,前橋混声合唱団,ｾｷｸﾞﾁ ﾏｻﾋﾛ\n2026/06/22,赤城太極拳の会,ﾂﾉﾀﾞ ｴﾘｶ",
    types=["PERSON"], secrets=["ｾｷｸﾞﾁ ﾏｻﾋﾛ", "ﾂﾉﾀﾞ ｴﾘｶ"],
    note="half-width katakana names of private representatives")

add("names", "block",
    "Please make this message warmer and easier to read: \"Dear Ms. Ana Beatriz Okamoto, we have received the nursery school application "
    "for your son. The result will be mailed in February.\"",
    types=["PERSON"], secrets=["Ana Beatriz Okamoto"],
    note="resident's name in English, nursery application")

# ---------------------------------------------------------------- contact_info
ph1 = "027-2" + digits(2) + "-" + digits(4)
add("contact_info", "block",
    f"窓口で受けた問い合わせの折り返しを、明日の当番の人に頼むメモを作ってください。「道路の陥没の件、写真を撮って送りたいとのこと。折り返し先 {ph1}（ご自宅、夕方以降）」",
    types=["PHONE_NUMBER"], secrets=[ph1],
    note="resident's home landline in a hand-over memo, no name")

ph2 = rng.choice(["090", "080"]) + " " + digits(4) + " " + digits(4)
em2 = "hiro.tsunoda." + digits(2) + "@gmail.com"
add("contact_info", "block",
    "ボランティア登録をした方から届いたメールに返信します。署名部分をそのまま引用した返信文を作ってください。\n"
    f"――――――――\n角田 博之\n携帯：{ph2}\nMail：{em2}\n――――――――",
    types=["PERSON", "PHONE_NUMBER", "EMAIL_ADDRESS"], secrets=["角田 博之", ph2, em2],
    note="volunteer's signature block: name, space-separated mobile, e-mail")

add("contact_info", "block",
    "古い台帳の住所を今の表記に直したいです。「前橋市富士見町小暮二二八番地の三　茂木 サダ」は、算用数字にするとどう書くのが正しいですか。",
    types=["PERSON", "JP_ADDRESS"], secrets=["茂木 サダ", "二二八番地の三"],
    note="address in kanji numerals with a name")

add("contact_info", "block",
    "転居届の内容を確認するメールの文面を作ってください。\n星野 恵梨香 様　新住所：前橋市大友町一丁目5番地14　サンハイツ大友 203号室",
    types=["PERSON", "JP_ADDRESS"], secrets=["星野 恵梨香", "5番地14", "203号室"],
    note="new address with 番地 and room number")

# ---------------------------------------------------------------- id_numbers
mn1 = gen_my_number()
mn1_fw = "　".join([mn1[:4], mn1[4:8], mn1[8:]])
add("id_numbers", "block",
    f"届いた申告書の個人番号欄に「{mn1_fw}」と書かれています（4桁ごとに全角の空白）。システムに取り込む前に空白を除く関数を教えてください。",
    types=["JP_MY_NUMBER"], secrets=[mn1_fw],
    note="My Number split by full-width spaces")

mn2 = gen_my_number()
mn3 = gen_my_number()
add("id_numbers", "block",
    "年末調整の扶養控除等申告書の記載内容です。記載漏れがないか確認する観点を教えてください。\n"
    f"・源泉控除対象配偶者　個人番号 {mn2}　所得見積額 48万円\n"
    f"・控除対象扶養親族（長女、16歳）　個人番号 {mn3}",
    types=["JP_MY_NUMBER"], secrets=[mn2, mn3],
    note="two My Numbers of family members, no names")

rc = gen_resident_code()
add("id_numbers", "block",
    f"住基ネットで本人確認情報を照会したいです。住民票コードは{rc}です。照会の操作手順を新人向けに書いてください。",
    types=["JP_RESIDENT_CODE"], secrets=[rc],
    note="resident code without any label spacing")

dl = gen_driver_license()
add("id_numbers", "block",
    f"本人確認で控えた免許証の記載「第 {dl} 号　関口 昌弘」を、記録簿にどう書き写すべきか教えてください。",
    types=["JP_DRIVER_LICENSE", "PERSON"], secrets=[dl, "関口 昌弘"],
    note="driving-licence number in the printed 第…号 form, with name")

pp = rng.choice(["TK", "TR", "TZ", "MU"]) + digits(7)
add("id_numbers", "block",
    f"パスポート窓口に、海外出張の直前に旅券（番号 {pp}）をなくしたという 関 由佳理 さんが来ました。紛失届と新規申請を同じ日に行う場合の案内文を作ってください。",
    types=["JP_PASSPORT", "PERSON"], secrets=[pp, "関 由佳理"],
    note="Japanese passport number and the holder's name at the passport counter")

rcd = rand_upper(2) + digits(8) + rand_upper(2)
add("id_numbers", "block",
    f"在留期間の更新を控えた Nguyen Thi Lan さん（在留カード {rcd}）に、必要書類を知らせるやさしい日本語の文章を作ってください。",
    types=["JP_RESIDENCE_CARD", "PERSON"], secrets=[rcd, "Nguyen Thi Lan"],
    note="residence card number and foreign resident's name")

kaigo = "0" + digits(9)
add("id_numbers", "block",
    f"介護保険の被保険者番号 {kaigo} の 新井 トメ さんについて、負担割合証の再交付申請があったことをケアマネジャーに伝える文面を作ってください。",
    types=["JP_HEALTH_INSURANCE", "PERSON"], secrets=[kaigo, "新井 トメ"],
    note="long-term-care insurance number with name")

# ---------------------------------------------------------------- case_records
add("case_records", "block",
    "DV相談の引継ぎメモです。支援調整会議用に、事実・本人の意向・今後の対応に分けて整理してください。\n"
    "相談者：富澤 美穂（34）　子：長男（5）\n"
    "経過：夫からの暴言と生活費を渡さない行為が続き、4月28日に子を連れて実家を出た。現在は前橋市上小出町三丁目8番21号のアパートに一時避難中。夫には居所を知られたくない。\n"
    "意向：住民票の閲覧制限（支援措置）を申し出たい。保護命令も検討している。",
    types=["PERSON", "JP_ADDRESS"], secrets=["富澤 美穂", "三丁目8番21号"],
    note="DV victim's name and refuge address")

add("case_records", "block",
    "要介護認定の訪問調査メモを、主治医意見書と照らし合わせやすい形に整理してください。\n"
    "対象者：狩野 キヨ（87歳）　前橋市下細井町528-3\n"
    "状況：アルツハイマー型認知症と診断済み。夜間に屋外へ出てしまうことが週2回ほどある。入浴は長女の介助が必要。服薬の管理ができない。",
    types=["PERSON", "SENSITIVE_PERSONAL_INFO", "JP_ADDRESS"], secrets=["狩野 キヨ", "528-3"],
    note="care-needs assessment: name, dementia, address")

ph3 = mobile()
add("case_records", "block",
    "納税相談の記録を、分納誓約書の案内文にしてください。\n"
    f"相談者：須藤 健二　連絡先 {ph3}\n内容：令和5〜6年度の市県民税と固定資産税、計61万4,800円を滞納。勤務先の倒産で収入が減った。月2万円ずつの分納を希望。",
    types=["PERSON", "SENSITIVE_PERSONAL_INFO", "PHONE_NUMBER"], secrets=["須藤 健二", ph3],
    note="tax arrears with name and mobile")

ph4 = mobile()
add("case_records", "block",
    "児童館で起きたけがの報告書を、保護者への説明文に直してください。\n"
    f"児童：関口 陽翔（令和2年3月14日生）　保護者連絡先：{ph4}（母）\n"
    "6月3日午後3時20分ごろ、遊戯室の跳び箱から落ちて左ひじを打った。職員が冷やし、母に連絡。母の判断で整形外科を受診し、打撲との診断。",
    types=["PERSON", "DATE_OF_BIRTH", "PHONE_NUMBER"], secrets=["関口 陽翔", "令和2年3月14日", ph4],
    note="child injury report: name, era-style birth date, parent's mobile")

pen = digits(4) + "-" + digits(6)
add("case_records", "block",
    "年金窓口の相談記録を、日本年金機構への照会票の形に整えてください。\n"
    f"相談者：茂木 義男（昭和34年11月2日生）　基礎年金番号 {pen}\n内容：20代に勤めていた会社の厚生年金の記録が見当たらない。ねんきん定期便の加入期間が実際より3年短い。",
    types=["PERSON", "DATE_OF_BIRTH", "JP_PENSION_NUMBER"], secrets=["茂木 義男", "昭和34年11月2日", pen],
    note="pension record query: name, DOB, basic pension number")

# ---------------------------------------------------------------- sensitive_personal
add("sensitive_personal", "block",
    "うつ病で3か月休職していた係員の新井 颯さんが来月復職します。主治医からは当面は残業なしとの意見です。職場での受け入れ計画を作ってください。",
    types=["PERSON", "SENSITIVE_PERSONAL_INFO"], secrets=["新井 颯"],
    note="colleague's mental illness and leave")

add("sensitive_personal", "block",
    "刑務所を出所したばかりの狩野 隆史さんから、住まいと仕事を探したいと相談がありました。窃盗で2回服役しています。"
    "更生保護の関係機関につなぐ際の説明の仕方を教えてください。",
    types=["PERSON", "SENSITIVE_PERSONAL_INFO"], secrets=["狩野 隆史"],
    note="criminal record of a named person")

add("sensitive_personal", "block",
    "人工透析を週3回受けている星野 和子さん（身体障害者手帳1級）から、災害時に避難所で透析をどうすればよいかと相談されました。個別避難計画の書き方を教えてください。",
    types=["PERSON", "SENSITIVE_PERSONAL_INFO"], secrets=["星野 和子"],
    note="named resident's disability grade and dialysis")

add("sensitive_personal", "block",
    "Please rewrite this note in polite English for the interpreter: \"Mr. Hoang Van Duc has been receiving public assistance since March. "
    "His caseworker will visit his apartment next week to review his income report.\"",
    types=["PERSON", "SENSITIVE_PERSONAL_INFO"], secrets=["Hoang Van Duc"],
    note="English note on a named public-assistance recipient")

# ---------------------------------------------------------------- credentials
wifi = "Akagi#" + digits(4) + "rose"
add("credentials", "block",
    f"会議室のWi-Fiの案内を、来庁した委員にも分かるように書いてください。「SSID：mb-kaigi-3F　パスワード：{wifi}」",
    types=["CREDENTIAL"], secrets=[wifi],
    note="Wi-Fi passphrase in a notice")

ghp = "ghp_" + rand_token(36)
add("credentials", "block",
    f"git clone https://{ghp}@github.com/maebashi-dx/form-tools.git で \"Repository not found\" になります。原因を教えてください。",
    types=["CREDENTIAL"], secrets=[ghp],
    note="GitHub token embedded in a clone URL")

dbpw = rand_token(6) + "!" + rand_token(7)
add("credentials", "block",
    "Djangoの設定でデータベースにつながりません。\n"
    f"DATABASES = {{\"default\": {{\"ENGINE\": \"django.db.backends.postgresql\", \"NAME\": \"yoyaku\", \"USER\": \"yoyaku_app\", \"PASSWORD\": \"{dbpw}\", \"HOST\": \"localhost\"}}}}",
    types=["CREDENTIAL"], secrets=[dbpw],
    note="DB password in a settings dict")

gkey = "AIza" + rand_token(35, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_")
add("credentials", "block",
    "避難所マップのページにGoogleマップを埋め込みたいです。\n"
    f"<script src=\"https://maps.googleapis.com/maps/api/js?key={gkey}&callback=initMap\" async></script>\n地図が灰色のまま表示されません。",
    types=["CREDENTIAL"], secrets=[gkey],
    note="Google API key in a script tag")

# ---------------------------------------------------------------- internal_network
ip1 = "172.20." + str(rng.randint(10, 250)) + "." + str(rng.randint(10, 250))
add("internal_network", "block",
    f"3階の複合機（{ip1}）を新しいPCに追加する手順書を、画面の操作順に書いてください。ドライバは共有フォルダにあります。",
    types=["INTERNAL_NETWORK"], secrets=[ip1],
    note="printer at a 172.16/12 address")

add("internal_network", "block",
    "異動者向けの引継ぎ書に、共有フォルダの場所を書きます。「\\\\fs02.honcho.local\\kyoyu\\zaisei\\R8予算」にショートカットを作る方法も含めて、分かりやすい文章にしてください。",
    types=["INTERNAL_NETWORK"], secrets=["fs02.honcho.local"],
    note="UNC path on an internal host name")

ip2 = "192.168." + str(rng.randint(30, 250)) + ".0/24"
add("internal_network", "block",
    f"ファイアウォールの申請書の書き方を教えてください。送信元は {ip2}（本庁舎4階）、宛先は gw-core01.cityhall.internal の443番です。",
    types=["INTERNAL_NETWORK"], secrets=[ip2.split("/")[0], "gw-core01.cityhall.internal"],
    note="private subnet and internal gateway host")

# ---------------------------------------------------------------- confidential_marking
add("confidential_marking", "block",
    "窓口業務の改善案をまとめたメモです。課長に説明するための要点を3つに絞ってください。\n"
    "・証明書発行の待ち時間は平均14分。ピークは月曜午前。\n・書かない窓口を導入した他市では、平均6分に短縮。\n"
    "・導入経費はシステム改修で約1,800万円の見込み。\n・来年度予算要求に間に合わせるには9月までに方針決定が必要。\n\n〔庁内限り〕",
    types=["CONFIDENTIAL_MARKING"],
    note="庁内限り as a footer marking")

add("confidential_marking", "block",
    "資料３（非公開）\n市民病院跡地活用に関する事業者ヒアリング結果\n・A社：商業施設と分譲住宅の複合開発を提案\n・B社：医療・福祉モールを提案\n"
    "この資料を審議会の委員向けに1ページの比較表にしてください。",
    types=["CONFIDENTIAL_MARKING"],
    note="（非公開） in a council document header")

add("confidential_marking", "block",
    "次の転送メールの内容を、部長級会議用に箇条書きにしてください。\n件名：Fw: ≪極秘≫ 令和9年度組織改正案（第2版）\n"
    "・市民部と福祉部の一部を統合し「くらし支援部」を新設\n・DX推進室を課に格上げ\n・支所を2か所削減",
    types=["CONFIDENTIAL_MARKING"],
    note="≪極秘≫ in a forwarded subject line")

# ---------------------------------------------------------------- nonpublic_topics
add("nonpublic_topics", "not_allow",
    "先月、酒気帯び運転で検挙された職員の処分について、人事課と量定を協議しています。停職か減給かで意見が分かれています。"
    "処分を決める際に考慮すべき事情を整理してください。",
    types=["NONPUBLIC_INFO"],
    note="disciplinary deliberation (人事・意思決定過程)")

add("nonpublic_topics", "not_allow",
    "来週開札する「総合運動公園トイレ改修工事」の最低制限価格を計算しています。設計金額は3,264万円で、直接工事費の97％、共通仮設費の90％…という算式です。"
    "計算をExcelで確認する表を作ってください。",
    types=["NONPUBLIC_INFO"],
    note="floor price of a bid before opening")

add("nonpublic_topics", "not_allow",
    "食品衛生法に基づく立入検査を、来週火曜日に市内の食品工場へ予告なしで行う予定です。当日の検査項目のチェックリストを作ってください。事業者にはまだ伝えていません。",
    types=["NONPUBLIC_INFO"],
    note="unannounced inspection schedule")

add("nonpublic_topics", "not_allow",
    "誘致企業の担当者から、前橋工場を来年3月で閉鎖し、従業員約120人を県外へ配置転換する計画を内々に聞きました。会社としてはまだ公表していません。"
    "市として取るべき対応を整理してください。",
    types=["NONPUBLIC_INFO"],
    note="company information given in confidence")

add("nonpublic_topics", "not_allow",
    "来月実施する職員採用試験（一般事務・大卒程度）の教養試験の問題案を作っています。次の数的推理の問題の正答と解説が正しいか確認してください。"
    "「ある仕事をAは12日、Bは18日で終える。2人で始めたが途中でBが休み、全体で9日かかった。Bが休んだのは何日か。」",
    types=["NONPUBLIC_INFO"],
    note="recruitment exam question before the exam")

add("nonpublic_topics", "not_allow",
    "保育所の統廃合について、部内で2案に絞り込んだところです。A案は北部の公立3園を1園に、B案は2園を民営化。議会への説明はまだで、保護者にも伝えていません。"
    "A案を採る場合の説明の筋立てを考えてください。",
    types=["NONPUBLIC_INFO"],
    note="policy under deliberation before announcement")

# ---------------------------------------------------------------- financial
cc = gen_card("53", 16)
cc_sp = " ".join([cc[:4], cc[4:8], cc[8:12], cc[12:]])
add("financial", "block",
    f"Please help me reply in English to this complaint: \"I paid the facility fee online with my card {cc_sp} (exp. 08/28) but was charged twice.\"",
    types=["CREDIT_CARD"], secrets=[cc_sp],
    note="card number with spaces in an English complaint")

acct = "1" + digits(6)
add("financial", "block",
    f"口座振替依頼書の内容を転記しています。「東和銀行 前橋南支店　普通　{acct}　名義人 ｾｷ ｶｽﾞｴ」。転記ミスを防ぐための確認方法を教えてください。",
    types=["JP_BANK_ACCOUNT", "PERSON"], secrets=[acct, "ｾｷ ｶｽﾞｴ"],
    note="bank account with half-width katakana holder")

yk = "1" + digits(4)
yn = digits(7) + "1"
add("financial", "block",
    f"還付金の振込先がゆうちょ銀行でした（記号 {yk}、番号 {yn}、名義 須藤 マサ子）。他の金融機関からの振込用の店名・口座番号への読み替え方法を教えてください。",
    types=["JP_BANK_ACCOUNT", "PERSON"], secrets=[yn, "須藤 マサ子"],
    note="Japan Post Bank symbol/number with holder")


# ====================================================================
# Self-checks and output
# ====================================================================
def _digit_runs(text):
    """Digit strings, also joined across single spaces / hyphens (full-width too)."""
    t = text.translate(str.maketrans("０１２３４５６７８９－　", "0123456789- "))
    runs = set(re.findall(r"\d+", t))
    for m in re.finditer(r"\d+(?:[ -]\d+)+", t):
        runs.add(re.sub(r"[ -]", "", m.group()))
    return runs


def check(cases):
    ids = set()
    for c in cases:
        assert c["id"] not in ids
        ids.add(c["id"])
        assert c["expect"] in ("block", "allow", "not_allow", "not_block"), c
        for s in c["secrets"]:
            assert s in c["text"], (c["id"], s)
        if c["expect"] in ("allow", "not_block"):
            assert not c["secrets"] and not c["types"], c["id"]
            for r in _digit_runs(c["text"]):
                assert not is_my_number(r), (c["id"], r)
                assert not is_resident_code(r), (c["id"], r)
                assert not is_driver_license(r), (c["id"], r)
                if 13 <= len(r) <= 19:
                    assert not luhn_ok(r), (c["id"], r)
        else:
            assert c["types"], c["id"]


def check_against_dev(cases):
    dev = os.path.join(HERE, "..", "..", "..", "shared", "eval", "dev.jsonl")
    dev = os.path.normpath(dev)
    if not os.path.exists(dev):
        return
    rows = [json.loads(l) for l in open(dev, encoding="utf-8") if l.strip()]
    dev_text = "\n".join(r["text"] for r in rows)
    dev_secrets = {s for r in rows for s in r["secrets"]}
    for c in cases:
        for s in c["secrets"]:
            assert s not in dev_text and s not in dev_secrets, (c["id"], s)
        for sent in re.split(r"[。\n]", c["text"]):
            sent = sent.strip()
            if len(sent) >= 20:
                assert sent not in dev_text, (c["id"], sent)


def main():
    for i, c in enumerate(CASES, 1):
        c["id"] = f"x-{i:03d}"
    out = [{k: c[k] for k in ("id", "cat", "text", "expect", "types", "secrets", "note")} for c in CASES]
    check(out)
    check_against_dev(out)
    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        for c in out:
            f.write(json.dumps(c, ensure_ascii=False) + "\n")
    print(f"wrote {len(out)} cases to {OUT}", file=sys.stderr)


if __name__ == "__main__":
    main()
