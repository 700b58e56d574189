import test from 'node:test';
import assert from 'node:assert/strict';
import { buildAuditEvent, enqueueAuditEvent, AUDIT_EVENTS } from '../lib/audit.js';

const TEXT = '申請者 山田太郎 090-1234-5678 個人番号 7057 8622 2560';
const decision = {
  kind: 'block',
  policyVersion: '2026-11-26',
  redactedText: '申請者 <氏名> <電話番号> 個人番号 <個人番号>',
  findings: [
    { type: 'PERSON', start: 4, end: 8, action: 'block', label: '個人の氏名', reason: '姓名', text: '山田太郎' },
    { type: 'PHONE_NUMBER', start: 9, end: 22, action: 'block', value: '090-1234-5678' },
    { type: 'PERSON', start: 0, end: 1, action: 'block' },
  ],
};

test('counts findings by type and carries versions, nothing else', () => {
  const body = buildAuditEvent({ event: 'blocked', decision, source: 'prompt', extensionVersion: '0.1.0', now: Date.UTC(2026, 10, 26, 1, 2, 3) });
  assert.deepEqual(body, {
    event: 'blocked', verdict: 'block', findings: { PERSON: 2, PHONE_NUMBER: 1 }, policy_version: '2026-11-26',
    source: 'prompt', extension_version: '0.1.0', occurred_at: '2026-11-26T01:02:03.000Z',
  });
});

test('never carries the text, a value or the redacted text', () => {
  const line = JSON.stringify(buildAuditEvent({ event: 'redacted', decision, source: 'paste', extensionVersion: '0.1.0' }));
  for (let i = 0; i + 4 <= TEXT.length; i++) {
    const sub = TEXT.slice(i, i + 4);
    if (/^[\d -]+$/.test(sub) && /^[\d-]+$/.test(sub.trim())) continue; // digits may coincide with the timestamp
    assert.ok(!line.includes(sub), `leaked ${sub}`);
  }
  assert.ok(!line.includes('山田') && !line.includes('1234-5678') && !line.includes('<氏名>'));
});

test('service_unreachable carries the error kind, no verdict or findings', () => {
  assert.deepEqual(buildAuditEvent({ event: 'service_unreachable', error: { code: 'timeout', message: 'x' }, now: 0 }),
    { event: 'service_unreachable', error: 'timeout', occurred_at: '1970-01-01T00:00:00.000Z' });
  assert.equal(buildAuditEvent({ event: 'service_unreachable', error: { code: 'http_500' } }).error, 'http_error');
});

test('odd input is dropped, not forwarded', () => {
  assert.equal(buildAuditEvent({ event: 'typed 山田太郎' }), null);
  const body = buildAuditEvent({
    event: 'sent_after_warning', source: 'clipboard 山田', extensionVersion: '0.1.0 山田',
    decision: { kind: 'warn', policyVersion: '版 山田', findings: [{ type: '山田太郎' }, { type: 'NONPUBLIC_INFO' }] },
  });
  assert.deepEqual(Object.keys(body).sort(), ['event', 'findings', 'occurred_at', 'verdict']);
  assert.deepEqual(body.findings, { NONPUBLIC_INFO: 1 });
  assert.equal(body.verdict, 'warn');
});

test('every event kind builds', () => {
  for (const e of AUDIT_EVENTS) assert.equal(buildAuditEvent({ event: e, decision }).event, e);
});

test('offline queue keeps the newest', () => {
  let q = [];
  for (let i = 0; i < 5; i++) q = enqueueAuditEvent(q, { n: i }, 3);
  assert.deepEqual(q.map((x) => x.n), [2, 3, 4]);
});

test('selector_miss carries the path shape and the gesture, nothing else', () => {
  assert.deepEqual(buildAuditEvent({ event: 'selector_miss', path: '/c/:id', gesture: 'click', source: 'prompt', extensionVersion: '0.1.0', now: 0 }),
    { event: 'selector_miss', path: '/c/:id', gesture: 'click', source: 'prompt', extension_version: '0.1.0', occurred_at: '1970-01-01T00:00:00.000Z' });
  // A raw path (an id, a name, a query) is never passed on: only a shape.
  for (const path of ['/c/6743ab12', '/c/山田', '/search?q=x', 'x', 42, undefined]) {
    assert.equal(buildAuditEvent({ event: 'selector_miss', path, now: 0 }).path, '/', String(path));
  }
  assert.equal(buildAuditEvent({ event: 'selector_miss', path: '/', gesture: 'paste' }).gesture, undefined);
  assert.ok(AUDIT_EVENTS.includes('selector_miss'));
});
