"""The learned layer (service/learned): the passage classifier for non-public information,
the name/contact judge, the policy switches, the artefact and its reproducibility.

Every text here is invented for these tests (none is a corpus line); each positive class
has its hard negatives beside it: the same topic, said to be public, general or a sample.
"""
import json
import os
import subprocess
import sys

import numpy as np
import pytest

from service.detectors.base import Candidate, Document
from service.learned import features as F
from service.learned.layer import LearnedLayer
from service.learned.model import DEFAULT_MODEL_PATH, ModelError, load
from service.normalize import normalize
from service.policy import PolicyError, load_policy
from service.scanner import Scanner

from support import ROOT


@pytest.fixture(scope="module")
def layer():
    return LearnedLayer()


def probability(layer, text):
    text = normalize(text)
    return max(p.probability for p in layer.passage_scores(text, F.codes(text)))


# -- (1) the passage classifier ------------------------------------------------------------
NONPUBLIC = {
    "undecided_internal_agreement": "係内で話し合った結果、来年度から窓口の受付時間を短縮する方向でまとまりつつあります。"
                                    "まだ課長には上げていないので、外には出さないでください。説明メモにしてください。",
    "contractor_selection_with_quotes": "庁舎清掃業務の委託先選定で、A社は年額480万円、B社は520万円の見積りでした。"
                                        "契約締結前ですが、比較表を作ってください。",
    "personnel_evaluation": "部下の人事評価で、今期は業績評価をCにする予定です。本人にはまだ伝えていません。"
                            "面談で伝える言い方を考えてください。",
    "negotiation_limit": "用地買収の交渉で、市としては1平方メートルあたり3万円までは上乗せできると考えています。"
                         "この上限は相手に知られたくないので、交渉の進め方を考えてください。",
    "draft_test_questions": "来月実施する職員採用試験の教養問題（案）を作りました。受験者に漏れないよう管理しています。"
                            "誤りがないか確認してください。",
    "political_coordination": "議案の採決前に、会派の幹事長と条例改正の修正内容を水面下で調整しています。"
                              "調整状況をまとめた内部メモを作ってください。",
    "bid_rigging_tip": "匿名の通報で、次回の道路補修工事の入札で業者間の談合があるとの情報が寄せられました。"
                       "調査方針が決まるまで公表しません。対応手順を整理してください。",
}
PUBLIC = {
    "published_notice": "ホームページで公開済みの窓口受付時間の変更のお知らせを、やさしい日本語に直してください。",
    "general_procurement_question": "入札の一般的な流れと、業者選定で注意すべき点を教えてください。",
    "published_evaluation_system": "人事評価制度の概要（公表資料）をもとに、新任職員向けの説明スライドの構成を考えてください。",
    "general_land_procedure": "市の用地買収の一般的な手続きについて、市民向けに分かりやすく説明してください。",
    "published_exam_fields": "過去に公表された職員採用試験の出題分野の一覧を、表にまとめてください。",
    "published_statistics": "広報に掲載した町丁別人口の統計表から、増加率の高い地区を読み取る方法を教えてください。",
    "public_system_explained": "生活保護制度のしくみを、中学生にも分かるように説明してください。",
    "code_with_column_names": "次のVBAの意味を教えてください。\nFor i = 2 To 100\n  Cells(i, 3) = Cells(i, 1) & \" 様\"\nNext",
    "how_to_answer_council": "議会答弁の書き方のコツを教えてください。",
    "public_minutes": "会議録（公開）の要点を3行でまとめてください。市議会の本会議で可決された条例の概要です。",
    "english_general": "Please explain how the city's public bidding process works, for a presentation to students.",
}


@pytest.mark.parametrize("name", sorted(NONPUBLIC))
def test_classifier_flags_unmarked_non_public_matters(layer, name):
    assert probability(layer, NONPUBLIC[name]) >= layer.threshold


