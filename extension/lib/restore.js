// Mask and restore (issue 14): placeholders in ChatGPT's answer → the original values. Pure.
//
// The answer is rendered by the page into many text nodes (Markdown, code highlighting,
// tables) and grows chunk by chunk, so a placeholder may be split over text nodes and, for a
// moment, be incomplete. `restoreSegments` takes the page's text of one block's text nodes in
// order and returns each node's new text: a placeholder split over nodes is written whole into
// the node where it starts and removed from the others; an incomplete one stays as it is until
// its next chunk arrives. Only placeholders that are in the tab's mapping are touched.

const OPENERS = '〔【［[';
const CLOSERS = '〕】］]';

function escape(s) {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * The pattern for the mapping's placeholders, tolerant of what a model does to them:
 * 〔氏名1〕, 【氏名1】, [氏名1], 〔氏名１〕, 〔氏名 1〕, 〔電話番号1・末尾5678〕. null for an empty mapping.
 */
export function restorePattern(map) {
  const labels = [...new Set([...map.entries.values()].map((e) => e.label))];
  if (!labels.length) return null;
  const alt = labels.sort((a, b) => b.length - a.length).map(escape).join('|');
  return new RegExp(`[${escape(OPENERS)}] ?(${alt}) ?([0-9０-９]{1,4})(?:・末尾[0-9０-９]{1,4})? ?[${escape(CLOSERS)}]`, 'g');
}

/** A cache of the pattern per mapping version (the mapping only grows). */
export function createRestorer(map) {
  let version = -1;
  let rx = null;
  return {
    get map() {
      return map;
    },
    setMap(m) {
      map = m;
      version = -1;
    },
    pattern() {
      if (version !== map.version) {
        rx = restorePattern(map);
        version = map.version;
      }
      return rx;
    },
  };
}

function entryFor(map, m) {
  const id = m[1] + m[2].normalize('NFKC');
  return map.entries.get(id) || null;
}

/**
 * Restore one string. Returns {text, marks: [{start, end, id}], count} (marks index the result).
 */
export function restoreText(text, map, rx = restorePattern(map)) {
  const r = restoreSegments([text], map, rx);
  return { text: r.texts[0], marks: r.marks.map(({ start, end, id }) => ({ start, end, id })), count: r.count };
}

/**
 * Restore text spread over segments (the text nodes of one block, in document order).
 * Returns {texts: [new text per segment], marks: [{seg, start, end, id}], count, changed}.
 */
export function restoreSegments(segs, map, rx = restorePattern(map)) {
  const texts = segs.map(() => '');
  const marks = [];
  if (!rx) return { texts: segs.slice(), marks, count: 0, changed: false };
  const joined = segs.join('');
  // segment j covers [bounds[j], bounds[j + 1])
  const bounds = [0];
  for (const s of segs) bounds.push(bounds[bounds.length - 1] + s.length);
  let seg = 0;
  const copy = (from, to) => {
    while (from < to) {
      while (bounds[seg + 1] <= from) seg += 1;
      const end = Math.min(to, bounds[seg + 1]);
      texts[seg] += joined.slice(from, end);
      from = end;
    }
  };
  let cursor = 0;
  let count = 0;
  rx.lastIndex = 0;
  for (let m = rx.exec(joined); m; m = rx.exec(joined)) {
    const e = entryFor(map, m);
    if (!e) continue;
    copy(cursor, m.index);
    while (bounds[seg + 1] <= m.index) seg += 1;
    const start = texts[seg].length;
    texts[seg] += e.value;
    marks.push({ seg, start, end: start + e.value.length, id: e.id });
    cursor = m.index + m[0].length;
    count += 1;
  }
  if (!count) return { texts: segs.slice(), marks, count: 0, changed: false };
  copy(cursor, joined.length);
  return { texts, marks, count, changed: true };
}
