#!/usr/bin/env python3
"""Microsoft Presidio (AnalyzerEngine + spaCy `ja_ginza`) behind mamori's scan contract.

Runs INSIDE the separate benchmark venv made by bench/compare_presidio.py (GiNZA pins
SudachiPy < 0.7, so it never goes into the service's environment). It speaks the same
contract as mamori (POST /v1/scan, GET /healthz; see shared/spec/scan-api.md) so that
shared/eval/score.py can score both the same way.

    <venv>/bin/python bench/presidio_ginza_server.py --port 8813 [--policy service/default_policy.toml]

Configuration (standard Presidio configuration, given every advantage it offers):
- NLP engine: NlpEngineProvider, spaCy, model `ja_ginza`, with a
  model_to_presidio_entity_mapping for GiNZA's extended-named-entity labels (without it
  Presidio drops Person/City/Province).
- Recognizers for "ja": the spaCy NER recognizer plus Presidio's language-agnostic
  predefined recognizers that have a counterpart in the contract, each with Japanese
  context words: EmailRecognizer, CreditCardRecognizer (Luhn), PhoneRecognizer
  (python-phonenumbers, region JP), IpRecognizer, IbanRecognizer.
  Not loaded (language-agnostic but no counterpart in the contract): DateRecognizer
  (DATE_TIME is any date, not a birth date), UrlRecognizer (any URL, not an internal one),
  CryptoRecognizer, MacAddressRecognizer, UuidRecognizer. The US/UK/… country-specific
  recognizers do not apply to Japanese text.
- allow_list: the same public values as mamori's default policy allowlist
  (the city hall's switchboard and address), exact match.
- Verdict: every Presidio result is a finding; action "block" when its score >= 0.5,
  otherwise "warn". redacted_text: presidio-anonymizer, "replace" with the contract's
  placeholders, over every finding.
"""
from __future__ import annotations

import argparse
import json
import logging
import sys
import time
from http.server import BaseHTTPRequestHandler, HTTPServer

BLOCK_SCORE = 0.5

# GiNZA (ja_ginza 5.x) NER labels are Sekine's extended named-entity hierarchy (ENE).
# Map the ones that are personal data; the OntoNotes-style names are included too in case
# a GiNZA release labels with them.
GINZA_TO_PRESIDIO = {
    "Person": "PERSON",
    "PERSON": "PERSON",
    "Postal_Address": "LOCATION",
    "Province": "LOCATION",
    "City": "LOCATION",
    "County": "LOCATION",
    "Country": "LOCATION",
    "GPE_Other": "LOCATION",
    "GPE": "LOCATION",
    "LOC": "LOCATION",
    "Phone_Number": "PHONE_NUMBER",
    "Email": "EMAIL_ADDRESS",
}

# Presidio entity -> contract type.
PRESIDIO_TO_CONTRACT = {
    "PERSON": "PERSON",
    "LOCATION": "JP_ADDRESS",
    "PHONE_NUMBER": "PHONE_NUMBER",
    "EMAIL_ADDRESS": "EMAIL_ADDRESS",
    "CREDIT_CARD": "CREDIT_CARD",
    "IP_ADDRESS": "INTERNAL_NETWORK",
    "IBAN_CODE": "JP_BANK_ACCOUNT",
}

# Contract type -> (label, placeholder, classification), as in service/labels.py.
CONTRACT = {
    "PERSON": ("個人の氏名", "<氏名>", "I"),
    "JP_ADDRESS": ("住所", "<住所>", "I"),
    "PHONE_NUMBER": ("電話番号", "<電話番号>", "I"),
    "EMAIL_ADDRESS": ("メールアドレス", "<メールアドレス>", "I"),
    "CREDIT_CARD": ("クレジットカード番号", "<カード番号>", "I"),
    "JP_BANK_ACCOUNT": ("口座番号", "<口座番号>", "I"),
    "INTERNAL_NETWORK": ("庁内ネットワークの情報", "<内部アドレス>", "II"),
}

CONTEXT_JA = {
    "phone": ["電話", "電話番号", "携帯", "連絡先", "TEL", "tel", "FAX", "phone", "mobile"],
    "email": ["メール", "メールアドレス", "アドレス", "email", "mail"],
    "card": ["カード", "カード番号", "クレジット", "クレジットカード", "card", "credit"],
    "ip": ["IP", "ip", "アドレス", "サーバー", "サーバ"],
    "iban": ["口座", "口座番号", "銀行", "振込", "iban"],
}

LOADED_RECOGNIZERS = ["SpacyRecognizer (ja_ginza NER)", "EmailRecognizer", "CreditCardRecognizer",
                      "PhoneRecognizer (region JP)", "IpRecognizer", "IbanRecognizer"]


