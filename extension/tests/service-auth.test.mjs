import test from 'node:test';
import assert from 'node:assert/strict';
import { createHash, createHmac, webcrypto } from 'node:crypto';
import {
  clientProof, serviceProof, createServiceClient, parseHostReply, sameHex, newNonce, PROOF_HEADER, NONCE_HEADER, CLIENT_HEADER,
} from '../lib/service-auth.js';

const subtle = webcrypto.subtle;
const SECRET = 'ab'.repeat(32);
const OTHER = 'cd'.repeat(32);

function hmac(secretHex, msg) {
  return createHmac('sha256', Buffer.from(secretHex, 'hex')).update(msg).digest('hex');
}
const sha = (s) => createHash('sha256').update(s).digest('hex');

test('proofs are HMAC-SHA256 over the documented strings (same as service/auth.py)', async () => {
  const body = JSON.stringify({ text: '山田太郎' });
  const c = await clientProof(subtle, SECRET, { nonce: 'n'.repeat(24), method: 'post', path: '/v1/scan', port: 5000, body });
  assert.equal(c, hmac(SECRET, `mamori-client-v1\n${'n'.repeat(24)}\nPOST\n/v1/scan\n5000\n${sha(Buffer.from(body, 'utf8'))}`));
  const s = await serviceProof(subtle, SECRET, { nonce: 'n'.repeat(24), status: 200, port: 5000, body: Buffer.from('{}') });
  assert.equal(s, hmac(SECRET, `mamori-service-v1\n${'n'.repeat(24)}\n200\n5000\n${sha('{}')}`));
});

test('nonces are fresh and URL-safe', () => {
  const a = newNonce(webcrypto);
  const b = newNonce(webcrypto);
  assert.match(a, /^[A-Za-z0-9_-]{24}$/);
  assert.notEqual(a, b);
});

test('host replies without a proper port and 256-bit hex secret are refused', () => {
  assert.deepEqual(parseHostReply({ ok: true, port: 5000, secret: SECRET }), { port: 5000, secret: SECRET });
  for (const bad of [null, {}, { ok: false, error: 'not_running' }, { ok: true, port: 0, secret: SECRET },
    { ok: true, port: 5000, secret: 'xyz' }, { ok: true, port: '5000', secret: SECRET }]) {
    assert.equal(parseHostReply(bad), null);
  }
  assert.equal(sameHex('ab', 'ab'), true);
  assert.equal(sameHex('ab', 'ac'), false);
  assert.equal(sameHex('ab', 'abc'), false);
});

/** A fake loopback: `listeners[port]` answers like the real service (secret) or an impostor (null). */
function fakeNet(listeners) {
  const seen = [];
  const fetchImpl = async (url, init) => {
    const u = new URL(url);
    const port = Number(u.port);
    seen.push({ port, path: u.pathname, method: init.method, body: init.body });
    const who = listeners[port];
    if (who === undefined) throw new TypeError('connection refused');
    const body = Buffer.from(JSON.stringify({ status: 'ok' }));
    const headers = new Map();
    if (who.secret) {
      const expected = await clientProof(subtle, who.secret, {
        nonce: init.headers[NONCE_HEADER], method: init.method, path: u.pathname, port: who.port ?? port, body: init.body,
      });
      const status = expected === init.headers[CLIENT_HEADER] ? 200 : 401;
      headers.set(PROOF_HEADER.toLowerCase(), await serviceProof(subtle, who.secret,
        { nonce: init.headers[NONCE_HEADER], status, port: who.port ?? port, body }));
      return { status, ok: status === 200, headers: { get: (k) => headers.get(k.toLowerCase()) ?? null }, arrayBuffer: async () => body };
    }
    return { status: 200, ok: true, headers: { get: () => null }, arrayBuffer: async () => body };
  };
  return { fetchImpl, seen };
}

