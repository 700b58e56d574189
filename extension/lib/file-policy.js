// What to do with attached files: before the scan (planFiles), with each file's answer
// from POST /v1/scan-file (fileResult), and for the whole attachment (combineFiles). Pure.

// Files whose contents the service cannot check. Decided here, at once, from the name and
// the type, so that a pasted screenshot is never held back. Everything else goes to the
// service, which reads the format from the bytes (a workbook renamed .dat is still read).
const MEDIA_TYPE = /^(image|audio|video)\//i;
const MEDIA_EXT = new Set([
  'png', 'jpg', 'jpeg', 'gif', 'webp', 'bmp', 'tif', 'tiff', 'heic', 'heif', 'svg', 'ico', 'avif',
  'mp3', 'wav', 'm4a', 'aac', 'ogg', 'flac', 'mp4', 'mov', 'avi', 'wmv', 'webm', 'mkv', 'm4v',
]);

function suffix(name) {
  const base = String(name || '').split(/[\\/]/).pop();
  const i = base.lastIndexOf('.');
  return i > 0 ? base.slice(i + 1).toLowerCase() : '';
}

/** An image, a sound or a video (by type, or by name when the browser gives no type). */
export function isMediaFile(file) {
  const type = (file && file.type) || '';
  const ext = suffix(file && file.name);
  if (type) return MEDIA_TYPE.test(type) && (MEDIA_EXT.has(ext) || !ext);
  return MEDIA_EXT.has(ext);
}

/**
 * files: [{name, type, size}]. Returns
 *   {kind: 'pass', notice?}                 — let the event through untouched (notice: a message key)
 *   {kind: 'refuse', reason}                — stop it; nothing is attached (attachmentMode block)
 *   {kind: 'hold', items: [{action}]}      — stop it until the files are checked; per file:
 *       'scan' (ask the service) | 'unsupported' | 'too_large'
 */
export function planFiles(files, settings) {
  const s = settings || {};
  const list = Array.from(files || []);
  if (!list.length) return { kind: 'pass' };
  const mode = s.attachmentMode;
  if (mode === 'allow') return { kind: 'pass' };
  if (mode === 'block') return { kind: 'refuse', reason: 'attachBlock' };
  if (mode === 'warn') return { kind: 'pass', notice: 'attachWarn' };
  // scan (the default; an unknown mode is treated as the strictest that still works)
  const items = list.map((f) => {
    if (isMediaFile(f)) return { action: 'unsupported' };
    if (!(Number(f.size) <= Number(s.attachmentMaxBytes))) return { action: 'too_large' };
    return { action: 'scan' };
  });
  if (items.every((i) => i.action === 'unsupported')) {
    if (s.attachmentUnsupported === 'block') return { kind: 'refuse', reason: 'attachUnsupportedBlock' };
    return s.attachmentUnsupported === 'allow' ? { kind: 'pass' } : { kind: 'pass', notice: 'attachUnsupported' };
  }
  return { kind: 'hold', items };
}

const UNREADABLE = new Set([
  'file_too_large', 'file_too_much_text', 'file_corrupt', 'file_encrypted', 'file_legacy_office',
  'file_bomb', 'file_too_complex',
]);
const TRANSIENT = new Set(['timeout', 'unreachable', 'no_response', 'extension_error', 'bad_response']);
const RANK = { allow: 0, warn: 1, block: 2 };

function isFileScanResult(r) {
  return !!r && typeof r === 'object' && r.verdict in RANK && Array.isArray(r.findings)
    && !!r.file && typeof r.file === 'object';
}

/**
 * One file's fate. outcome: what the worker answered ({ok, result} | {ok: false, error}),
 * or null for a file that was not sent (item.action 'unsupported' / 'too_large').
 * Returns {status, attach, confirm, findings, counts, total, complete, error, policyVersion}:
 *   status: ok | block | warn | unsupported | empty | unreadable | unreachable | degraded
 *   attach: may be attached without asking; confirm: may be attached after the user confirms.
 */
