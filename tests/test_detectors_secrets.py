"""Credentials (credential.py), internal networks (network.py) and confidentiality
markings (marking.py).

All values are synthetic. Texts go through Document, so full-width forms and dash
variants are normalised first; reported values are mapped back to the original text.
"""
from __future__ import annotations


import pytest
from support import grows_linearly

from service.detectors import credential, marking, network
from service.detectors.base import Document
from service.detectors.evidence import BLOCK, WARN

CRED = [credential.PasswordDetector(), credential.ApiKeyDetector(), credential.JwtDetector(),
        credential.PrivateKeyDetector(), credential.ConnectionStringDetector(),
        credential.GenericSecretDetector()]
NET = [network.PrivateIPv4Detector(), network.PrivateIPv6Detector(), network.InternalHostDetector(),
       network.UncPathDetector()]
MARK = [marking.ConfidentialMarkingDetector()]


def found(dets, text, min_score=WARN):
    doc = Document(text)
    out = []
    for det in dets:
        cands = det.analyze(doc)
        doc.candidates.extend(cands)
        out += [(doc.norm.original_text(c.start, c.end), c.score, c.reason) for c in cands
                if c.score >= min_score]
    return out


def values(dets, text, min_score=WARN):
    return [v for v, _s, _r in found(dets, text, min_score)]


def blocked(dets, text):
    return values(dets, text, BLOCK)


# --- passwords ---------------------------------------------------------------------------
@pytest.mark.parametrize("text,value", [
    ("配属職員への案内です。初期パスワードは Qe7r-Lm2x-90 なので、最初に変更してください。", "Qe7r-Lm2x-90"),
    ("共有フォルダのパスワード：Akagi#2031", "Akagi#2031"),
    ("Wi-Fiのパスワードは「tone-gawa-58」です。", "tone-gawa-58"),
    ("ログインID：m-soumu01　PW：ｙｕｋｉ２０３０ｓ", "ｙｕｋｉ２０３０ｓ"),
    ("DB_PASSWORD=Hg83kdLq\nDB_USER=app", "Hg83kdLq"),
    ("PASSWORD=kuwanomi\n", "kuwanomi"),
    ("password: Haruna_Lake88", "Haruna_Lake88"),
    ("mysql -u root --password=Tq9wXz31 で接続", "Tq9wXz31"),
    ("管理画面のpasswordは kirin-77! です", "kirin-77!"),
    ("金庫の暗証番号は 4071 です", "4071"),
    ('config = {"password": "Sx8#mN2p"}', "Sx8#mN2p"),
    ("ＰＡＳＳＷＯＲＤ＝Ｒｏｕｔｅ＿１７", "Ｒｏｕｔｅ＿１７"),
    ("パスワード（初期値）：Gk82mQz1", "Gk82mQz1"),
    ("パスワード欄に「Sakura0401」と入力してください", "Sakura0401"),
    ("来客用Wi-Fiのパスキーは「pmxe-RTQW-4410」です", "pmxe-RTQW-4410"),
])
def test_password_values_are_found(text, value):
    assert blocked(CRED, text) == [value]


@pytest.mark.parametrize("text", [
    "パスワードの定期変更は推奨されなくなったと聞きました。理由を説明してください。",
    "閲覧用のパスワードは別紙でお知らせします。",
    "パスワードは8文字以上で、英大文字・小文字・数字を組み合わせてください。",
    "パスワードを忘れた場合の再発行手順を教えてください。",
    "password = input('Password: ')",
    "password = getpass.getpass()",
    "user_password = request.form['password']",
    "password = user_password",
    "PASSWORD=********",
    "password: <password>",
    "パスワード：〇〇〇〇",
    "パスワード：xxxx-xxxx",
    "DB_PASSWORD=${DB_PASSWORD}",
    "PASSWORD=your_password_here",
    "暗証番号は4桁の数字です。",
    "パスワードは2026年4月から12文字以上になります。",
    "passwordHash = bcrypt.hash(x)",
    "パスワードを Password123 のような単純なものにしないでください",
    "パスワードにWindowsと同じものを使わないでください",
])
def test_talk_about_passwords_is_not_a_credential(text):
    assert values(CRED, text) == []


