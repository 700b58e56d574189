import test from 'node:test';
import assert from 'node:assert/strict';
import {
  planFiles, fileResult, combineFiles, auditFindings, isMediaFile, sameFiles, toBase64, fromBase64,
} from '../lib/file-policy.js';
import { DEFAULTS } from '../lib/settings.js';

const xlsx = { name: '名簿.xlsx', type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', size: 20000 };
const png = { name: 'screenshot.png', type: 'image/png', size: 300000 };
const finding = (action, type = 'JP_MY_NUMBER') => ({ type, action, classification: 'I', label: 'x', part: '名簿', part_kind: 'sheet', location: 'C2', context: '…●●●…' });
const ok = (verdict, findings = [], extra = {}) => ({
  ok: true,
  result: { verdict, findings, findings_total: findings.length, counts: {}, complete: true, file: { format: 'xlsx', chars: 100 }, policy_version: 'v', ...extra },
});
const err = (code, status = 422) => ({ ok: false, error: { code, message: 'm', status } });

test('by default a document is held for a scan, a screenshot passes at once with a notice', () => {
  assert.deepEqual(planFiles([xlsx], DEFAULTS), { kind: 'hold', items: [{ action: 'scan' }] });
  assert.deepEqual(planFiles([png], DEFAULTS), { kind: 'pass', notice: 'attachUnsupported' });
  const mixed = planFiles([png, xlsx], DEFAULTS);
  assert.equal(mixed.kind, 'hold');
  assert.deepEqual(mixed.items.map((i) => i.action), ['unsupported', 'scan']);
});

test('the old modes keep their meaning: warn = notice only, block = every file refused, allow = nothing', () => {
  assert.deepEqual(planFiles([xlsx], { ...DEFAULTS, attachmentMode: 'warn' }), { kind: 'pass', notice: 'attachWarn' });
  assert.equal(planFiles([png], { ...DEFAULTS, attachmentMode: 'block' }).kind, 'refuse');
  assert.deepEqual(planFiles([xlsx], { ...DEFAULTS, attachmentMode: 'allow' }), { kind: 'pass' });
  assert.deepEqual(planFiles([], DEFAULTS), { kind: 'pass' });
});

test('a file over the size limit is refused without being read (fail closed)', () => {
  const big = { ...xlsx, size: DEFAULTS.attachmentMaxBytes + 1 };
  const plan = planFiles([big], DEFAULTS);
  assert.deepEqual(plan.items, [{ action: 'too_large' }]);
  const r = fileResult(plan.items[0], null, DEFAULTS);
  assert.equal(r.status, 'unreadable');
  assert.equal(r.attach, false);
  assert.equal(r.error.code, 'file_too_large_local');
});

test('unsupported files follow attachmentUnsupported', () => {
  assert.equal(planFiles([png], { ...DEFAULTS, attachmentUnsupported: 'block' }).kind, 'refuse');
  assert.deepEqual(planFiles([png], { ...DEFAULTS, attachmentUnsupported: 'allow' }), { kind: 'pass' });
  assert.equal(fileResult({ action: 'scan' }, err('unsupported_file_type', 415), DEFAULTS).attach, true);
  assert.equal(fileResult({ action: 'scan' }, err('unsupported_file_type', 415), { ...DEFAULTS, attachmentUnsupported: 'block' }).attach, false);
});

test('media is told by type and name; a workbook renamed .png with a document type is not media', () => {
  assert.ok(isMediaFile({ name: 'a.jpg', type: '' }));
  assert.ok(isMediaFile({ name: 'clip', type: 'video/mp4' }));
  assert.ok(!isMediaFile({ name: 'a.xlsx', type: '' }));
  assert.ok(!isMediaFile({ name: 'a.pdf', type: 'image/png' }), 'a type that disagrees with the name is not trusted');
});

test('block refuses, warn asks (unless overrides are off), allow attaches', () => {
  const it = { action: 'scan' };
  assert.deepEqual([fileResult(it, ok('block', [finding('block')]), DEFAULTS)].map((r) => [r.status, r.attach, !!r.confirm]), [['block', false, false]]);
  const w = fileResult(it, ok('warn', [finding('warn', 'NONPUBLIC_INFO')]), DEFAULTS);
  assert.deepEqual([w.status, w.attach, w.confirm], ['warn', false, true]);
  assert.equal(fileResult(it, ok('warn', [finding('warn')]), { ...DEFAULTS, allowWarnOverride: false }).confirm, false);
  const a = fileResult(it, ok('allow'), DEFAULTS);
  assert.deepEqual([a.status, a.attach], ['ok', true]);
});

test('a verdict weaker than its findings is raised', () => {
  assert.equal(fileResult({ action: 'scan' }, ok('allow', [finding('block')]), DEFAULTS).status, 'block');
});

test('encrypted, corrupt and oversized answers are refused', () => {
  for (const code of ['file_encrypted', 'file_corrupt', 'file_too_large', 'file_bomb', 'file_legacy_office', 'file_too_much_text']) {
    const r = fileResult({ action: 'scan' }, err(code), { ...DEFAULTS, failMode: 'allow' });
    assert.equal(r.status, 'unreadable', code);
    assert.equal(r.attach, false, code);
  }
});

test('service down: the fail mode decides', () => {
  const down = { ok: false, error: { code: 'unreachable' } };
  const r = fileResult({ action: 'scan' }, down, DEFAULTS);
  assert.deepEqual([r.status, r.attach, r.confirm], ['unreachable', false, false]);
  assert.equal(fileResult({ action: 'scan' }, down, { ...DEFAULTS, failMode: 'warn' }).confirm, true);
  const a = fileResult({ action: 'scan' }, down, { ...DEFAULTS, failMode: 'allow' });
  assert.deepEqual([a.status, a.attach], ['degraded', true]);
  assert.equal(fileResult({ action: 'scan' }, { ok: true, result: { verdict: 'allow' } }, DEFAULTS).status, 'unreachable', 'a malformed answer is no allow');
});

test('a PDF without text is not "nothing found": it gets the unchecked notice', () => {
  const r = fileResult({ action: 'scan' }, ok('allow', [], { file: { format: 'pdf', chars: 0 } }), DEFAULTS);
  assert.equal(r.status, 'empty');
  assert.equal(r.attach, true);
  assert.deepEqual(combineFiles([r]).notices, ['attachEmpty']);
});

test('combining: clean files attach at once; one blocked file gives the block dialog and the rest may go', () => {
  const clean = fileResult({ action: 'scan' }, ok('allow'), DEFAULTS);
  assert.deepEqual(combineFiles([clean, clean]), { kind: 'attach', indexes: [0, 1], notices: [] });
  const blocked = fileResult({ action: 'scan' }, ok('block', [finding('block')]), DEFAULTS);
  const c = combineFiles([clean, blocked]);
  assert.equal(c.kind, 'dialog');
  assert.equal(c.title, 'block');
  assert.deepEqual([c.attachable, c.confirmable, c.refused], [[0], [], [1]]);
  const warned = fileResult({ action: 'scan' }, ok('warn', [finding('warn')]), DEFAULTS);
  assert.equal(combineFiles([warned]).title, 'warn');
  const down = fileResult({ action: 'scan' }, { ok: false, error: { code: 'timeout' } }, DEFAULTS);
  assert.equal(combineFiles([down]).title, 'unreachable');
});

test('audit findings are types counted from the service counts, capped', () => {
  const r = [{ counts: { PERSON: 2, JP_MY_NUMBER: 5000 } }];
  const f = auditFindings(r, [0]);
  assert.equal(f.filter((x) => x.type === 'PERSON').length, 2);
  assert.equal(f.filter((x) => x.type === 'JP_MY_NUMBER').length, 999);
  assert.ok(f.every((x) => Object.keys(x).join() === 'type'));
});

test('sameFiles and base64 round trip', () => {
  const a = [{ name: 'a', size: 1, lastModified: 2 }];
  assert.ok(sameFiles(a, [{ ...a[0] }]));
  assert.ok(!sameFiles(a, [{ ...a[0], size: 3 }]));
  const bytes = new Uint8Array(100000).map((_, i) => (i * 7) % 256);
  assert.deepEqual(fromBase64(toBase64(bytes)), bytes);
});
