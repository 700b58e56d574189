// Mask and restore (issue 14): the tab's numbered mapping 〔氏名1〕 ⇄ 山田花子. Pure.
//
// The service returns the spans it masked (`masked`: type, code-point offsets, the policy's
// masking choice); this module numbers them per type and label, the same value always
// getting the same placeholder within the tab. The mapping object lives only in the content
// script's memory: nothing here stores or sends it.
import { codePointTable } from './offsets.js';

export const MASKINGS = ['numbered', 'last4', 'block_only'];
const OPEN = '〔';
const CLOSE = '〕';
const LAST_PREFIX = '・末尾';

/** A value as compared: width-folded, no spaces, no dashes, lower case (山田 花子 = 山田花子, 090-1 = 0901). */
export function valueKey(value) {
  return String(value).normalize('NFKC').replace(/[\s\u200b-\u200d\ufeff]+/g, '')
    .replace(/[-‐‑‒–—―−ー－](?=[0-9])|(?<=[0-9])[-‐‑‒–—―−ー－]/g, '').toLowerCase();
}

/** The placeholder's label for a type: the service's placeholder without its brackets (<氏名> → 氏名). */
export function labelFor(type, policyTypes) {
  const p = policyTypes && policyTypes[type] && policyTypes[type].placeholder;
  const label = typeof p === 'string' ? p.replace(/^[<＜〈]|[>＞〉]$/g, '').trim() : '';
  return label && !/[\s〔〕0-9]/.test(label) ? label : '伏せ字';
}

/**
 * Parse the managed setting `maskingOverrides` ("PHONE_NUMBER=last4, PERSON=block_only").
 * Returns {TYPE: masking}; unknown words are skipped (the setting is validated elsewhere).
 */
export function parseMaskingOverrides(s) {
  const out = {};
  for (const part of String(s || '').split(/[,;\s]+/)) {
    const m = /^([A-Z_]+)=([a-z_0-9]+)$/.exec(part.trim());
    if (m && MASKINGS.includes(m[2])) out[m[1]] = m[2];
  }
  return out;
}

export function isValidMaskingOverrides(s) {
  if (typeof s !== 'string') return false;
  const parts = s.split(/[,;\s]+/).filter(Boolean);
  return parts.every((p) => /^[A-Z_]+=(numbered|last4|block_only)$/.test(p));
}

/** An empty mapping. */
export function createMaskMap() {
  return { entries: new Map(), byKey: new Map(), counters: new Map(), version: 0 };
}

function cloneMap(m) {
  return { entries: new Map(m.entries), byKey: new Map(m.byKey), counters: new Map(m.counters), version: m.version };
}

function assign(map, type, value, label) {
  const key = `${type}\u0000${valueKey(value)}`;
  const known = map.byKey.get(key);
  if (known) return known;
  const n = (map.counters.get(label) || 0) + 1;
  map.counters.set(label, n);
  const id = `${label}${n}`;
  map.entries.set(id, { id, type, label, value, forms: [value] });
  map.byKey.set(key, id);
  map.version += 1;
  return id;
}

/**
 * A name used in part (山田さん, 花子さん: the detector's repeats of a surname or a given name)
 * takes the placeholder of the one full name it is the start or the end of; if it could be
 * two people's (山田花子 and 山田太郎), it gets its own.
 */
function linkedName(map, value, scanNames) {
  const k = valueKey(value);
  if (!k) return null;
  const longer = new Map();
  const consider = (v) => {
    const kv = valueKey(v);
    if (kv.length > k.length && (kv.startsWith(k) || kv.endsWith(k))) longer.set(kv, v);
  };
  for (const e of map.entries.values()) if (e.type === 'PERSON') consider(e.value);
  for (const v of scanNames) consider(v);
  if (longer.size !== 1) return null;
  return [...longer.values()][0];
}

// An honorific the detector included in a name's span (前橋花子様 in a list) is not part of the
// value: it stays in the text after the placeholder, so 〔氏名1〕様 restores to 前橋花子様, not 様様.
const HONORIFIC = /(様|さん|さま|殿|氏|君|くん|ちゃん|先生)$/;

function splitHonorific(value) {
  const m = HONORIFIC.exec(value);
  return m && m.index > 0 ? [value.slice(0, m.index), m[0]] : [value, ''];
}

function lastDigits(value, n = 4) {
  const digits = String(value).normalize('NFKC').replace(/[^0-9]/g, '');
  return digits.length > n ? digits.slice(-n) : '';
}

/** The placeholder text for a mapping id, as written into the prompt. */
export function placeholderText(id, masking, value) {
  const keep = masking === 'last4' ? lastDigits(value) : '';
  return `${OPEN}${id}${keep ? LAST_PREFIX + keep : ''}${CLOSE}`;
}

