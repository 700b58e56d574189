// Offset conversion between the service (Python: Unicode code points) and
// JavaScript (UTF-16 code units). "𠮷" is one code point but two UTF-16 units.

/** Array `t` with t[cp] = UTF-16 index of code point `cp`, length = codePoints + 1. */
export function codePointTable(text) {
  const table = [];
  let u = 0;
  for (const ch of text) {
    table.push(u);
    u += ch.length;
  }
  table.push(u);
  return table;
}

/** Code-point index → UTF-16 index (clamped to the string). */
export function codePointToUtf16(text, cp, table = codePointTable(text)) {
  if (!Number.isFinite(cp) || cp <= 0) return 0;
  const i = Math.min(Math.floor(cp), table.length - 1);
  return table[i];
}

/** UTF-16 index → code-point index. An index inside a surrogate pair counts as its start. */
export function utf16ToCodePoint(text, u) {
  if (!Number.isFinite(u) || u <= 0) return 0;
  let cp = 0;
  let pos = 0;
  for (const ch of text) {
    if (pos + ch.length > u) return cp;
    pos += ch.length;
    cp += 1;
  }
  return cp;
}

/** Code-point length of a JS string. */
export function codePointLength(text) {
  let n = 0;
  for (const _ of text) n += 1; // eslint-disable-line no-unused-vars
  return n;
}

/**
 * Findings from the service, with `start16`/`end16` (UTF-16) added.
 * Findings whose span does not fit the text are dropped (never thrown on).
 */
export function findingsToUtf16(text, findings) {
  const table = codePointTable(text);
  const max = table.length - 1;
  const out = [];
  for (const f of Array.isArray(findings) ? findings : []) {
    if (!f || !Number.isInteger(f.start) || !Number.isInteger(f.end)) continue;
    if (f.start < 0 || f.end < f.start || f.end > max) continue;
    out.push({ ...f, start16: table[f.start], end16: table[f.end] });
  }
  return out;
}
