"""The audit report for 情報政策課: one page, in Japanese, from the audit files of one or many PCs.

    python -m service.report AUDIT_DIR [AUDIT_DIR ...] [--since 30d] [--until 2026-11-30] --html out.html

Reads every `mamori-YYYY-MM-DD-<host>.jsonl` under the folders (sub-folders too, so each
PC's share can be copied in as it is), keeps the events in the period, and prints a plain-
text summary; with `--html` it also writes a self-contained page (inline CSS and SVG, no
script, nothing fetched from the network) that can be mailed or put on the intranet.
A line that cannot be read is skipped and counted, never fatal.

`--since` takes `30d` (days), `8w` (weeks), `6m` (months of 30 days), `1y`, a date
(`2026-04-01`) or `all`.
"""
from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import html
import json
import re
import sys
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Optional

from .labels import TYPES

EVENTS = ("blocked", "redacted", "sent_after_warning", "cancelled", "service_unreachable", "selector_miss")
EVENT_LABELS = {
    "blocked": "送信を止めた",
    "redacted": "伏せ字にして送信",
    "sent_after_warning": "警告を確認して送信",
    "cancelled": "送信を取りやめ",
    "service_unreachable": "検査サービスに接続できず",
    "selector_miss": "入力欄を読み取れず停止",
}
EVENT_HELP = {
    "blocked": "個人情報・非公開情報が見つかり、mamori が送信を止めました。",
    "redacted": "見つかった情報を＜氏名＞などの伏せ字に置き換えて送信しました。",
    "sent_after_warning": "「非公開の可能性がある」との警告を本人が確認したうえで、そのまま送信しました。",
    "cancelled": "注意の画面を見て、本人が送信をやめました。",
    "service_unreachable": "PC の検査サービスが動いておらず、文章を検査できませんでした（設定により送信は止まります）。",
    "selector_miss": "送信の操作は分かったものの、入力欄の文を読み取れなかったため、安全のため送信を止めました。"
                     "急に増えた場合は ChatGPT の画面が変わった可能性があります（拡張機能の lib/selectors.js の更新が必要です）。",
}
COLORS = {
    "blocked": "#c0392b",
    "redacted": "#2e86c1",
    "sent_after_warning": "#e67e22",
    "cancelled": "#7f8c8d",
    "service_unreachable": "#8e44ad",
    "selector_miss": "#34495e",
}
ERROR_LABELS = {"timeout": "応答が遅すぎた", "unreachable": "接続できなかった",
                "not_authentic": "本人のサービスではないものが応答した（なりすましの疑い）",
                "http_error": "エラーを返した", "bad_response": "応答が読めなかった", None: "不明"}
_FILE_DATE = re.compile(r"mamori-(\d{4}-\d{2}-\d{2})-")
_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
WEEKLY_AFTER_DAYS = 92


@dataclass
class Report:
    since: dt.date
    until: dt.date
    files: int = 0
    lines: int = 0
    corrupt: int = 0
    corrupt_where: list = field(default_factory=list)  # (file, line number), first few only
    chained_files: int = 0  # files whose lines carry the hash chain (service/audit.py)
    tampered: list = field(default_factory=list)  # (file, first line where the chain breaks)
    unreadable_files: int = 0
    by_event: Counter = field(default_factory=Counter)
    by_day: dict = field(default_factory=lambda: defaultdict(Counter))  # date -> Counter(event)
    findings: Counter = field(default_factory=Counter)  # type -> total count
    finding_events: Counter = field(default_factory=Counter)  # type -> events that had it
    after_warn: Counter = field(default_factory=Counter)  # event -> count, after a warn verdict

    @property
    def warn_total(self) -> int:
        return sum(self.after_warn.values())
    by_source: Counter = field(default_factory=Counter)
    hosts: set = field(default_factory=set)
    users: set = field(default_factory=set)
    unreachable_by_host: Counter = field(default_factory=Counter)
    unreachable_by_error: Counter = field(default_factory=Counter)
    miss_paths: Counter = field(default_factory=Counter)  # selector_miss by page path shape
    extension_versions: Counter = field(default_factory=Counter)
    policy_versions: Counter = field(default_factory=Counter)

    @property
    def total(self) -> int:
        return sum(self.by_event.values())


