// Service worker: the only part that talks to the mamori service.
// The content script asks here (chrome.runtime.sendMessage); a page-origin fetch to
// loopback would meet CORS and Chromium's Local Network Access prompt. Our POSTs carry
// Origin: chrome-extension://<id>, which the service checks against its policy.
import { mergeSettings } from './lib/settings.js';
import { chooseLanguage } from './lib/i18n.js';
import { buildAuditEvent, enqueueAuditEvent } from './lib/audit.js';
import { NATIVE_HOST, createServiceClient, parseHostReply } from './lib/service-auth.js';
import { fromBase64 } from './lib/file-policy.js';

const POLICY_TTL_MS = 5 * 60 * 1000;
let settingsCache = null;
let policyCache = null; // {at, url, policy}
const messagesCache = {};

async function isDevelopmentInstall() {
  try {
    const self = await chrome.management.getSelf();
    return self.installType === 'development';
  } catch {
    return false;
  }
}

async function loadSettings() {
  if (settingsCache) return settingsCache;
  let managed = {};
  try {
    managed = (await chrome.storage.managed.get(null)) || {};
  } catch {
    managed = {};
  }
  let devOverrides = {};
  if (await isDevelopmentInstall()) {
    const got = await chrome.storage.local.get('devOverrides');
    devOverrides = got.devOverrides || {};
  }
  settingsCache = mergeSettings({ managed, devOverrides });
  return settingsCache;
}

chrome.storage.onChanged.addListener((changes, area) => {
  if (area === 'managed' || (area === 'local' && changes.devOverrides)) {
    settingsCache = null;
    policyCache = null;
    nativeSession = null; // ask the native host again under the new settings
  }
});

async function loadMessages(lang) {
  if (!messagesCache[lang]) {
    const res = await fetch(chrome.runtime.getURL(`_locales/${lang}/messages.json`));
    messagesCache[lang] = await res.json();
  }
  return messagesCache[lang];
}

function isLoopbackUrl(url) {
  try {
    const h = new URL(url).hostname;
    return h === '127.0.0.1' || h === 'localhost' || h === '[::1]';
  } catch {
    return false;
  }
}

/** Does the extension hold the host permission for the service URL? (Loopback is in the manifest.) */
async function hasHostPermission(url) {
  if (isLoopbackUrl(url)) return true;
  try {
    return await chrome.permissions.contains({ origins: [`${new URL(url).origin}/*`] });
  } catch {
    return false;
  }
}

// serviceAuth 'native': this Windows user's own service, found through the native host
// (port and secret per user) and proven on every answer (lib/service-auth.js).
let nativeSession = null;
async function getNativeSession() {
  if (nativeSession) return nativeSession;
  const reply = await chrome.runtime.sendNativeMessage(NATIVE_HOST, { type: 'hello' });
  const session = parseHostReply(reply);
  if (!session) throw new Error(`native host: ${(reply && reply.error) || 'no session'}`);
  nativeSession = session;
  return session;
}
const authenticatedRequest = createServiceClient({
  fetchImpl: (...args) => fetch(...args),
  subtle: crypto.subtle,
  getSession: getNativeSession,
  dropSession: () => { nativeSession = null; },
});

// bytes (a Uint8Array) is sent as is (POST /v1/scan-file), with `headers`; body as JSON.
async function request(path, { method = 'GET', body, bytes, headers = {}, timeoutMs } = {}) {
  const { settings } = await loadSettings();
  const controller = new AbortController();
  const limit = timeoutMs || settings.timeoutMs;
  const timer = setTimeout(() => controller.abort(), limit);
  const url = `${settings.serviceUrl}${path}`;
  try {
    if (settings.serviceAuth === 'native') {
      const r = await authenticatedRequest(path, { method, body, bytes, headers, signal: controller.signal });
      if (!r.ok && r.error.code === 'not_authentic') console.warn('mamori: a process that is not this user\'s service answered; nothing was sent to it');
      return r;
    }
    const res = await fetch(url, {
      method,
      headers: bytes !== undefined ? { 'Content-Type': 'application/octet-stream', ...headers }
        : body === undefined ? {} : { 'Content-Type': 'application/json' },
      body: bytes !== undefined ? bytes : body === undefined ? undefined : JSON.stringify(body),
      signal: controller.signal,
      cache: 'no-store',
      credentials: 'omit',
    });
    let data = null;
    try {
      data = await res.json();
    } catch {
      data = null;
    }
    if (!res.ok) {
      const e = (data && data.error) || {};
      return { ok: false, error: { code: e.code || `http_${res.status}`, message: e.message || `HTTP ${res.status}`, status: res.status } };
    }
    if (data === null) return { ok: false, error: { code: 'bad_response', message: 'not JSON' } };
    return { ok: true, result: data };
  } catch (err) {
    const timeout = err && err.name === 'AbortError';
    if (timeout) return { ok: false, error: { code: 'timeout', message: `no answer within ${limit} ms` } };
    // A central instance (not loopback) needs a host permission the user or IT must grant.
    const permitted = await hasHostPermission(url);
    return {
      ok: false,
      error: { code: 'unreachable', message: String((err && err.message) || err), ...(permitted ? {} : { permission: false }) },
    };
  } finally {
    clearTimeout(timer);
  }
}

async function getPolicy(force = false) {
  const { settings } = await loadSettings();
  const now = Date.now();
  if (!force && policyCache && policyCache.url === settings.serviceUrl && now - policyCache.at < POLICY_TTL_MS) {
    return policyCache.outcome;
  }
  const outcome = await request('/v1/policy');
  if (outcome.ok) policyCache = { at: now, url: settings.serviceUrl, outcome };
  return outcome;
}