@pytest.mark.parametrize("text", [
    "よく使われるパスワードは 123456 です",
    "例えば パスワードが Tr0ub4dor&3 の場合",
])
def test_example_passwords_are_only_a_warning(text):
    got = found(CRED, text)
    assert len(got) == 1 and WARN <= got[0][1] < BLOCK


# 「パス」 alone as the password word; paths, file names and placeholders are never values
@pytest.mark.parametrize("text,value", [
    ("LINEで送る文を直して。「フォルダのZIPを置きました。解凍パスは 1107akagi です」", "1107akagi"),
    ("見積書のPDFのパス：Rk40uv92 で開けます", "Rk40uv92"),
    ("添付のExcelファイルのパスは「sakura-2031」です", "sakura-2031"),
    ("圧縮ファイル用のパス: Tz5q-83mw を別メールで送ります", "Tz5q-83mw"),
    ("共有した資料のパスは Qm3v8Lw2 です。確認後に削除してください", "Qm3v8Lw2"),
])
def test_short_pass_word_is_a_password(text, value):
    assert blocked(CRED, text) == [value]


@pytest.mark.parametrize("text", [
    "ファイルパスは C:\\Users\\kikaku\\Documents です",
    "パス名に日本語を使わないほうがよい理由を教えて",
    "環境変数にパスを通す方法を教えて",
    "Pythonのパスを C:\\Python311 に通したのに動きません",
    "パスポートの申請に必要な書類は何ですか",
    "パスタ料理のレシピを教えて",
    "パス（path）は /var/log/app を指定します",
    "保存先のパスは Documents2 です",
    "インストール先のパス：/opt/mamori2",
    "パス: ./src/main.py を開いてください",
    "パスワードは .env から読む形にしています。",
    "パスワードは config.yml に書いてあります",
    "POSTGRES_PASSWORD: ${DB_PASSWORD}",
    "password: {{password}}",
    "PASSWORD=<PASSWORD>",
    "set DB_PASS=%PASSWORD%",
    "PDFのパスワードの付け方を教えて",
])
def test_short_pass_paths_and_placeholders_are_not_credentials(text):
    assert values(CRED, text) == []


def test_password_reason_never_contains_the_value():
    for value, _score, reason in found(CRED, "初期パスワードは Zt5k-Pq8r-44 です"):
        assert value not in reason and "Zt5k" not in reason


# --- API keys and tokens ------------------------------------------------------------------
@pytest.mark.parametrize("value", [
    "sk-9fKq2LmZr8TxWv4NbY7cHd3JpQs6GtAe1UoXi5RkVn0BwMz",
    "sk-proj-Ab3dEf6hIj9kLm2nOp5qRs8tUv1wXy4z_Q7rT0uV3wX6yZ9a",
    "ghp_Zq8Lm3Nx7Rt2Wv5Yb9Cd4Fg6Hj1Kp0Ss3Tu8V",
    "github_pat_11AQ3ZB7I0x9TnmR4kLp2W_u8VbC3dE5fG7hJ9kLm1nP3qR5sT7uV9wX1yZ3aB5cD7eF9gH1iJ3kL5",
    "xoxb-2048193650-5829104736281-Qm8XrT2vLp9ZnC4wYb7KdHs3",
    "AIzaSyD4kZ8qLm2Xr7Tn5Wv9Bc3Hp6Jf1Gs0Nd8",
    "sk_live_51Nq8Zr3LmXv7Tk2Wp9Yc4Hb6",
    "AKIAZ7Q2M5R8T3W6Y9B4",
    "ASIAQ4W7E2R5T8Y1U6I3",
])
def test_vendor_keys_are_found(value):
    assert blocked(CRED, f"このキーで動きません: {value} どうすれば？") == [value]