def parse_since(value: str, today: dt.date) -> dt.date:
    value = value.strip().lower()
    if value == "all":
        return dt.date(1970, 1, 1)
    if _DATE.fullmatch(value):
        return dt.date.fromisoformat(value)
    m = re.fullmatch(r"(\d{1,4})([dwmy])", value)
    if not m:
        raise ValueError(f"--since の形式が正しくありません: {value}（例: 30d, 8w, 6m, 1y, 2026-04-01, all）")
    n, unit = int(m.group(1)), m.group(2)
    days = n * {"d": 1, "w": 7, "m": 30, "y": 365}[unit]
    return today - dt.timedelta(days=days - 1)


def _files(dirs: Iterable[Path]) -> Iterable[Path]:
    for d in dirs:
        d = Path(d)
        if d.is_file():
            yield d
        elif d.is_dir():
            yield from sorted(d.rglob("*.jsonl"))


def build(dirs: Iterable[Path], since: dt.date, until: dt.date) -> Report:
    rep = Report(since=since, until=until)
    lo, hi = since.isoformat(), until.isoformat()
    for path in _files(dirs):
        m = _FILE_DATE.search(path.name)
        # A daily file holds that day's events; late (queued) events may carry the day before.
        if m and not (dt.date.fromisoformat(m.group(1)) - dt.timedelta(days=8) <= until
                      and m.group(1) >= lo):
            continue
        try:
            with open(path, "rb") as f:
                data = f.read()
        except OSError:
            rep.unreadable_files += 1
            continue
        rep.files += 1
        # The hash chain (service/audit.py): seq 1, 2, … and prev = SHA-256 of the line before.
        prev_hash, want_seq, chained, broken = _chain_start(path.name), 1, False, None
        for n, raw in enumerate(data.splitlines(), 1):
            if not raw.strip():
                continue
            rep.lines += 1
            this_hash = hashlib.sha256(raw).hexdigest()
            expected_prev, prev_hash = prev_hash, this_hash
            try:
                e = json.loads(raw)
                if isinstance(e, dict) and "seq" in e:
                    chained = True
                    if broken is None and (e.get("seq") != want_seq or e.get("prev") != expected_prev):
                        broken = n
                    want_seq = e["seq"] + 1 if isinstance(e.get("seq"), int) else want_seq + 1
                elif chained and broken is None:
                    broken = n
                event = e["event"]
                day = e["time"][:10]
                if event not in EVENT_LABELS or not _DATE.fullmatch(day):
                    raise ValueError
                findings = e.get("findings") or {}
                if not isinstance(findings, dict):
                    raise ValueError
            except (ValueError, KeyError, TypeError, UnicodeDecodeError):
                rep.corrupt += 1
                if len(rep.corrupt_where) < 20:
                    rep.corrupt_where.append((path.name, n))
                if chained and broken is None:
                    broken = n
                continue
            if not lo <= day <= hi:
                continue
            _count(rep, e, event, day, findings)
        if chained:
            rep.chained_files += 1
            if broken is not None:
                rep.tampered.append((path.name, broken))
    return rep


def _count(rep: Report, e: dict, event: str, day: str, findings: dict) -> None:
    """Add one well-formed event of the period to the report's counts."""
    rep.by_event[event] += 1
    rep.by_day[day][event] += 1
    for t, c in findings.items():
        if t in TYPES and isinstance(c, int) and not isinstance(c, bool) and 0 < c <= 999:
            rep.findings[t] += c
            rep.finding_events[t] += 1
    if e.get("verdict") == "warn" and event != "blocked":
        rep.after_warn[event] += 1
    src = e.get("source")
    if isinstance(src, str):
        rep.by_source[src] += 1
    host = e.get("host")
    if isinstance(host, str):
        rep.hosts.add(host)
    user = e.get("user")
    if isinstance(user, str) and user:
        rep.users.add(user)
    if event == "selector_miss" and isinstance(e.get("path"), str):
        rep.miss_paths[e["path"][:200]] += 1
    if event == "service_unreachable":
        rep.unreachable_by_host[host if isinstance(host, str) else "?"] += 1
        err = e.get("error")
        rep.unreachable_by_error[err if err in ERROR_LABELS else None] += 1
    v = e.get("extension_version")
    if isinstance(v, str):
        rep.extension_versions[v] += 1
    v = e.get("policy_version")
    if isinstance(v, str):
        rep.policy_versions[v] += 1