// ---- audit events (POST /v1/events): counts only, queued while the service is down ----

const TRANSIENT = new Set(['timeout', 'unreachable']);
let auditChain = Promise.resolve(); // serialises every read-modify-write of 'auditQueue'

function withQueue(fn) {
  const run = auditChain.then(fn, fn);
  auditChain = run.catch(() => {});
  return run;
}

async function queueAudit(body) {
  await withQueue(async () => {
    const { auditQueue } = await chrome.storage.local.get('auditQueue');
    await chrome.storage.local.set({ auditQueue: enqueueAuditEvent(auditQueue, body) });
  });
}

async function postAudit(body) {
  const r = await request('/v1/events', { method: 'POST', body });
  // A transient failure is worth another try later; a refused event (4xx) never will be.
  return r.ok || !TRANSIENT.has(r.error && r.error.code) ? r : { ...r, retry: true };
}

async function reportAudit(msg) {
  const decision = msg.decision && typeof msg.decision === 'object' ? msg.decision : {};
  const body = buildAuditEvent({
    event: msg.event,
    decision,
    source: msg.source,
    extensionVersion: chrome.runtime.getManifest().version,
    error: decision.error,
    path: msg.path, // selector_miss: the page's path shape (checked again in buildAuditEvent)
    gesture: msg.gesture,
  });
  if (!body) return { ok: false, error: { code: 'bad_event' } };
  const r = await postAudit(body);
  if (r.retry) {
    await queueAudit(body);
    return { ok: false, queued: true, error: r.error };
  }
  return r;
}

let flushing = null;
/** Send what was queued while the service was down (after a scan showed it is back). */
function flushAuditQueue() {
  if (flushing) return flushing;
  flushing = (async () => {
    const pending = await withQueue(async () => {
      const { auditQueue } = await chrome.storage.local.get('auditQueue');
      if (Array.isArray(auditQueue) && auditQueue.length) await chrome.storage.local.set({ auditQueue: [] });
      return Array.isArray(auditQueue) ? auditQueue : [];
    });
    const failed = [];
    for (let i = 0; i < pending.length; i += 1) {
      const r = await postAudit(pending[i]);
      if (r.retry) {
        failed.push(...pending.slice(i)); // down again: keep the rest, in order
        break;
      }
    }
    if (failed.length) {
      await withQueue(async () => {
        const { auditQueue } = await chrome.storage.local.get('auditQueue');
        const q = [...failed, ...(Array.isArray(auditQueue) ? auditQueue : [])];
        await chrome.storage.local.set({ auditQueue: enqueueAuditEvent(q, null) });
      });
    }
  })().finally(() => {
    flushing = null;
  });
  return flushing;
}

async function handle(msg) {
  switch (msg && msg.type) {
    case 'init': {
      const { settings, sources, invalid } = await loadSettings();
      const lang = chooseLanguage(settings.language, chrome.i18n.getUILanguage());
      const [messages, fallback] = await Promise.all([loadMessages(lang), loadMessages('ja')]);
      const policy = await getPolicy();
      return { settings, sources, invalid, lang, messages, fallback, policy: policy.ok ? policy.result : null };
    }
    case 'scan': {
      const text = typeof msg.text === 'string' ? msg.text : '';
      const source = ['prompt', 'paste', 'file'].includes(msg.source) ? msg.source : 'prompt';
      const outcome = await request('/v1/scan', { method: 'POST', body: { text, source } });
      if (outcome.ok) flushAuditQueue().catch(() => {}); // the service is back: send what was queued
      return outcome;
    }
    case 'scanFile': {
      // An attached file's bytes (base64 from the content script: messages carry JSON only).
      const { settings } = await loadSettings();
      const data = typeof msg.data === 'string' ? fromBase64(msg.data) : new Uint8Array(0);
      const outcome = await request('/v1/scan-file', {
        method: 'POST',
        bytes: data,
        headers: { 'X-Mamori-File-Name': encodeURIComponent(String(msg.name || '').slice(0, 255)) },
        timeoutMs: settings.attachmentTimeoutMs,
      });
      if (outcome.ok) flushAuditQueue().catch(() => {});
      return outcome;
    }
    case 'texts': {
      // For content/loader.js when the content modules failed: messages only, no service call.
      const { settings } = await loadSettings();
      const lang = chooseLanguage(settings.language, chrome.i18n.getUILanguage());
      const [messages, fallback] = await Promise.all([loadMessages(lang), loadMessages('ja')]);
      const cached = policyCache && policyCache.outcome && policyCache.outcome.result;
      return { lang, messages, fallback, contact: settings.contactLine || (cached && cached.contact) || '' };
    }
    case 'audit':
      return reportAudit(msg);
    case 'permission': {
      const { settings } = await loadSettings();
      const origin = (() => { try { return `${new URL(settings.serviceUrl).origin}/*`; } catch { return null; } })();
      return { ok: true, loopback: isLoopbackUrl(settings.serviceUrl), granted: await hasHostPermission(settings.serviceUrl), origin };
    }
    case 'health':
      return request('/healthz');
    case 'policy':
      return getPolicy(!!msg.force);
    case 'settings':
      return loadSettings();
    case 'openOptions':
      await chrome.runtime.openOptionsPage();
      return { ok: true };
    default:
      return { ok: false, error: { code: 'unknown_message' } };
  }
}

chrome.runtime.onMessage.addListener((msg, sender, sendResponse) => {
  // Only our own content scripts and pages.
  if (sender.id !== chrome.runtime.id) return false;
  handle(msg).then(sendResponse, (err) => sendResponse({ ok: false, error: { code: 'internal', message: String(err) } }));
  return true;
});

chrome.action.onClicked.addListener(() => chrome.runtime.openOptionsPage());