@pytest.mark.parametrize("name", sorted(PUBLIC))
def test_classifier_passes_public_general_and_code_text(layer, name):
    assert probability(layer, PUBLIC[name]) < layer.threshold


def test_classifier_finding_is_a_warn_with_article_probability_and_cues(policy, morphology):
    text = ("次回の定例会で採決される補正予算案について、蛭川会派の幹事長と修正内容を水面下で調整しています。"
            "調整状況をまとめた内部メモを文章に整えてください。")
    r = Scanner(policy, analyser=morphology).scan(text)
    learned = [f for f in r["findings"] if f["reason"].startswith("学習モデル")]
    assert learned, r["findings"]
    f = learned[0]
    assert f["type"] == "NONPUBLIC_INFO" and f["action"] == "warn" and r["verdict"] != "allow"
    assert 1 <= f["article"] <= 8
    assert "%" in f["reason"] and "第" in f["reason"] and "号" in f["reason"]
    assert "蛭川" not in f["reason"]  # cues come from the model's vocabulary, not the text
    # The span is one sentence, not the whole passage (the user's instruction survives).
    assert f["end"] - f["start"] < len(text)
    assert "文章に整えてください" in r["redacted_text"]


def test_classifier_adds_nothing_where_a_rule_already_explains(policy, morphology):
    r = Scanner(policy, analyser=morphology).scan("【取扱注意】来年度の組織改編案（部長会議前）を要約してください。")
    assert any(f["type"] == "CONFIDENTIAL_MARKING" for f in r["findings"])
    assert not any(f["reason"].startswith("学習モデル") for f in r["findings"])


def test_long_document_is_judged_passage_by_passage(layer):
    public = "\n\n".join([PUBLIC["published_notice"], PUBLIC["public_system_explained"]] * 12)
    text = normalize("次の文書を読んで、要点を箇条書きにしてください。\n\n" + public + "\n\n"
                     + NONPUBLIC["negotiation_limit"] + "\n\n" + public)
    scores = layer.passage_scores(text, F.codes(text))
    assert len(scores) > 2
    flagged = [p for p in scores if p.probability >= layer.threshold]
    assert flagged and all("交渉" in text[p.start:p.end] for p in flagged)


def test_an_instruction_saying_the_document_is_public_carries_to_its_passages(layer):
    body = ("議題2：図書館の開館時間の延長について、事務局から試行結果を報告。委員から、平日夜間の利用が伸びており、"
            "延長は継続すべきとの意見が多く出された。事務局は、次年度の予算要求に向けて検討を続けると説明した。")
    filler = "\n\n".join([PUBLIC["public_system_explained"]] * 10)
    said_public = normalize("公開で開催した審議会の会議録です。市のホームページに掲載する要旨を作ってください。\n\n"
                            + filler + "\n\n" + body)
    neutral = normalize("次の文書の要旨を作ってください。\n\n" + filler + "\n\n" + body)

    def last(text):
        return layer.passage_scores(text, F.codes(text))[-1].probability
    assert last(said_public) < last(neutral)


# -- (2) the name / contact judge ------------------------------------------------------------
def judged(layer, text, value, ctype="PERSON"):
    doc = Document(text)
    start = doc.text.find(normalize(value))
    assert start >= 0
    c = Candidate(ctype, start, start + len(normalize(value)), 0.9, "テスト")
    return float(layer.candidate_probability(doc, F.codes(doc.text), [c])[0])


PRIVATE_CONTEXTS = [
    ("相談者の大沢 恵子さん（42歳）から、夫の暴力について相談がありました。記録を整理してください。", "大沢 恵子", "PERSON"),
    ("担当ケースメモ：利用者 片桐 昌平 様、要介護2、独居。訪問時に転倒の跡あり。", "片桐 昌平", "PERSON"),
    ("滞納者一覧\n氏名,住所,滞納額\n笠原 のぞみ,前橋市岩神町3-2-1,182000", "笠原 のぞみ", "PERSON"),
    ("保護者の連絡先は 090-4412-8876（母・携帯）です。欠席の連絡をする文面を作って。", "090-4412-8876", "PHONE_NUMBER"),
]
PUBLIC_CONTEXTS = [
    ("申請書の記入例：氏名 前橋 花子、電話番号 027-000-0000 のように記入します。", "027-000-0000", "PHONE_NUMBER"),
    ("群馬県出身の作家、萩原 朔太郎の生涯を紹介する展示パネルの文案を作ってください。", "萩原 朔太郎", "PERSON"),
]


