import test from 'node:test';
import assert from 'node:assert/strict';
import { codePointToUtf16, utf16ToCodePoint, codePointLength, findingsToUtf16 } from '../lib/offsets.js';

test('ASCII and BMP text: offsets are equal', () => {
  const t = '申請者の個人番号は123';
  for (let i = 0; i <= t.length; i++) {
    assert.equal(codePointToUtf16(t, i), i);
    assert.equal(utf16ToCodePoint(t, i), i);
  }
});

test('𠮷田 (surrogate pair) shifts later offsets by one', () => {
  const t = '氏名は𠮷田太郎です';
  // code points: 氏0 名1 は2 𠮷3 田4 太5 郎6 で7 す8
  assert.equal(codePointLength(t), 9);
  assert.equal(t.length, 10);
  assert.equal(codePointToUtf16(t, 3), 3);
  assert.equal(codePointToUtf16(t, 4), 5);
  assert.equal(codePointToUtf16(t, 7), 8);
  assert.equal(utf16ToCodePoint(t, 5), 4);
  assert.equal(utf16ToCodePoint(t, 4), 3, 'inside a pair counts as its start');
  const [f] = findingsToUtf16(t, [{ type: 'PERSON', start: 3, end: 7 }]);
  assert.equal(t.slice(f.start16, f.end16), '𠮷田太郎');
});

test('emoji and multiple pairs round-trip', () => {
  const t = 'a😀b𠮷c🇯🇵d';
  const cps = Array.from(t);
  for (let i = 0; i <= cps.length; i++) {
    const u = codePointToUtf16(t, i);
    assert.equal(t.slice(0, u), cps.slice(0, i).join(''));
    assert.equal(utf16ToCodePoint(t, u), i);
  }
});

test('out-of-range or malformed findings are dropped, not thrown on', () => {
  const t = 'abc';
  const out = findingsToUtf16(t, [
    { start: 0, end: 4 }, { start: -1, end: 1 }, { start: 2, end: 1 }, { start: '0', end: 1 }, null, { start: 1, end: 3 },
  ]);
  assert.deepEqual(out.map((f) => [f.start16, f.end16]), [[1, 3]]);
  assert.deepEqual(findingsToUtf16(t, undefined), []);
  assert.equal(codePointToUtf16(t, 99), 3);
  assert.equal(codePointToUtf16(t, -5), 0);
});
