"""INTERNAL_NETWORK: private addresses, internal host names, internal URLs, UNC paths.

Decisions (documented here because they are policy, not accidents):
- Reported: RFC 1918 IPv4 (10/8, 172.16/12, 192.168/16) with valid octets, with an
  optional /CIDR or :port; IPv6 unique-local addresses (fc00::/7, in practice fd..);
  host names under internal-only suffixes (.local .lan .internal .intra .intranet
  .corp .localdomain .home.arpa) or with an `intra`/`intranet`/`internal`/`lgwan`
  label; single-label hosts in URLs (http://fileserver/); UNC paths \\\\server\\share
  (also written with ¥, as Japanese Windows shows the backslash).
- Not reported: loopback 127.0.0.0/8, localhost and link-local 169.254/16, fe80::
  (the same on every PC, they reveal nothing about the city's network); public IPs;
  4-part version numbers in a version sentence (「バージョン 10.2.0.1」); the RFC
  range names themselves (「10.0.0.0/8」「192.168.0.0/16」 in a question about
  address planning).
- `.lg.jp` alone is NOT internal: many LGWAN-side names end in .lg.jp, but so do
  public municipal web sites (www.city.xxx.lg.jp), and the city's own public site is
  www.city.maebashi.gunma.jp. Only .lg.jp names with an intra/internal/lgwan label
  are reported.
- Well-known default gateway addresses (192.168.0.1, 192.168.1.1, 10.0.0.1, …) are
  only a warning: they appear in general router/how-to questions.
"""
from __future__ import annotations

import re

from .. import lexicon
from . import register
from .base import Detector, Pattern
from .fastre import compile_fast

TYPE = "INTERNAL_NETWORK"

_OCTET = r"(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)"
_PORT = r"(?::(?:6553[0-5]|655[0-2]\d|65[0-4]\d\d|6[0-4]\d{3}|[1-5]\d{4}|[1-9]\d{0,3}))?"
_CIDR = r"(?:/(?:3[0-2]|[12]?\d))?"

_RFC_RANGES = frozenset(lexicon.words("network.rfc_ranges"))
_DEFAULT_GATEWAYS = frozenset(lexicon.words("network.default_gateways"))
_VERSION_WORDS = compile_fast(r"(?i)(?:version|ver\.?|バージョン|ビルド|build|v)[ \t:]*$")
_INTERNAL_SUFFIX = r"(?:local|lan|internal|intra|intranet|corp|localdomain|home\.arpa|lgwan)"


@register
class PrivateIPv4Detector(Detector):
    gate = r"(?:10|172|192)\."
    type = TYPE
    patterns = (
        Pattern("プライベートIPアドレス",
                r"(?<![\d.])(?P<v>(?:10\." + _OCTET + r"|172\.(?:1[6-9]|2\d|3[01])|192\.168)\."
                + _OCTET + r"\." + _OCTET + _CIDR + _PORT + r")(?!\.?\d)", 0.90),
    )

    def score_match(self, doc, match, pattern, valid, context):
        value = match.group("v")
        if value in _RFC_RANGES:
            return None
        start = match.start("v")
        before = doc.text[max(0, start - 16):start]
        if _VERSION_WORDS.search(before):
            return None
        if value.split("/")[0].split(":")[0] in _DEFAULT_GATEWAYS:
            return 0.50, "プライベートIPアドレス（機器の初期値・要確認）"
        return pattern.score, "プライベートIPアドレス（RFC 1918）"


@register
class PrivateIPv6Detector(Detector):
    gate = r"f[cd][0-9a-f]{2}:"
    type = TYPE
    patterns = (
        Pattern("IPv6ユニークローカルアドレス",
                r"(?i)(?<![:\w])(?P<v>f[cd][0-9a-f]{2}:(?:[0-9a-f]{0,4}:){1,6}[0-9a-f]{0,4}(?:/\d{1,3})?)(?![:\w])",
                0.85),
    )

    def score_match(self, doc, match, pattern, valid, context):
        value = match.group("v")
        if value.count(":") < 2:
            return None
        return pattern.score, "IPv6ユニークローカルアドレス"


@register
class InternalHostDetector(Detector):
    """Host names that only resolve inside an organisation."""
    gate = r"\.(?:local|lan|internal|intra|corp|home\.arpa|lgwan)|intra|internal|lgwan|://"
    type = TYPE
    _LABEL = r"[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?"
    patterns = (
        # foo.bar.local, kintai.maebashi-city.local, portal.intra
        Pattern("内部ドメインのホスト名",
                r"(?<![\w.@-])(?P<v>(?:" + _LABEL + r"\.){1,10}" + _INTERNAL_SUFFIX + r")(?![\w-]|\.[A-Za-z0-9])",
                0.90, re.I),
        # intra.city.maebashi.lg.jp, portal.intranet.example.jp
        Pattern("内部用ラベルを含むホスト名",
                r"(?<![\w.@-])(?P<v>(?:" + _LABEL + r"\.){0,8}(?:intra|intranet|internal|lgwan)(?:\." + _LABEL
                + r"){1,8})(?![\w-]|\.[A-Za-z0-9])", 0.85, re.I),
        # http://fileserver/ , https://intranet:8443/
        Pattern("URL中の単一ラベルのホスト名",
                r"(?i)(?<![A-Za-z])(?:https?|ftp|smb|file)://(?P<v>[a-z][a-z0-9-]{1,62})(?=:\d|[/?#]|$|[^A-Za-z0-9_.\-@:])", 0.85),
    )
    _NOT_INTERNAL = frozenset(lexicon.words("network.internalhost.not_internal"))
    _TLDS = frozenset(lexicon.words("network.internalhost.tlds"))

    def score_match(self, doc, match, pattern, valid, context):
        value = match.group("v").lower()
        if value in self._NOT_INTERNAL or value.startswith("localhost."):
            return None
        if pattern.name == "内部ドメインのホスト名":
            # file names such as report.local are rare; a dot-less TLD alone (".local") never matches
            return pattern.score, "内部専用ドメインのホスト名"
        if pattern.name == "内部用ラベルを含むホスト名":
            last = value.rsplit(".", 1)[-1]
            if last not in self._TLDS:
                return None  # internal.md / intra.v1: a file or version, not a host name
            return pattern.score, "内部用ラベルを含むホスト名"
        return pattern.score, "URL中の内部ホスト名"


@register
class UncPathDetector(Detector):
    gate = r"[\\¥]{2}"
    type = TYPE
    patterns = (
        Pattern("UNCパス（共有フォルダ）",
                r"(?<![\w:\\¥])(?P<v>[\\¥]{2}(?P<host>[A-Za-z0-9][A-Za-z0-9.$_-]{1,62})[\\¥]"
                r"[^\s\\¥/:*?\"<>|、。，「」（）()]{1,80})", 0.90),
    )

    def score_match(self, doc, match, pattern, valid, context):
        host = match.group("host")
        if host.lower() in ("localhost", "127.0.0.1", "wsl$", "wsl.localhost"):
            return None
        if len(host) < 2 or host.isdigit():
            return None
        return pattern.score, "UNCパス（共有フォルダ）"


__all__ = ["PrivateIPv4Detector", "PrivateIPv6Detector", "InternalHostDetector", "UncPathDetector"]