def test_aws_env_file_reports_both_keys():
    text = ("S3に書けません。.env は次のとおり。\n"
            "AWS_ACCESS_KEY_ID=AKIAX3M8Q2W7R5T9Y4U1\n"
            "AWS_SECRET_ACCESS_KEY=Zp4uR8sTq2Lm/Vx9Nb3Kc7Hd+Wy5Jf1Gt6Ae0Qi\n"
            "AWS_DEFAULT_REGION=ap-northeast-1\n")
    got = blocked(CRED, text)
    assert "AKIAX3M8Q2W7R5T9Y4U1" in got
    assert "Zp4uR8sTq2Lm/Vx9Nb3Kc7Hd+Wy5Jf1Gt6Ae0Qi" in got
    assert len(got) == 2  # the generic detector does not double-report


def test_bearer_token_and_placeholders():
    assert blocked(CRED, 'headers: {"Authorization": "Bearer 8fQ2x7LmZ9kT4vR1wN6cY3bH"}') == \
        ["8fQ2x7LmZ9kT4vR1wN6cY3bH"]
    assert values(CRED, 'Authorization: Bearer YOUR_ACCESS_TOKEN') == []
    assert values(CRED, 'Authorization: Bearer <token>') == []
    assert values(CRED, 'Authorization: Bearer ${TOKEN}') == []


def test_jwt_needs_a_json_header_with_alg():
    jwt = ("eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJ1c2VyLTQyIiwiaWF0IjoxNzAwMDAwMDAwfQ."
           "Xk3v9Qm2Lr8Tw5Yb1Nc7Hd4Jf6Gs0Pa3Ue9Io2Kz")
    assert blocked(CRED, f"トークン {jwt} の有効期限") == [jwt]
    fake = "eyJub3RhbGciOjF9.eyJzdWIiOiJ4In0.abcdefghij"  # header {"notalg":1}
    assert values(CRED, f"値 {fake} です") == []


def test_private_key_block_is_one_span():
    body = "\n".join(["MIIEowIBAAKCAQEAu2TBCKZ0XJ6A0q0AlRkaAAILRRxA3Ng4HWp1LDzuu7cacOz",
                      "sNHdYldsAYuzMF8E3ks5Ip+M3Fepe8/VhVSIOCIKS6GeuhkaBCREQStwcadKvw0k"])
    block = f"-----BEGIN RSA PRIVATE KEY-----\n{body}\n-----END RSA PRIVATE KEY-----"
    assert blocked(CRED, f"この鍵を変換したいです。\n{block}\nよろしく") == [block]
    # truncated paste: from BEGIN to the end of the base64 body
    got = blocked(CRED, "-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAABG5vbmU\n")
    assert got == ["-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAABG5vbmU"]
    # a public key / certificate is not a secret
    assert values(CRED, "-----BEGIN PUBLIC KEY-----\nMIIBIjANBgkqh\n-----END PUBLIC KEY-----") == []


def test_connection_string_password():
    # (the account beside the password is masked with it, as a login ID beside a password is: credential.generic.url_user)
    assert sorted(blocked(CRED, "DSN は postgresql://gis_app:Tn8kQ2vL@db01.example.jp:5432/gis です")) == ["Tn8kQ2vL", "gis_app"]
    assert values(CRED, "postgresql://user:password@localhost/db") == []
    assert values(CRED, "postgresql://${USER}:${PASS}@db/app") == []


def test_generic_secret_needs_a_key_word_and_entropy():
    assert blocked(CRED, 'client_secret = "Zq3v8TkL2mXp9Wr4Nb7Y"') == ["Zq3v8TkL2mXp9Wr4Nb7Y"]
    assert blocked(CRED, "APIキーは Hf72kQm9Lx3Tz8Wv5Rb1 です") == ["Hf72kQm9Lx3Tz8Wv5Rb1"]
    assert values(CRED, "token = get_token_from_server()") == []
    assert values(CRED, "secret_name = my.config.value.name") == []
    # a random-looking string without a key word is not reported
    assert values(CRED, "管理番号 Hf72kQm9Lx3Tz8Wv5Rb1 の書類") == []


