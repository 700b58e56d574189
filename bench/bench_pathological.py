#!/usr/bin/env python3
"""Pathological 100,000-character inputs: CPU seconds per scan, in process (a benchmark, not a
test: the README quotes its figures). Each input is one short piece repeated to the service's
limit of 100,000 characters: names with honorifics, card-like digit groups, markings, broken
lines, brackets, Markdown, spaced letters…

    python bench/bench_pathological.py            # every input, best of 3 runs each
    python bench/bench_pathological.py --only 山田 --runs 1
"""
from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

LIMIT = 100_000

PIECES = {
    "「山田さん」": "「山田さん」",
    "5260 1815 9084 ": "5260 1815 9084 ",
    "山田花子様": "山田花子様",
    "山田花子様、": "山田花子様、",
    "田中 太郎（45歳）": "田中 太郎（45歳）",
    "digits": "0123456789",
    "digit groups with dashes": "090-1234-5678 ",
    "dashes": "-",
    "@": "@",
    "e-mail list": "a.b@example.jp ",
    "【秘】": "【秘】",
    "【部外秘】": "【部外秘】",
    "brackets": "（（（「「「",
    "contact rows": "氏名：山田太郎 電話：090-1234-5678 住所：前橋市大手町1丁目1番1号\n",
    "roster rows": "12\u3000佐藤 花子\u3000生年月日 1985/4/12\u3000朝日町3丁目\n",
    "broken lines (kanji)": "山田\n",
    "broken lines (digits)": "12\n",
    "broken lines (ascii)": "a1\n",
    "address": "前橋市大手町二丁目12番1号",
    "spaced letters": "山 ",
    "Markdown": "**山田**",
    "kanji numerals": "一九八五年四月一二日",
    "passwords": "password=Zx9kq2M77 ",
    "IP addresses": "192.168.0.1 ",
    "katakana": "ヤマダタロウ",
    "English names": "Mr. John Smith, ",
    "commas": "、",
    "spaces": " ",
    "tabs": "\t",
    "full-width spaces": "\u3000",
    "spaces and tabs": " \t",
    "4 spaces and a letter": "    x",
    "4 tabs and a kanji": "\t\t\t\t山",
    "50 spaces a line": " " * 50 + "\n",
    "newlines": "\n",
    "zero-width": "1\u200b",
}


def make(piece: str) -> str:
    return (piece * (LIMIT // len(piece) + 1))[:LIMIT]


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--only", help="only inputs whose name contains this")
    args = ap.parse_args()
    from service.policy import load_policy
    from service.scanner import Scanner

    scanner = Scanner(load_policy())
    scanner.scan("起動確認 山田太郎さん 090-1234-5678")
    worst = 0.0
    print(f"{'input (repeated to 100,000 chars)':<36} {'CPU s':>7} {'wall s':>7} {'findings':>9}  verdict")
    for name, piece in PIECES.items():
        if args.only and args.only not in name:
            continue
        text = make(piece)
        best_cpu = best_wall = float("inf")
        for _ in range(args.runs):
            c0, w0 = time.process_time(), time.perf_counter()
            result = scanner.scan(text)
            best_cpu = min(best_cpu, time.process_time() - c0)
            best_wall = min(best_wall, time.perf_counter() - w0)
        worst = max(worst, best_cpu)
        print(f"{name:<36} {best_cpu:>7.2f} {best_wall:>7.2f} {len(result['findings']):>9}  {result['verdict']}")
    print(f"worst: {worst:.2f} s CPU")
    return 0


if __name__ == "__main__":
    sys.exit(main())
