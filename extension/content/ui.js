// Everything the user sees, in one closed-off shadow root so ChatGPT's CSS cannot
// break it: the verdict dialogs (native modal <dialog>: keyboard-operable, Esc closes,
// the page behind is inert), the reminder, and small non-modal notices.
import { maskedContexts } from '../lib/snippet.js';

const CSS = `
:host { all: initial; }
* { box-sizing: border-box; }
.root { font: 14px/1.6 "Meiryo UI", "Yu Gothic UI", "Hiragino Sans", "Noto Sans CJK JP", "Noto Sans JP", system-ui, sans-serif; color: #1b1b1b; }
dialog { width: min(640px, calc(100vw - 32px)); max-height: calc(100vh - 48px); overflow: auto; padding: 0;
  border: 0; border-radius: 12px; box-shadow: 0 12px 48px rgba(0,0,0,.35); color: #1b1b1b; background: #fff; }
dialog::backdrop { background: rgba(0,0,0,.45); }
.head { padding: 16px 20px 8px; border-top: 6px solid #b3261e; border-radius: 12px 12px 0 0; }
.warn .head { border-top-color: #b26a00; }
.unreachable .head, .reminder .head { border-top-color: #1f5faa; }
.too_long .head { border-top-color: #b26a00; }
h2 { margin: 0 0 4px; font-size: 18px; }
.lead { margin: 0; }
.body { padding: 8px 20px; }
ul.findings { list-style: none; margin: 8px 0; padding: 0; }
ul.findings li { border: 1px solid #ddd; border-radius: 8px; padding: 8px 12px; margin: 0 0 8px; }
.label { font-weight: 700; }
.badge { display: inline-block; margin-right: 6px; padding: 0 8px; border-radius: 10px; font-size: 12px; color: #fff; background: #b3261e; }
.badge.c2 { background: #7a4a00; }
.badge.c3 { background: #555; }
.rule, .reason { font-size: 12px; color: #444; }
.where { margin: 4px 0; padding: 4px 8px; background: #f5f5f5; border-radius: 4px; word-break: break-all; }
mark { background: #ffd7d4; color: #7d0000; padding: 0 2px; border-radius: 2px; }
.more { font-size: 12px; color: #444; }
.preview { margin: 8px 0 4px; padding: 8px 10px; background: #f3f7fc; border: 1px solid #bcd0ea; border-radius: 8px; }
.preview .one { margin: 4px 0; padding: 2px 8px; background: #fff; border-radius: 4px; white-space: nowrap; overflow: hidden; text-overflow: ellipsis; }
label.confirm { display: flex; gap: 8px; align-items: flex-start; margin: 12px 0 4px; padding: 8px; background: #fff7e6; border-radius: 6px; cursor: pointer; }
label.confirm input { margin-top: 4px; width: 18px; height: 18px; }
.detail { font-size: 12px; color: #555; }
.contact { padding: 8px 20px; font-size: 12px; color: #333; border-top: 1px solid #eee; }
.actions { display: flex; flex-wrap: wrap; gap: 8px; justify-content: flex-end; padding: 12px 20px 16px; }
button { font: inherit; padding: 8px 16px; border-radius: 8px; border: 1px solid #888; background: #fff; color: #1b1b1b; cursor: pointer; }
button.primary { background: #1f5faa; border-color: #1f5faa; color: #fff; }
button.danger { background: #b3261e; border-color: #b3261e; color: #fff; }
button:disabled { opacity: .45; cursor: not-allowed; }
button:focus-visible, input:focus-visible { outline: 3px solid #ffb300; outline-offset: 2px; }
.notices { position: fixed; left: 50%; bottom: 120px; transform: translateX(-50%); z-index: 2147483647; display: flex; flex-direction: column; gap: 8px; width: min(560px, calc(100vw - 24px)); }
.notice { display: flex; gap: 8px; align-items: flex-start; padding: 10px 12px; border-radius: 8px; background: #fff; border-left: 6px solid #1f5faa; box-shadow: 0 4px 18px rgba(0,0,0,.25); }
.notice.block { border-left-color: #b3261e; }
.notice.warn { border-left-color: #b26a00; }
.notice .msg { flex: 1; }
.notice button { padding: 2px 10px; }
.factnote { position: fixed; right: 16px; bottom: 16px; z-index: 2147483646; max-width: 320px; display: flex; gap: 6px; align-items: flex-start;
  padding: 6px 10px; font-size: 12px; background: #f3f7fc; color: #1b1b1b; border: 1px solid #bcd0ea; border-radius: 8px; opacity: .95; }
.factnote button { padding: 0 6px; font-size: 12px; border: 0; background: transparent; }
`;

function el(tag, attrs = {}, ...kids) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === false || v == null) continue;
    if (k === 'class') e.className = v;
    else if (k === 'text') e.textContent = v;
    else if (k.startsWith('on')) e.addEventListener(k.slice(2), v);
    else e.setAttribute(k, v === true ? '' : v);
  }
  for (const k of kids) if (k != null) e.append(k);
  return e;
}