def _chain_start(file_name: str) -> str:
    # Same seed as service/audit.py (kept here so the report runs as a single file / zipapp).
    return hashlib.sha256(("mamori-audit-v1|" + file_name).encode("utf-8")).hexdigest()


# --- plain text ---------------------------------------------------------------------------

def _pct(a: int, b: int) -> str:
    return f"{100 * a / b:.1f}%" if b else "-"


def text_summary(rep: Report) -> str:
    out = [f"mamori 利用状況レポート  期間: {rep.since} 〜 {rep.until}",
           f"読み込んだファイル: {rep.files}  行: {rep.lines}  読めなかった行: {rep.corrupt}"
           + (f"  改ざんの疑いのあるファイル: {len(rep.tampered)}"
              + "".join(f"\n  改ざんの疑い: {f} の {n} 行目から" for f, n in rep.tampered[:20])
              if rep.tampered else "")
           + (f"  読めなかったファイル: {rep.unreadable_files}" if rep.unreadable_files else ""),
           f"記録のあったPC（検査サービス）: {len(rep.hosts)}台"
           + (f"  利用者: {len(rep.users)}人" if rep.users else ""),
           f"件数の合計: {rep.total:,}"]
    for ev in EVENTS:
        out.append(f"  {rep.by_event[ev]:>8,}  {EVENT_LABELS[ev]}")
    sent = rep.after_warn["sent_after_warning"]
    out.append(f"警告のあと送信: {sent} / 警告 {rep.warn_total} 件（{_pct(sent, rep.warn_total)}）")
    if rep.miss_paths:
        out.append("入力欄を読み取れず停止（画面の種類ごと）: " + "、".join(
            f"{p} {c:,}件" for p, c in rep.miss_paths.most_common(10)))
    if rep.findings:
        out.append("見つかった情報の種類（件数）:")
        for t, c in rep.findings.most_common():
            out.append(f"  {c:>8,}  {TYPES[t].label}")
    if rep.unreachable_by_host:
        out.append("検査サービスに接続できなかったPC（多い順）:")
        for h, c in rep.unreachable_by_host.most_common(10):
            out.append(f"  {c:>8,}  {h}")
    return "\n".join(out) + "\n"


# --- HTML ---------------------------------------------------------------------------------

def _e(s) -> str:
    return html.escape(str(s), quote=True)


def _buckets(rep: Report) -> tuple[list[tuple[str, str, Counter]], str]:
    """(label, tooltip label, counts) per day, or per week for long periods."""
    days = (rep.until - rep.since).days + 1
    if rep.since.year < 2000:  # --since all: start at the first event
        first = min(rep.by_day) if rep.by_day else rep.until.isoformat()
        start = dt.date.fromisoformat(first)
    else:
        start = rep.since
    days = (rep.until - start).days + 1
    if days <= WEEKLY_AFTER_DAYS:
        out = []
        for i in range(days):
            d = start + dt.timedelta(days=i)
            k = d.isoformat()
            out.append((f"{d.month}/{d.day}", f"{d.year}年{d.month}月{d.day}日", rep.by_day.get(k, Counter())))
        return out, "日"
    start = start - dt.timedelta(days=start.weekday())  # weeks start on Monday
    weeks = []
    d = start
    while d <= rep.until:
        c = Counter()
        for i in range(7):
            c.update(rep.by_day.get((d + dt.timedelta(days=i)).isoformat(), Counter()))
        weeks.append((f"{d.month}/{d.day}", f"{d.year}年{d.month}月{d.day}日からの週", c))
        d += dt.timedelta(days=7)
    return weeks, "週"


def _nice_max(v: int) -> int:
    if v <= 5:
        return 5
    mag = 10 ** (len(str(v)) - 1)
    for m in (1, 2, 2.5, 5, 10):
        if v <= m * mag:
            return int(m * mag)
    return v