# --- internal networks --------------------------------------------------------------------
@pytest.mark.parametrize("text,value", [
    ("課のNAS（192.168.40.23）が一杯です", "192.168.40.23"),
    ("ファイルサーバ（１０．２２．１３１．７）に接続できない", "１０．２２．１３１．７"),
    ("プリンタは 172.20.3.15:9100 です", "172.20.3.15:9100"),
    ("業務セグメント 10.40.0.0/16 のルーティング", "10.40.0.0/16"),
    ("http://172.31.200.4/admin を開くと", "172.31.200.4"),
    ("https://kintai.soumu-city.local/login で証明書エラー", "kintai.soumu-city.local"),
    ("グループウェア（portal.intra）に入れません", "portal.intra"),
    ("文書管理は http://bunsho/ から", "bunsho"),
    ("https://fileserver:8443/share が開かない", "fileserver"),
    ("dns01.maebashi.internal の応答がない", "dns01.maebashi.internal"),
    ("ad01.soumu.corp にドメイン参加できない", "ad01.soumu.corp"),
    ("intra.city.example.lg.jp の掲示板", "intra.city.example.lg.jp"),
    ("共有フォルダ \\\\fs02\\kikaku\\予算 に保存", "\\\\fs02\\kikaku"),
    ("共有フォルダ ￥￥ｆｓ０３￥総務課 を開く", "￥￥ｆｓ０３￥総務課"),
    ("IPv6 は fd3a:91c2:44e0::25 を割り当て", "fd3a:91c2:44e0::25"),
])
def test_internal_network_is_found(text, value):
    assert blocked(NET, text) == [value]


@pytest.mark.parametrize("text", [
    "Windows 10 のビルド 10.0.19045 と 10.0.22631.2861 の違い",
    "このソフトはバージョン 10.2.3.4 から対応しています",
    "公開DNS 8.8.8.8 と 203.0.113.10、1.1.1.1",
    "172.32.1.1 はプライベートアドレスではありません",
    "192.168.300.1 は不正なアドレスです",
    "開発PCの 127.0.0.1 と localhost:8765 で動かす",
    "http://localhost:8080/ を開く",
    "プライベートアドレスは 10.0.0.0/8、172.16.0.0/12、192.168.0.0/16 の3つです",
    "市のホームページ https://www.city.maebashi.gunma.jp/ の案内",
    "https://www.city.example.lg.jp/kurashi/ に載っています",
    "設定は settings.local.py と .env.local に分けます",
    "資料は docs/internal.md を参照",
    "ミラノ（Milan）とLANケーブルの話",
    "fe80::1 はリンクローカルです",
    'print("a\\\\nb")',
    "C:\\\\Users\\\\taro\\\\Desktop",
    "商品コード 1.2.3.4 の版",
])
def test_not_internal_network(text):
    assert blocked(NET, text) == []


def test_default_gateway_is_only_a_warning():
    got = found(NET, "家庭用ルーターの設定画面 192.168.1.1 の開き方")
    assert [v for v, _s, _r in got] == ["192.168.1.1"]
    assert WARN <= got[0][1] < BLOCK


# --- confidentiality markings -------------------------------------------------------------
@pytest.mark.parametrize("text,value", [
    ("【取扱注意】令和9年度 係長昇任選考の実施方針（案）を整理して", "【取扱注意】"),
    ("【秘】来年度の組織改正案\n・2課を統合", "【秘】"),
    ("［極秘］事業の見直しリスト", "［極秘］"),
    ("（部外秘）窓口再編の検討メモ", "（部外秘）"),
    ("＜内情＞職員団体との協議状況", "＜内情＞"),
    ("〔庁内限り〕会議資料", "〔庁内限り〕"),
    ("【秘・取扱注意】人事案", "【秘・取扱注意】"),
    ("【 関係者外秘 】のメモ", "【 関係者外秘 】"),
    ("【機密性２】情報資産の一覧", "【機密性２】"),
    ("[CONFIDENTIAL] draft", "[CONFIDENTIAL]"),
    ("部外秘\n次期総合計画の骨子（素案）\n1 背景", "部外秘"),
    ("内情\n庁舎の警備の見直しについて", "内情"),
    ("\n\n内 情\n\n令和5年10月26日\n職員各位", "内 情"),
    ("取 扱 注 意\n会議資料", "取 扱 注 意"),
    ("　社外秘　\n提案書", "社外秘"),
    ("令和8年6月1日　　取扱注意\n総務課長\n", "取扱注意"),
    ("秘　指定期間：令和9年3月31日まで\n本文", "秘"),
    ("㊙ 来年度予算の査定メモ", "㊙"),
    ("この資料は部外秘ですが、要点を3行にまとめてください。", "部外秘"),
    ("以下の取扱注意の文書を読みやすくしてください。", "取扱注意"),
    ("関係者外秘資料なので、表現を整えてください。", "関係者外秘"),
    ("文面を直して。（取扱注意：議会への説明前のため転送しないこと）", "（取扱注意"),
])
def test_markings_are_found(text, value):
    assert blocked(MARK, text) == [value]