export function createUI({ t, contact, ruleFor }) {
  const host = document.createElement('div');
  host.id = 'mamori-root';
  host.setAttribute('style', 'all: initial; position: fixed; top: 0; left: 0; width: 0; height: 0; z-index: 2147483647;');
  const shadow = host.attachShadow({ mode: 'open' });
  const root = el('div', { class: 'root' });
  const notices = el('div', { class: 'notices', 'aria-live': 'polite' });
  shadow.append(el('style', { text: CSS }), root);
  root.append(notices);
  // Keys typed in our UI must not reach ChatGPT's own document-level shortcuts.
  for (const type of ['keydown', 'keyup', 'keypress', 'paste', 'copy', 'input']) {
    host.addEventListener(type, (e) => e.stopPropagation());
  }
  const attach = () => {
    if (!host.isConnected) (document.body || document.documentElement).append(host);
  };

  /** Is this event from inside our UI? */
  function contains(event) {
    return !!event && typeof event.composedPath === 'function' && event.composedPath().includes(host);
  }

  // How often a dialog is put back after the page removed our root node; beyond that the
  // dialog counts as 「編集に戻る」 (nothing is sent) so that a send never stays stuck.
  const MAX_RESTORES = 3;

  function modal(kind, build) {
    attach();
    return new Promise((resolve) => {
      let choice = null;
      let settled = false;
      let restores = 0;
      let dialog = null;
      const finish = (c) => {
        if (settled) return;
        settled = true;
        watch.disconnect();
        dialog.remove();
        resolve(c);
      };
      const done = (c) => {
        choice = c;
        dialog.close();
      };
      const open = () => {
        const d = el('dialog', { class: kind, 'aria-labelledby': 'mamori-title', 'data-mamori-dialog': kind });
        build(d, done);
        d.addEventListener('close', () => {
          if (d === dialog) finish(choice || 'edit');
        });
        dialog = d;
        root.append(d);
        d.showModal();
        const first = d.querySelector('[autofocus]');
        if (first) first.focus();
      };
      // The page may remove our root node (a framework re-rendering <body>): a removed
      // dialog never fires "close", and the send would stay stuck. Put it back (under
      // <html>, out of the framework's way) with a fresh dialog; if the page keeps
      // removing it, treat it as 「編集に戻る」.
      const watch = new MutationObserver(() => {
        if (host.isConnected || settled) return;
        if (restores >= MAX_RESTORES) {
          finish('edit');
          return;
        }
        restores += 1;
        const old = dialog;
        document.documentElement.append(host);
        old.remove();
        open();
      });
      watch.observe(document.documentElement, { childList: true, subtree: true });
      open();
    });
  }

  function findingList(text, findings, policyTypes) {
    const ctxs = maskedContexts(text, findings);
    const list = el('ul', { class: 'findings' });
    const MAX = 20;
    for (const c of ctxs.slice(0, MAX)) {
      const f = c.finding;
      const cls = f.classification === 'I' ? ['', t('classI')] : f.classification === 'II' ? ['c2', t('classII')] : ['c3', t('classOther')];
      const where = el('div', { class: 'where', 'data-mamori-context': '' },
        (c.clippedBefore ? '…' : '') + c.before, el('mark', { text: c.masked }), c.after + (c.clippedAfter ? '…' : ''));
      list.append(el('li', { 'data-type': f.type },
        el('div', {}, el('span', { class: `badge ${cls[0]}`, text: cls[1] }), el('span', { class: 'label', text: f.label || f.type })),
        el('div', { class: 'rule', text: ruleFor(f, policyTypes) }),
        el('div', { class: 'where-title rule', text: t('findingWhere') }),
        where,
        f.reason ? el('div', { class: 'reason', text: t('findingReason', [f.reason]) }) : null,
      ));
    }
    const box = el('div', {}, el('div', { class: 'label', text: t('findingsTitle', [String(ctxs.length)]) }), list);
    if (ctxs.length > MAX) box.append(el('div', { class: 'more', text: `… +${ctxs.length - MAX}` }));
    return box;
  }

  function contactLine() {
    return el('div', { class: 'contact', text: t('contactPrefix', [contact()]) });
  }

  /**
   * The block / warn / unreachable dialog. Resolves "send" | "replace" | "retry" | "edit".
   */
  function verdictDialog(d, text, policyTypes) {
    return modal(d.kind, (dialog, done) => {
      const titles = { block: 'dlgBlockTitle', warn: 'dlgWarnTitle', unreachable: 'dlgUnreachableTitle', too_long: 'dlgTooLongTitle' };
      const leads = { block: 'dlgBlockLead', warn: 'dlgWarnLead', unreachable: 'dlgUnreachableLead', too_long: 'dlgTooLongLead' };
      const num = (n) => Number(n).toLocaleString('ja-JP');
      dialog.append(el('div', { class: 'head' },
        el('h2', { id: 'mamori-title', text: t(titles[d.kind]) }),
        el('p', { class: 'lead', text: t(leads[d.kind], [num(d.limit || 0)]) })));
      const body = el('div', { class: 'body' });
      dialog.append(body);
      if (d.kind === 'too_long') {
        if (d.length) body.append(el('p', { class: 'detail', 'data-mamori': 'length', text: t('dlgTooLongLength', [num(d.length)]) }));
      } else if (d.kind !== 'unreachable') {
        body.append(findingList(text, d.findings, policyTypes));
        // mask and restore (content/restore.js): what would be sent, and that the values stay on this PC
        if (d.maskPreview) {
          body.append(el('div', { class: 'preview', 'data-mamori': 'mask-preview' },
            el('div', { class: 'rule', text: t('maskPreviewTitle') }),
            el('div', { class: 'one', title: d.maskPreview, text: d.maskPreview }),
            el('div', { class: 'detail', text: t('maskRestoreNote') })));
        } else if (d.maskBlocked && d.maskBlocked.length) {
          body.append(el('p', { class: 'detail', 'data-mamori': 'mask-blocked', text: t('maskBlockOnly', [d.maskBlocked.join(t('listSeparator'))]) }));
        }
      } else if (d.error) {
        if (d.error.permission === false) body.append(el('p', { class: 'detail', 'data-mamori': 'no-permission', text: t('dlgNoPermission') }));
        body.append(el('div', { class: 'detail', text: t('dlgErrorDetail', [String(d.error.code || '')]) }));
      }

      const actions = el('div', { class: 'actions' });
      let sendBtn = null;
      if (d.canSend && (d.kind === 'warn' || d.kind === 'unreachable')) {
        const box = el('input', { type: 'checkbox', 'data-mamori': 'confirm' });
        box.addEventListener('change', () => { sendBtn.disabled = !box.checked; });
        body.append(el('label', { class: 'confirm' }, box,
          el('span', { text: t(d.kind === 'warn' ? 'dlgWarnCheckbox' : 'dlgUnreachableCheckbox') })));
        sendBtn = el('button', { class: 'danger', 'data-mamori': 'send', disabled: true, onclick: () => done('send') }, t('btnSendAnyway'));
      } else if (d.kind === 'warn') {
        body.append(el('p', { class: 'detail', text: t('dlgWarnNoOverride') }));
      }
      if (d.kind === 'unreachable') {
        actions.append(el('button', { class: 'primary', 'data-mamori': 'retry', onclick: () => done('retry') }, t('btnRetry')));
      } else if (d.redactedText && d.redactedText !== text) {
        actions.append(el('button', { class: 'primary', 'data-mamori': 'replace', onclick: () => done('replace') }, t('btnReplaceMasked')));
      }
      if (sendBtn) actions.append(sendBtn);
      actions.append(el('button', { 'data-mamori': 'edit', autofocus: true, onclick: () => done('edit') }, t('btnBackToEdit')));
      dialog.append(actions, contactLine());
    });
  }

  /** Rules (2)/(4) acknowledgment. Resolves true when acknowledged. */
  async function reminder(rules) {
    const c = await modal('reminder', (dialog, done) => {
      dialog.append(el('div', { class: 'head' }, el('h2', { id: 'mamori-title', text: t('reminderTitle') })));
      const body = el('div', { class: 'body' });
      for (const r of rules) body.append(el('p', { text: r }));
      dialog.append(body, el('div', { class: 'actions' },
        el('button', { class: 'primary', 'data-mamori': 'ack', autofocus: true, onclick: () => done('ack') }, t('reminderAck')),
        el('button', { 'data-mamori': 'cancel', onclick: () => done('cancel') }, t('reminderCancel'))));
    });
    return c === 'ack';
  }

  /** A small non-modal notice. kind: "block" | "warn" | "info". */
  function notice(message, { kind = 'info', timeout = 12000, name = '', actions = [] } = {}) {
    attach();
    const n = el('div', { class: `notice ${kind}`, role: kind === 'block' ? 'alert' : 'status', 'data-mamori-notice': name || kind });
    const close = () => n.remove();
    n.append(el('div', { class: 'msg', text: message }));
    for (const a of actions) n.append(el('button', { onclick: () => a.run(n) }, a.label));
    n.append(el('button', { 'aria-label': t('btnDismiss'), title: t('btnDismiss'), onclick: close }, '×'));
    for (const old of notices.querySelectorAll(`[data-mamori-notice="${name || kind}"]`)) old.remove();
    notices.append(n);
    if (timeout) setTimeout(close, timeout);
    return n;
  }

  let factNote = null;
  function showFactNote(text, onDismiss) {
    attach();
    if (factNote && factNote.isConnected) return;
    factNote = el('div', { class: 'factnote', role: 'note', 'data-mamori-factnote': '' },
      el('span', { text }),
      el('button', { 'aria-label': t('btnDismiss'), title: t('btnDismiss'), onclick: () => { factNote.remove(); onDismiss(); } }, '×'));
    root.append(factNote);
  }

  // modal: for other dialogs built from the same parts (content/file-dialog.js).
  return { host, contains, verdictDialog, reminder, notice, showFactNote, attach, modal, el };
}
