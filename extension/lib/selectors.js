// EVERY selector for ChatGPT's page lives here: the one registry of "places text leaves".
// A ChatGPT redesign is a one-file fix, and until it is fixed the generic fallback (an
// editable inside a form with a submit; an editable with a nearby send-like button)
// catches it — and when even that cannot read the text, the caller fails closed.
// Prefer stable hooks (ids, data-testid, data-* attributes, the form) over class names.
//
// The pure parts (label words, path shapes, gesture decisions) are tested by node --test;
// the DOM walks below only run in the page.

export const SELECTORS = Object.freeze({
  // Today's composer, most specific first.
  composer: [
    'div#prompt-textarea[contenteditable="true"]', // ProseMirror (since late 2024)
    '[data-composer-markdown][contenteditable="true"]', // 2026 composer without id
    'textarea#mobile-composer-prompt', // narrow layouts
    'textarea#prompt-textarea', // older builds
    '#prompt-textarea',
    'form[data-type="unified-composer"] [contenteditable="true"]',
  ],
  form: 'form[data-type="unified-composer"]',
  // Send button (the same id turns into the stop button while a reply streams).
  sendButton: ['button[data-testid="send-button"]', '#composer-submit-button'],
  stopButton: 'button[data-testid="stop-button"]',
  fileInput: 'input[type="file"]',
  assistantMessage: '[data-message-author-role="assistant"]',
  // Anything a person can type text into (the generic fallback's notion of "editable").
  // Not e-mail, password or URL fields, nor fields the browser fills as a login: a sign-in
  // form must never be stopped for the user's own address.
  editable: [
    'textarea',
    'input:not([type]):not([autocomplete~="username"]):not([autocomplete~="email"])',
    'input[type="text"]:not([autocomplete~="username"]):not([autocomplete~="email"]):not([autocomplete~="one-time-code"])',
    'input[type="search"]',
    '[contenteditable]:not([contenteditable="false"])',
    '[role="textbox"]',
  ].join(', '),
  button: 'button, [role="button"], input[type="submit"], input[type="button"]',
});

/**
 * Places text leaves, most specific first. `scope` bounds where the place's text and
 * its send control are looked for; `enterSends` says whether Enter in its editor sends.
 */
export const PLACES = Object.freeze([
  Object.freeze({
    id: 'composer', // the prompt box at the bottom of every chat
    editor: SELECTORS.composer,
    scope: [SELECTORS.form, 'form'],
    send: SELECTORS.sendButton,
    enterSends: true,
  }),
  Object.freeze({
    id: 'edit-message', // editing a sent message in place: a textarea in the bubble, its own 送信
    editor: ['[data-message-author-role="user"] textarea', 'article[data-testid^="conversation-turn"] textarea',
      '[data-testid*="edit"] textarea', '[data-message-author-role="user"] [contenteditable="true"]'],
    scope: ['[data-message-author-role="user"]', 'article[data-testid^="conversation-turn"]', '[data-testid*="edit"]'],
    send: ['button[data-testid*="send"]'],
    enterSends: true,
  }),
  Object.freeze({
    id: 'instructions', // custom instructions, Project instructions, GPT builder: scanned on save
    editor: [],
    scope: ['[role="dialog"]', 'dialog', 'form'],
    send: [],
    enterSends: false,
  }),
]);

// Words on buttons. Matched against aria-label, title, data-testid, id and the visible text.
const CANCEL_WORDS = /(キャンセル|取り消|中止|停止|閉じる|\bcancel\b|\bstop\b|\bclose\b|\bdiscard\b)/i;
const SEND_WORDS = /(送信|送る|\bsend\b|\bsubmit\b|send-button|submit-button|^[↑➤➢⬆]$)/i;
const MAX_LABEL = 20;
const SAVE_WORDS = /^(保存|保存する|変更を保存|更新|更新する|作成|作成する|公開|公開する|適用|完了|save|save changes|update|create|publish|apply|done)$/i;

/**
 * What a button is, from its labels: "send" | "save" | "cancel" | null. Pure.
 * labels: {ariaLabel, title, testid, id, text, type}
 */
export function classifyButton(labels = {}) {
  // A label is short; a long text is content (a chat titled 「メールの送信方法」 in the
  // sidebar is no send button).
  const clean = (list, max) => list.filter((s) => typeof s === 'string' && s.trim())
    .map((s) => s.trim().replace(/\s+/g, ' ')).filter((s) => s.length <= max);
  const parts = [...clean([labels.ariaLabel, labels.title, labels.text], MAX_LABEL), ...clean([labels.testid, labels.id], 60)];
  if (parts.some((s) => CANCEL_WORDS.test(s))) return 'cancel';
  if (parts.some((s) => SEND_WORDS.test(s))) return 'send';
  if (parts.some((s) => SAVE_WORDS.test(s))) return 'save';
  return null;
}

