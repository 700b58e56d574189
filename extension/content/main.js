// Content script (isolated world) on ChatGPT: intercepts every way a prompt leaves
// (Enter, the send button, the form's submit), asks the service worker for a scan,
// and acts on the verdict. Pasted text is checked as it happens; attached files by files.js.
import {
  findComposer, composerOf, formOf, sendButtonOf, findSendButton, hasAssistantMessage,
} from '../lib/selectors.js';
import { extractComposerText, sameText } from '../lib/composer-text.js';
import { decide } from '../lib/decision.js';
import { reminderDue, dayKey } from '../lib/reminder.js';
import { createTranslator } from '../lib/i18n.js';
import { DEFAULTS } from '../lib/settings.js';
import { createUI } from './ui.js';
import { installFileGuard } from './files.js';

const html = document.documentElement;
let settings = { ...DEFAULTS };
let policy = null;
let t = (k) => k;
let ui = null;
let inFlight = false;
let bypass = 0; // > 0 while we re-send ourselves: our own listeners let it through
let scans = 0;
let ready = null;

function setState(s) {
  html.setAttribute('data-mamori-state', s);
}

async function ask(msg) {
  try {
    const r = await chrome.runtime.sendMessage(msg);
    return r || { ok: false, error: { code: 'no_response' } };
  } catch (err) {
    return { ok: false, error: { code: 'extension_error', message: String(err) } };
  }
}

// The worker aborts its fetch after settings.timeoutMs; this is the backstop should the
// worker itself never answer (stopped, restarted mid-request): the composer must not hang.
const WATCHDOG_MARGIN_MS = 2000;

function askScan(text, source) {
  let timer;
  const watchdog = new Promise((resolve) => {
    timer = setTimeout(() => resolve({ ok: false, error: { code: 'timeout', message: 'no answer from the extension worker' } }),
      (Number(settings.timeoutMs) || DEFAULTS.timeoutMs) + WATCHDOG_MARGIN_MS);
  });
  return Promise.race([ask({ type: 'scan', text, source }), watchdog]).finally(() => clearTimeout(timer));
}

/** Tell the service what the user did after a non-allow verdict (counts only; not awaited). */
function audit(event, d) {
  const decision = {
    kind: d.kind,
    policyVersion: d.policyVersion,
    findings: (d.findings || []).map((f) => ({ type: f.type })),
    error: d.error ? { code: d.error.code } : undefined,
  };
  ask({ type: 'audit', event, source: 'prompt', decision }).catch(() => {});
}

function contact() {
  return settings.contactLine || (policy && policy.contact) || t('defaultContact');
}

function ruleFor(f, types) {
  const r = types && types[f.type] && types[f.type].rule;
  if (r) return r;
  return f.classification === 'II' ? t('ruleClassII') : t('ruleClassI');
}

async function init() {
  const r = await ask({ type: 'init' });
  if (r && r.settings) {
    settings = r.settings;
    policy = r.policy;
    t = createTranslator(r.messages, r.fallback);
  }
  ui = createUI({ t, contact, ruleFor });
  setState('ready');
}

async function refreshPolicy() {
  if (policy) return;
  const r = await ask({ type: 'policy' });
  if (r && r.ok) policy = r.result;
}

// ---- sending ---------------------------------------------------------------

function currentComposer(hint) {
  return hint && hint.isConnected ? hint : findComposer();
}

/** Re-send the scanned text ourselves, flagged so our listeners let it pass. */
function resend(composerHint, text) {
  const composer = currentComposer(composerHint);
  if (!composer || !sameText(extractComposerText(composer), text)) {
    ui.notice(t('textChanged'), { kind: 'warn', name: 'changed' });
    return false;
  }
  bypass += 1;
  try {
    const button = findSendButton(composer);
    const form = formOf(composer);
    if (button && !button.disabled) button.click();
    else if (form && form.requestSubmit) form.requestSubmit();
    else {
      composer.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', code: 'Enter', keyCode: 13, which: 13, bubbles: true, cancelable: true }));
    }
  } finally {
    bypass -= 1;
  }
  return true;
}

