// Content script (isolated world) on ChatGPT: intercepts every way text leaves — Enter,
// a send button, a form's submit, a save button of instructions — in the composer, the
// edit-message box, instruction fields, shadow roots, and (as its own instance) same-origin
// frames; asks the service worker for a scan of the text of the place whose send was
// triggered, and acts on the verdict. Where a send is recognised but its text cannot be
// read, it fails closed (lib/selectors.js decides which is which). Paste and file
// attachments are checked as they happen.
import {
  composerOf, findComposer, hasAssistantMessage,
  resolveGesture, sendControlFor, fieldsText, setReader, setShadowRootGetter, pathShape, unreadableTarget, isWithin,
} from '../lib/selectors.js';
import { extractComposerText, sameText } from '../lib/composer-text.js';
import { decide, tooLong } from '../lib/decision.js';
import { createLedger } from '../lib/send-ledger.js';
import { reminderDue, dayKey } from '../lib/reminder.js';
import { createTranslator } from '../lib/i18n.js';
import { DEFAULTS } from '../lib/settings.js';
import { createUI } from './ui.js';
import { createMasking } from './restore.js';
import { installFileGuard } from './files.js';

const html = document.documentElement;
let settings = { ...DEFAULTS };
let policy = null;
let t = (k) => k;
let ui = null;
let inFlight = false;
let bypass = 0; // > 0 while we re-send ourselves: our own listeners let it through
let scans = 0;
let misses = 0;
let ready = null;
// Mask and restore (issue 14): the tab's numbered mapping, in memory only (content/restore.js).
const masking = createMasking({
  t: (k, s) => t(k, s), getSettings: () => settings, getPolicy: () => policy, notice: (m, o) => ui && ui.notice(m, o),
});
const ledger = createLedger(); // one scan per text, however the page defers its submit

const shadowRootOf = (el) => {
  try {
    return (chrome.dom && chrome.dom.openOrClosedShadowRoot) ? chrome.dom.openOrClosedShadowRoot(el) || null : el.shadowRoot;
  } catch {
    return el.shadowRoot || null;
  }
};
setReader(extractComposerText);
setShadowRootGetter(shadowRootOf);

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
  if (!inFlight) setState('ready'); // a send held by the loader may already be scanning
}

async function refreshPolicy() {
  if (policy) return;
  const r = await ask({ type: 'policy' });
  if (r && r.ok) policy = r.result;
}

// ---- sending ---------------------------------------------------------------

/** Our own UI (its host and everything in its shadow root) is never a place text leaves. */
function isOurs(el) {
  if (!ui || !el) return false;
  return el === ui.host || (el.getRootNode && el.getRootNode() === ui.host.shadowRoot);
}

/** The place as it is now: the page may have re-mounted the composer while we scanned. */
function livePlace(place) {
  if (place.fields.every((f) => f.isConnected)) return place;
  if (place.id === 'composer' && place.fields.length === 1) {
    const c = findComposer();
    if (c) return { ...place, fields: [c], primary: c, button: null };
  }
  return null;
}

// The page's one composer is one place even when the page re-mounts its element; any
// other place is its field.
const ledgerKey = (place) => (place.id === 'composer' ? 'composer' : place.primary);

/** Re-send the scanned text ourselves, flagged so our listeners let it pass. */
function resend(scanned, text) {
  const place = livePlace(scanned);
  if (!place || !sameText(fieldsText(place.fields), text)) {
    ui.notice(t('textChanged'), { kind: 'warn', name: 'changed' });
    return false;
  }
  // A page that defers its real submit sends this text again a moment later: let it pass.
  ledger.approve(ledgerKey(place), text);
  bypass += 1;
  try {
    const button = sendControlFor(place, isOurs);
    if (button) button.click();
    else if (place.form && place.form.isConnected && place.form.requestSubmit) place.form.requestSubmit();
    else {
      place.primary.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', code: 'Enter', keyCode: 13, which: 13, bubbles: true, cancelable: true, composed: true }));
    }
  } finally {
    bypass -= 1;
  }
  return true;
}

const tick = () => new Promise((r) => setTimeout(r, 0));