def svg_timeline(rep: Report) -> str:
    buckets, unit = _buckets(rep)
    w, h, left, right, top, bottom = 960, 300, 56, 12, 16, 44
    pw, ph = w - left - right, h - top - bottom
    n = max(len(buckets), 1)
    ymax = _nice_max(max((sum(c.values()) for _, _, c in buckets), default=0))
    bw = pw / n
    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {w} {h}" role="img" '
             f'aria-label="{unit}ごとの件数のグラフ" class="chart">']
    for i in range(6):
        v = ymax * i / 5
        y = top + ph - ph * i / 5
        parts.append(f'<line x1="{left}" x2="{w - right}" y1="{y:.1f}" y2="{y:.1f}" class="grid"/>')
        parts.append(f'<text x="{left - 6}" y="{y + 4:.1f}" class="ax" text-anchor="end">{v:,.0f}</text>')
    step = max(1, round(n / 12))
    for i, (label, tip, c) in enumerate(buckets):
        x = left + i * bw
        y = top + ph
        total = sum(c.values())
        for ev in EVENTS:
            v = c.get(ev, 0)
            if not v:
                continue
            bh = ph * v / ymax
            y -= bh
            parts.append(f'<rect x="{x + bw * 0.12:.1f}" y="{y:.1f}" width="{max(bw * 0.76, 1):.1f}" '
                         f'height="{bh:.1f}" fill="{COLORS[ev]}"><title>{_e(tip)} {EVENT_LABELS[ev]}: '
                         f'{v:,}件</title></rect>')
        if total == 0:
            parts.append(f'<rect x="{x:.1f}" y="{top}" width="{bw:.1f}" height="{ph}" fill="transparent">'
                         f'<title>{_e(tip)}: 0件</title></rect>')
        if i % step == 0:
            parts.append(f'<text x="{x + bw / 2:.1f}" y="{h - bottom + 18}" class="ax" '
                         f'text-anchor="middle">{_e(label)}</text>')
    parts.append(f'<line x1="{left}" x2="{w - right}" y1="{top + ph}" y2="{top + ph}" class="axis"/>')
    parts.append(f'<text x="{left}" y="{h - 6}" class="ax">（1本の棒が1{unit}分。棒にマウスを重ねると件数が出ます）</text>')
    parts.append("</svg>")
    return "".join(parts)


def _bars(rows: list[tuple[str, int, str]], color: str = "#2e86c1") -> str:
    if not rows:
        return '<p class="none">該当する記録はありません。</p>'
    vmax = max(v for _, v, _ in rows) or 1
    out = ['<table class="bars">']
    for label, v, note in rows:
        out.append(f'<tr><th>{_e(label)}</th><td class="barcell"><span class="bar" style="width:'
                   f'{max(100 * v / vmax, 0.5):.1f}%;background:{color}"></span></td>'
                   f'<td class="num">{v:,}件</td><td class="note">{_e(note)}</td></tr>')
    out.append("</table>")
    return "".join(out)


CSS = """
body{font-family:"Yu Gothic UI","Meiryo","Hiragino Sans","Noto Sans CJK JP",sans-serif;margin:0;background:#f4f6f8;color:#222;line-height:1.6}
main{max-width:1000px;margin:0 auto;padding:24px}
h1{font-size:1.6em;margin:0 0 4px} h2{font-size:1.2em;border-left:6px solid #2e86c1;padding-left:10px;margin-top:32px}
.sub{color:#555;margin:0 0 16px}
.cards{display:flex;flex-wrap:wrap;gap:12px}
.card{background:#fff;border-radius:8px;padding:10px 12px;flex:1 1 130px;box-shadow:0 1px 3px rgba(0,0,0,.12)}
.card .v{font-size:1.8em;font-weight:bold} .card .l{color:#555;font-size:.9em}
.box{background:#fff;border-radius:8px;padding:16px;box-shadow:0 1px 3px rgba(0,0,0,.12)}
.chart{width:100%;height:auto} .grid{stroke:#e3e6ea} .axis{stroke:#888} .ax{font-size:12px;fill:#555}
.legend{display:flex;flex-wrap:wrap;gap:14px;margin:8px 0 0;padding:0;list-style:none;font-size:.95em}
.legend i{display:inline-block;width:14px;height:14px;border-radius:3px;margin-right:6px;vertical-align:-2px}
table{border-collapse:collapse;width:100%} th{text-align:left;font-weight:normal;white-space:nowrap;padding:4px 8px}
td{padding:4px 8px} .num{text-align:right;white-space:nowrap;font-variant-numeric:tabular-nums}
.bars .barcell{width:50%} .bar{display:inline-block;height:14px;border-radius:3px}
.note{color:#666;font-size:.9em;white-space:nowrap} .none{color:#666}
.expl dt{font-weight:bold;margin-top:8px} .expl dd{margin:0 0 0 1em}
.warn{background:#fff4e5;border-left:6px solid #e67e22;padding:8px 12px;border-radius:4px}
footer{color:#777;font-size:.85em;margin-top:32px}
"""


