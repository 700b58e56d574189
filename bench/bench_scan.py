#!/usr/bin/env python3
"""Scan latency over HTTP: median and p95 for texts of about 500, 5,000, 20,000 and
100,000 characters. A benchmark, not a test: it prints figures for the README.

    python bench/bench_scan.py                 # starts its own service on a free port
    python bench/bench_scan.py --url http://127.0.0.1:8765 --rounds 50
"""
from __future__ import annotations

import argparse
import http.client
import json
import random
import statistics
import subprocess
import sys
import time
import urllib.parse
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

# Realistic material: ordinary municipal prose, a table, and a little personal data.
PARAGRAPHS = [
    "市民清掃デーの開会あいさつを作ってください。参加者へのお礼と、安全への注意を入れてください。",
    "熱中症は、気温や湿度が高い環境で、体内の水分や塩分のバランスがくずれることで起こります。こまめに水分を補給しましょう。",
    "本市の公共施設の延床面積は、人口一人当たりで全国平均を上回っており、今後30年間の更新費用は年平均で約120億円と試算しております。",
    "=SUMPRODUCT((A2:A500=\"土木費\")*(B2:B500>=DATE(2026,4,1))*C2:C500) の意味を説明してください。",
    "土木費,2026/04/08,1320000,委託料,株式会社ぐんま測量設計",
    "Could you write a brief email to the international office thanking them for the gifts they sent for our festival?",
    "相談者：森田 舞（H4.9.18生）連絡先：080-5966-5425 状況：子ども2人と実家で同居。",
    "子育て支援アプリの登録者数が1万2千人を超え、予防接種のスケジュール通知機能の利用が多いことを報告した。",
    "次の文を英訳してください。「大雨のため、避難指示を発令しました。近くの避難所に避難してください。」",
]


def make_text(chars: int, seed: int) -> str:
    rnd = random.Random(seed)
    out, n = [], 0
    while n < chars:
        p = rnd.choice(PARAGRAPHS)
        out.append(p)
        n += len(p) + 1
    return "\n".join(out)[:chars]


# Dense material: a roster or a case list, personal data on every line (names, birth dates,
# phones, addresses, numbers), the text a central instance's heaviest pastes look like.
_SURNAMES = "佐藤 鈴木 高橋 田中 伊藤 渡辺 山本 中村 小林 加藤 吉田 山田 佐々木 山口 松本 井上 木村 林 清水 森田 阿部 池田 橋本 石川".split()
_GIVEN = "太郎 花子 一郎 美咲 健太 陽子 翔太 さくら 大輔 由美 拓也 恵子 直樹 明美 誠 裕子 和也 真由美 浩 愛".split()
_TOWNS = "朝日町 大手町 千代田町 本町 岩神町 総社町 元総社町 上小出町 広瀬町 下小出町 荒牧町 川原町".split()
_DENSE_LINES = [
    "{n}. {sur} {giv}（{y}年{m}月{d}日生）前橋市{town}{a}丁目{b}番{c}号 電話 090-{p1:04d}-{p2:04d}",
    "No.{n} 相談者：{sur}{giv}さん（{age}歳）連絡先 080-{p1:04d}-{p2:04d} 住所 前橋市{town}{a}-{b}-{c}",
    "{n}　{sur} {giv}　生年月日 {y}/{m}/{d}　{town}{a}丁目　担当：{sur2}",
    "案件{n}：{sur}様（{town}）より、{y}年{m}月{d}日生まれの長男の件で相談。電話 027-{q:03d}-{p2:04d}",
    "{sur} {giv} <{mail}@example.jp> 内線{p1:04d} 職員番号 {p2:06d}",
]