@pytest.mark.parametrize("text", [
    "秘書課の電話番号を案内する文を作って",
    "市長秘書の仕事を紹介する記事",
    "便秘に効く食事の記事を書いて",
    "プラネタリウム「宇宙の神秘」の告知文",
    "黙秘権とは何か、中学生向けに説明して",
    "「秘伝のたれ」を使った焼きまんじゅうの紹介",
    "非公開求人とは何ですか",
    "審議会を非公開で行った理由を市民に説明する文を作って",
    "個人情報保護法の概要を教えてください",
    "取扱注意の文書の扱い方を教えて",
    "「部外秘」と「社外秘」の違いは何ですか",
    "機密情報の取扱いについて職員向けの注意を作って",
    "秘密保持契約のひな形を作って",
    "会社の内情に詳しい人に話を聞いた",
    "日本の極秘作戦の歴史について",
    "【秘書課】からのお知らせ",
    "【非公開求人】の意味",
    "【機密性1】の情報は公開できます",
])
def test_not_a_marking(text):
    assert values(MARK, text) == []


# markdown headings and bold lines that are only the marking (a scope in brackets may follow)
@pytest.mark.parametrize("text,value", [
    ("## 取扱注意（関係課限り）\n### 図書館の再編案\n- 分館2か所を統合", "取扱注意"),
    ("# 部外秘\n\n来年度の体制案です。表にして", "部外秘"),
    ("### 秘（庁内限り）\n指定管理者の評価メモ", "秘"),
    ("**取扱注意**\n\n以下の議事メモを要約して", "取扱注意"),
    ("> **庁内限り**\n> 予算要求の優先順位", "庁内限り"),
    ("メモ1\nメモ2\nメモ3\nメモ4\nメモ5\n\n## 極秘（令和9年3月まで）\n内容", "極秘"),
])
def test_markings_in_headings_are_found(text, value):
    assert value in blocked(MARK, text)


@pytest.mark.parametrize("text", [
    "## 取扱注意の文書の扱い方\n研修で使う説明を作って",
    "# 秘書課の業務紹介\n市長日程の調整など",
    "## 機密情報の扱い方（研修資料）\n1. 持ち出さない",
    "**秘密保持契約**のひな形を作って",
    "### 便秘の予防（保健だより）\n水分をとりましょう",
    "## 非公開求人とは\n説明",
    "本文1\n本文2\n本文3\n本文4\n本文5\n## 秘密（ひみつ）\n子ども向けのお話",
])
def test_headings_about_markings_are_not_markings(text):
    assert values(MARK, text) == []


def test_marking_reason_is_japanese_and_short():
    for _v, score, reason in found(MARK, "【極秘】メモ"):
        assert score >= BLOCK and reason and len(reason) <= 30


# --- robustness -----------------------------------------------------------------------------
ADVERSARIAL = [
    "-._:/@=\\¥" * 11112,
    "a" * 100_000,
    "a." * 50_000,
    "10." * 33_334,
    "password=" * 11_112,
    "_a" * 50_000,
    "パスワードは" * 16_667,
    "-----BEGIN RSA PRIVATE KEY-----\n" * 3_125,
    "eyJ" + "a" * 99_990 + ".",
    "a://b:c" * 14_285,
    "fd00:" * 20_000,
    "\\\\a" * 33_333,
    "a-" * 50_000 + ".local",
    "【秘・" * 33_333,
    "内 " * 50_000,
    "秘\n" * 50_000,
    "pw: abc123x\n" * 8_000,
    "Bearer " + "a1" * 49_990,
    "api_key=" + "aB1+" * 23_000,
]