def _page_head(rep: Report, generated: dt.datetime) -> list[str]:
    """The page's head, title, summary cards and warnings about unreadable or broken logs."""
    s = rep.by_event
    override = rep.after_warn["sent_after_warning"]
    cards = [
        ("件数の合計", f"{rep.total:,}", "下のすべての出来事の合計"),
        (EVENT_LABELS["blocked"], f"{s['blocked']:,}", "個人情報などを送る前に止めた回数"),
        (EVENT_LABELS["redacted"], f"{s['redacted']:,}", "伏せ字に直して送った回数"),
        ("警告後の送信", f"{override:,}", f"警告 {rep.warn_total:,} 件のうち {_pct(override, rep.warn_total)}"),
        (EVENT_LABELS["service_unreachable"], f"{s['service_unreachable']:,}", "PC側の不具合の目安"),
        ("記録のあったPC", f"{len(rep.hosts):,}台", f"利用者 {len(rep.users):,}人" if rep.users else "検査サービスの台数"),
    ]
    p = ['<!DOCTYPE html><html lang="ja"><head><meta charset="utf-8">',
         '<meta name="viewport" content="width=device-width,initial-scale=1">',
         f"<title>mamori 利用状況レポート {rep.since} 〜 {rep.until}</title><style>{CSS}</style></head><body><main>",
         "<h1>mamori（守り）利用状況レポート</h1>",
         f'<p class="sub">期間: {rep.since:%Y年%m月%d日} 〜 {rep.until:%Y年%m月%d日}　／　'
         f'作成: {generated:%Y年%m月%d日 %H:%M}</p>',
         '<p>生成AI（ChatGPT）に文章を送る前に、mamori が個人情報・非公開情報を見つけたときの「その後どうしたか」の件数です。'
         '<strong>入力された文章や見つかった値そのものは記録していません</strong>（件数と種類だけです）。</p>',
         '<div class="cards">']
    for label, value, note in cards:
        p.append(f'<div class="card"><div class="l">{_e(label)}</div><div class="v">{_e(value)}</div>'
                 f'<div class="l">{_e(note)}</div></div>')
    p.append("</div>")
    if rep.corrupt or rep.unreadable_files:
        p.append(f'<p class="warn">記録ファイルのうち読み取れなかった行が {rep.corrupt:,} 行'
                 + (f"、開けなかったファイルが {rep.unreadable_files:,} 件" if rep.unreadable_files else "")
                 + 'ありました。これらは集計から除いています（ファイルの破損や書きかけが原因です）。</p>')
    if rep.tampered:
        p.append(f'<p class="warn">記録の連鎖（各行が前の行のハッシュを持つしくみ）が途切れているファイルが '
                 f'{len(rep.tampered):,} 件あります（改ざんの疑い: 行の削除・書き換え・差し込み・入れ替え）: '
                 + "、".join(f"{_e(f)}（{n}行目から）" for f, n in rep.tampered[:20]) + "</p>")
    return p