def build_engines(allow_list: list[str]):
    from presidio_analyzer import AnalyzerEngine, RecognizerRegistry
    from presidio_analyzer.nlp_engine import NlpEngineProvider
    from presidio_analyzer.predefined_recognizers import (CreditCardRecognizer, EmailRecognizer,
                                                          IbanRecognizer, IpRecognizer, PhoneRecognizer)
    from presidio_anonymizer import AnonymizerEngine

    conf = {
        "nlp_engine_name": "spacy",
        "models": [{"lang_code": "ja", "model_name": "ja_ginza"}],
        "ner_model_configuration": {"model_to_presidio_entity_mapping": GINZA_TO_PRESIDIO},
    }
    nlp_engine = NlpEngineProvider(nlp_configuration=conf).create_engine()
    registry = RecognizerRegistry(supported_languages=["ja"])
    registry.add_recognizer(EmailRecognizer(supported_language="ja", context=CONTEXT_JA["email"]))
    registry.add_recognizer(CreditCardRecognizer(supported_language="ja", context=CONTEXT_JA["card"]))
    registry.add_recognizer(PhoneRecognizer(supported_language="ja", context=CONTEXT_JA["phone"],
                                            supported_regions=("JP",)))
    registry.add_recognizer(IpRecognizer(supported_language="ja", context=CONTEXT_JA["ip"]))
    registry.add_recognizer(IbanRecognizer(supported_language="ja", context=CONTEXT_JA["iban"]))
    registry.add_nlp_recognizer(nlp_engine=nlp_engine)
    analyzer = AnalyzerEngine(nlp_engine=nlp_engine, registry=registry, supported_languages=["ja"])
    return analyzer, AnonymizerEngine()


class Scanner:
    def __init__(self, allow_list: list[str]):
        self.allow_list = allow_list
        self.analyzer, self.anonymizer = build_engines(allow_list)
        self.entities = sorted(PRESIDIO_TO_CONTRACT)

    def scan(self, text: str) -> dict:
        from presidio_anonymizer.entities import OperatorConfig

        results = self.analyzer.analyze(text=text, language="ja", entities=self.entities,
                                        allow_list=self.allow_list or None) if text else []
        findings = []
        for r in results:
            ctype = PRESIDIO_TO_CONTRACT.get(r.entity_type)
            if ctype is None:
                continue
            label, _ph, cls = CONTRACT[ctype]
            rec = (r.recognition_metadata or {}).get("recognizer_name", "?")
            findings.append({"type": ctype, "start": r.start, "end": r.end,
                             "action": "block" if r.score >= BLOCK_SCORE else "warn",
                             "classification": cls, "label": label, "score": round(float(r.score), 3),
                             "reason": f"Presidio {rec} ({r.entity_type})"})
        findings.sort(key=lambda f: (f["start"], f["end"]))
        verdict = "allow"
        if any(f["action"] == "block" for f in findings):
            verdict = "block"
        elif findings:
            verdict = "warn"
        redacted = text
        kept = [r for r in results if r.entity_type in PRESIDIO_TO_CONTRACT]
        if kept:
            ops = {e: OperatorConfig("replace", {"new_value": CONTRACT[c][1]})
                   for e, c in PRESIDIO_TO_CONTRACT.items()}
            redacted = self.anonymizer.anonymize(text=text, analyzer_results=kept, operators=ops).text
        return {"verdict": verdict, "findings": findings, "redacted_text": redacted,
                "policy_version": "presidio-ginza"}


def make_handler(scanner: Scanner, version: str):
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, *a):  # quiet
            pass

        def _send(self, status: int, obj: dict):
            body = json.dumps(obj, ensure_ascii=False).encode("utf-8")
            self.send_response(status)
            self.send_header("Content-Type", "application/json; charset=utf-8")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def _err(self, status: int, code: str, msg: str):
            self._send(status, {"error": {"code": code, "message": msg}})

        def do_GET(self):
            if self.path == "/healthz":
                self._send(200, {"status": "ok", "version": version, "policy_version": "presidio-ginza",
                                 "recognizers": LOADED_RECOGNIZERS, "block_score": BLOCK_SCORE})
            else:
                self._err(404, "not_found", "not found")

        def do_POST(self):
            n = int(self.headers.get("Content-Length") or 0)
            raw = self.rfile.read(n) if n else b""
            if self.path != "/v1/scan":
                return self._err(404, "not_found", "not found")
            try:
                req = json.loads(raw.decode("utf-8"))
            except (UnicodeDecodeError, ValueError):
                return self._err(400, "bad_json", "bad JSON")
            if not isinstance(req, dict) or not isinstance(req.get("text"), str):
                return self._err(400, "missing_text", "text missing")
            if len(req["text"]) > 100_000:
                return self._err(413, "text_too_long", "text too long")
            try:
                self._send(200, scanner.scan(req["text"]))
            except Exception as e:  # keep serving; report a JSON 500
                print(f"scan failed: {type(e).__name__}: {e}", file=sys.stderr)
                self._err(500, "internal", "internal error")

    return Handler


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--port", type=int, default=8813)
    ap.add_argument("--policy", help="mamori policy TOML whose [allowlist] values become Presidio's allow_list")
    args = ap.parse_args()
    logging.basicConfig(level=logging.ERROR)
    logging.getLogger("presidio-analyzer").setLevel(logging.ERROR)
    allow: list[str] = []
    if args.policy:
        import tomllib
        with open(args.policy, "rb") as fh:
            allow = list(tomllib.load(fh).get("allowlist", {}).get("values", []))
    t0 = time.perf_counter()
    scanner = Scanner(allow)
    scanner.scan("起動確認 山田太郎さん 090-1234-5678 前橋市大手町1丁目1番1号")  # warm-up
    from importlib.metadata import version as v
    ver = f"presidio-analyzer {v('presidio-analyzer')}, spacy {v('spacy')}, ja-ginza {v('ja-ginza')}, sudachipy {v('sudachipy')}"
    server = HTTPServer(("127.0.0.1", args.port), make_handler(scanner, ver))
    print(f"presidio+ginza ready on 127.0.0.1:{args.port} in {time.perf_counter() - t0:.1f}s ({ver})", flush=True)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    return 0


if __name__ == "__main__":
    sys.exit(main())
