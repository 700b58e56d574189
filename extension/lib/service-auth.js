// Talking only to *this Windows user's own* mamori service (per-user port and secret).
// Pure: no chrome.* here; background.js passes fetch, WebCrypto and the session source.
//
// The session {port, secret} comes from the native messaging host that IT registers machine-
// wide (service/launcher.py native-host; Edge starts it as the signed-in user). Every request
// carries a client proof and every response must carry the service's proof, both HMAC-SHA256
// with the user's secret over a fresh nonce, the port and the body (the exact strings are in
// service/auth.py; tests/test_service_auth.py runs this module against the Python service).
// Text is sent only after a hello (GET /healthz) on the same port came back with a valid
// proof: a process that is not the user's service — another user's, or an impostor that took
// a port — gets the hello and nothing else, and the caller gets code 'not_authentic' (the
// content script then fails closed like for an unreachable service).

export const NATIVE_HOST = 'jp.mamori.service';
export const NONCE_HEADER = 'X-Mamori-Nonce';
export const CLIENT_HEADER = 'X-Mamori-Client';
export const PROOF_HEADER = 'X-Mamori-Proof';

const enc = new TextEncoder();
const HEX64 = /^[0-9a-f]{64}$/;

function toHex(buf) {
  return Array.from(new Uint8Array(buf), (b) => b.toString(16).padStart(2, '0')).join('');
}

function fromHex(hex) {
  const out = new Uint8Array(hex.length / 2);
  for (let i = 0; i < out.length; i += 1) out[i] = parseInt(hex.slice(2 * i, 2 * i + 2), 16);
  return out;
}

function bytesOf(body) {
  if (body === undefined || body === null) return new Uint8Array(0);
  if (typeof body === 'string') return enc.encode(body);
  return new Uint8Array(body);
}

async function sha256Hex(subtle, bytes) {
  return toHex(await subtle.digest('SHA-256', bytes));
}

async function hmacHex(subtle, secretHex, message) {
  const key = await subtle.importKey('raw', fromHex(secretHex), { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
  return toHex(await subtle.sign('HMAC', key, enc.encode(message)));
}

/** A fresh nonce: 18 random bytes as base64url (24 characters). */
export function newNonce(cryptoObj = globalThis.crypto) {
  const b = cryptoObj.getRandomValues(new Uint8Array(18));
  let s = '';
  for (const x of b) s += String.fromCharCode(x);
  return btoa(s).replace(/\+/g, '-').replace(/\//g, '_');
}

export async function clientProof(subtle, secretHex, { nonce, method, path, port, body }) {
  const h = await sha256Hex(subtle, bytesOf(body));
  return hmacHex(subtle, secretHex, `mamori-client-v1\n${nonce}\n${String(method).toUpperCase()}\n${path}\n${port}\n${h}`);
}

export async function serviceProof(subtle, secretHex, { nonce, status, port, body }) {
  const h = await sha256Hex(subtle, bytesOf(body));
  return hmacHex(subtle, secretHex, `mamori-service-v1\n${nonce}\n${status}\n${port}\n${h}`);
}

/** Constant-time comparison of two hex strings of the same length. */
export function sameHex(a, b) {
  if (typeof a !== 'string' || typeof b !== 'string' || a.length !== b.length) return false;
  let d = 0;
  for (let i = 0; i < a.length; i += 1) d |= a.charCodeAt(i) ^ b.charCodeAt(i);
  return d === 0;
}

/** The native host's answer as a session, or null when it is not usable. */
export function parseHostReply(reply) {
  if (!reply || typeof reply !== 'object' || reply.ok !== true) return null;
  const { port, secret } = reply;
  if (!Number.isInteger(port) || port < 1 || port > 65535) return null;
  if (typeof secret !== 'string' || !HEX64.test(secret)) return null;
  return { port, secret };
}

/**
 * fetchImpl: fetch. subtle: crypto.subtle. getSession(): Promise<{port, secret}> (throws when
 * there is none). dropSession(): forget the cached session (asked again next time).
 * Returns request(path, {method, body, bytes, headers, signal}) → {ok: true, result} | {ok: false, error}.
 * `body` is sent as JSON; `bytes` (an attached file, POST /v1/scan-file) as is, with `headers`.
 */
export function createServiceClient({ fetchImpl, subtle, getSession, dropSession = () => {}, cryptoObj }) {
  async function signedFetch(session, method, path, bodyText, signal, extraHeaders = {}) {
    const nonce = newNonce(cryptoObj);
    const proof = await clientProof(subtle, session.secret, { nonce, method, path, port: session.port, body: bodyText });
    const headers = { ...extraHeaders, [NONCE_HEADER]: nonce, [CLIENT_HEADER]: proof };
    if (bodyText !== undefined && !headers['Content-Type']) headers['Content-Type'] = 'application/json';
    const res = await fetchImpl(`http://127.0.0.1:${session.port}${path}`, {
      method, headers, body: bodyText, signal, cache: 'no-store', credentials: 'omit',
    });
    const raw = new Uint8Array(await res.arrayBuffer());
    const expected = await serviceProof(subtle, session.secret, { nonce, status: res.status, port: session.port, body: raw });
    const authentic = sameHex(expected, (res.headers.get(PROOF_HEADER) || '').toLowerCase());
    return { res, raw, authentic };
  }

  function notAuthentic() {
    dropSession();
    return {
      ok: false,
      error: { code: 'not_authentic', message: 'the process on the service port is not this user\'s mamori service' },
    };
  }

  return async function request(path, { method = 'GET', body, bytes, headers = {}, signal } = {}) {
    let session;
    try {
      session = await getSession();
    } catch (err) {
      return { ok: false, error: { code: 'unreachable', message: String((err && err.message) || err) } };
    }
    const bodyText = bytes !== undefined ? bytes : body === undefined ? undefined : JSON.stringify(body);
    const extraHeaders = bytes !== undefined ? { 'Content-Type': 'application/octet-stream', ...headers } : {};
    if (method !== 'GET') {
      // Prove the listener first: the body may hold the user's text.
      const hello = await signedFetch(session, 'GET', '/healthz', undefined, signal);
      if (!hello.authentic) return notAuthentic();
      if (!hello.res.ok) {
        dropSession();
        return { ok: false, error: { code: `http_${hello.res.status}`, message: `HTTP ${hello.res.status}`, status: hello.res.status } };
      }
    }
    const { res, raw, authentic } = await signedFetch(session, method, path, bodyText, signal, extraHeaders);
    if (!authentic) return notAuthentic();
    let data = null;
    try {
      data = JSON.parse(new TextDecoder().decode(raw));
    } catch {
      data = null;
    }
    if (!res.ok) {
      if (res.status === 401) dropSession(); // secret rotated: ask the host again next time
      const e = (data && data.error) || {};
      return { ok: false, error: { code: e.code || `http_${res.status}`, message: e.message || `HTTP ${res.status}`, status: res.status } };
    }
    if (data === null) return { ok: false, error: { code: 'bad_response', message: 'not JSON' } };
    return { ok: true, result: data };
  };
}
