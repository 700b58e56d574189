// Effective settings: built-in defaults, overridden by IT's managed policy
// (chrome.storage.managed, schema.json). Pure: no chrome.* here.
import { isValidMaskingOverrides } from './mask-map.js';

export const DEFAULTS = Object.freeze({
  serviceUrl: 'http://127.0.0.1:8765',
  failMode: 'block', // service unreachable: block (fail closed) | warn | allow
  // File attached: scan (its contents are checked by the service: block refuses the file,
  // warn asks) | warn (not checked, a notice) | block (every attachment refused) | allow.
  attachmentMode: 'scan',
  attachmentMaxBytes: 10485760, // 10 MiB; larger files cannot be checked: refused (fail closed)
  attachmentTimeoutMs: 60000, // a file scan may take seconds (a 1 MB workbook: ~1–4 s)
  attachmentUnsupported: 'warn', // images, archives (contents not checkable): warn (notice) | block | allow
  reminderFrequency: 'daily', // rules (2)(4) acknowledgment: daily | always | never
  contactLine: '', // empty: the service policy's contact, else the built-in one
  allowWarnOverride: true, // warn dialog offers 「このまま送信」 after the checkbox
  timeoutMs: 3000,
  pasteCheck: true,
  factCheckNote: true,
  language: 'ja', // ja | en | auto (browser UI language)
  maskRestore: true, // 「マスクした文に置き換える」 numbers the values (〔氏名1〕) and restores them in the answer, on this PC only
  maskingOverrides: '', // "PHONE_NUMBER=last4, PERSON=block_only": per type, over the service policy's [masking]
  // native: find this Windows user's own service through the native messaging host and
  // check its per-user proof on every answer (lib/service-auth.js); IT's generated policy
  // sets it. off: plain serviceUrl (development, tests, a central instance behind HTTPS).
  serviceAuth: 'off',
});

// Integer settings: [min, max]. attachmentMaxBytes stops at the service's 20 MiB limit.
const RANGES = {
  timeoutMs: [200, 60000],
  attachmentMaxBytes: [1024, 20 * 1024 * 1024],
  attachmentTimeoutMs: [1000, 600000],
};

const ENUMS = {
  failMode: ['block', 'warn', 'allow'],
  attachmentMode: ['scan', 'warn', 'block', 'allow'],
  attachmentUnsupported: ['warn', 'block', 'allow'],
  reminderFrequency: ['daily', 'always', 'never'],
  language: ['ja', 'en', 'auto'],
  serviceAuth: ['off', 'native'],
};

function validServiceUrl(v) {
  if (typeof v !== 'string') return null;
  let u;
  try {
    u = new URL(v.trim());
  } catch {
    return null;
  }
  if (u.protocol !== 'http:' && u.protocol !== 'https:') return null;
  if (u.username || u.password || u.search || u.hash) return null;
  return u.href.replace(/\/+$/, '');
}

/** The valid value for `key`, or undefined when `value` is not acceptable. */
export function validateSetting(key, value) {
  if (!(key in DEFAULTS)) return undefined;
  if (key === 'serviceUrl') return validServiceUrl(value) ?? undefined;
  if (key in ENUMS) return ENUMS[key].includes(value) ? value : undefined;
  if (key in RANGES) {
    const n = typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : value;
    const [lo, hi] = RANGES[key];
    return Number.isInteger(n) && n >= lo && n <= hi ? n : undefined;
  }
  if (typeof DEFAULTS[key] === 'boolean') return typeof value === 'boolean' ? value : undefined;
  if (key === 'maskingOverrides') return isValidMaskingOverrides(value) ? value.trim() : undefined;
  if (key === 'contactLine') return typeof value === 'string' ? value.trim().slice(0, 300) : undefined;
  return undefined;
}

/**
 * Merge layers, lowest priority first: defaults < devOverrides < managed.
 * Returns {settings, sources: {key: "default"|"dev"|"managed"}, invalid: ["managed.key", …]}.
 * devOverrides are honoured only for unpacked (development) installs — the caller decides.
 */
export function mergeSettings({ managed = {}, devOverrides = {} } = {}) {
  const settings = { ...DEFAULTS };
  const sources = Object.fromEntries(Object.keys(DEFAULTS).map((k) => [k, 'default']));
  const invalid = [];
  for (const [layer, values] of [['dev', devOverrides], ['managed', managed]]) {
    if (!values || typeof values !== 'object') continue;
    for (const [k, v] of Object.entries(values)) {
      const ok = validateSetting(k, v);
      if (ok === undefined) {
        invalid.push(`${layer}.${k}`);
        continue;
      }
      settings[k] = ok;
      sources[k] = layer;
    }
  }
  return { settings, sources, invalid };
}
