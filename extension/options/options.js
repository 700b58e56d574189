// Options page: the effective settings (and where each comes from) and the service's status.
import { createTranslator, chooseLanguage } from '../lib/i18n.js';

const $ = (sel) => document.querySelector(sel);
const send = (msg) => chrome.runtime.sendMessage(msg);

async function main() {
  const init = await send({ type: 'init' });
  const t = createTranslator(init.messages, init.fallback);
  document.documentElement.lang = chooseLanguage(init.settings.language, chrome.i18n.getUILanguage());
  for (const el of document.querySelectorAll('[data-i18n]')) el.textContent = t(el.dataset.i18n);
  document.title = t('optTitle');
  $('#ext-id code').textContent = chrome.runtime.id;

  const tbody = $('#settings tbody');
  const srcLabel = { default: t('srcDefault'), managed: t('srcManaged'), dev: t('srcDev') };
  for (const [key, value] of Object.entries(init.settings)) {
    const tr = document.createElement('tr');
    tr.dataset.key = key;
    const name = document.createElement('td');
    name.textContent = t(`set_${key}`);
    name.title = key;
    const val = document.createElement('td');
    const code = document.createElement('code');
    code.textContent = value === '' ? '—' : String(value);
    val.append(code);
    const src = document.createElement('td');
    src.textContent = srcLabel[init.sources[key]] || init.sources[key];
    src.className = `src-${init.sources[key]}`;
    src.dataset.source = init.sources[key];
    tr.append(name, val, src);
    tbody.append(tr);
  }
  if (init.invalid && init.invalid.length) {
    $('#invalid').hidden = false;
    $('#invalid').textContent = t('optInvalid', [init.invalid.join(', ')]);
  }

  async function status() {
    const el = $('#status');
    el.dataset.state = 'checking';
    el.textContent = '…';
    const [health, policy] = await Promise.all([send({ type: 'health' }), send({ type: 'policy', force: true })]);
    if (health && health.ok && health.result.status === 'ok') {
      el.dataset.state = 'ok';
      el.textContent = `${t('statusOk')} — ${init.settings.serviceUrl}`;
      $('#svc-version').textContent = health.result.version || '—';
      $('#policy-version').textContent = health.result.policy_version || '—';
    } else {
      el.dataset.state = 'down';
      const code = (health && health.error && health.error.code) || '';
      el.textContent = `${t('statusDown')} — ${init.settings.serviceUrl} (${code})`;
    }
    if (policy && policy.ok) {
      $('#policy-mode').textContent = policy.result.mode || '—';
      $('#contact').textContent = init.settings.contactLine || policy.result.contact || t('defaultContact');
    } else {
      $('#contact').textContent = init.settings.contactLine || t('defaultContact');
    }
  }
  // A non-loopback serviceUrl (a central instance) needs a host permission: loopback is in
  // the manifest's host_permissions, anything else is an optional_host_permission that the
  // user grants here (or IT adds to host_permissions in the package it deploys).
  async function permission() {
    const box = $('#permission');
    const p = await send({ type: 'permission' });
    if (!p || !p.ok || p.loopback || !p.origin) {
      box.hidden = true;
      box.dataset.state = 'not-needed';
      return;
    }
    box.hidden = false;
    box.dataset.state = p.granted ? 'granted' : 'missing';
    $('#permission-text').textContent = p.granted ? t('optPermissionOk') : t('optPermissionMissing', [init.settings.serviceUrl]);
    $('#permission-grant').hidden = !!p.granted;
    $('#permission-grant').dataset.origin = p.origin;
  }
  $('#permission-grant').addEventListener('click', async () => {
    // Must run in the click's user gesture: request first, then refresh.
    let granted = false;
    try {
      granted = await chrome.permissions.request({ origins: [$('#permission-grant').dataset.origin] });
    } catch {
      granted = false;
    }
    $('#permission-result').textContent = granted ? '' : t('optPermissionDenied');
    await permission();
    if (granted) await status();
  });
  $('#recheck').addEventListener('click', async () => {
    await permission();
    await status();
  });
  await permission();
  await status();
  document.documentElement.dataset.ready = '1';
}

main();