function client(net, session) {
  let dropped = 0;
  const request = createServiceClient({
    fetchImpl: net.fetchImpl, subtle, cryptoObj: webcrypto, getSession: async () => session, dropSession: () => { dropped += 1; },
  });
  return { request, dropped: () => dropped };
}

test('the real service answers and its proofs are accepted', async () => {
  const net = fakeNet({ 5000: { secret: SECRET } });
  const { request } = client(net, { port: 5000, secret: SECRET });
  const r = await request('/v1/scan', { method: 'POST', body: { text: 'x' } });
  assert.equal(r.ok, true);
  assert.deepEqual(net.seen.map((s) => `${s.method} ${s.path}`), ['GET /healthz', 'POST /v1/scan']);
});

test('an impostor on the port gets the hello only, never the text, and is reported', async () => {
  const net = fakeNet({ 5000: {} });
  const c = client(net, { port: 5000, secret: SECRET });
  const r = await c.request('/v1/scan', { method: 'POST', body: { text: '山田太郎 090-1234-5678' } });
  assert.equal(r.ok, false);
  assert.equal(r.error.code, 'not_authentic');
  assert.deepEqual(net.seen.map((s) => s.path), ['/healthz']);
  assert.ok(net.seen.every((s) => s.body === undefined));
  assert.equal(c.dropped(), 1, 'the stale session is forgotten');
});

test("another user's real service (other secret) is not this user's service", async () => {
  const net = fakeNet({ 5000: { secret: OTHER } });
  const r = await client(net, { port: 5000, secret: SECRET }).request('/v1/scan', { method: 'POST', body: { text: 't' } });
  assert.equal(r.error.code, 'not_authentic');
  assert.equal(net.seen.length, 1);
});

test('a relay that forwards to the real service on another port is detected', async () => {
  // The real service signs for its own port (6000); the extension connected to 5000.
  const net = fakeNet({ 5000: { secret: SECRET, port: 6000 } });
  const r = await client(net, { port: 5000, secret: SECRET }).request('/v1/scan', { method: 'POST', body: { text: 't' } });
  assert.equal(r.error.code, 'not_authentic');
});

test('no session from the native host is an unreachable service (fail closed upstream)', async () => {
  const request = createServiceClient({
    fetchImpl: async () => { throw new Error('must not be called'); }, subtle, cryptoObj: webcrypto,
    getSession: async () => { throw new Error('native host: not_running'); },
  });
  const r = await request('/v1/scan', { method: 'POST', body: { text: 't' } });
  assert.equal(r.error.code, 'unreachable');
});

test('an impostor is audited as its own kind of unreachable service', async () => {
  const { buildAuditEvent } = await import('../lib/audit.js');
  const body = buildAuditEvent({ event: 'service_unreachable', decision: { error: { code: 'not_authentic' } }, now: 0 });
  assert.equal(body.error, 'not_authentic');
});

test('an attached file goes to the proven service as its raw bytes, signed over those bytes', async () => {
  const net = fakeNet({ 5000: { secret: SECRET } });
  const bytes = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]);
  const r = await client(net, { port: 5000, secret: SECRET })
    .request('/v1/scan-file', { method: 'POST', bytes, headers: { 'X-Mamori-File-Name': 'a.xlsx' } });
  assert.equal(r.ok, true, 'the fake service verified the client proof over the bytes');
  assert.deepEqual(net.seen.map((s) => `${s.method} ${s.path}`), ['GET /healthz', 'POST /v1/scan-file']);
  assert.equal(net.seen[1].body, bytes);
});

test('an impostor never receives an attached file', async () => {
  const net = fakeNet({ 5000: {} });
  const r = await client(net, { port: 5000, secret: SECRET })
    .request('/v1/scan-file', { method: 'POST', bytes: new Uint8Array([1, 2, 3]) });
  assert.equal(r.error.code, 'not_authentic');
  assert.ok(net.seen.every((s) => s.body === undefined));
});
