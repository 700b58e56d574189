// Masked context for a finding: the text around it with the value itself hidden,
// so the dialog shows WHERE without echoing WHAT. Pure.
import { findingsToUtf16 } from './offsets.js';

export const MASK = '●';

function isLowSurrogate(c) {
  return c >= 0xdc00 && c <= 0xdfff;
}

function maskRun(s) {
  const n = Array.from(s).length;
  return MASK.repeat(Math.max(3, Math.min(n, 8)));
}

/** Replace every finding span overlapping [from, to) by a mask; spans in UTF-16. */
function maskedSlice(text, spans, from, to) {
  let out = '';
  let pos = from;
  for (const sp of spans) {
    if (sp.end16 <= from || sp.start16 >= to) continue;
    const a = Math.max(sp.start16, pos);
    if (a > pos) out += text.slice(pos, a);
    if (sp.end16 > pos) {
      out += maskRun(text.slice(Math.max(sp.start16, pos), Math.min(sp.end16, to)));
      pos = Math.min(sp.end16, to);
    }
  }
  if (pos < to) out += text.slice(pos, to);
  return out;
}

/**
 * For each finding (code-point offsets as from the service), the context:
 * {finding, before, masked, after, clippedBefore, clippedAfter}.
 * `before`/`after` have every other finding masked too; line breaks become " ⏎ ".
 */
export function maskedContexts(text, findings, { radius = 15 } = {}) {
  const spans = findingsToUtf16(text, findings).sort((a, b) => a.start16 - b.start16 || a.end16 - b.end16);
  const flat = (s) => s.replace(/\r?\n/g, ' ⏎ ');
  return spans.map((f) => {
    let from = Math.max(0, f.start16 - radius);
    let to = Math.min(text.length, f.end16 + radius);
    if (from > 0 && isLowSurrogate(text.charCodeAt(from))) from -= 1;
    if (to < text.length && isLowSurrogate(text.charCodeAt(to))) to += 1;
    return {
      finding: f,
      before: flat(maskedSlice(text, spans, from, f.start16)),
      masked: maskRun(text.slice(f.start16, f.end16)),
      after: flat(maskedSlice(text, spans, f.end16, to)),
      clippedBefore: from > 0,
      clippedAfter: to < text.length,
    };
  });
}

/** One line: "…前の文●●●●後の文…" */
export function contextLine(c) {
  return `${c.clippedBefore ? '…' : ''}${c.before}${c.masked}${c.after}${c.clippedAfter ? '…' : ''}`;
}
