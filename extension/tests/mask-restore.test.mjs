import test from 'node:test';
import assert from 'node:assert/strict';
import {
  createMaskMap, maskWithMap, knownValues, valueKey, labelFor, parseMaskingOverrides, isValidMaskingOverrides,
} from '../lib/mask-map.js';
import { restoreText, restoreSegments, restorePattern, createRestorer } from '../lib/restore.js';

const TYPES = {
  PERSON: { placeholder: '<氏名>' },
  PHONE_NUMBER: { placeholder: '<電話番号>' },
  EMAIL_ADDRESS: { placeholder: '<メールアドレス>' },
  SENSITIVE_PERSONAL_INFO: { placeholder: '<要配慮情報>' },
};

// The service's `masked` for `text`: spans of the given values, in code points, in order.
function spansOf(text, list) {
  const cps = Array.from(text);
  const out = [];
  for (const [type, value, masking = 'numbered'] of list) {
    const v = Array.from(value);
    for (let i = 0; i + v.length <= cps.length; i += 1) {
      if (cps.slice(i, i + v.length).join('') === value && !out.some((o) => i < o.end && o.start < i + v.length)) {
        out.push({ type, start: i, end: i + v.length, masking });
      }
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

function mask(map, text, list, opts = {}) {
  return maskWithMap(map, text, spansOf(text, list), { policyTypes: TYPES, ...opts });
}

test('each value gets a numbered placeholder per type, the same value the same number', () => {
  const text = '山田花子さんと佐藤一郎さん。山田花子さんの電話は090-1234-5678、佐藤一郎さんは 03-1234-5678。';
  const r = mask(createMaskMap(), text, [['PERSON', '山田花子'], ['PERSON', '佐藤一郎'],
    ['PHONE_NUMBER', '090-1234-5678'], ['PHONE_NUMBER', '03-1234-5678']]);
  assert.equal(r.ok, true);
  assert.equal(r.text, '〔氏名1〕さんと〔氏名2〕さん。〔氏名1〕さんの電話は〔電話番号1〕、〔氏名2〕さんは 〔電話番号2〕。');
  assert.equal(r.count, 6);
});

test('the mapping carries over to the next prompt of the tab; the given map is not changed', () => {
  const m0 = createMaskMap();
  const a = mask(m0, '山田花子さんへ', [['PERSON', '山田花子']]);
  assert.equal(m0.entries.size, 0, 'uncommitted: the caller keeps the old map until the user sends');
  const b = mask(a.map, '佐藤一郎さんと山田 花子さん', [['PERSON', '佐藤一郎'], ['PERSON', '山田 花子']]);
  assert.equal(b.text, '〔氏名2〕さんと〔氏名1〕さん');
});

test('a surname or given name alone takes the full name it belongs to', () => {
  const text = '山田花子さんから申請。山田さんは来週、花子さん本人が来庁。';
  const r = mask(createMaskMap(), text, [['PERSON', '山田花子'], ['PERSON', '山田'], ['PERSON', '花子']]);
  assert.equal(r.text, '〔氏名1〕さんから申請。〔氏名1〕さんは来週、〔氏名1〕さん本人が来庁。');
  // the part before the full name in the text still links
  const r2 = mask(createMaskMap(), '山田さん、つまり山田花子さん', [['PERSON', '山田花子'], ['PERSON', '山田']]);
  assert.equal(r2.text, '〔氏名1〕さん、つまり〔氏名1〕さん');
});

test('a surname shared by two people gets a placeholder of its own', () => {
  const text = '山田花子さんと山田太郎さん。山田さんに連絡。';
  const r = mask(createMaskMap(), text, [['PERSON', '山田花子'], ['PERSON', '山田太郎'], ['PERSON', '山田']]);
  assert.equal(r.text, '〔氏名1〕さんと〔氏名2〕さん。〔氏名3〕さんに連絡。');
});

test('last4 keeps the last four digits; block_only refuses the masked text', () => {
  const text = '電話 090-1234-5678 の件';
  const r = mask(createMaskMap(), text, [['PHONE_NUMBER', '090-1234-5678', 'last4']]);
  assert.equal(r.text, '電話 〔電話番号1・末尾5678〕 の件');
  const o = mask(createMaskMap(), text, [['PHONE_NUMBER', '090-1234-5678']], { overrides: { PHONE_NUMBER: 'last4' } });
  assert.equal(o.text, r.text);
  const b = mask(createMaskMap(), '山田花子さんは生活保護', [['PERSON', '山田花子'], ['SENSITIVE_PERSONAL_INFO', '生活保護', 'block_only']]);
  assert.deepEqual(b, { ok: false, blockOnly: ['SENSITIVE_PERSONAL_INFO'] });
  const c = mask(createMaskMap(), '山田花子さん', [['PERSON', '山田花子']], { overrides: { PERSON: 'block_only' } });
  assert.equal(c.ok, false);
});

test('surrogate pairs: code-point spans cut the right UTF-16 slice', () => {
  const r = mask(createMaskMap(), '申請者 𠮷田花子 電話 027-231-0000', [['PERSON', '𠮷田花子'], ['PHONE_NUMBER', '027-231-0000']]);
  assert.equal(r.text, '申請者 〔氏名1〕 電話 〔電話番号1〕');
  assert.equal(restoreText('〔氏名1〕様', r.map).text, '𠮷田花子様');
});

test('an honorific inside a name span stays outside the placeholder', () => {
  const r = mask(createMaskMap(), '前橋花子様\n佐藤一郎様\n前橋花子さん', [['PERSON', '前橋花子様'], ['PERSON', '佐藤一郎様'], ['PERSON', '前橋花子']]);
  assert.equal(r.text, '〔氏名1〕様\n〔氏名2〕様\n〔氏名1〕さん');
  assert.equal(restoreText('〔氏名1〕様', r.map).text, '前橋花子様');
});

test('value keys fold width, spaces and dashes', () => {
  assert.equal(valueKey('０９０－１２３４－５６７８'), valueKey('09012345678'));
  assert.equal(valueKey('山田　花子'), valueKey('山田花子'));
  assert.equal(labelFor('PERSON', TYPES), '氏名');
  assert.equal(labelFor('UNKNOWN', TYPES), '伏せ字');
});

test('restore: every known placeholder, repeated, in Markdown, code and tables, and forms a model writes', () => {
  const { map } = mask(createMaskMap(), '山田花子 090-1234-5678 佐藤一郎', [['PERSON', '山田花子'],
    ['PHONE_NUMBER', '090-1234-5678'], ['PERSON', '佐藤一郎']]);
  const answer = [
    '**〔氏名1〕様**への回答です。〔氏名1〕様、ご連絡先は〔電話番号1〕ですね。',
    '| 氏名 | 電話 |', '|---|---|', '| 〔氏名2〕 | 〔電話番号1〕 |',
    '```', 'to = "〔氏名1〕"  # 【氏名2】 [氏名1] 〔氏名１〕 〔氏名 2〕', '```',
    '〔氏名9〕 is not ours, nor 〔住所1〕.',
  ].join('\n');
  const r = restoreText(answer, map);
  assert.ok(!/氏名[12１]|電話番号1/.test(r.text), r.text);
  assert.match(r.text, /\*\*山田花子様\*\*/);
  assert.match(r.text, /\| 佐藤一郎 \| 090-1234-5678 \|/);
  assert.match(r.text, /to = "山田花子" {2}# 佐藤一郎 山田花子 山田花子 佐藤一郎/);
  assert.match(r.text, /〔氏名9〕 is not ours, nor 〔住所1〕\./);
  assert.equal(r.count, 10);
  for (const mk of r.marks) assert.equal(r.text.slice(mk.start, mk.end), map.entries.get(mk.id).value);
});

test('restore over segments: a placeholder split between text nodes is written once, whole', () => {
  const { map } = mask(createMaskMap(), '山田花子', [['PERSON', '山田花子']]);
  const r = restoreSegments(['宛先：〔氏', '名', '1〕様、', 'こんにちは〔氏名1〕'], map);
  assert.deepEqual(r.texts, ['宛先：山田花子', '', '様、', 'こんにちは山田花子']);
  assert.deepEqual(r.marks.map((m) => [m.seg, m.start, m.end]), [[0, 3, 7], [3, 5, 9]]);
  // an incomplete placeholder (the next chunk is still coming) is left alone
  const p = restoreSegments(['宛先：〔氏名'], map);
  assert.equal(p.changed, false);
  assert.deepEqual(p.texts, ['宛先：〔氏名']);
});

test('streamed in chunks of any size, the final restore is the same as restoring the whole', () => {
  const { map } = mask(createMaskMap(), '山田花子 090-1234-5678', [['PERSON', '山田花子'], ['PHONE_NUMBER', '090-1234-5678']]);
  const answer = '〔氏名1〕様\n| a | 〔電話番号1〕 |\n```\n"〔氏名1〕"\n```\n'.repeat(5);
  const whole = restoreText(answer, map).text;
  for (const size of [1, 2, 3, 5, 7]) {
    let page = '';
    let shown = '';
    for (let i = 0; i < answer.length; i += size) {
      page += answer.slice(i, i + size);
      shown = restoreText(page, map).text;
    }
    assert.equal(shown, whole, `chunk size ${size}`);
  }
});

test('an empty mapping restores nothing', () => {
  const map = createMaskMap();
  assert.equal(restorePattern(map), null);
  assert.deepEqual(restoreSegments(['〔氏名1〕'], map).texts, ['〔氏名1〕']);
});

test('the restorer rebuilds its pattern when the mapping grows', () => {
  const a = mask(createMaskMap(), '山田花子', [['PERSON', '山田花子']]);
  const r = createRestorer(a.map);
  assert.equal(restoreText('〔電話番号1〕', r.map, r.pattern()).count, 0);
  const b = mask(a.map, '090-1234-5678', [['PHONE_NUMBER', '090-1234-5678']]);
  r.setMap(b.map);
  assert.equal(restoreText('〔電話番号1〕〔氏名1〕', r.map, r.pattern()).text, '090-1234-5678山田花子');
});

test('known values quoted back are found (code points), longest first', () => {
  const { map } = mask(createMaskMap(), '𠮷田花子さん。𠮷田さん', [['PERSON', '𠮷田花子'], ['PERSON', '𠮷田']]);
  const text = '回答：𠮷田花子様、𠮷田様へ';
  const spans = knownValues(map, text);
  const cps = Array.from(text);
  assert.deepEqual(spans.map((s) => cps.slice(s.start, s.end).join('')), ['𠮷田花子', '𠮷田']);
  assert.deepEqual(knownValues(createMaskMap(), text), []);
});

test('a name part is a known value only as a word: 前橋さん, not 前橋市', () => {
  const { map } = mask(createMaskMap(), '前橋花子さん。前橋さんは', [['PERSON', '前橋花子'], ['PERSON', '前橋']]);
  assert.equal(knownValues(map, '前橋市の観光案内').length, 0);
  assert.equal(knownValues(map, '前橋さんへ').length, 1);
  assert.equal(knownValues(map, '前橋様へ').length, 1);
});

test('masking overrides setting: parsed and validated', () => {
  assert.deepEqual(parseMaskingOverrides('PHONE_NUMBER=last4, PERSON=block_only'), { PHONE_NUMBER: 'last4', PERSON: 'block_only' });
  assert.equal(isValidMaskingOverrides(''), true);
  assert.equal(isValidMaskingOverrides('PHONE_NUMBER=last4,PERSON=numbered'), true);
  assert.equal(isValidMaskingOverrides('PHONE_NUMBER=keep'), false);
  assert.equal(isValidMaskingOverrides(3), false);
});