// Path words that say what kind of page this is; anything else in a path is an id (or
// could be a name) and never leaves the browser as it is.
export const PATH_WORDS = Object.freeze([
  'c', 'g', 'gpts', 'gpt', 'editor', 'project', 'projects', 'share', 'search', 'library', 'codex', 'canvas',
  'auth', 'login', 'settings', 'admin', 'images', 'apps', 'new', 'discovery', 'mine', 'deep-research', 'tasks',
]);

/** The page's path shape for the audit: "/c/6743…" → "/c/:id" (no query, no fragment). Pure. */
export function pathShape(pathname) {
  const segs = String(pathname || '/').split(/[?#]/)[0].split('/').filter(Boolean).slice(0, 8);
  if (!segs.length) return '/';
  return '/' + segs.map((s) => (PATH_WORDS.includes(s.toLowerCase()) ? s.toLowerCase() : ':id')).join('/');
}

/**
 * What to do with a send gesture once the page has been searched. Pure.
 *  gesture: "enter" | "click" | "submit"
 *  recognised: the gesture is a send (registered control, send-like button, a form's submit, Enter in a place that sends)
 *  registered: it belongs to a registered composer (its form, its send button): text must be found
 *  fields: how many editables were found for it; text: their text
 * Returns "scan" | "miss" (fail closed) | "pass" (not a send, or nothing to send).
 */
export function gestureAction({ recognised, registered, fields, text }) {
  if (!recognised) return 'pass';
  if (!fields) return registered ? 'miss' : 'pass';
  return String(text || '').trim() ? 'scan' : 'pass';
}

// ---- DOM (page only) ---------------------------------------------------------------

let shadowOf = (el) => el.shadowRoot || null;
/** main.js passes chrome.dom.openOrClosedShadowRoot so closed shadow roots are read too. */
export function setShadowRootGetter(fn) {
  if (typeof fn === 'function') shadowOf = (el) => { try { return fn(el) || null; } catch { return el.shadowRoot || null; } };
}

/** The parent element, stepping out of a shadow root to its host. */
export function parentOf(node) {
  if (!node) return null;
  if (node.parentElement) return node.parentElement;
  const p = node.parentNode;
  return p && p.host ? p.host : null;
}

/** closest() that crosses shadow boundaries. */
export function closestAcross(node, selector) {
  let n = node && node.nodeType === 1 ? node : parentOf(node);
  while (n) {
    if (n.matches && n.matches(selector)) return n;
    n = parentOf(n);
  }
  return null;
}

function matchesAny(el, sels) {
  return !!el && !!el.matches && sels.some((s) => el.matches(s));
}

function closestAny(node, sels) {
  for (const s of sels) {
    const c = closestAcross(node, s);
    if (c) return c;
  }
  return null;
}

export function isVisible(el) {
  if (!el || !el.isConnected) return false;
  if (el.hidden || el.getAttribute('aria-hidden') === 'true') return false;
  const r = el.getBoundingClientRect ? el.getBoundingClientRect() : null;
  return !r || r.width > 0 || r.height > 0;
}

/** Every element under `root` (crossing into open and closed shadow roots). */
function* elementsIn(root) {
  const stack = [root];
  while (stack.length) {
    const r = stack.pop();
    const sr = r.nodeType === 1 ? shadowOf(r) : null;
    if (sr) stack.push(sr);
    const all = r.querySelectorAll ? r.querySelectorAll('*') : [];
    for (const el of all) {
      yield el;
      const s = shadowOf(el);
      if (s) stack.push(s);
    }
  }
}

/** Visible editables under `root` (outermost only: a textbox wrapping a contenteditable counts once). */
export function editablesIn(root, skip = null) {
  const found = [];
  for (const el of elementsIn(root)) {
    if (!el.matches(SELECTORS.editable) || (skip && skip(el))) continue;
    if (el.readOnly || el.disabled || !isVisible(el)) continue;
    found.push(el);
  }
  return found.filter((el) => !found.some((o) => o !== el && containsAcross(o, el)));
}

function containsAcross(a, b) {
  for (let n = parentOf(b); n; n = parentOf(n)) if (n === a) return true;
  return false;
}

/** The editable an event started in (composedPath()[0] crosses open shadow roots). */
export function editableOf(node) {
  const el = closestAcross(node, SELECTORS.editable);
  if (!el) return null;
  // An editable's outermost editable ancestor is the field (ProseMirror's root, not a child).
  let outer = el;
  for (let n = parentOf(el); n; n = parentOf(n)) if (n.matches && n.matches(SELECTORS.editable)) outer = n;
  return outer.readOnly || outer.disabled ? null : outer;
}

function labelsOf(b) {
  return {
    ariaLabel: b.getAttribute('aria-label'), title: b.getAttribute('title'), testid: b.getAttribute('data-testid'),
    id: b.id, text: b.tagName === 'INPUT' ? b.value : b.textContent, type: b.getAttribute('type'),
  };
}

/** Is this button the registered send button (not the stop button)? */
export function isSendButton(el) {
  if (!el || el.tagName !== 'BUTTON') return false;
  if (el.matches(SELECTORS.stopButton)) return false;
  if (el.matches(SELECTORS.sendButton[0])) return true;
  // Same id as the stop button while streaming: only a send if not marked as stop.
  return el.matches(SELECTORS.sendButton[1]) && el.getAttribute('data-testid') !== 'stop-button';
}

function isSubmitButton(b) {
  const type = (b.getAttribute('type') || (b.tagName === 'BUTTON' ? 'submit' : '')).toLowerCase();
  return type === 'submit' && !!b.form;
}

/** A button's role for sending: {kind: "send"|"save"|"cancel"|null, registered}. */
export function buttonRole(b) {
  if (!b) return { kind: null, registered: false };
  if (isSendButton(b)) return { kind: 'send', registered: true };
  const kind = classifyButton(labelsOf(b));
  if (kind === 'cancel' || b.disabled) return { kind: 'cancel', registered: false };
  // Inside the composer's form or a message being edited: a send there must be readable.
  const inComposer = !!closestAcross(b, SELECTORS.form) || !!closestAny(b, PLACES[1].scope);
  if (kind === 'send' || kind === 'save') return { kind, registered: inComposer && kind === 'send' };
  // An unlabelled submit button: the form's send (registered when it is the composer's form).
  if (isSubmitButton(b)) return { kind: 'submit', registered: inComposer };
  return { kind: null, registered: false };
}

/**
 * The editable nearest a button: the smallest ancestor holding one, the last one before
 * the button; never beyond `boundary` (the button's form), so an unreadable composer is
 * not mistaken for some other text box further up the page.
 */
function fieldNear(button, maxLevels, skip, boundary = null) {
  let n = button;
  for (let level = 0; level < maxLevels; level += 1) {
    if (n === boundary) return null;
    n = parentOf(n);
    if (!n || n === document.documentElement) return null;
    const eds = editablesIn(n, skip);
    if (eds.length) {
      const before = eds.filter((e) => button.compareDocumentPosition(e) & Node.DOCUMENT_POSITION_PRECEDING);
      return before.length ? before[before.length - 1] : eds[0];
    }
  }
  return null;
}

/**
 * The send control nearest a field: registered send buttons first, then send-like ones,
 * looked for in ever larger ancestors — never beyond `boundary` (the place's form or
 * bubble), so one composer's Enter never clicks another composer's button.
 */
function buttonNear(field, maxLevels, skip, boundary = null) {
  let n = field;
  for (let level = 0; level < maxLevels; level += 1) {
    if (n === boundary) return null;
    n = parentOf(n);
    if (!n || n === document.documentElement) return null;
    const buttons = [];
    for (const el of elementsIn(n)) if (el.matches(SELECTORS.button) && !(skip && skip(el))) buttons.push(el);
    const reg = buttons.find(isSendButton);
    if (reg) return reg;
    const send = buttons.filter((b) => {
      const r = buttonRole(b);
      return r.kind === 'send' || r.kind === 'submit';
    });
    if (send.length) {
      const after = send.filter((b) => field.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING);
      return after.length ? after[0] : send[send.length - 1];
    }
  }
  return null;
}

/**
 * The control that sends `place` now (the page may have re-rendered its button since the
 * gesture): the one found then if still there, else the nearest one again.
 */
export function sendControlFor(p, skip = null) {
  if (p.button && p.button.isConnected && !p.button.disabled) return p.button;
  if (!p.primary || !p.primary.isConnected) return null;
  const scopeDef = PLACES.find((x) => x.id === p.id);
  const boundary = scopeDef && scopeDef.scope.length ? closestAny(p.primary, scopeDef.scope) : null;
  const b = buttonNear(p.primary, boundary ? ALL_THE_WAY : NEAR, skip, boundary);
  return b && !b.disabled ? b : null;
}

function placeIdOf(field) {
  for (const p of PLACES) if (p.editor.length && matchesAny(field, p.editor)) return p.id;
  if (closestAny(field, PLACES[1].scope)) return 'edit-message';
  return 'fallback';
}

const NEAR = 4; // how far up a generic send-like button and its field may be apart
const ALL_THE_WAY = 64;

function place(id, fields, extra = {}) {
  return { id, fields, primary: fields[0] || null, ...extra };
}

/**
 * Where the text of a send gesture is. Returns
 *   {action: "pass"} | {action: "miss", place: {id}} | {action: "scan", place: {id, fields, primary, button, form}}
 * gesture: {type: "enter"|"click"|"submit", origin: the deepest target (composedPath()[0]) or the form}
 * skip(el): true for our own UI.
 */
export function resolveGesture(gesture, skip = null) {
  const origin = gesture.origin;
  if (!origin) return { action: 'pass' };
  if (gesture.type === 'enter') return resolveEnter(origin, skip);
  if (gesture.type === 'click') return resolveClick(origin, skip);
  if (gesture.type === 'submit') return resolveSubmit(origin, skip);
  return { action: 'pass' };
}

/**
 * region: where this send's text would be (the form, the button's surroundings): when no
 * field is found there, the caller may still know that the user typed into something
 * unreadable in it (unreadRegion) and fail closed.
 */
function withText(p, registered, region = null) {
  const text = fieldsText(p.fields);
  const action = gestureAction({ recognised: true, registered, fields: p.fields.length, text });
  if (action === 'scan') return { action, place: p, text };
  if (action === 'miss') return { action, place: p };
  return p.fields.length ? { action } : { action, unreadRegion: region };
}

function ancestorUp(node, levels) {
  let n = node;
  for (let i = 0; i < levels && parentOf(n) && parentOf(n) !== document.documentElement; i += 1) n = parentOf(n);
  return n;
}

/** Is `node` inside `region` (across shadow boundaries)? */
export function isWithin(region, node) {
  for (let n = node; n; n = parentOf(n)) if (n === region) return true;
  return false;
}

// Elements where typed letters are navigation, not text (type-ahead in lists and menus).
const WIDGETS = '[role="listbox"], [role="menu"], [role="menuitem"], [role="option"], [role="combobox"], [role="grid"], '
  + '[role="tree"], [role="tablist"], [role="radiogroup"], select, button, a, input';

/** A printable key typed into something that holds no readable text: an editor we cannot read. */
export function unreadableTarget(origin) {
  if (!origin || origin.nodeType !== 1 || editableOf(origin)) return null;
  if (closestAcross(origin, WIDGETS) || origin === document.body || origin === document.documentElement) return null;
  return origin;
}

let reader = (el) => String(el.value ?? el.textContent ?? '');
/** main.js passes extractComposerText (kept out of this module: it is tested on its own). */
export function setReader(fn) {
  if (typeof fn === 'function') reader = fn;
}

/** The text a place sends: each field's text, joined by a blank line when there are several. */
export function fieldsText(fields, read = reader) {
  return fields.map((f) => read(f)).filter((s) => s.trim()).join('\n\n');
}

function resolveEnter(origin, skip) {
  const field = editableOf(origin);
  if (!field) {
    // Enter on something that is not a text field, inside the composer's form (a new
    // editor we cannot read — canvas, an unknown widget): a send we cannot check.
    if (closestAcross(origin, SELECTORS.button) || closestAcross(origin, 'a, select, input')) return { action: 'pass' };
    if (closestAcross(origin, SELECTORS.form)) return { action: 'miss', place: { id: 'composer' } };
    return { action: 'pass', unreadRegion: origin };
  }
  if (skip && skip(field)) return { action: 'pass' };
  // Any field in the composer's form is the composer (a new editor the registry does not
  // name yet): Enter there sends, whatever the send button looks like today.
  const id = closestAcross(field, SELECTORS.form) ? 'composer' : placeIdOf(field);
  const form = field.form || closestAcross(field, 'form');
  if (id === 'composer' || id === 'edit-message') {
    const scope = closestAny(field, PLACES.find((p) => p.id === id).scope);
    const button = buttonNear(field, scope ? ALL_THE_WAY : NEAR, skip, scope);
    return withText(place(id, [field], { button, form }), true);
  }
  // A single-line input in a form: Enter submits the form (implicit submission).
  if (field.tagName === 'INPUT') {
    if (!form) return { action: 'pass' };
    return withText(place('form', editablesIn(form, skip), { form }), false);
  }
  // A multi-line field: Enter sends only where a send-like control sits by it (else it is a newline).
  const button = buttonNear(field, NEAR, skip);
  if (!button) return { action: 'pass' };
  const role = buttonRole(button);
  if (role.kind !== 'send' && role.kind !== 'submit') return { action: 'pass' };
  return withText(place(id, [field], { button, form }), role.registered);
}

function resolveClick(origin, skip) {
  const button = closestAcross(origin, SELECTORS.button);
  if (!button || (skip && skip(button))) return { action: 'pass' };
  const role = buttonRole(button);
  if (!role.kind || role.kind === 'cancel') return { action: 'pass' };
  const form = button.form || closestAcross(button, 'form');
  if (role.kind === 'save') {
    // Settings and instructions: everything typed in the dialog / form / panel is saved.
    const scope = closestAny(button, PLACES.find((p) => p.id === 'instructions').scope);
    let fields = scope ? editablesIn(scope, skip) : [];
    if (!fields.length) {
      const f = fieldNear(button, ALL_THE_WAY, skip);
      fields = f ? editablesIn(nearestCommon(f, button), skip) : [];
    }
    return withText(place('instructions', fields, { button, form }), false);
  }
  if (role.kind === 'submit' && form && !role.registered) {
    return withText(place('form', editablesIn(form, skip), { button, form }), false, form);
  }
  const boundary = role.registered ? closestAcross(button, 'form') : null;
  const field = fieldNear(button, boundary ? ALL_THE_WAY : role.registered ? 2 * NEAR : NEAR, skip, boundary);
  if (!field) {
    return role.registered ? { action: 'miss', place: { id: 'composer' } } : { action: 'pass', unreadRegion: form || ancestorUp(button, NEAR) };
  }
  return withText(place(placeIdOf(field), [field], { button, form }), role.registered);
}

function resolveSubmit(form, skip) {
  if (!form || form.tagName !== 'FORM') return { action: 'pass' };
  const registered = form.matches(SELECTORS.form) || SELECTORS.sendButton.some((s) => form.querySelector(s));
  const composer = findComposer(form);
  const fields = composer ? [composer] : editablesIn(form, skip);
  const id = composer ? 'composer' : fields.length ? placeIdOf(fields[0]) : 'composer';
  return withText(place(id === 'fallback' ? 'form' : id, fields, { form, button: findSendButton(fields[0], form) }), registered, form);
}

function nearestCommon(a, b) {
  const up = new Set();
  for (let n = a; n; n = parentOf(n)) up.add(n);
  for (let n = b; n; n = parentOf(n)) if (up.has(n)) return n;
  return document.body;
}

// ---- the single-composer helpers (paste, the loader's fail-closed guard) -----------

/** The visible composer element (or null). */
export function findComposer(root = document) {
  for (const sel of SELECTORS.composer) {
    const all = root.querySelectorAll(sel);
    for (const el of all) if (isVisible(el)) return el;
  }
  return null;
}

/** Is `node` (an event target) inside a composer? Returns that composer or null. */
export function composerOf(node) {
  if (!node || !node.closest) {
    node = node && node.parentElement;
    if (!node) return null;
  }
  for (const sel of SELECTORS.composer) {
    const c = node.closest(sel);
    if (c) return c;
  }
  return null;
}

/** The composer's form. */
export function formOf(composer) {
  if (!composer) return null;
  return composer.closest(SELECTORS.form) || composer.closest('form');
}

/** The send button belonging to an event target, or null. */
export function sendButtonOf(node) {
  const el = node && node.closest ? node.closest('button') : null;
  return isSendButton(el) ? el : null;
}

/** The current send button near `composer` (or in `root`). */
export function findSendButton(composer, root = document) {
  const scope = formOf(composer) || root;
  for (const sel of SELECTORS.sendButton) {
    const el = scope.querySelector(sel);
    if (isSendButton(el)) return el;
  }
  return null;
}

export function isFileInput(el) {
  return !!el && el.matches && el.matches(SELECTORS.fileInput);
}

export function hasAssistantMessage(root = document) {
  return !!root.querySelector(SELECTORS.assistantMessage);
}
