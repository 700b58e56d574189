// The audit event sent to POST /v1/events after each non-allow verdict. Pure: no chrome.*.
// Counts only: never the text, never a finding's value, position or reason, never a hash.

export const AUDIT_EVENTS = Object.freeze([
  'blocked', // a block verdict stopped the send
  'redacted', // the user sent the redacted text instead
  'sent_after_warning', // the user confirmed a warning and sent the original
  'cancelled', // the user closed the dialog without sending
  'service_unreachable', // the service did not answer (queued, sent when it is back)
  'selector_miss', // a send the guard recognised but whose text it could not read (stopped)
]);

const GESTURES = ['enter', 'click', 'submit'];
// The page's path shape (lib/selectors.js pathShape): known words and ":id", nothing else.
const PATH_RE = /^\/$|^(\/(:id|[a-z][a-z0-9-]{0,23})){1,8}$/;

const VERDICTS = ['block', 'warn', 'allow'];
const SOURCES = ['prompt', 'paste', 'file'];
const TYPE_RE = /^[A-Z][A-Z0-9_]{1,40}$/;
const VERSION_RE = /^[0-9]{1,5}(\.[0-9]{1,5}){0,3}$/;
const POLICY_VERSION_RE = /^[0-9A-Za-z._:+-]{1,40}$/;
const MAX_COUNT = 999;
export const AUDIT_QUEUE_MAX = 200;

function errorKind(error) {
  const code = error && error.code;
  if (code === 'timeout' || code === 'unreachable' || code === 'bad_response' || code === 'not_authentic') return code;
  return 'http_error';
}

/**
 * event: one of AUDIT_EVENTS.
 * decision: what decide() returned ({kind, findings, policyVersion}) — findings are only counted by type.
 * Returns the JSON body for POST /v1/events, or null when `event` is unknown.
 */
export function buildAuditEvent({ event, decision, source, extensionVersion, error, now, path, gesture } = {}) {
  if (!AUDIT_EVENTS.includes(event)) return null;
  const body = { event };
  if (event === 'selector_miss') {
    // Where (the path's shape) and how (the gesture): enough to see a redesign, no content.
    body.path = typeof path === 'string' && PATH_RE.test(path) ? path : '/';
    if (GESTURES.includes(gesture)) body.gesture = gesture;
  } else if (event === 'service_unreachable') {
    body.error = errorKind(error || (decision && decision.error));
  } else {
    const kind = decision && decision.kind;
    body.verdict = VERDICTS.includes(kind) ? kind : kind === 'send' ? 'allow' : 'block';
    const findings = {};
    for (const f of (decision && Array.isArray(decision.findings) ? decision.findings : [])) {
      const t = f && f.type;
      if (typeof t !== 'string' || !TYPE_RE.test(t)) continue;
      findings[t] = Math.min((findings[t] || 0) + 1, MAX_COUNT);
    }
    body.findings = findings;
    const pv = decision && decision.policyVersion;
    if (typeof pv === 'string' && POLICY_VERSION_RE.test(pv)) body.policy_version = pv;
  }
  if (SOURCES.includes(source)) body.source = source;
  if (typeof extensionVersion === 'string' && VERSION_RE.test(extensionVersion)) {
    body.extension_version = extensionVersion;
  }
  const t = now === undefined ? Date.now() : now;
  const d = new Date(t);
  if (!Number.isNaN(d.getTime())) body.occurred_at = d.toISOString();
  return body;
}

/** Append to the offline queue (events that could not be sent), keeping the newest AUDIT_QUEUE_MAX. */
export function enqueueAuditEvent(queue, body, max = AUDIT_QUEUE_MAX) {
  const q = Array.isArray(queue) ? queue.slice() : [];
  if (body) q.push(body);
  return q.length > max ? q.slice(q.length - max) : q;
}
