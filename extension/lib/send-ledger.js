// "One scan per text, however the page defers its submit." Pure.
//
// After a text was allowed (or confirmed) and re-sent, the page may not send at once: it
// can defer the real submit (a setTimeout, a second click, requestSubmit from a promise).
// That later gesture reaches the guard again; without this ledger the guard would scan
// the same text again, re-send, and loop. The ledger remembers, per field, the text that
// was let through for a short while; the same field with the same text passes unscanned.
// A verdict depends only on the text (and the policy), so this lets nothing new through.
import { sameText } from './composer-text.js';

export const APPROVAL_TTL_MS = 10000;

export function createLedger({ ttlMs = APPROVAL_TTL_MS, now = () => Date.now() } = {}) {
  const approved = new Map(); // field (any object) -> {text, at}
  const prune = (t) => {
    for (const [k, v] of approved) if (t - v.at > ttlMs) approved.delete(k);
  };
  return {
    /** `text` from `field` was scanned and let through. */
    approve(field, text) {
      const t = now();
      prune(t);
      if (field) approved.set(field, { text: String(text), at: t });
    },
    /** Was exactly this text from this field let through a moment ago? */
    isApproved(field, text) {
      const e = field ? approved.get(field) : null;
      if (!e) return false;
      if (now() - e.at > ttlMs) {
        approved.delete(field);
        return false;
      }
      return sameText(e.text, text);
    },
    forget(field) {
      approved.delete(field);
    },
    size() {
      prune(now());
      return approved.size;
    },
  };
}