/** Put `text` into the composer the way ProseMirror/React accept it; verify it took. */
async function replaceText(scanned, text) {
  const place = livePlace(scanned);
  const composer = place && place.primary;
  if (!composer) return false;
  composer.focus();
  if (composer.tagName === 'TEXTAREA' || composer.tagName === 'INPUT') {
    composer.select();
    document.execCommand('insertText', false, text);
    await tick();
    if (sameText(extractComposerText(composer), text)) return true;
    const proto = composer.tagName === 'INPUT' ? HTMLInputElement.prototype : HTMLTextAreaElement.prototype;
    Object.getOwnPropertyDescriptor(proto, 'value').set.call(composer, text);
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

async function check(place, text) {
  inFlight = true;
  setState('scanning');
  try {
    await ready;
    if (!(await remindIfDue())) return;
    let reportedUnreachable = false; // one service_unreachable per attempt, however often retried
    for (;;) {
      // Over the service's limit: say so (it is too long, not unreachable) without asking.
      let d = tooLong(text);
      if (!d) {
        scans += 1;
        html.setAttribute('data-mamori-scans', String(scans));
        const outcome = await askScan(text, 'prompt');
        d = masking.review(text, decide(outcome, settings), outcome);
      }
      if (d.kind === 'send') {
        if (d.degraded && !reportedUnreachable) audit('service_unreachable', d);
        resend(place, text);
        return;
      }
      if (d.kind === 'unreachable') {
        if (!reportedUnreachable) audit('service_unreachable', d);
        reportedUnreachable = true;
      } else if (d.kind !== 'too_long') {
        await refreshPolicy();
      }
      // Several fields (a settings dialog): the masked text has nowhere single to go.
      if (place.fields.length !== 1) d = { ...d, redactedText: undefined };
      else masking.offer(d, text);
      setState('dialog');
      const choice = await ui.verdictDialog(d, text, policy && policy.types);
      if (choice === 'retry') {
        setState('scanning');
        continue;
      }
      let replaced = false;
      if (choice === 'send' && d.canSend) {
        if (d.kind === 'warn') audit('sent_after_warning', d);
        resend(place, text);
      } else if (choice === 'replace' && d.redactedText) {
        const ok = await replaceText(place, d.redactedText);
        replaced = ok;
        if (ok) masking.commit(d);
        if (!ok) {
          ui.notice(t('replaceFailed'), {
            kind: 'warn',
            name: 'replace',
            timeout: 0,
            actions: [{ label: t('btnCopy'), run: () => navigator.clipboard.writeText(d.redactedText) }],
          });
        }
      } else {
        const live = livePlace(place);
        if (live && live.primary) live.primary.focus();
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

/** A send whose text cannot be read: stopped, the user told whom to contact, IT told (counts only). */
async function failClosedMiss(gesture) {
  misses += 1;
  html.setAttribute('data-mamori-misses', String(misses));
  ask({ type: 'audit', event: 'selector_miss', source: 'prompt', path: pathShape(location.pathname), gesture }).catch(() => {});
  await ready;
  ui.notice(t('selectorMiss', [contact()]), { kind: 'block', name: 'selector-miss', timeout: 30000 });
}

/**
 * Every send gesture, live or held by the loader before we were ready.
 * g: {type: "enter"|"click"|"submit", origin, submitter?}; event: the live event (null when replayed).
 * Returns true when the gesture was taken over.
 */
function handle(g, event) {
  let r = resolveGesture(g, isOurs);
  // A send with no field where the user just typed into something unreadable: an editor
  // the registry and the fallback do not know (its text is not in the DOM). Fail closed.
  if (r.action === 'pass' && r.unreadRegion && typedUnreadable(r.unreadRegion)) r = { action: 'miss', place: { id: 'unknown' } };
  if (r.action === 'pass') return false;
  if (r.action === 'scan' && ledger.isApproved(ledgerKey(r.place), r.text)) return false; // scanned a moment ago
  if (event) {
    event.preventDefault();
    event.stopImmediatePropagation();
  }
  if (r.action === 'miss') failClosedMiss(g.type);
  else if (!inFlight) check(r.place, r.text);
  return true;
}

/** Where an event really started: inside open shadow roots (composedPath), and closed ones. */
function originOf(e) {
  let o = (e.composedPath && e.composedPath()[0]) || e.target;
  for (let i = 0; i < 16 && o && o.nodeType === 1; i += 1) {
    const sr = shadowRootOf(o);
    if (!sr) break;
    const pointer = 'clientX' in e && e.clientX + e.clientY > 0 && !e.type.startsWith('key');
    const inner = pointer ? sr.elementFromPoint(e.clientX, e.clientY) : sr.activeElement;
    if (!inner || inner === o) break;
    o = inner;
  }
  return o;
}

// A form's submit does not cross a shadow boundary: listen inside every shadow root the
// user works in (found on focus and pointer down, which do cross it).
const watchedRoots = new WeakSet();
function watchShadowRoots(e) {
  const path = e.composedPath ? e.composedPath() : [];
  for (const n of path) {
    const sr = n instanceof ShadowRoot ? n : n && n.nodeType === 1 ? shadowRootOf(n) : null;
    if (!sr || watchedRoots.has(sr) || (ui && sr === ui.host.shadowRoot)) continue;
    watchedRoots.add(sr);
    sr.addEventListener('submit', onSubmit, true);
  }
}

// The last element the user typed letters into that holds no readable text (see handle()).
const typed = { el: null, count: 0 };
const TYPED_MIN = 3;
function noteTyping(e) {
  if (typeof e.key !== 'string' || e.key.length !== 1 || e.ctrlKey || e.metaKey || e.altKey || (ui && ui.contains(e))) return;
  const el = unreadableTarget(originOf(e));
  if (!el) return;
  typed.count = typed.el === el ? typed.count + 1 : 1;
  typed.el = el;
}
function typedUnreadable(region) {
  return typed.count >= TYPED_MIN && !!typed.el && typed.el.isConnected && isWithin(region, typed.el);
}

let swallowKeyup = 0; // until when (ms) the keyup of a taken-over Enter is kept from the page
function onKeydown(e) {
  if (e.key !== 'Enter') {
    noteTyping(e);
    return;
  }
  if (bypass || (ui && ui.contains(e))) return;
  if (e.isComposing || e.keyCode === 229) return; // confirms IME conversion: not a send
  if (e.shiftKey) return; // newline
  swallowKeyup = handle({ type: 'enter', origin: originOf(e) }, e) ? Date.now() + 2000 : 0;
}

// An Enter we took over must not reach a page that sends on keyup instead.
function onKeyup(e) {
  if (e.key !== 'Enter' || Date.now() > swallowKeyup || bypass) return;
  swallowKeyup = 0;
  e.preventDefault();
  e.stopImmediatePropagation();
}

// Buttons that act on pointer up (press handlers) rather than on click: the pointer and
// mouse events on a send control we would take over never reach the page; the click that
// follows them is what gets scanned (and re-sent as a click, which such handlers accept).
function onPress(e) {
  if (bypass || (ui && ui.contains(e))) return;
  if (('button' in e) && e.button !== 0) return;
  const r = resolveGesture({ type: 'click', origin: originOf(e) }, isOurs);
  if (r.action === 'pass' || (r.action === 'scan' && ledger.isApproved(ledgerKey(r.place), r.text))) return;
  e.stopImmediatePropagation(); // not preventDefault: the click must still come
}

function onClick(e) {
  if (bypass || (ui && ui.contains(e))) return;
  handle({ type: 'click', origin: originOf(e) }, e);
}

function onSubmit(e) {
  if (bypass || e.__mamoriSeen) return;
  e.__mamoriSeen = true; // seen in a shadow root: not again at the window
  const form = e.target;
  if (!(form instanceof HTMLFormElement)) return;
  handle({ type: 'submit', origin: form, submitter: e.submitter || null }, e);
}

/** Resolves with the composer once the page shows it (or null after `ms`). */
function composerAppears(ms) {
  return new Promise((resolve) => {
    const found = findComposer();
    if (found) return resolve(found);
    const mo = new MutationObserver(() => {
      const c = findComposer();
      if (c) {
        mo.disconnect();
        clearTimeout(timer);
        resolve(c);
      }
    });
    const timer = setTimeout(() => {
      mo.disconnect();
      resolve(null);
    }, ms);
    mo.observe(document.documentElement, { childList: true, subtree: true, attributes: true, attributeFilter: ['id', 'contenteditable', 'hidden', 'style', 'class'] });
  });
}

const PREFILL_WAIT_MS = 15000;

/**
 * The prompt of a chatgpt.com/?q=… link (taken out of the address by the loader): put
 * into the composer and sent through the scan, as the page would have sent it at once.
 */
export async function sendPrefilled(text) {
  await ready;
  const composer = await composerAppears(PREFILL_WAIT_MS);
  const place = composer && { id: 'composer', fields: [composer], primary: composer, button: null, form: composer.closest('form') };
  if (!place || !(await replaceText(place, text))) {
    ui.notice(t('prefillFailed'), { kind: 'warn', name: 'prefill', timeout: 0 });
    return;
  }
  if (!inFlight) check(place, fieldsText(place.fields));
}

/** Gestures the loader held before we were ready: scanned now, or replayed when no send. */
export function replayHeld(held) {
  for (const g of held || []) {
    if (handle(g, null)) continue;
    if (!g.origin || !g.origin.isConnected) continue;
    bypass += 1;
    try {
      if (g.type === 'click') {
        const b = g.origin.closest ? g.origin.closest('button, [role="button"], input') : null;
        (b || g.origin).click();
      } else if (g.type === 'submit' && g.origin.requestSubmit) {
        g.origin.requestSubmit(g.submitter && g.submitter.isConnected && g.submitter.form === g.origin ? g.submitter : undefined);
      } else if (g.type === 'enter') {
        g.origin.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', code: 'Enter', keyCode: 13, which: 13, bubbles: true, cancelable: true, composed: true }));
      }
    } catch {
      // the page changed under us: the user sends again
    } finally {
      bypass -= 1;
    }
  }
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
  window.addEventListener('focusin', watchShadowRoots, true);
  window.addEventListener('pointerdown', watchShadowRoots, true);
  window.addEventListener('keyup', onKeyup, true);
  for (const type of ['pointerdown', 'pointerup', 'mousedown', 'mouseup', 'touchstart', 'touchend']) {
    window.addEventListener(type, onPress, true);
  }
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
    if (window !== window.top) return; // a frame guards its sends; the note belongs to the page
    if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', watchAnswers, { once: true });
    else watchAnswers();
  });
}