def html_page(rep: Report, generated: Optional[dt.datetime] = None) -> str:
    generated = generated or dt.datetime.now().astimezone()
    buckets, unit = _buckets(rep)
    p = _page_head(rep, generated)

    p.append(f"<h2>{unit}ごとの件数</h2><div class='box'>{svg_timeline(rep)}<ul class='legend'>")
    for ev in EVENTS:
        p.append(f'<li><i style="background:{COLORS[ev]}"></i>{EVENT_LABELS[ev]}</li>')
    p.append("</ul></div>")

    p.append("<h2>見つかった情報の種類</h2><div class='box'>"
             "<p>どの種類の情報が入力されようとしたか（1回の送信に複数あれば、それぞれ数えます）。</p>")
    rows = [(TYPES[t].label, c, f"分類{'Ⅰ' if TYPES[t].classification == 'I' else 'Ⅱ' if TYPES[t].classification == 'II' else 'Ⅲ'}・"
             f"{rep.finding_events[t]:,}回の送信で") for t, c in rep.findings.most_common()]
    p.append(_bars(rows) + "</div>")

    p.append("<h2>警告のあとの行動</h2><div class='box'>"
             "<p>「非公開の可能性がある情報」などの<strong>警告</strong>（止めるほどではないもの）が出たとき、"
             "職員がどうしたかです。「警告を確認して送信」が多い場合は、研修や設定の見直しを検討してください。</p>")
    rows = [(EVENT_LABELS[ev], rep.after_warn[ev], _pct(rep.after_warn[ev], rep.warn_total))
            for ev in ("sent_after_warning", "redacted", "cancelled") if rep.warn_total]
    p.append(_bars(rows, COLORS["sent_after_warning"]))
    p.append("</div>")

    p.append("<h2>検査サービスに接続できなかった件数</h2><div class='box'>"
             "<p>PC で mamori の検査サービスが動いていなかった回数です。同じPCで多い場合は、"
             "そのPCの自動起動（タスク スケジューラ）を確認してください。</p>")
    rows = [(h, c, "") for h, c in rep.unreachable_by_host.most_common(15)]
    p.append(_bars(rows, COLORS["service_unreachable"]))
    if rep.unreachable_by_error:
        p.append("<p class='note'>内訳: " + "、".join(
            f"{_e(ERROR_LABELS[k])} {v:,}件" for k, v in rep.unreachable_by_error.most_common()) + "</p>")
    p.append("</div>")

    if rep.miss_paths:
        p.append("<h2>入力欄を読み取れず停止した画面</h2><div class='box'><p>"
                 f"{_e(EVENT_HELP['selector_miss'])}</p>")
        p.append(_bars([(pth, c, "") for pth, c in rep.miss_paths.most_common(10)], COLORS["selector_miss"]))
        p.append("</div>")

    p.append("<h2>用語の説明</h2><div class='box'><dl class='expl'>")
    for ev in EVENTS:
        p.append(f"<dt><i style='display:inline-block;width:12px;height:12px;background:{COLORS[ev]};"
                 f"border-radius:2px;margin-right:6px'></i>{EVENT_LABELS[ev]}</dt><dd>{EVENT_HELP[ev]}</dd>")
    p.append("</dl></div>")

    versions = "、".join(f"{_e(v)}（{c:,}件）" for v, c in rep.extension_versions.most_common(5)) or "なし"
    policies = "、".join(f"{_e(v)}（{c:,}件）" for v, c in rep.policy_versions.most_common(5)) or "なし"
    p.append(f"<footer>拡張機能のバージョン: {versions}<br>ポリシーのバージョン: {policies}<br>"
             f"集計したファイル {rep.files:,} 件・{rep.lines:,} 行（読み取れなかった行 {rep.corrupt:,}）。"
             "このページは mamori の監査ログ（件数のみ）から自動で作成しました。</footer>")
    p.append("</main></body></html>")
    return "".join(p)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(prog="python -m service.report",
                                 description="mamori の監査ログ（件数のみ）を集計して、文章とHTMLのレポートを作ります。")
    ap.add_argument("dirs", nargs="+", type=Path, help="監査ログのフォルダ（複数可。サブフォルダも読みます）")
    ap.add_argument("--since", default="30d", help="集計の開始: 30d, 8w, 6m, 1y, 2026-04-01, all（既定 30d）")
    ap.add_argument("--until", help="集計の終了日 YYYY-MM-DD（既定: 今日）")
    ap.add_argument("--html", type=Path, help="HTMLレポートの出力先")
    args = ap.parse_args(argv)
    try:
        until = dt.date.fromisoformat(args.until) if args.until else dt.date.today()
        since = parse_since(args.since, until)
    except ValueError as e:
        print(f"mamori report: {e}", file=sys.stderr)
        return 2
    missing = [str(d) for d in args.dirs if not d.exists()]
    if missing:
        print(f"mamori report: フォルダが見つかりません: {', '.join(missing)}", file=sys.stderr)
        return 2
    rep = build(args.dirs, since, until)
    sys.stdout.write(text_summary(rep))
    if args.html:
        args.html.parent.mkdir(parents=True, exist_ok=True)
        args.html.write_text(html_page(rep), encoding="utf-8")
        print(f"HTML: {args.html}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
