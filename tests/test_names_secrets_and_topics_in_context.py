"""Classes of misses found by the eighth and ninth independent corpora (holdout8, holdout9),
with invented examples of each class (not the corpora's own texts), and the look-alikes that
must pass."""
from __future__ import annotations

import pytest

from support import findings_of

FOUND = [
    # a capitalised "Password" key, as every connection string writes it
    ("Server=tcp:sample-db.database.windows.net,1433;Initial Catalog=stats;User ID=reader;"
     "Password=Vt7qLm2xR9pWs4Ke;Encrypt=True;", "CREDENTIAL", "Vt7qLm2xR9pWs4Ke"),
    ("Password: Qz8vNw3kLp5t を設定しました。", "CREDENTIAL", "Qz8vNw3kLp5t"),
    # a login given as "user / password"
    ("ルーターの管理画面のログインは admin / Hx4rTq9mWv2s に変更しました。台帳の書式にして。", "CREDENTIAL", "Hx4rTq9mWv2s"),
    ("共有PCのID/パスは kanri01 / Ry6pXw2nLq8z です。", "CREDENTIAL", "Ry6pXw2nLq8z"),
    # a name signed under an English e-mail or message
    ("Please reply to this.\n\"I lost my residence card at the station yesterday. What should I do?\n"
     "Best regards,\nAdaeze Nwachukwu\"", "PERSON", "Adaeze Nwachukwu"),
    ("Please translate.\n\"Could you tell me the bulky waste day?\nThank you,\nJoão Pedro Almeida\"", "PERSON",
     "João Pedro Almeida"),
    ("Reply politely: \"My card payment failed twice. Was I charged? — Siobhan McCarthy\"", "PERSON",
     "Siobhan McCarthy"),
    # 全銀 transfer record: bank code, bank kana, branch code, branch kana, type, account, holder
    ("総合振込データの次の行でエラーになります。原因を教えて。\n"
     "2,0150,ｼｶﾞ,302,ｵｵﾂ,1,4829301,ﾔﾏｸﾞﾁ ｹﾝｼﾞ,0000120000", "JP_BANK_ACCOUNT", "4829301"),
    ("総合振込データの次の行でエラーになります。原因を教えて。\n"
     "2,0150,ｼｶﾞ,302,ｵｵﾂ,1,4829301,ﾔﾏｸﾞﾁ ｹﾝｼﾞ,0000120000", "PERSON", "ﾔﾏｸﾞﾁ ｹﾝｼﾞ"),
    # a person introduced by their role, and passport order with a common Japanese given name
    ("Please write a welcome note for our new ALT, Rebecca Thornton, who arrives from Perth in May.", "PERSON",
     "Rebecca Thornton"),
    ("Please check my English: \"Dear customer, TAKAHASHI Haruto. Your parking permit has expired.\"", "PERSON",
     "TAKAHASHI Haruto"),
    # security arrangements of one facility, a DV shelter's whereabouts, proposals of named bidders
    ("配水場の深夜の巡回は警備員1名で、1時と4時の2回だけです。この体制の弱点を整理して。", "NONPUBLIC_INFO", None),
    ("DV被害者の避難に使っている民間シェルターは元保養所の建物で、今は3世帯が入っています。訪問時の注意をまとめて。",
     "NONPUBLIC_INFO", None),
    ("プロポーザルの提案書4社分を比べたいです。A社は見積が1人月980,000円、B社は2割安い。比較表を作って。",
     "NONPUBLIC_INFO", None),
    # holdout9: a given name that is also a place name, beside a personal identifier
    ("窓口メモ「小島 千里、住民票コード58273649101」を引継ぎノートの形にして。", "PERSON", "小島 千里"),
    # holdout9: passport order followed by "who"
    ("Please polish: \"SAKURADA Renji, who teaches calligraphy at the centre, will retire in March.\"", "PERSON",
     "SAKURADA Renji"),
    # holdout9: an approach question ("概要") around one case's particulars
    ("来月公告予定の橋梁補修工事の最低制限価格を、予定価格の86％とする方向です。設計書の概要を説明する文書の構成を考えて。",
     "NONPUBLIC_INFO", None),
    # an address broken across lines by a PDF copy
    ("PDFからのコピーです。\n申出者　佐久間 亮 様\n住所　前橋市日吉町\n三丁目14番2号\n電話　080-3391-2274", "JP_ADDRESS",
     "三丁目14番2号"),
]

PASSES = [
    "Password は8文字以上で、英大文字・小文字・数字を混ぜてください。",
    "接続文字列の Password= の後ろには、実際の値ではなく環境変数名を書く運用にしています。",
    "ログインは ID / パスワード の順に入力します。",
    "Best regards, The Maebashi City International Exchange Team",
    "Thank you,\nMaebashi City Office",
    "Kind regards,\nCity Hall Tourism Section",
    "2,0150,3,302,1,4829301 の各列の意味（全銀フォーマット）を一般的に説明してください。",
    "前橋市大手町\n二丁目12番1号は市役所の所在地です。",
    "公民館や図書館を「クーリングシェルター」として開放します。開館時間は10時から17時だけです。",
    "DVシェルターの役割と、相談窓口の一覧を市民向けに説明する文を作ってください。",
    # holdout9: 0000 numbers shown as a format
    "電話番号の列に「0272000000」のようにハイフンなしのものと「027-200-0000」のようにハイフン付きのものがあります。そろえる式を教えて。",
    "入札制度の概要を、新任職員向けに説明してください。最低制限価格の考え方も入れてください。",
    "夜間の警備業務の委託で、一般的に仕様書に書くべき項目を教えてください。",
]


@pytest.mark.parametrize("text,ftype,value", FOUND)
def test_each_class_is_found_with_its_type(scan, text, ftype, value):
    result = scan(text)
    hits = findings_of(result, ftype)
    assert hits, (ftype, result["findings"])
    if value:
        assert value not in result["redacted_text"]


@pytest.mark.parametrize("text", PASSES)
def test_look_alikes_of_the_classes_pass(scan, text):
    result = scan(text)
    assert result["verdict"] == "allow", result["findings"]


def test_office_number_with_okyakusama_is_not_a_person_contact(scan):
    # holdout9: 様 in お客様センター names no one: an office's number warns at most
    result = scan("水道の開栓は「前橋市上下水道局 お客様センター 027-290-1234（平日9時〜17時）」へお電話ください。")
    assert result["verdict"] != "block", result["findings"]
