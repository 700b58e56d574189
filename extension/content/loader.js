// Classic content script: content scripts cannot be ES modules themselves, so this
// loads the module graph (content/main.js, lib/*.js — web-accessible on ChatGPT only).
//
// If that fails (a broken update, a file blocked or missing), the extension must fail
// CLOSED, not open: a capture-phase guard stops every send (Enter, the send button, the
// form's submit) and every attached file (a file input, a drop, a paste of files), and a
// short notice says why. The guard uses lib/selectors.js when that
// module still loads, and otherwise a generic rule (Enter in an editable field inside a
// form; a button of such a form; any form submit) — stricter, which is the point.
//
// Before the modules are loaded (65–330 ms after navigation) nothing else guards the page,
// so this script — run at document_start, before any page script — holds every gesture
// that could send (Enter in a text field, a click on a button, a form's submit) from the
// first moment, and hands them to content/main.js once it is ready, which scans the text
// and re-sends (or replays a gesture that was no send). A chatgpt.com/?q=… link that
// pre-fills the composer and sends at once is scanned like any other send.
(() => {
  const html = document.documentElement;
  const held = []; // gestures waiting for main.js: {type, origin, ...}
  // A chatgpt.com/?q=… link: the page would read the prompt from the address and may send
  // it from script, with no gesture to hold. Take it out of the address before any page
  // script runs; main.js puts it into the composer and sends it through the scan. The
  // network rule rules/prompt-in-address.json has already moved it into the fragment
  // (#mamori-q=…), which is never sent to the server; a plain ?q= (the rule off) is taken too.
  let prefill = null;
  try {
    const path = location.pathname;
    if (window === window.top && (path === '/' || /^\/g\/[^/]+\/?$/.test(path))) {
      const u = new URL(location.href);
      const moved = /^#mamori-q=(.*)$/s.exec(u.hash);
      const decode = (v) => {
        try {
          return decodeURIComponent(v.replace(/\+/g, ' '));
        } catch {
          return v; // a malformed escape: the text as it came
        }
      };
      const q = moved ? decode(moved[1]) : u.searchParams.get('q');
      if (moved || u.searchParams.has('q')) {
        u.searchParams.delete('q');
        u.searchParams.delete('mamori-q');
        if (moved) u.hash = '';
        history.replaceState(history.state, '', u.pathname + u.search + u.hash);
      }
      if (q && q.trim()) prefill = q;
    }
  } catch {
    // no address to read (or a malformed one): nothing to take out
  }
  let holding = true;
  if (html) html.setAttribute('data-mamori-state', 'holding');
  const isField = (n) => !!n && n.nodeType === 1 && !!n.closest
    && !!n.closest('textarea, input, [contenteditable]:not([contenteditable="false"]), [role="textbox"]');
  // The focused element inside closed shadow roots (composedPath stops at their host).
  const deep = (n) => {
    for (let i = 0; i < 8 && n && n.nodeType === 1; i += 1) {
      let sr = null;
      try {
        sr = chrome.dom && chrome.dom.openOrClosedShadowRoot ? chrome.dom.openOrClosedShadowRoot(n) : n.shadowRoot;
      } catch {
        sr = null;
      }
      if (!sr || !sr.activeElement || sr.activeElement === n) break;
      n = sr.activeElement;
    }
    return n;
  };
  const hold = (e) => {
    if (!holding) return;
    let origin = (e.composedPath && e.composedPath()[0]) || e.target;
    if (e.type === 'keydown' || e.type === 'keyup') origin = deep(origin);
    if (e.type === 'keydown') {
      if (e.key !== 'Enter' || e.isComposing || e.keyCode === 229 || e.shiftKey) return;
      // Enter on a button becomes a click (held then); elsewhere in a form it may submit it.
      if (origin && origin.closest && origin.closest('button, [role="button"], a, select')) return;
      if (!isField(origin) && !(origin && origin.closest && origin.closest('form'))) return;
      held.push({ type: 'enter', origin });
    } else if (e.type === 'click') {
      const b = origin && origin.closest && origin.closest('button, [role="button"], input[type="submit"], input[type="button"]');
      if (!b) return;
      held.push({ type: 'click', origin });
    } else if (e.type === 'submit') {
      held.push({ type: 'submit', origin: e.target, submitter: e.submitter || null });
    } else if (e.type === 'keyup') {
      if (e.key !== 'Enter' || !held.some((g) => g.type === 'enter' && g.origin === origin)) return;
    } else {
      // Pointer and mouse events on a button (press handlers act on them, not on click):
      // kept from the page; the click that follows is held.
      if (!(origin && origin.closest && origin.closest('button, [role="button"], input[type="submit"]'))) return;
      e.stopImmediatePropagation();
      return;
    }
    e.preventDefault();
    e.stopImmediatePropagation();
  };
  for (const type of ['keydown', 'keyup', 'click', 'submit', 'pointerdown', 'pointerup', 'mousedown', 'mouseup', 'touchstart', 'touchend']) {
    window.addEventListener(type, hold, true);
  }

  // Messages: the worker's choice of language (the `language` setting, default ja) and
  // contact line when it answers; chrome.i18n (browser language) if it does not.
  const i18n = (key, subs) => {
    try {
      return chrome.i18n.getMessage(key, subs) || key;
    } catch {
      return key;
    }
  };
  const compose = (msg, contact) => `${msg('loaderFailed')}\n${msg('contactPrefix', [contact || msg('defaultContact')])}`;
  let text = compose(i18n, '');
  let box = null;
  async function loadText() {
    let msg = i18n;
    let contact = '';
    try {
      const r = await Promise.race([
        chrome.runtime.sendMessage({ type: 'texts' }),
        new Promise((resolve) => setTimeout(() => resolve(null), 10000)),
      ]);
      if (r && r.messages) {
        msg = (key, subs = []) => {
          const e = r.messages[key] || (r.fallback && r.fallback[key]);
          return e ? e.message.replace(/\$(\d)/g, (_, d) => String(subs[Number(d) - 1] ?? '')) : i18n(key, subs);
        };
        contact = r.contact || '';
      }
    } catch {
      // the worker is broken too: chrome.i18n it is
    }
    text = compose(msg, contact);
    if (box) box.textContent = text;
  }

  function showNotice() {
    const id = 'mamori-failed';
    if (document.getElementById(id)) return;
    box = document.createElement('div');
    box.id = id;
    box.setAttribute('role', 'alert');
    box.setAttribute('data-mamori-failed', '');
    box.setAttribute('style', [
      'all: initial', 'position: fixed', 'left: 50%', 'bottom: 120px', 'transform: translateX(-50%)',
      'z-index: 2147483647', 'max-width: min(560px, calc(100vw - 24px))', 'padding: 10px 14px',
      'background: #fff', 'color: #1b1b1b', 'border-left: 6px solid #b3261e', 'border-radius: 8px',
      'box-shadow: 0 4px 18px rgba(0,0,0,.25)', 'white-space: pre-line',
      'font: 14px/1.6 "Meiryo UI", "Yu Gothic UI", "Noto Sans CJK JP", system-ui, sans-serif',
    ].join('; '));
    box.textContent = text;
    (document.body || document.documentElement).append(box);
  }

  function genericPredicates() {
    const EDITABLE = 'textarea, input[type="text"], [contenteditable=""], [contenteditable="true"]';
    return {
      composerOf: (node) => {
        const el = node && node.closest ? node.closest(EDITABLE) : null;
        return el && el.closest('form') ? el : null;
      },
      sendButtonOf: (node) => {
        const b = node && node.closest ? node.closest('button, input[type="submit"]') : null;
        return b && b.form ? b : null;
      },
    };
  }

  async function failClosed() {
    loadText(); // the notice shows at once (browser language); the worker's wording follows
    let p;
    try {
      const sel = await import(chrome.runtime.getURL('lib/selectors.js'));
      p = { composerOf: sel.composerOf, sendButtonOf: sel.sendButtonOf };
    } catch {
      p = genericPredicates();
    }
    const stop = (e) => {
      e.preventDefault();
      e.stopImmediatePropagation();
      if (document.body) showNotice();
      else document.addEventListener('DOMContentLoaded', showNotice, { once: true });
    };
    window.addEventListener('keydown', (e) => {
      if (e.key !== 'Enter' || e.isComposing || e.keyCode === 229 || e.shiftKey) return;
      if (p.composerOf(e.target)) stop(e);
    }, true);
    window.addEventListener('click', (e) => {
      if (p.sendButtonOf(e.target)) stop(e);
    }, true);
    window.addEventListener('submit', stop, true);
    // Attached files too: without the checking code a file's contents cannot be checked.
    const stopFiles = (e) => {
      const el = e.composedPath ? e.composedPath()[0] : e.target;
      if (el && el.matches && el.matches('input[type="file"]')) {
        if (!el.files || !el.files.length) return;
        el.value = ''; // the page never sees the file
      } else {
        const dt = e.type === 'drop' ? e.dataTransfer : e.type === 'paste' ? e.clipboardData : null;
        if (!dt || !dt.files || !dt.files.length) return;
      }
      stop(e);
    };
    for (const type of ['input', 'change', 'drop', 'paste']) window.addEventListener(type, stopFiles, true);
    document.documentElement.setAttribute('data-mamori-state', 'failed');
  }

  (async () => {
    try {
      const main = await import(chrome.runtime.getURL('content/main.js'));
      main.start();
      holding = false;
      main.replayHeld(held.splice(0));
      if (prefill) main.sendPrefilled(prefill);
    } catch (err) {
      console.error('[mamori] content script failed to start; sending is blocked', err);
      // What was held is never released: the modules that could scan it are not there.
      // The hold stays on until the fail-closed guard is in place: no gap.
      await failClosed();
      holding = false;
      const hadHeld = held.length > 0 || !!prefill;
      held.length = 0;
      if (hadHeld) {
        if (document.body) showNotice();
        else document.addEventListener('DOMContentLoaded', showNotice, { once: true });
      }
    }
  })();
})();
