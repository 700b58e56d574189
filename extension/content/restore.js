// Mask and restore (issue 14), the page side: the tab's mapping, the numbered masked text
// offered in the dialog, and the answers shown with the original values.
//
// The mapping exists only in this module's memory (this tab's content script): it is never
// written to chrome.storage, never sent to the worker or the service, and is gone with the tab.
//
// ChatGPT renders its answers with React. Adding or removing nodes inside them would break its
// reconciliation (the "Google Translate" crash), so the values are restored by changing the DATA
// of the existing text nodes only; React sets a text node's data again when its own text changes
// (the next chunk), and the observer restores it again. The highlight is a CSS Custom Highlight
// (no wrapper elements). The only element added is one bar after each restored answer.
import { SELECTORS } from '../lib/selectors.js';
import { createMaskMap, maskWithMap, knownValues, parseMaskingOverrides } from '../lib/mask-map.js';
import { createRestorer, restoreSegments, restoreText } from '../lib/restore.js';

const BLOCKS = 'p, li, td, th, pre, h1, h2, h3, h4, h5, h6, blockquote, dt, dd, figcaption';
const BAR_TAG = 'mamori-restore-bar';
const HIGHLIGHT = 'mamori-restored';
const PREVIEW_CHARS = 120;
const RECOUNT_MS = 60;

const BAR_CSS = `
:host { all: initial; display: block; margin: 6px 0 2px; }
.bar { display: flex; flex-wrap: wrap; gap: 6px; align-items: center; font: 12px/1.5 "Meiryo UI", "Yu Gothic UI", "Noto Sans CJK JP", system-ui, sans-serif;
  color: #5b4300; }
.note { padding: 1px 8px; border-radius: 10px; background: #fff3c4; border: 1px solid #f0d98a; }
button { font: inherit; padding: 1px 10px; border-radius: 12px; border: 1px solid #b9a45c; background: #fff; color: #3b2c00; cursor: pointer; }
button:focus-visible { outline: 2px solid #ffb300; outline-offset: 1px; }
`;