@pytest.mark.parametrize("text, value, ctype", PRIVATE_CONTEXTS)
def test_judge_keeps_private_individuals(layer, text, value, ctype):
    assert judged(layer, text, value, ctype) >= layer.warn_below


@pytest.mark.parametrize("text, value, ctype", PUBLIC_CONTEXTS)
def test_judge_demotes_public_sample_and_fictional(layer, text, value, ctype):
    assert judged(layer, text, value, ctype) < layer.warn_below


def test_judge_ranks_a_fictional_character_below_a_client(layer):
    fictional = judged(layer, "架空の人物「青葉 みどり」を主人公にした、防災啓発の紙芝居のあらすじを作って。", "青葉 みどり")
    client = judged(layer, "窓口に来た青葉 みどりさんから、児童手当の振込先を変えたいと相談があった。", "青葉 みどり")
    assert fictional < client


def test_judge_ranks_a_name_by_its_context_not_by_itself(layer):
    private = judged(layer, "ケース記録：面談した高梨 ゆかりさんは、家賃を3か月滞納していると話した。", "高梨 ゆかり")
    public = judged(layer, "小説の登場人物、高梨 ゆかりの性格を、読書感想文の例として説明して。", "高梨 ゆかり")
    assert private > public


def test_judge_never_drops_a_bare_name(policy, morphology):
    r = Scanner(policy, analyser=morphology).scan("山田太郎")
    assert r["verdict"] == "block"


def test_judge_runtime_ids_equal_training_ids(layer):
    text = normalize("相談者：森田 舞（H4.9.18生）連絡先：080-5966-5425\n\n記入例：前橋 花子 027-000-0000")
    doc = Document(text)
    a = F.codes(doc.text)
    cands = [Candidate("PERSON", 4, 8, 0.9, "x"), Candidate("PHONE_NUMBER", 25, 38, 0.9, "x"),
             Candidate("PERSON", len(text) - 19, len(text) - 14, 0.9, "x")]
    got = layer.candidate_probability(doc, a, cands)
    w, spans = layer.model.judge_w, F.passages(doc.text)
    blank = F.blanked(a, [(c.start, c.end) for c in cands])
    for c, p in zip(cands, got):
        s, e = next((s, e) for s, e in spans if s <= c.start < e)
        ids = F.present(F.candidate_ids(a, c.start, c.end, c.type, doc.text[c.start:c.end]))
        pid = F.present(F.passage_ids(blank[s:e], F.DOC))
        z = layer.model.judge_b + w[ids].sum() * F.norm(len(ids)) + w[pid].sum() * F.norm(len(pid))
        assert p == pytest.approx(1 / (1 + np.exp(-z)), abs=1e-4)


# -- features ---------------------------------------------------------------------------
def test_feature_ids_are_stable_across_runs_and_machines():
    # Our own hash over code points: pinned, so a change shows up here, not as a silently
    # different model on IT's PC.
    assert F.passage_ids(F.codes("非公開")).tolist() == [53589, 216513, 218446]


def test_digits_and_case_are_folded_without_moving_offsets():
    assert (F.codes("AB12") == F.codes("ab97")).all() and len(F.codes("ＡＢ")) == 2


def test_distinct_ids_without_sorting_equal_numpy_unique():
    rng = np.random.default_rng(0)
    scratch = np.zeros(F.DIM, dtype=np.int32)
    for n in (0, 1, 50, 5000):
        ids = rng.integers(0, 300, n).astype(np.int64)
        assert sorted(F.present(ids, scratch).tolist()) == np.unique(ids).tolist()


