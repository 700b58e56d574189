// Service worker: the only part that talks to the mamori service.
// The content script asks here (chrome.runtime.sendMessage); a page-origin fetch to
// loopback would meet CORS and Chromium's Local Network Access prompt. Our POSTs carry
// Origin: chrome-extension://<id>, which the service checks against its policy.
import { mergeSettings } from './lib/settings.js';
import { chooseLanguage } from './lib/i18n.js';

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
  }
});

async function loadMessages(lang) {
  if (!messagesCache[lang]) {
    const res = await fetch(chrome.runtime.getURL(`_locales/${lang}/messages.json`));
    messagesCache[lang] = await res.json();
  }
  return messagesCache[lang];
}

async function request(path, { method = 'GET', body } = {}) {
  const { settings } = await loadSettings();
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), settings.timeoutMs);
  const url = `${settings.serviceUrl}${path}`;
  try {
    const res = await fetch(url, {
      method,
      headers: body === undefined ? {} : { 'Content-Type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
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
    return {
      ok: false,
      error: timeout
        ? { code: 'timeout', message: `no answer within ${settings.timeoutMs} ms` }
        : { code: 'unreachable', message: String((err && err.message) || err) },
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
      return request('/v1/scan', { method: 'POST', body: { text, source } });
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
