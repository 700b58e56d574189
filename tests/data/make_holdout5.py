"""Seeded generator for holdout5.jsonl (independent synthetic corpus, ids r-001...)."""
import json, random, os
R = random.Random(20261126)

def mynum_cd(d11):
    w = [6,5,4,3,2,7,6,5,4,3,2]
    r = sum(int(a)*b for a, b in zip(d11, w)) % 11
    return 0 if r <= 1 else 11 - r
def mynum_ok(s): return len(s) == 12 and mynum_cd(s[:11]) == int(s[11])
def rescode_ok(s):
    w = [5,4,3,2,7,6,5,4,3,2]
    r = sum(int(a)*b for a, b in zip(s[:10], w)) % 11
    return len(s) == 11 and (0 if r <= 1 else 11 - r) == int(s[10])
def dl_ok(s):
    w = [5,4,3,2,7,6,5,4,3,2]
    r = sum(int(a)*b for a, b in zip(s[:10], w)) % 11
    return len(s) == 12 and (0 if r <= 1 else 11 - r) % 10 == int(s[10])
def luhn_ok(s):
    t = 0
    for i, c in enumerate(reversed(s)):
        d = int(c)
        if i % 2: d = d*2 - 9 if d*2 > 9 else d*2
        t += d
    return t % 10 == 0
def digits(n): return "".join(str(R.randint(0, 9)) for _ in range(n))
def mynum():
    while True:
        b = str(R.randint(1, 9)) + digits(10)
        w = [6,5,4,3,2,7,6,5,4,3,2]
        if sum(int(a)*c for a, c in zip(b, w)) % 11 > 1:
            s = b + str(mynum_cd(b)); assert mynum_ok(s); return s
def rescode():
    while True:
        s = str(R.randint(1, 9)) + digits(9)
        w = [5,4,3,2,7,6,5,4,3,2]; r = sum(int(a)*b for a, b in zip(s, w)) % 11
        if r > 1: return s + str(11 - r)
def dl():
    while True:
        s = "45" + digits(8)
        w = [5,4,3,2,7,6,5,4,3,2]; r = sum(int(a)*b for a, b in zip(s, w)) % 11
        if r > 1 and 11 - r < 10: return s + str(11 - r) + "0"
def card(prefix, n):
    while True:
        s = prefix + digits(n - len(prefix) - 1)
        for c in "0123456789":
            if luhn_ok(s + c): return s + c
def bad12():
    while True:
        s = str(R.randint(1, 9)) + digits(11)
        if not mynum_ok(s) and not dl_ok(s) and not luhn_ok(s) and not rescode_ok(s[:11]): return s
def bad_n(n):
    while True:
        s = str(R.randint(1, 9)) + digits(n - 1)
        if not luhn_ok(s) and not (n == 12 and (mynum_ok(s) or dl_ok(s))) and not (n == 11 and rescode_ok(s)): return s
def fw(s): return s.translate(str.maketrans("0123456789-", "０１２３４５６７８９－"))

cases = []
def add(cat, text, expect, types=(), secrets=(), note=""):
    cases.append(dict(cat=cat, text=text, expect=expect, types=list(types), secrets=list(secrets), note=note))

# ---------- values ----------
MN1, MN2, MN3, MN4 = mynum(), mynum(), mynum(), mynum()
RC1 = rescode(); DL1 = dl()
VISA = card("4", 16); MC = card("53", 16); JCB = card("3541", 16)
def g4(s): return f"{s[:4]} {s[4:8]} {s[8:]}"
def h4(s): return f"{s[:4]}-{s[4:8]}-{s[8:12]}-{s[12:]}"
B12a, B12b, B16 = bad12(), bad12(), bad_n(16)
def isbn():
    while True:
        b = "9784" + digits(8)
        c = (10 - sum(int(x)*(1 if i % 2 == 0 else 3) for i, x in enumerate(b)) % 10) % 10
        s = b + str(c)
        if not luhn_ok(s): return f"{s[:3]}-{s[3]}-{s[4:7]}-{s[7:12]}-{s[12]}"
ISBN = isbn()

# ---------- names (block) ----------
add("names", "町内の「ふれあい健康体操」に10年間欠かさず参加している都丸 節子さんを、地区の広報紙で紹介したいです。温かみのある紹介文を200字で書いてください。", "block", ["PERSON"], ["都丸 節子"], "resident featured in a local newsletter")
add("names", "表彰式の司会原稿を作ってください。読み上げ順は、1番 星野悠真さん、2番 関口 陽菜さん、3番 狩野 蒼さんです。名前の読み間違いを防ぐため、ふりがなを付ける欄も入れてください。", "block", ["PERSON"], ["星野悠真", "関口 陽菜", "狩野 蒼"], "award ceremony script listing three private individuals")
add("names", "Please make this reply sound warmer: \"Dear Ms. Chihiro Kuwabara, we received your application for the community garden plot and will contact you after the lottery in March.\"", "block", ["PERSON"], ["Chihiro Kuwabara"], "English reply naming an applicant")
NEWS = ("自治会だより（第58号）の原稿です。読みやすく整えて、見出しを付けてください。\n\n"
"　秋も深まり、朝晩の冷え込みが厳しくなってきました。皆様いかがお過ごしでしょうか。今号では、先月行われた地区の秋祭りと、防災訓練の様子をお伝えします。\n"
"　10月12日（日）の秋祭りには、子どもから高齢の方まで約350人が参加しました。子ども神輿は、小学生28人が元気な掛け声とともに地区内を練り歩き、沿道の皆様から大きな拍手をいただきました。神輿の担ぎ手の指導は、毎年お世話になっている栗原 康弘さんが今年も引き受けてくださいました。栗原さんは「子どもたちの声を聞くと、こちらまで元気になる」と笑顔で話していました。\n"
"　模擬店では、婦人部の皆様による焼きそばとけんちん汁が大人気で、昼過ぎには完売となりました。材料の仕込みは前日の夜から行われ、婦人部長の生方 和子さんを中心に12人が準備にあたりました。\n"
"　11月3日（月・祝）の防災訓練には、82世帯が参加しました。今年は初めて、避難所となる公民館での段ボールベッドの組み立てと、間仕切りの設置を体験しました。消防団の皆様からは、消火器の使い方と、心肺蘇生・AEDの使い方を教えていただきました。参加者からは「実際にやってみると思ったより難しかった」「家族とも避難先を話し合っておきたい」といった声が聞かれました。\n"
"　訓練の最後には、地区の防災リーダーを長年務めてこられた小暮 勝さんから、「災害のときに頼りになるのは、ふだんからのご近所づきあいです」とのお話がありました。\n"
"　今後の予定\n"
"　・12月7日（日）　歳末の夜警（午後7時から　各班2名の参加をお願いします）\n"
"　・1月11日（日）　どんど焼き（午前9時から　地区の広場にて）\n"
"　・2月中旬　　　　自治会役員の選考（詳細は回覧でお知らせします）\n"
"　ごみ集積所の清掃当番表を、回覧板と一緒にお届けします。ご協力をお願いします。また、集積所へのごみ出しは、収集日の朝8時30分までにお願いします。前日の夜に出されたごみをカラスが散らかす被害が続いています。\n"
"　回覧板は、できるだけ早く次のお宅に回していただくよう、あわせてお願いいたします。")
add("names", NEWS, "block", ["PERSON"], ["栗原 康弘", "生方 和子", "小暮 勝"], "long: neighbourhood-association newsletter naming residents")