export function fileResult(item, outcome, settings) {
  const s = settings || {};
  const unsupported = () => {
    const mode = s.attachmentUnsupported;
    return { status: 'unsupported', attach: mode !== 'block', notice: mode !== 'block' && mode !== 'allow' };
  };
  if (item && item.action === 'unsupported') return unsupported();
  if (item && item.action === 'too_large') {
    return { status: 'unreadable', attach: false, error: { code: 'file_too_large_local' } };
  }
  if (!outcome || !outcome.ok) {
    const error = (outcome && outcome.error) || { code: 'unreachable' };
    if (error.code === 'unsupported_file_type') return unsupported();
    if (UNREADABLE.has(error.code)) return { status: 'unreadable', attach: false, error };
    // The service is down, slow, or answered something unexpected: the fail mode decides.
    if (s.failMode === 'allow') return { status: 'degraded', attach: true, error, notice: true };
    return { status: 'unreachable', attach: false, confirm: s.failMode === 'warn', error,
      transient: TRANSIENT.has(error.code) || /^http_5/.test(String(error.code)) };
  }
  const r = outcome.result;
  if (!isFileScanResult(r)) {
    if (s.failMode === 'allow') return { status: 'degraded', attach: true, error: { code: 'bad_response' }, notice: true };
    return { status: 'unreachable', attach: false, confirm: s.failMode === 'warn', error: { code: 'bad_response' } };
  }
  let verdict = r.verdict;
  const shown = [];
  for (const f of r.findings) {
    if (!f || !(f.action in RANK)) continue;
    if (RANK[f.action] > RANK[verdict]) verdict = f.action;
    if (f.action !== 'allow') shown.push(f);
  }
  const base = {
    findings: shown,
    counts: r.counts && typeof r.counts === 'object' ? r.counts : {},
    total: Number.isInteger(r.findings_total) ? r.findings_total : shown.length,
    complete: r.complete !== false,
    policyVersion: r.policy_version,
  };
  if (verdict === 'block') return { ...base, status: 'block', attach: false };
  if (verdict === 'warn') return { ...base, status: 'warn', attach: false, confirm: s.allowWarnOverride !== false };
  if (!(Number(r.file.chars) > 0)) {
    // No text at all (a scanned PDF): nothing was checked, say so like for an image.
    const u = unsupported();
    return { ...base, ...u, status: 'empty' };
  }
  return { ...base, status: 'ok', attach: true };
}

/**
 * The whole attachment. results: fileResult() per file, in order. Returns
 *   {kind: 'attach', indexes, notices}  — attach these at once (notices: message keys)
 *   {kind: 'dialog', title: block|warn|unreachable, attachable, confirmable, refused}
 *     attachable: indexes attachable without asking; confirmable: after confirming;
 *     refused: never attached.
 */
export function combineFiles(results) {
  const attachable = [];
  const confirmable = [];
  const refused = [];
  const notices = new Set();
  results.forEach((r, i) => {
    if (r.attach) {
      attachable.push(i);
      if (r.notice) notices.add(r.status === 'degraded' ? 'attachDegraded' : r.status === 'empty' ? 'attachEmpty' : 'attachUnsupported');
    } else if (r.confirm) confirmable.push(i);
    else refused.push(i);
  });
  if (!confirmable.length && !refused.length) return { kind: 'attach', indexes: attachable, notices: [...notices] };
  const statuses = new Set(results.map((r) => r.status));
  let title = 'warn';
  if (statuses.has('block') || statuses.has('unreadable')) title = 'block';
  else if (statuses.has('unreachable')) title = 'unreachable';
  else if (refused.length) title = 'block';
  return { kind: 'dialog', title, attachable, confirmable, refused, notices: [...notices] };
}

/** The audit event's findings (types only, each counted) for the files in `indexes`. */
export function auditFindings(results, indexes) {
  const out = [];
  for (const i of indexes) {
    const counts = (results[i] && results[i].counts) || {};
    for (const [type, n] of Object.entries(counts)) {
      const k = Math.min(Number(n) || 0, 999);
      for (let j = 0; j < k; j += 1) out.push({ type });
    }
  }
  return out;
}

/** Are two file lists the same selection (the `input` and `change` of one choice)? */
export function sameFiles(a, b) {
  if (!a || !b || a.length !== b.length) return false;
  for (let i = 0; i < a.length; i += 1) {
    if (a[i].name !== b[i].name || a[i].size !== b[i].size || a[i].lastModified !== b[i].lastModified) return false;
  }
  return true;
}

/** Bytes → base64, in slices (String.fromCharCode with a whole file would overflow the stack). */
export function toBase64(bytes) {
  let s = '';
  const CHUNK = 0x8000;
  for (let i = 0; i < bytes.length; i += CHUNK) s += String.fromCharCode.apply(null, bytes.subarray(i, i + CHUNK));
  return btoa(s);
}

export function fromBase64(b64) {
  const s = atob(b64);
  const out = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i += 1) out[i] = s.charCodeAt(i);
  return out;
}
