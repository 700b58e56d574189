"""Added delay per allowed send: how much later a harmless prompt reaches the page's own
submit handler with the extension than without it, in a real Chromium against the real
service, on the composer fixture (tests/e2e/fixture/index.html).

    python bench/bench_send_delay.py                      # this tree's extension vs none
    python bench/bench_send_delay.py --before 40ad979     # … and the extension at that commit

Each configuration has its own Chromium (fresh profile); they send N harmless prompts in
turn (round-robin, so the load of a shared machine falls on all alike; Enter on the
composer; each text differs, so nothing is cached) and the time from the keydown to the
page's submit is taken in the page (performance.now(), a MutationObserver on the list of
sent prompts). Prints the medians (and p90); the added delay is the median with the
extension minus the median without. Timings only — never asserted in a test.
"""
from __future__ import annotations

import argparse
import io
import shutil
import statistics
import subprocess
import sys
import tarfile
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests" / "e2e"))
sys.path.insert(0, str(ROOT / "tests"))

from e2e_support import CHROMIUM, EXTENSION, TEST_POLICY, Browser, Service, free_port, launch  # noqa: E402
from fixture_server import FixtureServer  # noqa: E402

SHORT = "Excelで平均を求める関数を教えてください（{i}回目）"
LONG = ("来年度の窓口案内の文案を、やさしい日本語で整えてください。受付時間は平日の午前8時30分から午後5時15分までです。" * 40
        + "（{i}）")

SEND_ONE = """async (text) => {
  const ed = document.getElementById('prompt-textarea');
  ed.focus();
  document.execCommand('selectAll');
  document.execCommand('insertText', false, text);
  await new Promise((r) => setTimeout(r, 0));
  const list = document.getElementById('submitted');
  const done = new Promise((resolve) => {
    const mo = new MutationObserver(() => { mo.disconnect(); resolve(performance.now()); });
    mo.observe(list, { childList: true });
  });
  const t0 = performance.now();
  ed.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', code: 'Enter', keyCode: 13, which: 13, bubbles: true, cancelable: true }));
  return (await done) - t0;
}"""


def extension_at(ref: str, into: Path) -> Path:
    data = subprocess.run(["git", "archive", ref, "extension"], cwd=ROOT, check=True, capture_output=True).stdout
    with tarfile.open(fileobj=io.BytesIO(data)) as tar:
        tar.extractall(into)  # noqa: S202 — our own repository
    return into / "extension"


def open_config(pw, site_port: int, service_url: str, extension: Path | None):
    profile = tempfile.mkdtemp(prefix="mamori-bench-")
    if extension is None:
        ctx = pw.chromium.launch_persistent_context(
            profile, executable_path=CHROMIUM, headless=True, ignore_https_errors=True,
            args=["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-extensions",
                  f"--host-resolver-rules=MAP chatgpt.com 127.0.0.1:{site_port}", "--ignore-certificate-errors"])
    else:
        ctx = launch(pw, site_port, profile, extension=extension)
        b = Browser(ctx)
        b.point_to(service_url)
        b.acknowledge_reminder()
    page = ctx.new_page()
    page.goto("https://chatgpt.com/")
    if extension is not None:
        page.wait_for_selector("html[data-mamori-state=ready]", timeout=15000)
    return ctx, page, profile


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--before", help="a git ref whose extension/ is measured as 'before'")
    ap.add_argument("-n", type=int, default=40)
    a = ap.parse_args()
    from playwright.sync_api import sync_playwright

    tmp = Path(tempfile.mkdtemp(prefix="mamori-bench-ext-"))
    policy = tmp / "policy.toml"
    policy.write_text(TEST_POLICY, encoding="utf-8")
    svc = Service(free_port(), policy).start()
    site = FixtureServer().start()
    configs = [("none", None)]
    if a.before:
        configs.append((f"before ({a.before})", extension_at(a.before, tmp)))
    configs.append(("after (this tree)", EXTENSION))
    try:
        with sync_playwright() as pw:
            opened = [(name, *open_config(pw, site.port, svc.url, ext)) for name, ext in configs]
            try:
                for label, template in [("short prompt", SHORT), ("2,000-char prompt", LONG)]:
                    print(f"== {label} ({len(template.format(i=0)):,} chars), n={a.n}, configurations interleaved")
                    for name, ctx, page, _ in opened:  # warm-up: the worker, the service's first scans
                        for i in range(3):
                            page.evaluate(SEND_ONE, template.format(i=f"w{i}"))
                    times: dict[str, list[float]] = {name: [] for name, *_ in opened}
                    # Round-robin: load on the shared machine falls on every configuration alike.
                    for i in range(a.n):
                        # Alternate the order too: whoever goes right after another's scan pays no extra.
                        for name, ctx, page, _ in (opened if i % 2 == 0 else opened[::-1]):
                            times[name].append(page.evaluate(SEND_ONE, template.format(i=i)))
                    base = statistics.median(times[opened[0][0]])
                    for name, xs in times.items():
                        med = statistics.median(xs)
                        p90 = sorted(xs)[int(0.9 * (len(xs) - 1))]
                        print(f"  {name:<22} median {med:7.1f} ms  p90 {p90:7.1f} ms  added {med - base:7.1f} ms")
            finally:
                for _, ctx, _, profile in opened:
                    ctx.close()
                    shutil.rmtree(profile, ignore_errors=True)
    finally:
        site.stop()
        svc.stop()
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