def test_passages_cover_long_text_in_order_and_keep_short_text_whole():
    assert F.passages("短い文です。") == [(0, 6)]
    text = "\n\n".join(["あ" * 300] * 10)
    ps = F.passages(text)
    assert len(ps) > 3 and all(e - s <= F.PASSAGE_MAX for s, e in ps)
    assert all(ps[i][1] <= ps[i + 1][0] for i in range(len(ps) - 1))


# -- policy ------------------------------------------------------------------------------------
def write(tmp_path, text):
    p = tmp_path / "policy.toml"
    p.write_text(text, encoding="utf-8")
    return p


def test_policy_switches_each_part_off(tmp_path, morphology):
    text = NONPUBLIC["political_coordination"]  # no rule flags it
    on = Scanner(load_policy(), analyser=morphology)
    off = Scanner(load_policy(write(tmp_path, "[learned]\nclassifier = false\nname_judge = false\n")),
                  analyser=morphology)
    clf_only = Scanner(load_policy(write(tmp_path, "[learned]\nname_judge = false\n")), analyser=morphology)
    assert off.learned is None
    assert clf_only.learned.classifier and not clf_only.learned.judge
    assert any(f["reason"].startswith("学習モデル") for f in on.scan(text)["findings"])
    assert not any(f["reason"].startswith("学習モデル") for f in off.scan(text)["findings"])


@pytest.mark.parametrize("text, key", [
    ('[learned]\nclassifier = "yes"\n', "learned.classifier"),
    ('[learned]\nname_judge = 1\n', "learned.name_judge"),
    ('[learned]\nmodel = 3\n', "learned.model"),
    ('[learned]\nmodel = "no-such-model.npz"\n', "learned.model"),
    ('[learned]\nthreshold = 0.5\n', "learned.threshold"),
])
def test_broken_learned_policy_names_the_key(tmp_path, text, key):
    with pytest.raises(PolicyError) as e:
        load_policy(write(tmp_path, text))
    assert key in str(e.value)


def test_policy_model_path_is_relative_to_the_policy_file(tmp_path):
    (tmp_path / "models").mkdir()
    (tmp_path / "models" / "it.npz").write_bytes(DEFAULT_MODEL_PATH.read_bytes())
    p = load_policy(write(tmp_path, '[learned]\nmodel = "models/it.npz"\n'))
    assert p.learned_model == str((tmp_path / "models" / "it.npz").resolve())
    assert LearnedLayer(model_path=p.learned_model).threshold == LearnedLayer().threshold


def test_unreadable_model_file_is_a_clear_error(tmp_path):
    bad = tmp_path / "bad.npz"
    bad.write_bytes(DEFAULT_MODEL_PATH.read_bytes()[:1000])
    with pytest.raises(ModelError) as e:
        load(bad)
    assert "学習モデル" in str(e.value) and str(bad) in str(e.value)


# -- the artefact ---------------------------------------------------------------------------------
def test_model_is_small_and_carries_its_held_out_figures():
    assert DEFAULT_MODEL_PATH.stat().st_size < 4_000_000
    meta = load().meta
    assert meta["held_out"]["classifier"]["false_positive_rate"] <= 0.02
    assert 0.5 <= meta["classifier_threshold"] < 1


def test_retraining_reproduces_the_committed_model(tmp_path):
    """The committed model is exactly what `python3 -m service.learned.train` makes from the
    data in the repo. If this fails after a change to the rules or the data, retrain and
    commit service/learned/model.npz."""
    out = tmp_path / "model.npz"
    subprocess.run([sys.executable, "-m", "service.learned.train", "--out", str(out)],
                   cwd=ROOT, check=True, capture_output=True)
    assert out.read_bytes() == DEFAULT_MODEL_PATH.read_bytes()


