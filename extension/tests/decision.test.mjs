import test from 'node:test';
import assert from 'node:assert/strict';
import { decide, isScanResult, classificationLabel } from '../lib/decision.js';
import { DEFAULTS } from '../lib/settings.js';

const f = (action, type = 'EMAIL_ADDRESS') => ({ type, start: 0, end: 3, action, classification: 'I', label: 'x', score: 0.9, reason: 'r' });
const res = (verdict, findings) => ({ ok: true, result: { verdict, findings, redacted_text: '<x>', policy_version: 'v' } });

test('allow sends without dialog', () => {
  const d = decide(res('allow', []), DEFAULTS);
  assert.equal(d.kind, 'send');
  assert.equal(d.canSend, true);
});

test('block never offers sending the original', () => {
  const d = decide(res('block', [f('block')]), { ...DEFAULTS, allowWarnOverride: true });
  assert.equal(d.kind, 'block');
  assert.equal(d.canSend, false);
  assert.equal(d.redactedText, '<x>');
  assert.equal(d.findings.length, 1);
});

test('warn offers override only if the policy allows it', () => {
  assert.equal(decide(res('warn', [f('warn')]), DEFAULTS).canSend, true);
  const d = decide(res('warn', [f('warn')]), { ...DEFAULTS, allowWarnOverride: false });
  assert.equal(d.kind, 'warn');
  assert.equal(d.canSend, false);
});

test('a verdict weaker than its findings is raised; allow findings are not shown', () => {
  const d = decide(res('allow', [f('block'), f('allow', 'JP_CORPORATE_NUMBER')]), DEFAULTS);
  assert.equal(d.kind, 'block');
  assert.deepEqual(d.findings.map((x) => x.action), ['block']);
});

test('service unreachable: fail closed by default', () => {
  const err = { ok: false, error: { code: 'unreachable' } };
  const d = decide(err, DEFAULTS);
  assert.equal(d.kind, 'unreachable');
  assert.equal(d.canSend, false);
  assert.equal(decide(err, { ...DEFAULTS, failMode: 'warn' }).canSend, true);
  const a = decide(err, { ...DEFAULTS, failMode: 'allow' });
  assert.equal(a.kind, 'send');
  assert.equal(a.degraded, true);
});

test('malformed responses count as failures', () => {
  assert.equal(decide({ ok: true, result: { verdict: 'maybe', findings: [] } }, DEFAULTS).kind, 'unreachable');
  assert.equal(decide(undefined, DEFAULTS).kind, 'unreachable');
  assert.equal(decide({ ok: true, result: { verdict: 'allow' } }, DEFAULTS).kind, 'unreachable');
  assert.ok(!isScanResult(null));
});

test('classification labels', () => {
  assert.equal(classificationLabel('I'), '分類Ⅰ');
  assert.equal(classificationLabel('II'), '分類Ⅱ');
  assert.equal(classificationLabel('?'), '');
});

test('a text over the service limit is too long, counted in code points', async () => {
  const { tooLong, MAX_TEXT_CHARS, codePointLength } = await import('../lib/decision.js');
  assert.equal(MAX_TEXT_CHARS, 100000);
  assert.equal(tooLong('あ'.repeat(100000)), null);
  const d = tooLong('あ'.repeat(100001));
  assert.equal(d.kind, 'too_long');
  assert.equal(d.canSend, false);
  assert.equal(d.length, 100001);
  // 𠮷 is two UTF-16 units but one character, as the service counts.
  assert.equal(codePointLength('𠮷田'), 2);
  assert.equal(tooLong('𠮷'.repeat(60000)), null);
});

test('the service refusing the length is too long, never "unreachable", whatever failMode says', async () => {
  const { decide } = await import('../lib/decision.js');
  for (const failMode of ['block', 'warn', 'allow']) {
    const d = decide({ ok: false, error: { code: 'text_too_long', status: 413 } }, { failMode });
    assert.equal(d.kind, 'too_long', failMode);
    assert.equal(d.canSend, false);
  }
  assert.equal(decide({ ok: false, error: { code: 'http_413', status: 413 } }, {}).kind, 'too_long');
  assert.equal(decide({ ok: false, error: { code: 'unreachable' } }, {}).kind, 'unreachable');
});