const tick = () => new Promise((r) => setTimeout(r, 0));

/** Put `text` into the composer the way ProseMirror/React accept it; verify it took. */
async function replaceText(composerHint, text) {
  const composer = currentComposer(composerHint);
  if (!composer) return false;
  composer.focus();
  if (composer.tagName === 'TEXTAREA') {
    composer.select();
    document.execCommand('insertText', false, text);
    await tick();
    if (sameText(extractComposerText(composer), text)) return true;
    const setter = Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value').set;
    setter.call(composer, text);
    composer.dispatchEvent(new Event('input', { bubbles: true }));
    await tick();
    return sameText(extractComposerText(composer), text);
  }
  const selectAll = () => {
    const sel = window.getSelection();
    const range = document.createRange();
    range.selectNodeContents(composer);
    sel.removeAllRanges();
    sel.addRange(range);
  };
  selectAll();
  document.execCommand('insertText', false, text);
  await tick();
  if (sameText(extractComposerText(composer), text)) return true;
  // Multi-line text: a synthetic paste is what ProseMirror parses into paragraphs.
  selectAll();
  const dt = new DataTransfer();
  dt.setData('text/plain', text);
  bypass += 1;
  try {
    composer.dispatchEvent(new ClipboardEvent('paste', { clipboardData: dt, bubbles: true, cancelable: true }));
  } finally {
    bypass -= 1;
  }
  await tick();
  return sameText(extractComposerText(composer), text);
}

async function remindIfDue() {
  const { reminderAck } = await chrome.storage.local.get('reminderAck');
  if (!reminderDue(reminderAck, settings.reminderFrequency, new Date())) return true;
  await refreshPolicy();
  const rem = (policy && policy.reminders) || {};
  const ok = await ui.reminder([rem.business_use || t('reminderRule2'), rem.responsibility || t('reminderRule4')]);
  if (ok) await chrome.storage.local.set({ reminderAck: dayKey(new Date()) });
  return ok;
}

async function check(composer, text) {
  inFlight = true;
  setState('scanning');
  try {
    await ready;
    if (!(await remindIfDue())) return;
    let reportedUnreachable = false; // one service_unreachable per attempt, however often retried
    for (;;) {
      scans += 1;
      html.setAttribute('data-mamori-scans', String(scans));
      const outcome = await askScan(text, 'prompt');
      const d = decide(outcome, settings);
      if (d.kind === 'send') {
        if (d.degraded && !reportedUnreachable) audit('service_unreachable', d);
        resend(composer, text);
        return;
      }
      if (d.kind === 'unreachable') {
        if (!reportedUnreachable) audit('service_unreachable', d);
        reportedUnreachable = true;
      } else {
        await refreshPolicy();
      }
      setState('dialog');
      const choice = await ui.verdictDialog(d, text, policy && policy.types);
      if (choice === 'retry') {
        setState('scanning');
        continue;
      }
      let replaced = false;
      if (choice === 'send' && d.canSend) {
        if (d.kind === 'warn') audit('sent_after_warning', d);
        resend(composer, text);
      } else if (choice === 'replace' && d.redactedText) {
        const ok = await replaceText(composer, d.redactedText);
        replaced = ok;
        if (!ok) {
          ui.notice(t('replaceFailed'), {
            kind: 'warn',
            name: 'replace',
            timeout: 0,
            actions: [{ label: t('btnCopy'), run: () => navigator.clipboard.writeText(d.redactedText) }],
          });
        }
      } else {
        const c = currentComposer(composer);
        if (c) c.focus();
      }
      if (replaced) audit('redacted', d);
      else if (d.kind === 'block') audit('blocked', d);
      else if (d.kind === 'warn' && !(choice === 'send' && d.canSend)) audit('cancelled', d);
      return;
    }
  } finally {
    inFlight = false;
    setState('ready');
  }
}