def make_dense_text(chars: int, seed: int) -> str:
    rnd = random.Random(seed)
    out, n = [], 0
    i = 0
    while n < chars:
        i += 1
        line = rnd.choice(_DENSE_LINES).format(
            n=i, sur=rnd.choice(_SURNAMES), giv=rnd.choice(_GIVEN), sur2=rnd.choice(_SURNAMES),
            y=rnd.randint(1940, 2015), m=rnd.randint(1, 12), d=rnd.randint(1, 28), age=rnd.randint(18, 90),
            town=rnd.choice(_TOWNS), a=rnd.randint(1, 5), b=rnd.randint(1, 30), c=rnd.randint(1, 20),
            p1=rnd.randint(100, 9999), q=rnd.randint(210, 290), p2=rnd.randint(1000, 9999), mail=f"user{rnd.randint(1, 999)}")
        out.append(line)
        n += len(line) + 1
    return "\n".join(out)[:chars]


def start_service(extra_args: tuple[str, ...] = ()) -> tuple[subprocess.Popen, str]:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    proc = subprocess.Popen([sys.executable, str(ROOT / "run_service.py"), "--port", str(port),
                             "--log-level", "WARNING", *extra_args], cwd=ROOT, stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL)
    url = f"http://127.0.0.1:{port}"
    t0 = time.perf_counter()
    while time.perf_counter() - t0 < 30:
        try:
            urllib.request.urlopen(url + "/healthz", timeout=1)
            print(f"service ready in {time.perf_counter() - t0:.2f}s (pid {proc.pid})")
            return proc, url
        except OSError:
            time.sleep(0.05)
    proc.kill()
    raise SystemExit("service did not start")


def scan_times(url: str, size: int, rounds: int, timeout: float = 120, maker=None) -> list[float]:
    """Milliseconds per POST /v1/scan of `rounds` texts of `size` characters over one
    keep-alive connection (two more first, to warm the path)."""
    u = urllib.parse.urlparse(url)
    conn = http.client.HTTPConnection(u.hostname, u.port, timeout=timeout)
    times = []
    try:
        for i in range(rounds + 2):
            body = json.dumps({"text": (maker or make_text)(size, i)}, ensure_ascii=False).encode()
            t0 = time.perf_counter()
            conn.request("POST", "/v1/scan", body, {"Content-Type": "application/json"})
            resp = conn.getresponse()
            resp.read()
            dt = (time.perf_counter() - t0) * 1000
            if resp.status != 200:
                raise SystemExit(f"{url}: HTTP {resp.status} at {size} chars")
            if i >= 2:
                times.append(dt)
    finally:
        conn.close()
    return times


def rss_tree_mb(pid: int) -> float:
    """Resident memory of a process and all its descendants (the scan workers)."""
    total, todo = 0.0, [pid]
    while todo:
        p = todo.pop()
        mb = rss_mb(p)
        total += mb if mb == mb else 0.0
        try:
            for task in Path(f"/proc/{p}/task").iterdir():
                todo.extend(int(c) for c in (task / "children").read_text().split())
        except OSError:
            pass
    return total if total else float("nan")


def rss_mb(pid: int) -> float:
    try:
        for line in open(f"/proc/{pid}/status"):
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return float("nan")


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--url")
    ap.add_argument("--rounds", type=int, default=30, help="requests per size (default 30)")
    ap.add_argument("--sizes", default="500,5000,20000,100000")
    ap.add_argument("--dense", action="store_true",
                    help="roster / case-list text with personal data on every line (make_dense_text)")
    args = ap.parse_args()
    proc = None
    url = args.url
    if not url:
        proc, url = start_service()
    print(f"{'chars':>8} {'n':>4} {'median ms':>10} {'p95 ms':>8} {'max ms':>8}")
    try:
        for size in [int(s) for s in args.sizes.split(",")]:
            rounds = max(5, args.rounds // (4 if size >= 100_000 else 1))
            times = sorted(scan_times(url, size, rounds, maker=make_dense_text if args.dense else None))
            p95 = times[min(len(times) - 1, int(round(0.95 * (len(times) - 1))))]
            print(f"{size:>8} {len(times):>4} {statistics.median(times):>10.1f} {p95:>8.1f} {times[-1]:>8.1f}")
        if proc:
            print(f"service resident memory: {rss_mb(proc.pid):.0f} MB")
    finally:
        if proc:
            proc.terminate()
            proc.wait(timeout=5)
    return 0


if __name__ == "__main__":
    sys.exit(main())
