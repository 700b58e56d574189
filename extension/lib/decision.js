// What the content script does with a scan outcome. Pure.

const RANK = { allow: 0, warn: 1, block: 2 };

/** Is `r` a response of POST /v1/scan as the contract describes? */
export function isScanResult(r) {
  return !!r && typeof r === 'object' && r.verdict in RANK && Array.isArray(r.findings)
    && typeof r.redacted_text === 'string';
}

/**
 * outcome: {ok: true, result} | {ok: false, error: {code, message}}
 * Returns {kind: "send"|"block"|"warn"|"unreachable", canSend, findings, redactedText, error, degraded}
 *  - send: let the prompt go (allow, or fail mode "allow" when the service is down: degraded)
 *  - block: dialog, no way to send the original
 *  - warn: dialog, 「このまま送信」 after the checkbox if settings.allowWarnOverride
 *  - unreachable: dialog with retry; canSend when fail mode is "warn"
 */
export function decide(outcome, settings) {
  const s = settings || {};
  if (!outcome || !outcome.ok || !isScanResult(outcome.result)) {
    const error = (outcome && outcome.error) || { code: outcome && outcome.ok ? 'bad_response' : 'unreachable' };
    if (s.failMode === 'allow') return { kind: 'send', canSend: true, findings: [], degraded: true, error };
    return { kind: 'unreachable', canSend: s.failMode === 'warn', findings: [], error };
  }
  const r = outcome.result;
  // The verdict is recomputed from the findings too: the stronger one wins.
  let verdict = r.verdict;
  const shown = [];
  for (const f of r.findings) {
    if (!f || !(f.action in RANK)) continue;
    if (RANK[f.action] > RANK[verdict]) verdict = f.action;
    if (f.action !== 'allow') shown.push(f);
  }
  const base = { findings: shown, redactedText: r.redacted_text, policyVersion: r.policy_version };
  if (verdict === 'block') return { ...base, kind: 'block', canSend: false };
  if (verdict === 'warn') return { ...base, kind: 'warn', canSend: s.allowWarnOverride !== false };
  return { ...base, kind: 'send', canSend: true };
}

/** Class label for a finding: 分類Ⅰ / 分類Ⅱ / … */
export function classificationLabel(c) {
  return { I: '分類Ⅰ', II: '分類Ⅱ', III: '分類Ⅲ', IV: '分類Ⅳ' }[c] || '';
}
