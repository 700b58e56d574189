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

The rules are data: service/rules/network.toml; each detector here runs the rules of its id
prefix (in this order: IPv4, IPv6, host names, UNC paths).
"""
from __future__ import annotations

from . import register
from .engine import RuleDetector

TYPE = "INTERNAL_NETWORK"


class _NetworkRules(RuleDetector):
    type = TYPE
    rules_file = "network"
    dedupe = False  # overlapping host-name hits are merged by the scanner, as one finding


@register
class PrivateIPv4Detector(_NetworkRules):
    rule_prefix = "network.ipv4."


@register
class PrivateIPv6Detector(_NetworkRules):
    rule_prefix = "network.ipv6."


@register
class InternalHostDetector(_NetworkRules):
    """Host names that only resolve inside an organisation."""
    rule_prefix = "network.host."


@register
class UncPathDetector(_NetworkRules):
    rule_prefix = "network.unc."


__all__ = ["PrivateIPv4Detector", "PrivateIPv6Detector", "InternalHostDetector", "UncPathDetector"]