@pytest.mark.parametrize("text", ADVERSARIAL, ids=range(len(ADVERSARIAL)))
def test_no_catastrophic_backtracking(text):
    linear, detail = grows_linearly(text, lambda doc: [det.analyze(doc) for det in CRED + NET + MARK],
                                    prepare=Document)
    assert linear, detail


@pytest.mark.parametrize("text", [
    "関係者外秘：住民記録システムの切替日を令和9年1月4日とする案について、各課への説明文を作ってください。",
    "部外秘: 来年度の組織改正案（係の統合を含む）について、職員向けの説明文を作ってください。",
])
def test_marking_as_a_label_at_the_head_with_a_long_tail(scan, text):
    r = scan(text)
    assert r["verdict"] == "block"
    assert "CONFIDENTIAL_MARKING" in {f["type"] for f in r["findings"]}


def test_parcel_label_is_not_a_document_marking(scan):
    assert scan("取扱注意：ガラス製品の梱包方法を英訳してください。")["verdict"] == "allow"


# markings between decorations on a line of their own, at the head or as a footer (the last lines)
_BODY = "次の文章を要約してください。\n窓口混雑の状況と対策案。\n繁忙期は臨時窓口を設ける。\n待ち時間の掲示を改善する。\n応援体制を見直す。\n"


@pytest.mark.parametrize("text,value", [
    (_BODY + "――部外秘――", "部外秘"),
    (_BODY + "－－取扱注意－－\n", "取扱注意"),
    (_BODY + "＝＝ 秘 ＝＝", "秘"),
    (_BODY + "■部外秘■", "部外秘"),
    (_BODY + "*** 庁内限り ***\n\n", "庁内限り"),
    (_BODY + "〔関係者外秘〕", "〔関係者外秘〕"),
    (_BODY + "★ 取扱注意 ★\n(以上)", "取扱注意"),
    (_BODY + "―― 機密性２ ――", "機密性２"),
    ("――部外秘――\n" + _BODY, "部外秘"),
    ("＝＝＝ 極秘 ＝＝＝\n" + _BODY, "極秘"),
])
def test_decorated_markings_at_the_head_or_foot_are_found(text, value):
    assert value in blocked(MARK, text)


@pytest.mark.parametrize("text", [
    _BODY + "――ご案内――",
    "――ご案内――\n" + _BODY,
    _BODY + "＝＝ 秘書課 ＝＝",
    _BODY + "■便秘の予防■",
    _BODY + "*** 神秘の森 ***",
    _BODY + "―― 秘書広報課 ――",
    "――秘伝のたれ――\n" + _BODY,
    _BODY + "――部外秘資料の扱い方――",
    _BODY + "★ 秘密 ★",  # 秘密 decorated at the foot: a heading of prose (only the head counts for it)
    _BODY + "――取扱注意――\n" + "本文の続き。\n" * 5,  # mid-text: neither head nor foot
])
def test_decorated_ordinary_words_are_not_markings(text):
    assert values(MARK, text) == []


def test_decorated_marking_scan_is_fast_on_many_lines():
    text = "――部外秘――\n" * 2000 + "-" * 5000
    linear, detail = grows_linearly(text, MARK[0].analyze, prepare=Document)
    assert linear, detail


@pytest.mark.parametrize("text", ["（非公開資料）\n来年度の組織改正案を説明する文を作って", "内部検討用\n総合計画の骨子（案）を整理して"])
def test_marking_with_its_noun_and_internal_review_header(scan, text):
    assert scan(text)["verdict"] == "block"


def test_secret_information_as_a_term_in_brackets_is_not_a_marking(scan):
    assert scan("契約書の（秘密情報）の定義の条項を英訳してください。")["verdict"] == "allow"
