// What the content script does with a scan outcome. Pure.

const RANK = { allow: 0, warn: 1, block: 2 };

// The service's limit (service/app.py MAX_TEXT_CHARS), in code points as Python counts.
// Longer texts are refused before asking, with their own message: they are too long,
// the service is not unreachable.
export const MAX_TEXT_CHARS = 100000;

/** Length in code points (𠮷 is one, as the service counts). */
export function codePointLength(text) {
  let n = 0;
  for (const _ of String(text ?? '')) n += 1; // eslint-disable-line no-unused-vars
  return n;
}

/** The too-long decision for `text`, or null when it is within the limit. */
export function tooLong(text, limit = MAX_TEXT_CHARS) {
  const s = String(text ?? '');
  if (s.length <= limit) return null; // UTF-16 units >= code points: surely within
  const length = codePointLength(s);
  return length > limit ? { kind: 'too_long', canSend: false, findings: [], length, limit } : null;
}

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
 *  - too_long: the service refused the length (413 text_too_long): never sent, whatever failMode says
 */
export function decide(outcome, settings) {
  const s = settings || {};
  const err = outcome && !outcome.ok ? outcome.error || {} : null;
  if (err && (err.code === 'text_too_long' || err.code === 'body_too_large' || err.status === 413)) {
    return { kind: 'too_long', canSend: false, findings: [], limit: MAX_TEXT_CHARS, error: { code: err.code || 'http_413' } };
  }
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
