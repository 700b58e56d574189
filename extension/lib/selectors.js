// EVERY selector for ChatGPT's page lives here: a ChatGPT redesign is a one-file fix.
// Prefer stable hooks (ids, data-testid, data-* attributes, the form) over class names.

export const SELECTORS = Object.freeze({
  // The composer, most specific first.
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
});

function isVisible(el) {
  if (!el || !el.isConnected) return false;
  if (el.hidden || el.getAttribute('aria-hidden') === 'true') return false;
  const r = el.getBoundingClientRect ? el.getBoundingClientRect() : null;
  return !r || r.width > 0 || r.height > 0;
}

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

/** Is this button the send button (not the stop button)? */
export function isSendButton(el) {
  if (!el || el.tagName !== 'BUTTON') return false;
  if (el.matches(SELECTORS.stopButton)) return false;
  if (el.matches(SELECTORS.sendButton[0])) return true;
  // Same id as the stop button while streaming: only a send if not marked as stop.
  return el.matches(SELECTORS.sendButton[1]) && el.getAttribute('data-testid') !== 'stop-button';
}

/** The send button belonging to an event target, or null. */
export function sendButtonOf(node) {
  const el = node && node.closest ? node.closest('button') : null;
  return isSendButton(el) ? el : null;
}

/** The current send button near `composer` (or anywhere on the page). */
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