/** Common part of the three interceptors. Returns true if the event was taken over. */
function intercept(event, composer) {
  if (!composer) return false;
  const text = extractComposerText(composer);
  if (!text.trim()) return false; // nothing to check (ChatGPT sends nothing either)
  event.preventDefault();
  event.stopImmediatePropagation();
  if (!inFlight) check(composer, text);
  return true;
}

function onKeydown(e) {
  if (e.key !== 'Enter' || bypass || (ui && ui.contains(e))) return;
  const composer = composerOf(e.target);
  if (!composer) return;
  if (e.isComposing || e.keyCode === 229) return; // confirms IME conversion: not a send
  if (e.shiftKey) return; // newline
  intercept(e, composer);
}

function onClick(e) {
  if (bypass || (ui && ui.contains(e))) return;
  const button = sendButtonOf(e.target);
  if (!button) return;
  const form = formOf(button) || document;
  intercept(e, findComposer(form) || findComposer());
}

function onSubmit(e) {
  if (bypass) return;
  const form = e.target;
  if (!(form instanceof HTMLFormElement)) return;
  intercept(e, findComposer(form));
}

// ---- paste (files pasted, dropped or chosen: content/files.js) ------------------

function onPaste(e) {
  if (bypass || (ui && ui.contains(e))) return;
  const composer = composerOf(e.target);
  if (!composer || !e.clipboardData) return;
  if (e.clipboardData.files && e.clipboardData.files.length) return; // files.js
  const text = e.clipboardData.getData('text/plain');
  if (!settings.pasteCheck || !text || !text.trim()) return;
  // Never delay the paste itself: scan in the background, tell the user if it would be blocked.
  (async () => {
    await ready;
    const outcome = await askScan(text, 'paste');
    const d = decide(outcome, settings);
    if (d.kind !== 'block') return;
    const labels = [...new Set(d.findings.filter((f) => f.action === 'block').map((f) => f.label || f.type))];
    ui.notice(t('pasteNotice', [labels.join(t('listSeparator'))]), { kind: 'block', name: 'paste' });
  })();
}

// ---- fact-check note (rule 3) -------------------------------------------------

function watchAnswers() {
  let dismissed = false;
  let pending = false;
  const checkNow = async () => {
    pending = false;
    if (dismissed || !settings.factCheckNote || !hasAssistantMessage()) return;
    const { factNoteDismissed } = await chrome.storage.local.get('factNoteDismissed');
    if (factNoteDismissed === dayKey(new Date())) {
      dismissed = true;
      return;
    }
    ui.showFactNote(t('factCheckNote'), () => {
      dismissed = true;
      chrome.storage.local.set({ factNoteDismissed: dayKey(new Date()) });
    });
  };
  const observer = new MutationObserver(() => {
    if (pending || dismissed) return;
    pending = true;
    setTimeout(checkNow, 800);
  });
  observer.observe(document.documentElement, { childList: true, subtree: true });
  checkNow();
}

export function start() {
  if (window.__mamoriStarted) return;
  window.__mamoriStarted = true;
  setState('loading');
  window.addEventListener('keydown', onKeydown, true);
  window.addEventListener('click', onClick, true);
  window.addEventListener('submit', onSubmit, true);
  window.addEventListener('paste', onPaste, true);
  ready = init().catch((err) => {
    console.error('[mamori] init failed', err);
    ui = ui || createUI({ t, contact, ruleFor });
    setState('ready');
  });
  installFileGuard({
    env: () => ({ settings, t, ui, policy }),
    ask,
    ready,
    contact,
    ruleFor,
    audit: (event, decision, source) => ask({ type: 'audit', event, source, decision }).catch(() => {}),
  });
  ready.then(() => {
    if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', watchAnswers, { once: true });
    else watchAnswers();
  });
}