# ---------- id_numbers (block) ----------
add("id_numbers", f"扶養控除等申告書に書く長男 須藤 大輝の個人番号は {g4(MN1)} です。記入例を見せながら、書き方の注意点を教えてください。", "block", ["JP_MY_NUMBER", "PERSON"], ["須藤 大輝", g4(MN1)], "My Number 4-4-4 with spaces and family member name")
add("id_numbers", f"窓口で受け付けた申請書に個人番号「{fw(MN2[:4]+'-'+MN2[4:8]+'-'+MN2[8:])}」と書かれていました。番号の記載ミスを確認する方法を教えてください。", "block", ["JP_MY_NUMBER"], [fw(MN2[:4]+'-'+MN2[4:8]+'-'+MN2[8:])], "full-width My Number with full-width hyphens, no name")
add("id_numbers", f"転出証明書に住民票コード {RC1} が記載されている茂木 由紀さんについて、転入先の自治体に連絡する文書の例を作ってください。", "block", ["JP_RESIDENT_CODE", "PERSON"], ["茂木 由紀", RC1], "resident code with name")
add("id_numbers", f"来庁者の本人確認で、運転免許証番号 第{DL1}号（角田 聡さん）を控えました。記録簿の様式を整えてください。", "block", ["JP_DRIVER_LICENSE", "PERSON"], ["角田 聡", DL1], "driving licence number in an identity-check log")
add("id_numbers", "旅券番号 TR4827615 の Nguyen Van Long さんが、国民年金の脱退一時金について相談に来ました。必要書類の説明をやさしい日本語で書いてください。", "block", ["JP_PASSPORT", "PERSON"], ["TR4827615", "Nguyen Van Long"], "passport number with foreign name")
add("id_numbers", "在留カード番号 AB73018264EF の Maria Santos Oliveira さんの住所変更届について、届出期限と必要書類を教えてください。", "block", ["JP_RESIDENCE_CARD", "PERSON"], ["AB73018264EF", "Maria Santos Oliveira"], "residence card number with name")
add("id_numbers", "今井 恵美さん（基礎年金番号 4186-573902、介護保険被保険者番号 0004817263）から、保険料の減免について問い合わせがありました。回答文を作ってください。", "block", ["JP_PENSION_NUMBER", "JP_HEALTH_INSURANCE", "PERSON"], ["今井 恵美", "4186-573902", "0004817263"], "pension and long-term-care insurance numbers with name")
CSV = ("ふるさと納税の返礼品発送管理で使っている表です。重複登録を見つける関数と、発送状況ごとに件数を数える方法を教えてください。また、列の並びを見やすく変える提案もお願いします。\n\n"
"受付番号,寄附者氏名,個人番号,寄附額,返礼品,発送状況\n"
f"R8-0412,新井 千尋,{MN3},30000,赤城牛すき焼き用,発送済\n"
f"R8-0413,宮下 昌平,{MN4},10000,焼きまんじゅうセット,未発送\n"
"R8-0414,（法人）,-,500000,なし,対象外\n"
f"R8-0415,新井 千尋,{MN3},30000,赤城牛すき焼き用,重複の疑い\n\n"
"なお、寄附額の合計を月別に出したいのですが、受付日の列がないため、受付番号の連番から月を推定しています。受付番号は年度ごとに0001から振り直しています。4月から3月までの月ごとの件数は、だいたい次のとおりです。4月18件、5月22件、6月31件、7月40件、8月55件、9月47件、10月60件、11月88件、12月240件、1月35件、2月20件、3月19件。12月に集中するため、発送作業が年明けまでずれ込むことが多く、寄附者からの問い合わせも増えます。\n"
"今後は、受付日の列を追加し、発送予定日と発送完了日も管理したいと考えています。返礼品の事業者ごとに、発送までの日数の平均を出す方法も知りたいです。事業者は現在14社で、品目は合わせて63品目あります。品目ごとの人気ランキングを作る方法と、在庫切れの品目を目立たせる条件付き書式の設定もあわせて教えてください。\n"
"さらに、ワンストップ特例の申請書が届いているかどうかを管理する列も追加したいと考えています。申請書が届いた寄附者には「受理済」、届いていない寄附者には「未着」と表示し、1月10日の締切が近づいたら色を変えるようにしたいです。未着の寄附者に送る催促のお知らせの文面も、あわせて作っていただけると助かります。")
add("id_numbers", CSV, "block", ["JP_MY_NUMBER", "PERSON"], ["新井 千尋", "宮下 昌平", MN3, MN4], "long: furusato-nozei table with My Number column and donor names")