export function createMasking({ t, getSettings, getPolicy, notice }) {
  let map = createMaskMap(); // the tab's mapping: memory only
  const restorer = createRestorer(map);
  const state = new WeakMap(); // text node → {page, shown, count}: what the page wrote, what we show, how many restored
  const restoredNodes = new Set();
  const rangesOf = new Map(); // text node → the highlight's ranges in it
  let showRestored = true;
  let observer = null;
  let highlight = null;

  const settings = () => getSettings() || {};
  const policyTypes = () => (getPolicy() && getPolicy().types) || {};

  // ---- before sending -----------------------------------------------------------

  /**
   * Values this tab masked before, quoted back (from a restored answer): found even where the
   * service would not flag them, and masked again with the same numbers. A text that would be
   * sent as is (allow, or the service down with fail mode "allow") with such a value is stopped.
   */
  function review(text, d, outcome) {
    const result = outcome && outcome.ok && outcome.result;
    const serviceSpans = result && Array.isArray(result.masked) ? result.masked : [];
    d.maskSpans = serviceSpans;
    if (!map.entries.size) return d;
    const taken = (s) => serviceSpans.some((m) => s.start < m.end && m.start < s.end);
    const known = knownValues(map, text);
    if (!known.length) return d;
    const local = known.filter((s) => !taken(s));
    const types = policyTypes();
    const findings = local.map((s) => ({
      type: s.type,
      start: s.start,
      end: s.end,
      action: 'block',
      classification: (types[s.type] && types[s.type].classification) || 'I',
      label: (types[s.type] && types[s.type].label) || s.type,
      reason: t('maskKnownValue'),
      local: true,
    }));
    d.maskSpans = [...serviceSpans, ...local.map((s) => ({ type: s.type, start: s.start, end: s.end, masking: 'numbered' }))]
      .sort((a, b) => a.start - b.start);
    // a value masked before is personal data whatever this scan thought of it (or if the
    // service did not answer): block, and offer it masked with its number
    if (d.kind === 'send' || d.kind === 'warn' || d.kind === 'unreachable') {
      return { ...d, kind: 'block', canSend: false, degraded: false, findings: [...(d.findings || []), ...findings] };
    }
    if (d.kind === 'block') d.findings = [...d.findings, ...findings];
    return d;
  }

  /** Give the dialog the numbered masked text (or say why there is none). */
  function offer(d, text) {
    if (!settings().maskRestore || (d.kind !== 'block' && d.kind !== 'warn')) return d;
    const overrides = parseMaskingOverrides(settings().maskingOverrides);
    const r = maskWithMap(map, text, d.maskSpans || [], { policyTypes: policyTypes(), overrides });
    if (!r.ok) {
      const types = policyTypes();
      d.redactedText = null;
      d.maskBlocked = r.blockOnly.map((ty) => (types[ty] && types[ty].label) || ty);
      return d;
    }
    if (!r.count) return d;
    d.redactedText = r.text;
    const line = r.text.replace(/\s+/g, ' ');
    d.maskPreview = line.length > PREVIEW_CHARS ? `${line.slice(0, PREVIEW_CHARS)}…` : line;
    d.pendingMap = r.map;
    return d;
  }

  /** The user sent (put in the composer) the masked text: its numbers are now the tab's. */
  function commit(d) {
    if (!d || !d.pendingMap) return;
    map = d.pendingMap;
    restorer.setMap(map);
    d.pendingMap = null;
    start();
    scanAll();
    observer.takeRecords();
  }

  // ---- in the answers -------------------------------------------------------------

  function ensureHighlight() {
    if (highlight || typeof Highlight === 'undefined' || !CSS.highlights) return;
    highlight = new Highlight();
    CSS.highlights.set(HIGHLIGHT, highlight);
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(`::highlight(${HIGHLIGHT}) { background-color: rgba(255, 214, 102, 0.45); text-decoration: underline dotted rgba(178, 106, 0, 0.9); }`);
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  }

  const inBar = (node) => {
    const el = node.nodeType === 1 ? node : node.parentElement;
    return !!(el && el.closest(BAR_TAG));
  };

  function textNodes(root) {
    const out = [];
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
      acceptNode: (n) => (inBar(n) ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
    });
    for (let n = walker.nextNode(); n; n = walker.nextNode()) out.push(n);
    return out;
  }

  const pageText = (n) => {
    const s = state.get(n);
    return s && n.data === s.shown ? s.page : n.data;
  };

  function setRanges(node, list) {
    const old = rangesOf.get(node);
    if (old && highlight) for (const r of old) highlight.delete(r);
    if (list && list.length) rangesOf.set(node, list);
    else rangesOf.delete(node);
    if (highlight && list) for (const r of list) highlight.add(r);
  }

  /** One block of an answer: its text nodes restored together (a placeholder may span them). */
  function processBlock(block) {
    const nodes = textNodes(block);
    if (!nodes.length) return false;
    const pages = nodes.map(pageText);
    const r = showRestored ? restoreSegments(pages, map, restorer.pattern()) : { texts: pages, marks: [] };
    const marks = new Map();
    for (const m of r.marks) {
      if (!marks.has(m.seg)) marks.set(m.seg, []);
      marks.get(m.seg).push(m);
    }
    let counted = false;
    nodes.forEach((n, i) => {
      const shown = r.texts[i];
      if (n.data !== shown) n.data = shown;
      const ms = marks.get(i);
      const before = state.get(n);
      if (shown !== pages[i]) {
        state.set(n, { page: pages[i], shown, count: ms ? ms.length : 0 });
        restoredNodes.add(n);
      } else if (before) {
        state.delete(n);
        restoredNodes.delete(n);
      }
      if ((before ? before.count : 0) !== (ms ? ms.length : 0) || (before && !state.has(n))) counted = true;
      if (ms || rangesOf.has(n)) {
        setRanges(n, (ms || []).map((m) => {
          const range = new Range();
          range.setStart(n, m.start);
          range.setEnd(n, m.end);
          return range;
        }));
      }
    });
    return counted || r.marks.length > 0;
  }

  /**
   * The unit restored together with `node`: its paragraph, list item, cell or code block; an
   * element added outside one (a new table, a list) is its own unit. Per chunk, the work is the
   * size of the block that grew, not of the whole answer.
   */
  function blockOf(node, message) {
    const el = node.nodeType === 1 ? node : node.parentElement;
    if (!el || el === message) return message;
    const b = el.closest(BLOCKS);
    if (b && message.contains(b)) return b;
    return el;
  }

  const recountDue = new Set();
  let recountTimer = 0;

  /** Restore the given blocks of an answer (all of it without `blocks`). */
  function processMessage(message, blocks) {
    const list = blocks || [message];
    let changed = false;
    for (const b of list) if (processBlock(b)) changed = true;
    if (!changed || !showRestored) return;
    // The count (for the bar and for tests) walks the whole answer: not on every chunk.
    recountDue.add(message);
    if (!recountTimer) recountTimer = setTimeout(recountNow, RECOUNT_MS);
  }

  function recountNow() {
    recountTimer = 0;
    for (const message of recountDue) {
      if (!message.isConnected) continue;
      let total = 0;
      for (const node of textNodes(message)) {
        const st = state.get(node);
        if (st && node.data === st.shown) total += st.count;
      }
      // how many placeholders are shown restored
      message.setAttribute('data-mamori-restored', String(total));
      if (total && settings().maskRestore) ensureBar(message);
    }
    recountDue.clear();
  }

  function scanAll() {
    for (const m of document.querySelectorAll(SELECTORS.assistantMessage)) processMessage(m);
    prune();
  }

  /** Forget text nodes the page has removed (and their highlight ranges). */
  function prune() {
    for (const n of restoredNodes) if (!n.isConnected) restoredNodes.delete(n);
    for (const n of rangesOf.keys()) if (!n.isConnected) setRanges(n, null);
  }

  function onMutations(records) {
    const work = new Map(); // message → Set of blocks, or null for the whole message
    const add = (message, block) => {
      if (!message) return;
      if (block === message || work.get(message) === null) {
        work.set(message, null);
        return;
      }
      if (!work.has(message)) work.set(message, new Set());
      work.get(message).add(block);
    };
    for (const rec of records) {
      const target = rec.target;
      if (inBar(target)) continue;
      const el = target.nodeType === 1 ? target : target.parentElement;
      if (!el) continue;
      const message = el.closest(SELECTORS.assistantMessage);
      if (rec.type === 'characterData') {
        if (message) add(message, blockOf(target, message));
        continue;
      }
      for (const node of rec.addedNodes) {
        if (node.nodeType === 1 && node.tagName.toLowerCase() === BAR_TAG) continue;
        if (message) add(message, blockOf(node, message));
        else if (node.nodeType === 1) {
          if (node.matches(SELECTORS.assistantMessage)) add(node, node);
          for (const m of node.querySelectorAll(SELECTORS.assistantMessage)) add(m, m);
        }
      }
    }
    let removed = false;
    for (const rec of records) if (rec.removedNodes.length) removed = true;
    for (const [message, blocks] of work) processMessage(message, blocks ? [...blocks] : null);
    if (removed) prune();
    // Our own text changes are not news: drop their records.
    if (observer) observer.takeRecords();
  }

  /**
   * ChatGPT can take a selection of the answer straight into the next prompt (a quote button
   * that reads the selection), outside the composer text the guard checks. A press on any
   * button of the page while restored text is selected first puts the placeholders back, so
   * what such a button reads is what ChatGPT wrote.
   */
  function onPointerDown(e) {
    if (!showRestored || !restoredNodes.size) return;
    const sel = window.getSelection();
    if (!sel || sel.isCollapsed) return;
    const target = e.target && e.target.closest ? e.target : null;
    if (!target || !target.closest('button, [role="button"]') || inBar(target)) return;
    for (const n of restoredNodes) {
      if (n.isConnected && sel.containsNode(n, true)) {
        setShowRestored(false);
        notice(t('restoreSelectionHidden'), { kind: 'info', name: 'restore-selection', timeout: 6000 });
        return;
      }
    }
  }

  function start() {
    if (observer) return;
    window.addEventListener('pointerdown', onPointerDown, true);
    ensureHighlight();
    observer = new MutationObserver(onMutations);
    observer.observe(document.body || document.documentElement, { childList: true, characterData: true, subtree: true });
  }

  // ---- the bar after a restored answer ---------------------------------------------------

  /** The answer as the user sees it, restored whatever the toggle says (our bar left out). */
  function messageText(message) {
    const bars = [...message.querySelectorAll(BAR_TAG)];
    for (const b of bars) b.style.display = 'none';
    try {
      return restoreText(message.innerText, map, restorer.pattern()).text;
    } finally {
      for (const b of bars) b.style.display = '';
    }
  }

  function ensureBar(message) {
    const last = message.lastElementChild;
    if (last && last.tagName.toLowerCase() === BAR_TAG) return;
    const old = message.querySelector(BAR_TAG);
    if (old) old.remove();
    const bar = document.createElement(BAR_TAG);
    bar.setAttribute('data-mamori-restore-bar', '');
    const shadow = bar.attachShadow({ mode: 'open' });
    const style = document.createElement('style');
    style.textContent = BAR_CSS;
    const box = document.createElement('div');
    box.className = 'bar';
    const note = document.createElement('span');
    note.className = 'note';
    note.textContent = t('restoreNote');
    const toggle = document.createElement('button');
    toggle.setAttribute('data-mamori', 'restore-toggle');
    toggle.textContent = t(showRestored ? 'btnShowPlaceholders' : 'btnShowRestored');
    toggle.addEventListener('click', () => setShowRestored(!showRestored));
    const copy = document.createElement('button');
    copy.setAttribute('data-mamori', 'restore-copy');
    copy.textContent = t('btnCopyRestored');
    copy.addEventListener('click', async () => {
      try {
        await navigator.clipboard.writeText(messageText(message));
        notice(t('restoreCopied'), { kind: 'info', name: 'restore-copy', timeout: 4000 });
      } catch {
        notice(t('restoreCopyFailed'), { kind: 'warn', name: 'restore-copy' });
      }
    });
    box.append(note, toggle, copy);
    shadow.append(style, box);
    // keys typed on our buttons must not reach ChatGPT's shortcuts
    for (const type of ['keydown', 'keyup', 'keypress', 'copy']) bar.addEventListener(type, (e) => e.stopPropagation());
    message.append(bar);
  }

  function setShowRestored(on) {
    showRestored = on;
    for (const bar of document.querySelectorAll(BAR_TAG)) {
      const b = bar.shadowRoot && bar.shadowRoot.querySelector('[data-mamori="restore-toggle"]');
      if (b) b.textContent = t(on ? 'btnShowPlaceholders' : 'btnShowRestored');
    }
    document.documentElement.setAttribute('data-mamori-restore', on ? 'values' : 'placeholders');
    scanAll();
    if (observer) observer.takeRecords();
  }

  return { review, offer, commit, get size() { return map.entries.size; } };
}