/**
 * Mask `text` (as scanned) with the spans the service masked.
 *   masked: [{type, start, end, masking}] (code points, sorted, non-overlapping)
 *   opts: {policyTypes, overrides: {TYPE: masking}}
 * Returns {ok: true, text, map, count} with `map` a NEW mapping (the given one is not changed:
 * commit it only once the user chose to send the masked text), or {ok: false, blockOnly: [types]}
 * when the policy allows no masking for a type in the text.
 */
export function maskWithMap(map, text, masked, { policyTypes = {}, overrides = {} } = {}) {
  const spans = (Array.isArray(masked) ? masked : []).filter((m) => m && Number.isInteger(m.start)
    && Number.isInteger(m.end) && m.end > m.start && typeof m.type === 'string');
  const maskingOf = (m) => overrides[m.type] || (MASKINGS.includes(m.masking) ? m.masking : 'numbered');
  const blockOnly = [...new Set(spans.filter((m) => maskingOf(m) === 'block_only').map((m) => m.type))];
  if (blockOnly.length) return { ok: false, blockOnly };
  const table = codePointTable(text);
  const max = table.length - 1;
  const ordered = spans.filter((m) => m.end <= max).sort((a, b) => a.start - b.start);
  const values = ordered.map((m) => text.slice(table[m.start], table[m.end]));
  const scanNames = ordered.map((m, i) => (m.type === 'PERSON' ? splitHonorific(values[i])[0] : null)).filter(Boolean);
  const next = cloneMap(map);
  let out = '';
  let done = 0;
  let last = -1;
  for (let i = 0; i < ordered.length; i += 1) {
    const m = ordered[i];
    const a = table[m.start];
    const b = table[m.end];
    if (a < last) continue; // overlapping: the service never sends these; be safe anyway
    let value = values[i];
    let after = '';
    if (m.type === 'PERSON') [value, after] = splitHonorific(value);
    const label = labelFor(m.type, policyTypes);
    let id = next.byKey.get(`${m.type}\u0000${valueKey(value)}`);
    if (!id && m.type === 'PERSON') {
      const full = linkedName(next, value, scanNames);
      if (full) {
        id = assign(next, 'PERSON', full, label);
        next.byKey.set(`PERSON\u0000${valueKey(value)}`, id);
        const e = next.entries.get(id);
        if (!e.forms.includes(value)) next.entries.set(id, { ...e, forms: [...e.forms, value] }); // copy: `map` stays as it was
      }
    }
    if (!id) id = assign(next, m.type, value, label);
    out += text.slice(done, a) + placeholderText(id, maskingOf(m), value) + after;
    done = b;
    last = b;
  }
  out += text.slice(done);
  return { ok: true, text: out, map: next, count: ordered.length };
}

const KANJI = /[一-龥々〆ヶ]/;
const KATAKANA = /[ァ-ヶー]/;
const AFTER_NAME_OK = '様氏君殿先宛';

/** A name part standing as a word: 前橋 in 前橋さん, not in 前橋市 (as the service's repeats do). */
function nameBoundary(text, pos, end) {
  const before = text[pos - 1] || '';
  const after = text[end] || '';
  if (KATAKANA.test(text[pos])) return !KATAKANA.test(before) && !KATAKANA.test(after);
  if (before && KANJI.test(before)) return false;
  return !(after && KANJI.test(after) && !AFTER_NAME_OK.includes(after));
}

/**
 * Values of the mapping (and the name parts linked to them) that occur in `text`: the user
 * quoting a restored answer back. Returns [{type, start, end}] in code points, sorted,
 * non-overlapping, longest value first where they overlap.
 */
export function knownValues(map, text) {
  if (!map.entries.size || !text) return [];
  const forms = new Map(); // surface form → type
  for (const e of map.entries.values()) for (const f of e.forms) forms.set(f, e.type);
  const spans = [];
  const taken = new Uint8Array(text.length + 1);
  const sorted = [...forms.keys()].filter((v) => v.length >= 2).sort((a, b) => b.length - a.length);
  for (const v of sorted) {
    let pos = text.indexOf(v);
    while (pos !== -1) {
      const end = pos + v.length;
      if (!taken.subarray(pos, end).some(Boolean) && (forms.get(v) !== 'PERSON' || nameBoundary(text, pos, end))) {
        taken.fill(1, pos, end);
        spans.push({ type: forms.get(v), start16: pos, end16: end });
      }
      pos = text.indexOf(v, end);
    }
  }
  if (!spans.length) return [];
  spans.sort((a, b) => a.start16 - b.start16);
  // UTF-16 → code points in one pass
  const cp = new Int32Array(text.length + 1);
  let c = 0;
  for (let u = 0; u < text.length; c += 1) {
    const w = text.codePointAt(u) > 0xffff ? 2 : 1;
    cp[u] = c;
    if (w === 2) cp[u + 1] = c;
    u += w;
  }
  cp[text.length] = c;
  return spans.map((s) => ({ type: s.type, start: cp[s.start16], end: cp[s.end16] }));
}