# ---------- case_records (block) ----------
add("case_records", "家庭訪問の記録を、次回の支援会議用に要点だけまとめてください。\n対象：吉野 菜々子（平成30年6月2日生）\n住所：前橋市紅雲町一丁目17番5号\n母の携帯：090-4178-2935\n所見：室内にごみが散乱、食事は菓子パンのみとのこと。", "block", ["PERSON", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER"], ["吉野 菜々子", "平成30年6月2日", "一丁目17番5号", "090-4178-2935"], "home-visit record of a child: name, DOB, address, mother's mobile")
add("case_records", "窓口対応の記録を、課内の引継ぎ用の文章に直してください。「細谷 健太様（S52.11.30生、連絡先 027-253-8164）が、国民健康保険税の納付書が届かないと来庁。住所変更の届出が郵便局に出ていなかったことが原因と説明し、その場で再発行した。」", "block", ["PERSON", "DATE_OF_BIRTH", "PHONE_NUMBER"], ["細谷 健太", "S52.11.30", "027-253-8164"], "counter record: name, short era DOB, landline")
add("case_records", "Summarize this consultation memo in plain English for the interpreter:\n来所者：Ana Paula Yoshida（ブラジル国籍）\n電話：080-2746-5813\n相談：夫からの暴力で子どもと一緒に家を出たい。住まいと生活費について相談したい。", "block", ["PERSON", "PHONE_NUMBER", "SENSITIVE_PERSONAL_INFO"], ["Ana Paula Yoshida", "080-2746-5813"], "DV consultation memo with foreign name and mobile")
add("case_records", "苦情電話の記録です。おわびの手紙の文案を作ってください。\n申出者：戸塚 美咲 様　前橋市広瀬町3-14-9 グリーンハイツ広瀬 203号\n内容：ごみ収集車が毎週のように自宅前の植木鉢を倒していく。2回電話したが改善されない。", "block", ["PERSON", "JP_ADDRESS"], ["戸塚 美咲", "3-14-9"], "complaint record with hyphenated address and building/room")
add("case_records", "ケース会議の記録を、関係機関に送る照会文にまとめてください。\n対象者：石関 勝（70代男性）\n連絡先：ishizeki.m1953@gmail.com\n状況：認知症の疑いがあり、同じ商品を何度も購入している。通帳の管理ができていない。", "block", ["PERSON", "EMAIL_ADDRESS", "SENSITIVE_PERSONAL_INFO"], ["石関 勝", "ishizeki.m1953@gmail.com"], "case-conference memo: suspected dementia, name, e-mail")
CASE1 = ("就学援助の申請にかかる面談記録です。教育委員会への報告用に、事実関係を時系列で整理してください。\n\n"
"■面談記録（学務課）\n"
"面談日：令和8年6月9日（火）10:30〜11:20\n"
"申請者：原田 由紀（母）\n"
"児童：原田 翔（小学3年、平成29年1月15日生）\n"
"住所：前橋市上泉町1245番地の3 コーポ上泉 102号\n"
"電話：070-3382-6107\n"
"世帯の状況：\n"
"・令和7年11月に夫と別居。現在は離婚調停中で、夫からの養育費は支払われていない。\n"
"・母はスーパーでパート勤務（週4日、1日6時間）。月収は手取りで約10万円。\n"
"・児童の祖母（母方）が近くに住んでおり、放課後は祖母宅で過ごしている。\n"
"・母は昨年から腰痛がひどく、勤務日数を増やすことが難しいと話している。\n"
"申請内容：\n"
"・学用品費、校外活動費、給食費、修学旅行費の援助を希望。\n"
"・前年の所得証明は夫の収入と合算されているため、基準を超えてしまう。別居後の収入で判定してもらえないかとの相談。\n"
"対応：\n"
"・別居中で生計を別にしている場合は、申立書と調停の期日通知書の写しを添付することで、母と児童の世帯として判定できる場合があることを説明した。\n"
"・必要書類の一覧を渡し、6月30日までに提出するよう依頼した。\n"
"・児童の学校には、申請中であることを校長経由で伝え、修学旅行の積立金の引き落とし時期について配慮を依頼することで了承を得た。\n"
"備考：\n"
"・母は面談中に何度か涙ぐむ場面があった。精神的な負担が大きいと思われるため、子ども家庭相談の窓口も案内した。\n"
"・児童は学校では明るく過ごしているとのこと（担任からの情報）。\n"
"・次回は書類の提出時に再度面談を行い、生活の状況を確認する。\n"
"・給食費は4月分から未納となっているが、学校からの督促は保留してもらっている。援助が決定した場合は、さかのぼって充当できるかを学校給食課に確認する。\n"
"報告書では、援助の判定に必要な事項と、今後の支援の見通しを分けて書いてください。")
add("case_records", CASE1, "block", ["PERSON", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER"], ["原田 由紀", "原田 翔", "平成29年1月15日", "1245番地の3", "070-3382-6107"], "long: school-aid interview record with child DOB, address, phone")
CASE2 = ("生活支援の相談記録です。支援調整会議の資料として、課題ごとに整理し直してください。\n\n"
"相談受付票（生活支援課）\n"
"受付日：令和8年8月21日\n"
"相談者：桑原 康弘（昭和48年4月8日生、52歳）\n"
"住所：前橋市文京町四丁目8番21号\n"
"連絡先：090-8852-3146\n"
"主訴：勤めていた運送会社を体調不良で退職し、収入がなくなった。家賃を2か月滞納しており、大家から退去を求められている。\n"
"生活歴：\n"
"・高校卒業後、市内の運送会社で約30年間ドライバーとして勤務。\n"
"・令和7年秋ごろから糖尿病の合併症で視力が低下し、運転業務ができなくなった。\n"
"・令和8年5月に退職。退職金は約80万円だったが、借金の返済と生活費でほぼ使い切った。\n"
"・妻とは10年前に離婚。子どもはいない。兄が県外にいるが、長年連絡を取っていない。\n"
"・消費者金融2社から合計約150万円の借入れがある。\n"
"本人の希望：\n"
"・住む場所を失いたくない。体調に合った仕事があれば働きたい。\n"
"・生活保護には抵抗があるが、どうしようもなければ相談したい。\n"
"対応：\n"
"・住居確保給付金の要件を説明し、申請書類を渡した。\n"
"・借金については法テラスの無料相談を案内した。\n"
"・通院を中断しているため、まずは受診を勧めた。医療費の支払いが難しい場合の制度についても説明した。\n"
"・就労準備支援事業への参加について、体調が落ち着いてから改めて検討することとした。\n"
"今後の予定：\n"
"・9月1日に再度来所し、住居確保給付金の申請を行う。当日は家賃の契約書と、離職を証明する書類を持参してもらう。\n"
"・大家への連絡は本人の了承を得て支援員から行う。\n"
"・本人は「役所に迷惑をかけたくない」と繰り返し話しており、支援を受けることへの遠慮が強い。説明の際は、制度を使うことは当然の権利であることを丁寧に伝える必要がある。\n"
"会議資料では、住まい、収入、健康、債務の4つの課題に分け、それぞれの支援策と担当機関を表にしてください。")
add("case_records", CASE2, "block", ["PERSON", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER", "SENSITIVE_PERSONAL_INFO"], ["桑原 康弘", "昭和48年4月8日", "四丁目8番21号", "090-8852-3146"], "long: livelihood consultation with illness, debt, rent arrears")

# ---------- contact_info (block) ----------
add("contact_info", "地域のお祭りの出店者に送るお礼のメールを作ってください。宛先は出店者代表の松本 紗希さん（saki.matsumoto.craft@outlook.jp）です。", "block", ["PERSON", "EMAIL_ADDRESS"], ["松本 紗希", "saki.matsumoto.craft@outlook.jp"], "private stall-holder name and e-mail")
add("contact_info", "留守番電話に「050-3817-4625 まで折り返しください」と残した市民に、折り返しの電話をかけるときの最初の一言を考えてください。", "block", ["PHONE_NUMBER"], ["050-3817-4625"], "resident's IP phone number, no name")
add("contact_info", "会議室の鍵の受け渡しについて、次の方に送るショートメールを作ってください。\n宛先：阿久津 昌平　＋８１ ９０ ６２１４ ３０７８", "block", ["PERSON", "PHONE_NUMBER"], ["阿久津 昌平", "＋８１ ９０ ６２１４ ３０７８"], "name and full-width +81 phone")
add("contact_info", "年賀状の宛名データをCSVにしたいです。列の分け方を教えてください。\n〒371-0035 前橋市岩神町2丁目6番18号 高橋 和子\n〒379-2147 前橋市亀里町1180番地 井上 悠真", "block", ["PERSON", "JP_ADDRESS"], ["高橋 和子", "2丁目6番18号", "井上 悠真", "1180番地"], "address list with names")
add("contact_info", "PTA連絡網の一部です。電話番号の表記をそろえてください。\n1班 班長 富澤 陽菜 0272-31-5948\n2班 班長 星野 蒼 (080) 7264-1359", "block", ["PERSON", "PHONE_NUMBER"], ["富澤 陽菜", "0272-31-5948", "星野 蒼", "(080) 7264-1359"], "PTA contact tree: odd phone formats")
CONTACT = ("市民向け出前講座の講師派遣について、講師との打合せ内容をまとめた文書です。依頼先の団体に送る案内文に直してください。\n\n"
"出前講座「家庭でできる食品ロス削減」実施概要\n"
"1　依頼団体　　桃ノ木川沿い地区 シニアクラブ\n"
"2　日時　　　　令和8年11月18日（水）午前10時から11時30分まで\n"
"3　会場　　　　地区公民館 2階 和室\n"
"4　参加予定　　約30名（70代〜80代が中心）\n"
"5　内容\n"
"　（1）食品ロスの現状（前橋市の家庭ごみに含まれる食品の割合など）\n"
"　（2）買い物・保存・調理の工夫\n"
"　（3）余った食材を使ったアレンジ料理の紹介（試食はなし）\n"
"　（4）質疑応答\n"
"6　講師\n"
"　市の登録講師で、消費生活アドバイザーの資格を持つ方にお願いしました。講師は、市内で料理教室を主宰しており、高齢者向けの講座の経験も豊富です。当日の資料は講師が準備し、市で人数分を印刷します。\n"
"7　準備していただくもの\n"
"　・プロジェクターとスクリーン（公民館の備品を使用）\n"
"　・長机（講師用1台、資料配布用1台）\n"
"　・参加者名簿（当日の受付用。市への提出は不要です）\n"
"8　その他\n"
"　・講師料は市が負担します。団体の負担はありません。\n"
"　・当日、市の担当職員1名が同行し、アンケートを配布します。\n"
"　・雨天の場合も実施します。中止の場合は、前日の午後5時までに講師へ直接ご連絡ください。\n"
"　・講座の様子を写真に撮り、市のホームページで紹介させていただくことがあります。写りたくない方には、受付で名札に印を付けていただきます。\n"
"　・講座のあと、講師が持参する保存容器やエコバッグの見本を自由に見ていただけます。\n"
"　・参加者から、冷蔵庫の整理のしかたについての質問が多いと予想されるため、講師にあらかじめ伝えてあります。\n"
"講師の連絡先（当日の緊急連絡用）\n"
"　関口 美咲（料理研究家）\n"
"　携帯：080-4593-2718\n"
"　メール：misaki.kitchen.sekiguchi@gmail.com")
add("contact_info", CONTACT, "block", ["PERSON", "PHONE_NUMBER", "EMAIL_ADDRESS"], ["関口 美咲", "080-4593-2718", "misaki.kitchen.sekiguchi@gmail.com"], "long: outreach lecture notice ending with private lecturer's mobile and e-mail")

# ---------- credentials (block) ----------
add("credentials", "会議用タブレットの設定手順書を読みやすくしてください。「Wi-Fiは SSID: mbs-kaigi-2F、パスワード: Qw7#kLp2vR9z を入力します。」", "block", ["CREDENTIAL"], ["Qw7#kLp2vR9z"], "Wi-Fi password in a procedure")
add("credentials", "GitHub Actions が失敗します。workflow の env に書いたトークンは正しいはずです。\nenv:\n  GH_TOKEN: ghp_7Rk2mQ9xLw4TzB8vN3cY6pJ1sD5fH0aE2uGi", "block", ["CREDENTIAL"], ["ghp_7Rk2mQ9xLw4TzB8vN3cY6pJ1sD5fH0aE2uGi"], "GitHub personal access token")
add("credentials", "Pythonからデータベースにつながりません。接続文字列は postgresql://gis_admin:Haruna-2026!db@10.20.31.40:5432/toshikeikaku です。何が悪いでしょうか。", "block", ["CREDENTIAL", "INTERNAL_NETWORK"], ["Haruna-2026!db", "10.20.31.40"], "DB URL with password and private IP")
add("credentials", "Slack のボットが動きません。xoxb-4827163950-7391625048-Kq8Zr2LmT5vWx9NcYb3Hd6Jf を設定したのに、invalid_auth と返ってきます。", "block", ["CREDENTIAL"], ["xoxb-4827163950-7391625048-Kq8Zr2LmT5vWx9NcYb3Hd6Jf"], "Slack bot token")
CONF = ("施設予約システムの移行作業で使う設定ファイルです。YAMLの書き方に誤りがないか確認して、コメントを日本語で付けてください。\n\n"
"# reservation-app settings\n"
"app:\n"
"  name: shisetsu-yoyaku\n"
"  timezone: Asia/Tokyo\n"
"  locale: ja_JP\n"
"  session_timeout_minutes: 30\n"
"  max_reservations_per_user: 5\n"
"  cancel_deadline_days: 3\n"
"mail:\n"
"  smtp_port: 587\n"
"  use_tls: true\n"
"  from: no-reply@example.jp\n"
"  smtp_user: yoyaku-mailer\n"
"  smtp_password: \"Zt4!mW8q#Lp6Rv2x\"\n"
"payment:\n"
"  provider: sandbox-pay\n"
"  api_key: \"pk_live_9fK3mX7qT2vL8wR4nB6cY1zH5dJ0sG\"\n"
"  currency: JPY\n"
"facilities:\n"
"  - id: gym-main\n"
"    name: 総合体育館 メインアリーナ\n"
"    open: \"09:00\"\n"
"    close: \"21:00\"\n"
"    unit_minutes: 60\n"
"  - id: hall-small\n"
"    name: 市民文化会館 小ホール\n"
"    open: \"09:00\"\n"
"    close: \"22:00\"\n"
"    unit_minutes: 120\n"
"  - id: field-a\n"
"    name: 運動公園 多目的広場A\n"
"    open: \"06:00\"\n"
"    close: \"19:00\"\n"
"    unit_minutes: 120\n"
"logging:\n"
"  level: info\n"
"  rotate_days: 90\n\n"
"移行後は、利用者が予約をキャンセルしたときに、キャンセル待ちの人へ自動でメールを送る機能を追加したいと考えています。その場合に必要になる設定項目も提案してください。また、施設ごとに休館日を設定する項目がないので、年末年始と毎月第3月曜日を休館日にする書き方も教えてください。")
add("credentials", CONF, "block", ["CREDENTIAL"], ["Zt4!mW8q#Lp6Rv2x", "pk_live_9fK3mX7qT2vL8wR4nB6cY1zH5dJ0sG"], "long: YAML config with SMTP password and payment API key")

# ---------- sensitive_personal (block) ----------
add("sensitive_personal", "市営住宅の家賃を1年以上滞納している新井 勝さんに、分納の相談を呼びかける手紙を作ってください。きつい印象にならないようにお願いします。", "block", ["PERSON", "SENSITIVE_PERSONAL_INFO"], ["新井 勝"], "rent arrears of a named tenant")
add("sensitive_personal", "うちの係の宮下 千尋さんがうつ病で3か月休職しています。復職の面談で上司としてどんな声かけをすればよいか教えてください。", "block", ["PERSON", "SENSITIVE_PERSONAL_INFO"], ["宮下 千尋"], "colleague's mental illness")
add("sensitive_personal", "身体障害者手帳1級の茂木 健太さん（人工透析中）から、災害時の避難支援について相談がありました。個別避難計画の記入例を作ってください。", "block", ["PERSON", "SENSITIVE_PERSONAL_INFO"], ["茂木 健太"], "disability and dialysis of a named resident")
add("sensitive_personal", "過去に窃盗で執行猶予付きの判決を受けた吉野 聡さんが、市の臨時職員に応募してきました。採用の判断で考慮してよい点を教えてください。", "block", ["PERSON", "SENSITIVE_PERSONAL_INFO"], ["吉野 聡"], "criminal record of a named applicant")

# ---------- confidential_marking (block) ----------
add("confidential_marking", "【極秘】市長の次期市長選への対応方針（メモ）\n・後援会への説明は来月以降\nこのメモを3行に要約してください。", "block", ["CONFIDENTIAL_MARKING"], [], "【極秘】 marking")
add("confidential_marking", "庁内限り\n窓口職員の応対に関する市民アンケート（速報）\n満足 61％、やや満足 22％、不満 17％\nこの速報に付ける短いコメントを作ってください。", "block", ["CONFIDENTIAL_MARKING"], [], "庁内限り header")
add("confidential_marking", "（非公開資料）第2回 公共交通再編検討会議 資料3「路線バス4系統の廃止候補について」――この資料のポイントを箇条書きで5つにまとめてください。", "block", ["CONFIDENTIAL_MARKING"], [], "非公開資料 marking")
SECRET_LONG = ("取扱注意\n"
"令和9年度 組織機構の見直しについて（検討案）\n\n"
"1　見直しの趣旨\n"
"　人口減少と職員数の減少が見込まれる中で、市民サービスの水準を維持しながら、限られた人員で効率的に業務を行う体制を整える必要がある。また、デジタル化の進展や、子ども・子育て施策の強化など、新たな行政需要にも的確に対応しなければならない。\n"
"2　主な見直し内容（案）\n"
"　（1）こども未来部の新設\n"
"　　福祉部の子育て支援課、こども家庭相談課と、教育委員会の幼児教育担当を統合し、妊娠期から青年期までの支援を一体的に担う部を新設する。\n"
"　（2）デジタル推進室の部への格上げ\n"
"　　現在の総務部デジタル推進室を「デジタル戦略部」とし、情報政策課と行政改革担当を移管する。\n"
"　（3）出張所の統合\n"
"　　市内9か所の出張所のうち、利用件数の少ない3か所を近隣の出張所に統合する。統合後は、コンビニ交付とオンライン申請の利用促進に力を入れる。\n"
"　（4）課の統廃合\n"
"　　業務が類似している課を統合し、全体で4課を削減する。\n"
"3　職員配置への影響\n"
"　新設する部の部長級ポストは、現在の部長級の定数の範囲内で対応する。出張所の統合により生じる職員は、こども未来部とデジタル戦略部に重点的に配置する。\n"
"4　スケジュール（案）\n"
"　・11月　庁議で基本方針を決定\n"
"　・12月　議会（総務常任委員会）へ説明\n"
"　・2月　組織条例の改正案を議会に提出\n"
"　・4月　新組織で業務開始\n"
"5　留意事項\n"
"　出張所の統合は地元の反発が予想されるため、対象の3か所は庁議決定まで公表しない。関係する地区の自治会長への説明の時期と方法は、市民部で別途検討する。\n\n"
"6　想定される課題\n　新しい部の庁舎内での配置や、システムの権限設定の変更に時間がかかる。年度末の繁忙期と重なるため、移行作業の体制を早めに固める必要がある。\n"
"この検討案を、庁議で説明するための1枚もののスライドの構成に直してください。見直しの効果が伝わるよう、見出しの表現も工夫してください。")
add("confidential_marking", SECRET_LONG, "block", ["CONFIDENTIAL_MARKING"], [], "long: 取扱注意 reorganisation plan")

# ---------- internal_network (block) ----------
add("internal_network", "複合機のスキャン送信先を \\\\fs-somu01.city.maebashi.lan\\scan に設定したのに届きません。確認すべき点を教えてください。", "block", ["INTERNAL_NETWORK"], ["fs-somu01.city.maebashi.lan"], "internal UNC host name")
add("internal_network", "庁内ポータル http://172.24.8.15:8080/portal/ が急に表示されなくなりました。職員向けに「一時的に使えません」という掲示文を作ってください。", "block", ["INTERNAL_NETWORK"], ["172.24.8.15"], "172.16/12 private address with port")
NET = ("ネットワーク機器の更新計画について、課内説明用の資料を作っています。次のメモを表にまとめ、更新の優先順位を付けてください。\n\n"
"■現状の機器一覧（情報政策課作成メモ）\n"
"・コアスイッチ（本庁舎サーバ室）　管理IP 10.1.0.1　導入平成30年　保守期限 令和9年3月\n"
"・フロアスイッチ（本庁舎2階〜8階、計7台）　管理IP 10.1.2.1〜10.1.8.1　導入平成30年\n"
"・ファイアウォール（インターネット接続系）　導入令和2年　保守期限 令和10年3月\n"
"・無線LANコントローラ　管理画面 https://wlc01.maebashi.local/　導入令和3年\n"
"・出張所用ルータ（9台）　導入平成28年　一部でファームウェアの更新が止まっている\n"
"■課題\n"
"・コアスイッチの保守期限が近い。更新には約2,800万円かかる見込み。\n"
"・出張所用ルータはメーカーのサポートが終了しており、脆弱性の修正が提供されない。\n"
"・無線LANは会議室でつながりにくいとの苦情が多い（月5件程度）。アクセスポイントの増設が必要。\n"
"・フロアスイッチは、コアスイッチと同時に更新すると工事が1回で済むが、予算が一度に集中する。\n"
"■予算の見通し\n"
"・来年度の情報システム関係の予算要求枠は、今年度と同程度になる見込み。\n"
"・国の補助金（自治体情報セキュリティ対策）を活用できる可能性がある。\n"
"■その他\n"
"・更新工事は、業務への影響を避けるため、土日か年末年始に行う必要がある。\n"
"・機器の選定は、一般競争入札で行う予定。仕様書の作成に2か月程度かかる。\n"
"・工事の際は、各課のプリンタや複合機の設定変更も必要になるため、事前に周知する。\n\n"
"・更新後の機器の監視は、現在と同じく保守業者に委託する予定だが、障害の通知先を職員の当番表と連動させたい。\n・過去3年間の障害は、出張所用ルータの停止が4件、無線LANの不具合が6件で、いずれも半日以内に復旧している。\n資料は部長への説明にも使うため、専門用語にはかんたんな説明を添えてください。")
add("internal_network", NET, "block", ["INTERNAL_NETWORK"], ["10.1.0.1", "wlc01.maebashi.local"], "long: network equipment memo with 10.x and .local host")

# ---------- financial (block) ----------
add("financial", f"電話で「カード番号 {h4(VISA)}、有効期限 08/29 で支払いたい」と言われました。電話でカード番号を聞いてはいけない理由を、丁寧に説明する言い方を教えてください。", "block", ["CREDIT_CARD"], [h4(VISA)], "Visa number with hyphens")
add("financial", f"施設使用料の返金について、JCBカード（{JCB}）の決済を取り消す手順を確認したいです。決済代行会社への問い合わせ文を作ってください。", "block", ["CREDIT_CARD"], [JCB], "JCB number unseparated")
add("financial", "補助金の振込先の確認メールを作ってください。振込先：群馬銀行 駒形支店 普通 3081746 名義 フジサワ エミ", "block", ["JP_BANK_ACCOUNT", "PERSON"], ["3081746", "フジサワ エミ"], "bank account with katakana holder name")

# ---------- allow side ----------
add("drafting", "公民館で開く「スマホ教室」の参加者募集の文章を、高齢の方にも読みやすい言葉で200字程度にまとめてください。", "allow", note="recruitment notice")
add("drafting", "異動のあいさつメールを、前の職場の皆さん向けに作ってください。お世話になったお礼と、新しい職場でも頑張るという内容で。", "allow", note="farewell e-mail")
add("drafting", "住民説明会の案内状のひな形を作ってください。会場・日時・担当者名は「＿＿＿」の空欄にしてください。", "allow", note="template with blanks")
add("drafting", "雪の日の路面凍結に注意を呼びかける、防災行政無線の放送文（30秒程度）を作ってください。", "allow", note="broadcast text")
add("drafting", "市役所ロビーでの写真展「まえばしの四季」の開催告知文を、SNS向けに3パターン作ってください。", "allow", note="SNS copy")
add("drafting", "会議の議事録を作るときの基本的なルール（発言の要約のしかた、敬語の扱い、数字の書き方）を、新人向けにまとめてください。", "allow", note="minutes-writing rules")
DRAFT1 = ("市のホームページに載せる「空き家の適正管理のお願い」の原稿です。内容は変えずに、表現を読みやすく直し、見出しを付けてください。\n\n"
"　空き家を適切に管理しましょう\n"
"　人が住まなくなった家は、風通しが悪くなることなどにより、急速に傷みが進みます。屋根瓦の落下や外壁の崩れ、草木の繁茂、害虫の発生、不審者の侵入や放火など、周辺にお住まいの方の生活環境に悪い影響を与えるおそれがあります。\n"
"　空き家の所有者や管理者には、周辺に迷惑をかけないよう、適切に管理する責任があります（空家等対策の推進に関する特別措置法第5条）。遠方にお住まいで、ご自身で管理することが難しい場合は、親族やご近所の方、管理を請け負う事業者などに依頼することも検討してください。\n"
"　管理のポイント\n"
"　・定期的に窓を開けて換気をし、雨漏りや設備の傷みがないかを確認しましょう。\n"
"　・庭の草刈りや、道路や隣地にはみ出した枝の剪定を行いましょう。\n"
"　・郵便受けにチラシなどがたまらないようにしましょう。空き家であることが分かると、不審者の侵入のきっかけになります。\n"
"　・台風や大雪の前後には、屋根や外壁、塀などに異常がないかを確認しましょう。\n"
"　空き家の活用を考えてみませんか\n"
"　市では、空き家の売却や賃貸を希望する所有者と、空き家を利用したい方をつなぐ「空き家バンク」を運営しています。登録は無料です。また、空き家バンクに登録した物件の改修や家財の処分にかかる費用の一部を補助する制度もあります。\n"
"　相続した家をどうすればよいか分からない、という方のために、司法書士や宅地建物取引士による無料の相談会を年4回開催しています。日程は市報とホームページでお知らせします。\n"
"　管理が不十分な空き家について\n"
"　周辺に危険を及ぼすおそれのある空き家については、法律に基づき、所有者に助言や指導を行います。改善されない場合は、勧告の対象となり、固定資産税の住宅用地の特例が受けられなくなることがあります。\n"
"　空き家の問題は、所有者だけでなく、地域全体の問題です。ご近所の空き家で気になることがあれば、建築指導課までご相談ください。")
add("drafting", DRAFT1, "allow", note="long: public web page on vacant houses")
DRAFT2 = ("職員研修「クレーム対応の基本」の振り返りシートを作りたいです。次の講義メモをもとに、受講者が自分で記入する形式のワークシート（設問5問程度）にしてください。\n\n"
"講義メモ\n"
"1　クレームは「期待の裏返し」\n"
"　市民からの苦情の多くは、市役所への期待があるからこそ寄せられるもの。苦情の中には、業務改善のヒントが含まれていることが多い。まずは「ご意見をいただいた」という姿勢で受け止める。\n"
"2　初期対応の3つのポイント\n"
"　（1）最後まで話を聞く：途中で説明や反論をしない。相づちを打ち、要点をメモする。\n"
"　（2）気持ちに対してお詫びする：「ご不便をおかけして申し訳ありません」など、相手が不快な思いをしたことに対してお詫びする。事実関係が分からない段階で、非を全面的に認めることは避ける。\n"
"　（3）事実を確認する：いつ、どこで、何があったのかを整理し、相手に確認しながら聞き取る。\n"
"3　説明のしかた\n"
"　・結論を先に伝え、理由はそのあとに簡潔に。\n"
"　・専門用語や法令の条文をそのまま使わない。\n"
"　・できないことは「できません」とはっきり伝えたうえで、代わりにできることを提案する。\n"
"4　長時間化・エスカレートしたとき\n"
"　・一人で抱え込まず、上司や同僚に応援を求める。\n"
"　・対応の時間や回数の目安を組織で決めておく。\n"
"　・威圧的な言動や暴言があった場合は、複数の職員で対応し、記録を残す。\n"
"5　記録と共有\n"
"　・対応の経過は、当日中に記録し、課内で共有する。\n"
"　・同じような苦情が続く場合は、業務の手順や案内の方法を見直すきっかけにする。\n"
"6　職員自身のケア\n"
"　・厳しい言葉を受けたあとは、同僚と話すなどして、気持ちを切り替える時間をつくる。\n"
"　・つらさが続くときは、職員相談窓口や産業医に相談する。\n"
"7　講師からのひと言\n　・完璧な対応を目指すより、誠実に向き合う姿勢が大切。迷ったら一人で決めず、組織として対応することを忘れない。\n"
"ワークシートには、講義を聞いて自分の対応を振り返る設問と、職場で取り組みたいことを書く欄を入れてください。")
add("drafting", DRAFT2, "allow", note="long: training worksheet from lecture notes")

add("excel_formulas", "=TEXT(A2,\"ggge年m月d日\") で和暦にしたら「令和8年」になりました。「令和８年」のように数字を全角にする方法はありますか。", "allow", note="TEXT with era format")
add("excel_formulas", "=IFERROR(INDEX(D:D,MATCH(1,(A:A=F2)*(B:B=G2),0)),\"該当なし\") がスピルしないように書くにはどうすればいいですか。", "allow", note="INDEX/MATCH with two conditions")
add("excel_formulas", "セルに入っている「前橋市○○町」から、町名だけを取り出す関数を教えてください。TEXTAFTER が使える場合と使えない場合の両方で。", "allow", note="extract town name")
add("excel_formulas", f"備品の管理コード（例：{B12a}）を4桁ずつハイフンで区切って表示したいです。書式設定でできますか、それとも関数が必要ですか。", "allow", note="12-digit asset code failing My Number/DL/Luhn")
add("excel_formulas", "=SUMIFS(E:E,C:C,\">=\"&H1,C:C,\"<=\"&H2) で期間の合計を出しています。H1とH2が空欄のときは全期間の合計にしたいです。", "allow", note="SUMIFS with optional dates")
add("excel_formulas", "条件付き書式で、今日から7日以内に期限が来る行を黄色、期限切れの行を赤にしたいです。数式の書き方を教えてください。", "allow", note="conditional formatting by due date")
XL = ("月別の来庁者数の集計表です。前年同月比を出す列と、年度合計の行を追加したいです。また、グラフにするならどの種類がよいか提案してください。\n\n"
"月,本庁舎,北部出張所,南部出張所,東部出張所,西部出張所,合計\n"
"4月,18420,2310,1985,1742,2106,26563\n"
"5月,15380,2045,1760,1598,1877,22660\n"
"6月,14210,1890,1655,1470,1702,20927\n"
"7月,13950,1822,1610,1433,1688,20503\n"
"8月,12870,1705,1520,1368,1590,19053\n"
"9月,13440,1768,1574,1402,1631,19815\n"
"10月,14620,1930,1690,1511,1745,21496\n"
"11月,13980,1852,1633,1460,1699,20624\n"
"12月,13210,1744,1545,1389,1602,19490\n"
"1月,15870,2102,1840,1655,1921,23388\n"
"2月,16540,2196,1912,1723,1988,24359\n"
"3月,21350,2785,2430,2188,2507,31260\n\n"
"前年度の数値は別シート「R7」の同じ位置に入っています。前年同月比は「%」で小数点以下1桁まで表示したいです。出張所の来庁者数が年々減っているので、コンビニ交付の件数（別シート「コンビニ」）と並べて比較できるグラフも作りたいと考えています。\n"
"さらに、3月と4月は転入・転出の手続きで特に混雑するため、この2か月だけ日別の来庁者数も集計しています。日別のデータは別ファイルにあり、1日ごとに1行、午前と午後に分けて人数が入っています。曜日ごとの平均を出して、混雑する曜日と時間帯が一目で分かる表にしたいのですが、どのような関数を使えばよいでしょうか。\n"
"最終的には、この集計表を課内の会議資料に貼り付けます。印刷したときに1ページに収まるようにしたいので、列幅や文字の大きさの調整のコツも教えてください。また、毎月の数値を入力したら自動で合計とグラフが更新されるようにしたいので、テーブル機能を使うべきかどうかもあわせて教えてください。")
add("excel_formulas", XL, "allow", note="long: monthly visitor table, aggregated numbers only")

add("rules_questions", "個人情報保護法の「要配慮個人情報」に当たるものの例を、職員研修向けに一覧で説明してください。", "allow", note="general law question")
add("rules_questions", "地方自治法で定める「専決処分」とはどのような場合にできるのか、議会への報告の流れも含めて教えてください。", "allow", note="general law question")
add("rules_questions", "情報公開請求があったときに、開示・部分開示・不開示を判断する一般的な流れを教えてください。", "allow", note="FOI process in general")
add("rules_questions", "メールの誤送信を防ぐために、職場でできる対策（送信前の確認、添付ファイルの扱いなど）を一般論として挙げてください。", "allow", note="mis-send prevention")
RULES = ("公文書管理の研修資料の下書きです。内容は変えずに、新任職員にも分かりやすい言葉に直し、最後に理解度チェックの問題を3問付けてください。\n\n"
"1　公文書とは\n"
"　公文書とは、職員が職務上作成し、または取得した文書、図画及び電磁的記録であって、組織的に用いるものとして市が保有しているものをいいます。紙の文書だけでなく、電子メールや共有フォルダに保存したデータも含まれます。\n"
"2　なぜ公文書を適切に管理するのか\n"
"　公文書は、市の意思決定の過程や事務の実績を記録したものであり、市民の共有の財産です。適切に作成・保存することで、市民への説明責任を果たすことができます。また、後任者への引継ぎや、過去の経緯を確認する際にも欠かせません。\n"
"3　文書のライフサイクル\n"
"　（1）作成・取得：事案の経緯や意思決定の過程が分かるように文書を作成します。口頭で決めたことも、必要に応じて記録に残します。\n"
"　（2）整理・保存：文書分類表に従って分類し、保存期間を設定します。保存期間は、文書の重要度に応じて1年、3年、5年、10年、30年などに区分されています。\n"
"　（3）移管・廃棄：保存期間が満了した文書は、歴史的に重要なものを除き、廃棄します。廃棄する際は、個人情報が含まれていないかを確認し、適切な方法で処理します。\n"
"4　電子文書の注意点\n"
"　・個人のパソコンのデスクトップやダウンロードフォルダに保存したままにしない。\n"
"　・ファイル名には、日付と内容が分かる名前を付ける。\n"
"　・同じ文書の版が複数ある場合は、最終版が分かるようにする。\n"
"5　よくある誤り\n"
"　・保存期間が満了する前に、スペース確保のために廃棄してしまう。\n"
"　・異動の際に、引継ぎをせずにファイルを削除してしまう。\n"
"　・個人的なメモと考えて、決定の根拠となった資料を残さない。\n"
"6　困ったときは\n"
"　文書の分類や保存期間が分からないときは、各課の文書取扱主任か、総務課文書係に相談してください。")
add("rules_questions", RULES, "allow", note="long: records-management training text")

add("code", "PowerShellで、フォルダ内のCSVファイルを1つにまとめるスクリプトを書いてください。ヘッダー行は最初のファイルだけ残したいです。", "allow", note="PowerShell request")
add("code", "この Python の正規表現 r\"\\d{3}-\\d{4}\" だと、電話番号の一部にもマッチしてしまいます。郵便番号だけに限定する書き方を教えてください。", "allow", note="regex question")
CODE = ("Google Apps Script で、フォームの回答をもとにイベントの参加者数を集計するコードを書きました。動きはするのですが、回答が増えると遅くなります。高速化の方法と、コードの改善点を教えてください。\n\n"
"function countParticipants() {\n"
"  const ss = SpreadsheetApp.getActiveSpreadsheet();\n"
"  const sheet = ss.getSheetByName('フォームの回答 1');\n"
"  const out = ss.getSheetByName('集計');\n"
"  const lastRow = sheet.getLastRow();\n"
"  const counts = {};\n"
"  for (let i = 2; i <= lastRow; i++) {\n"
"    const event = sheet.getRange(i, 3).getValue();\n"
"    const num = sheet.getRange(i, 4).getValue();\n"
"    if (!event) continue;\n"
"    if (!counts[event]) counts[event] = 0;\n"
"    counts[event] += Number(num) || 0;\n"
"  }\n"
"  out.clearContents();\n"
"  out.getRange(1, 1).setValue('イベント名');\n"
"  out.getRange(1, 2).setValue('参加者数');\n"
"  let row = 2;\n"
"  for (const key in counts) {\n"
"    out.getRange(row, 1).setValue(key);\n"
"    out.getRange(row, 2).setValue(counts[key]);\n"
"    row++;\n"
"  }\n"
"  out.getRange(row, 1).setValue('合計');\n"
"  out.getRange(row, 2).setFormula('=SUM(B2:B' + (row - 1) + ')');\n"
"}\n\n"
"回答は現在2,000件ほどで、実行に1分近くかかります。フォームには、イベント名（プルダウン）、参加人数（数字）、希望する時間帯（午前・午後）の3項目があります。時間帯ごとの集計も追加したいので、その場合の書き方もお願いします。また、毎朝8時に自動で集計が更新されるようにトリガーを設定する方法も知りたいです。集計結果のシートは課内で共有しているので、実行中に他の人が見ても表示が崩れないようにする工夫があれば教えてください。")
add("code", CODE, "allow", note="long: Apps Script with no personal data")

add("famous_people", "萩原朔太郎の詩「小出新道」を紹介する、文学館の展示パネルの解説文（200字）を作ってください。", "allow", note="famous poet (Maebashi)")
add("famous_people", "織田信長の楽市・楽座について、中学生向けの歴史クイズを5問作ってください。", "allow", note="historical figure")
add("famous_people", "与謝野晶子の「君死にたまふことなかれ」が書かれた背景を、平和学習の資料向けにやさしく説明してください。", "allow", note="famous poet")

add("numbers_codes", f"図書の ISBN（{ISBN}）の形式が正しいかを確認するには、チェック数字をどう計算しますか。", "allow", note="ISBN-like number; not a personal ID")
add("numbers_codes", f"イベントの電子チケットに {B16} のような16桁の番号を振りたいです。重複しにくい採番方法を教えてください。", "allow", note="16-digit ticket number failing Luhn")
add("numbers_codes", f"プレミアム商品券の券番号（例：{B12b}）を受付システムで読み取ります。読み取りミスを減らすための工夫を教えてください。", "allow", note="12-digit voucher number failing all checks")
add("numbers_codes", "令和8年度の当初予算額（一般会計 約1,640億円）を、前年度と比べて分かりやすく説明するグラフの作り方を教えてください。数値は公表済みのものを後で入れます。", "allow", note="public budget figure")

add("translation", "次の文を英語とベトナム語に翻訳してください。「燃えるごみは、月曜日と木曜日の朝8時30分までに出してください。」", "allow", note="garbage rule translation")
add("translation", "Please translate into natural Japanese: \"The library will be closed for inventory from February 9 to February 16. Books can be returned to the drop box.\"", "allow", note="English to Japanese notice")
TR = ("外国人住民向けの生活ガイドの一部です。やさしい日本語に書き直したうえで、英語にも翻訳してください。\n\n"
"　転入の手続きについて\n"
"　他の市区町村から前橋市に引っ越してきた方は、引っ越した日から14日以内に、市民課または各支所・市民サービスセンターで転入の届出をしてください。届出には、前の住所地で発行された転出証明書（マイナンバーカードを使った転出届の場合は不要）と、本人確認書類が必要です。外国籍の方は、在留カードまたは特別永住者証明書もお持ちください。\n"
"　国民健康保険と国民年金\n"
"　勤務先の健康保険に加入していない方は、国民健康保険に加入する必要があります。また、20歳以上60歳未満の方は、国民年金に加入することになっています。手続きは、転入の届出と同じ日にできます。\n"
"　子どもの学校\n"
"　小学校・中学校に通う年齢のお子さんがいる場合は、転入の手続きのあとに、学務課で入学・転入学の手続きをしてください。日本語の指導が必要なお子さんのために、日本語指導の教室を設けている学校があります。\n"
"　ごみの出し方\n"
"　ごみは、種類ごとに分けて、決められた日の朝8時30分までに、決められた場所に出してください。ごみの分け方と出し方は、地区ごとのごみカレンダーで確認できます。カレンダーは、英語、中国語、ベトナム語、ポルトガル語でも用意しています。\n"
"　困ったときは\n"
"　市役所の国際交流コーナーでは、通訳のできる相談員が、生活の困りごとの相談に応じています。相談は無料です。電話やメールでの相談もできます。\n"
"　地震や大雨などの災害が起きたときのために、近くの避難場所を確認しておきましょう。災害の情報は、防災メールやテレビ、ラジオで知ることができます。\n　日本語を学びたい方へ\n　市内の公民館などで、ボランティアによる日本語教室が開かれています。初めての方も、いつからでも参加できます。教科書は無料で貸し出しています。")
add("translation", TR, "allow", note="long: resident guide translation, public info only")

add("places_public", "群馬県庁の展望ホールからの夜景を紹介する、観光パンフレット向けの文章を150字で書いてください。", "allow", note="public place")
add("places_public", "広瀬川河畔緑地の詩の小径を歩くウォーキングイベントのチラシ文を作ってください。", "allow", note="public place")
add("places_public", "敷島公園ばら園の見頃と、駐車場の混雑を避けるための案内文を作ってください。", "allow", note="public place")
add("places_public", "選挙のお知らせの問い合わせ欄に「前橋市選挙管理委員会　〒371-8601 前橋市大手町二丁目12番1号　電話 027-224-1111」と書きます。全体の文面を整えてください。", "allow", note="city hall public address and switchboard (allowlisted)")

add("secret_lookalike", "赤城山のふもとにある秘湯めぐりのモデルコースを、観光サイト向けに紹介してください。", "allow", note="秘湯 is not a marking")
add("secret_lookalike", "高齢者向けの健康講座で、便秘を予防する食事と運動について話す原稿を作ってください。", "allow", note="便秘 contains 秘")
add("secret_lookalike", "小学生向けの読書感想文コンクールの課題図書『秘密の花園』のあらすじを、募集チラシ用に100字でまとめてください。", "allow", note="book title containing 秘密")

add("ideas", "職員の残業を減らすために、課内で取り組めるアイデアを10個挙げてください。", "allow", note="ideas")
add("ideas", "若い世代に市議会に関心を持ってもらうためのSNS企画のアイデアを考えてください。", "allow", note="ideas")

# ---------- nonpublic_topics (not_allow) ----------
add("nonpublic_topics", "来年度の係長昇任試験で出題する択一問題（地方公務員法）を10問作成しました。正答と解説の表現がおかしくないか確認してください。受験者には当日まで非開示です。", "not_allow", ["NONPUBLIC_INFO"], note="exam questions before the exam")
add("nonpublic_topics", "「北部学校給食センター調理業務委託」の入札で、予定価格を1億2,480万円に設定する方向で調整しています。公告前に設計書の説明文を整えてください。", "not_allow", ["NONPUBLIC_INFO"], note="planned bid price before notice")
add("nonpublic_topics", "駅前再開発で、地権者3名との用地買収交渉が難航しています。次回の交渉で示す補償額の上積み案（1割増）について、説明の仕方を考えてください。", "not_allow", ["NONPUBLIC_INFO"], note="land acquisition negotiation")
add("nonpublic_topics", "4月の人事異動案で、税務課長を福祉部に動かす方向になっています（内示前）。引継ぎ計画の書き方を教えてください。", "not_allow", ["NONPUBLIC_INFO"], note="personnel change before announcement")
add("nonpublic_topics", "包括外部監査で、補助金の交付決定前に事業が着手されていた事例を指摘される見込みです。報告書の公表前に、改善策の案を作っておきたいです。", "not_allow", ["NONPUBLIC_INFO"], note="audit findings before publication")
add("nonpublic_topics", "市内の中学校2校の統合について、教育委員会の内部でA案（来年度統合）とB案（3年後統合）を比べています。まだ保護者には説明していません。比較表を作ってください。", "not_allow", ["NONPUBLIC_INFO"], note="internal deliberation on school merger")
add("nonpublic_topics", "清掃工場の運転管理業務について、現在の委託業者と随意契約の更新額を交渉中です。業者は15％の値上げを求めています。交渉の落としどころを整理してください。", "not_allow", ["NONPUBLIC_INFO"], note="contract negotiation")
add("nonpublic_topics", "職員の懲戒処分（停職1か月）を検討しています。処分の発表前に、報道対応の想定問答を作りたいです。", "not_allow", ["NONPUBLIC_INFO"], note="disciplinary action before announcement")
add("nonpublic_topics", "近隣住民から、市が管理する公園の樹木が越境しているとの苦情が続いています。住民は「訴訟も考える」と言っています。課内で共有する経過報告を作ってください。", "not_allow", ["NONPUBLIC_INFO"], note="resident dispute details")
NP = ("次期総合計画の策定で、庁内の策定委員会に出す資料を作っています。まだ委員会で議論する前の段階で、部長会議にもかけていません。次の論点メモを、委員会での議論がしやすいように整理してください。\n\n"
"論点メモ（企画政策課 内部検討用）\n"
"1　将来人口の設定\n"
"　国立社会保障・人口問題研究所の推計では、計画の最終年度の人口は約29万人とされている。これに対して、子育て支援や移住促進の効果を見込み、目標人口を30万人とする案と、推計どおり29万人とする案がある。目標を高く設定すると、施設の整備計画が過大になるおそれがある。\n"
"2　重点施策の絞り込み\n"
"　各部から提出された施策案は87項目あり、すべてを重点施策とすることはできない。財政課の試算では、新たな施策に使える財源は年間20億円程度にとどまる見込み。重点施策を10項目程度に絞り込む必要がある。\n"
"　有力な候補は、（1）子育て世帯の経済的負担の軽減、（2）中心市街地の再生、（3）公共交通の再編、（4）デジタル技術を活用した行政サービスの向上、（5）脱炭素の推進。\n"
"3　市民参加の方法\n"
"　前回の計画では、市民アンケートの回答率が18％にとどまった。今回は、若い世代の意見を集めるため、オンラインのワークショップや高校生との意見交換会を行うことを検討している。\n"
"4　議会との関係\n"
"　基本構想は議会の議決事項である。一部の会派からは、公共施設の再編を計画に明記することに慎重な意見が出ている。議会への説明の時期について、議会事務局と相談が必要。\n"
"5　スケジュール\n"
"　当初の予定より2か月遅れている。パブリックコメントの期間を短くするか、議会への提出時期を遅らせるかの判断が必要。\n"
"6　その他\n　計画の期間を10年とするか8年とするかについても、市長の任期との関係で意見が分かれている。\n"
"資料には、それぞれの論点について、考えられる選択肢と、その長所・短所を書き込める表を付けてください。")
add("nonpublic_topics", NP, "not_allow", ["NONPUBLIC_INFO"], note="long: internal deliberation memo on the comprehensive plan")

# ---------- public_contact (not_block) ----------
add("public_contact", "健康診断の案内チラシの最後に「問い合わせ：前橋市保健センター　電話 027-220-5784」と入れて、全体を作ってください。", "not_block", note="department/public facility phone")
add("public_contact", "図書館のイベント告知の末尾に「申込み：前橋市立図書館 電子メール toshokan-event@city.maebashi.gunma.jp」と入れます。告知文を作ってください。", "not_block", note="department e-mail")
add("public_contact", "子育て支援センターの案内に「所在地：前橋市文京町二丁目5番1号（市立こども館内）」と載せます。利用案内の文章を作ってください。", "not_block", note="public facility address")
add("public_contact", "ごみ分別アプリの紹介記事の最後に「問い合わせ　ごみ政策課　027-898-5911」と入れて、300字で記事を作ってください。", "not_block", note="department direct line")

# ---------- write ----------
if __name__ == "__main__":
    order = R.sample(range(len(cases)), len(cases))
    out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "holdout5.jsonl")
    with open(out, "w", encoding="utf-8") as f:
        for n, i in enumerate(order, 1):
            c = cases[i]
            for s in c["secrets"]:
                assert s in c["text"], (s, c["text"][:60])
            f.write(json.dumps({"id": f"r-{n:03d}", **c}, ensure_ascii=False) + "\n")
    print(len(cases), "cases ->", out)
