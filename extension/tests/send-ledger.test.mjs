import test from 'node:test';
import assert from 'node:assert/strict';
import { createLedger } from '../lib/send-ledger.js';

function clock(start = 1000) {
  let t = start;
  return { now: () => t, advance: (ms) => { t += ms; } };
}

test('a text let through passes again for the same field while the page defers its submit', () => {
  const c = clock();
  const l = createLedger({ ttlMs: 5000, now: c.now });
  const field = {};
  l.approve(field, '会議室の予約方法');
  c.advance(300);
  assert.equal(l.isApproved(field, '会議室の予約方法'), true);
  assert.equal(l.isApproved(field, '会議室の予約方法\n'), true, 'trailing whitespace is the same prompt');
});

test('another text, another field or a late gesture is scanned again', () => {
  const c = clock();
  const l = createLedger({ ttlMs: 5000, now: c.now });
  const a = {};
  const b = {};
  l.approve(a, '質問');
  assert.equal(l.isApproved(a, '質問と電話番号 027-000-0000'), false);
  assert.equal(l.isApproved(b, '質問'), false);
  c.advance(5001);
  assert.equal(l.isApproved(a, '質問'), false);
});

test('the ledger does not grow without bound', () => {
  const c = clock();
  const l = createLedger({ ttlMs: 100, now: c.now });
  for (let i = 0; i < 1000; i++) {
    l.approve({}, `t${i}`);
    c.advance(10);
  }
  assert.ok(l.size() <= 11, String(l.size()));
});
