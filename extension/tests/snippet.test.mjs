import test from 'node:test';
import assert from 'node:assert/strict';
import { maskedContexts, contextLine } from '../lib/snippet.js';
import { reminderDue, dayKey } from '../lib/reminder.js';
import { createTranslator, chooseLanguage } from '../lib/i18n.js';

test('the value is masked, the context is kept', () => {
  const text = '申請者の個人番号は123456789018です。';
  const [c] = maskedContexts(text, [{ start: 9, end: 21 }]);
  assert.equal(c.before, '申請者の個人番号は');
  assert.equal(c.after, 'です。');
  assert.ok(!contextLine(c).includes('123456789018'));
  assert.match(c.masked, /^●+$/);
});

test('𠮷田 is masked whole, with no half surrogate left', () => {
  const text = '担当は𠮷田太郎さんです';
  const [c] = maskedContexts(text, [{ start: 3, end: 7 }]);
  assert.equal(c.before, '担当は');
  assert.equal(c.after, 'さんです');
  const line = contextLine(c);
  assert.ok(!line.includes('𠮷') && !line.includes('田'));
  assert.ok(!/[\ud800-\udfff]/.test(line.replace(/[\ud800-\udbff][\udc00-\udfff]/g, '')));
});

test('other findings inside the window are masked too; clipping marks', () => {
  const text = 'x'.repeat(30) + 'a@b.jp と 090-1234-5678 ' + 'y'.repeat(30);
  const e = { start: 30, end: 36 };
  const p = { start: 39, end: 52 };
  const [ce, cp] = maskedContexts(text, [p, e], { radius: 10 });
  assert.equal(ce.finding.start, 30);
  assert.ok(!contextLine(ce).includes('090'));
  assert.ok(!contextLine(cp).includes('a@b'));
  assert.ok(ce.clippedBefore && ce.clippedAfter);
  assert.ok(contextLine(ce).startsWith('…'));
});

test('a window edge never splits a surrogate pair', () => {
  const text = '𠮷'.repeat(10) + 'X' + '𠮷'.repeat(10);
  for (const radius of [1, 2, 3, 4, 5]) {
    const [c] = maskedContexts(text, [{ start: 10, end: 11 }], { radius });
    const line = c.before + c.after;
    assert.ok(!/(^|[^\ud800-\udbff])[\udc00-\udfff]/.test(line), `radius ${radius}`);
    assert.ok(!/[\ud800-\udbff]($|[^\udc00-\udfff])/.test(line), `radius ${radius}`);
  }
});

test('line breaks are shown as ⏎', () => {
  const [c] = maskedContexts('宛先\nfoo@example.jp\n以上', [{ start: 3, end: 17 }]);
  assert.equal(c.before, '宛先 ⏎ ');
  assert.equal(c.after, ' ⏎ 以上');
});

test('reminder: daily, always, never', () => {
  const now = new Date(2026, 10, 26, 9, 0);
  assert.equal(dayKey(now), '2026-11-26');
  assert.equal(reminderDue(undefined, 'daily', now), true);
  assert.equal(reminderDue('2026-11-26', 'daily', now), false);
  assert.equal(reminderDue('2026-11-25', 'daily', now), true);
  assert.equal(reminderDue('2026-11-26', 'always', now), true);
  assert.equal(reminderDue(undefined, 'never', now), false);
});

test('translator: placeholders, positional subs, fallback', () => {
  const t = createTranslator(
    { hello: { message: '$NAME$さん、$1件', placeholders: { name: { content: '$2' } } } },
    { only_en: { message: 'fallback' } },
  );
  assert.equal(t('hello', ['3', '𠮷田']), '𠮷田さん、3件');
  assert.equal(t('only_en'), 'fallback');
  assert.equal(t('missing'), 'missing');
  assert.equal(chooseLanguage('auto', 'ja-JP'), 'ja');
  assert.equal(chooseLanguage('auto', 'en-US'), 'en');
  assert.equal(chooseLanguage('ja', 'en-US'), 'ja');
});