def test_retraining_makes_the_same_model_whatever_the_callers_string_hash_seed(tmp_path):
    # with PYTHONHASHSEED=1 the judge's bias once came out one float32 step apart: the command
    # now fixes the hash seed itself, so the model is the same whoever calls it
    out = tmp_path / "model.npz"
    subprocess.run([sys.executable, "-m", "service.learned.train", "--out", str(out)],
                   cwd=ROOT, check=True, capture_output=True, env={**os.environ, "PYTHONHASHSEED": "1"})
    assert out.read_bytes() == DEFAULT_MODEL_PATH.read_bytes()


def test_it_examples_change_the_model(tmp_path):
    extra = tmp_path / "it.jsonl"
    rows = [{"id": f"it-{i}", "text": f"プロジェクト蒼天の第{i}回検討会の資料です。要約してください。",
             "expect": "not_allow", "types": ["NONPUBLIC_INFO"]} for i in range(1, 13)]
    extra.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows), encoding="utf-8")
    out = tmp_path / "it.npz"
    subprocess.run([sys.executable, "-m", "service.learned.train", "--add", str(extra), "--out", str(out)],
                   cwd=ROOT, check=True, capture_output=True)
    text = "プロジェクト蒼天の検討会の議事を整理してください。"
    assert probability(LearnedLayer(model_path=out), text) > probability(LearnedLayer(), text)
    assert load(out).meta["training"]["extra_files"] == ["it.jsonl"]


def test_explain_prints_passage_probabilities_and_judged_names():
    out = subprocess.run([sys.executable, "-m", "service.learned.explain"], cwd=ROOT, check=True,
                         input=NONPUBLIC["personnel_evaluation"] + "\n相談者の大沢 恵子さんに連絡する。",
                         capture_output=True, text=True).stdout
    assert "p=" in out and "top features" in out and "p(private)=" in out


def test_a_mobile_number_in_a_message_template_is_never_let_through(policy, morphology):
    r = Scanner(policy, analyser=morphology).scan(
        "自動送信の案内文を作っています。「090-3318-4402」へ、申請書が届いたことを知らせる短い文を考えてください。")
    assert r["verdict"] != "allow" and "090-3318-4402" not in r["redacted_text"]


def test_a_demoted_finding_is_a_warn_and_still_redacted(layer):
    text = "群馬県出身の作家、萩原 朔太郎の生涯を紹介する展示パネルの文案を作ってください。"
    doc = Document(text)
    start = doc.text.find("萩原 朔太郎")
    c = Candidate("PERSON", start, start + 6, 0.95, "テスト")
    doc.candidates.append(c)
    layer.apply(doc)
    p = judged(layer, text, "萩原 朔太郎")
    if p < layer.drop_below:
        assert c.score < 0.40  # dropped
    else:
        assert 0.40 <= c.score < 0.75  # warn
    assert "学習モデル" in c.reason and "%" in c.reason



def test_a_marked_passage_that_states_a_non_public_matter_is_reported_as_one_too(scanner):
    # the marking blocks the text; what the passage says (a litigation strategy and a settlement ceiling) is
    # a non-public matter of its own, which the classifier reports beside the marking
    r = scanner.scan("【取扱注意】市が被告となっている損害賠償請求訴訟について、次回口頭弁論に向けた市の反論の方向性と、"
                     "和解に応じる場合の上限額の考え方を整理したいです。")
    types = {f["type"] for f in r["findings"]}
    assert r["verdict"] == "block" and {"CONFIDENTIAL_MARKING", "NONPUBLIC_INFO"} <= types


def test_a_marked_harmless_notice_gets_no_non_public_finding_from_the_classifier(scanner):
    r = scanner.scan("【取扱注意】このお知らせは掲示板に貼ってください。来週の月曜日は庁舎の清掃のため、"
                     "正面玄関ではなく西側の通用口をご利用ください。")
    assert "NONPUBLIC_INFO" not in {f["type"] for f in r["findings"]}
