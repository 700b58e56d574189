// Attached files: every way a file reaches the page — a file input's `input` and `change`,
// drag-and-drop, pasting a file — is caught on `window` in the capture phase, before the
// page's own handlers. The page does not see the event until the file is checked:
//   - allowed files are handed on by re-dispatching the same kind of event (the input's
//     `input`/`change` with its files; a `drop` or `paste` carrying a DataTransfer with them);
//   - refused files never reach the page (the input is cleared, the drop/paste is swallowed).
// Images and other formats whose contents cannot be checked pass at once with a notice
// (attachmentUnsupported), so a pasted screenshot is never held back.
// Pure decisions: lib/file-policy.js. The dialog: content/file-dialog.js.
import { isFileInput } from '../lib/selectors.js';
import {
  planFiles, fileResult, combineFiles, auditFindings, sameFiles, toBase64,
} from '../lib/file-policy.js';
import { fileDialog } from './file-dialog.js';

const WATCHDOG_MARGIN_MS = 2000;
const CHECKING_NOTICE_DELAY_MS = 400;

/**
 * ctx: {env() → {settings, t, ui, policy}, ask(msg) → Promise, ready: Promise,
 *       contact(), ruleFor(f, types), audit(event, decision, source)}
 */
export function installFileGuard(ctx) {
  let bypass = 0; // > 0 while we re-dispatch: our own listeners let it through
  const pendingInputs = new WeakMap(); // file input → its job (one selection, `input` + `change`)
  const guardedRoots = new WeakSet(); // shadow roots that hold a file input: `change` is caught there

  const html = document.documentElement;
  const setBusy = (on) => {
    if (on) html.setAttribute('data-mamori-files', 'checking');
    else html.removeAttribute('data-mamori-files');
  };

  function redispatch(fn) {
    bypass += 1;
    try {
      fn();
    } finally {
      bypass -= 1;
    }
  }

  async function scanOne(file) {
    const { settings } = ctx.env();
    const bytes = new Uint8Array(await file.arrayBuffer());
    const msg = { type: 'scanFile', name: file.name, data: toBase64(bytes) };
    let timer;
    const watchdog = new Promise((resolve) => {
      timer = setTimeout(() => resolve({ ok: false, error: { code: 'timeout' } }),
        (Number(settings.attachmentTimeoutMs) || 60000) + WATCHDOG_MARGIN_MS);
    });
    return Promise.race([ctx.ask(msg), watchdog]).finally(() => clearTimeout(timer));
  }

  function notify(keys, files) {
    const { ui, t } = ctx.env();
    if (!ui) return;
    for (const key of keys) {
      const names = files.map((f) => f.name).join(t('listSeparator'));
      ui.notice(t(key, [names]), { kind: key === 'attachUnsupportedBlock' || key === 'attachBlock' ? 'block' : 'warn', name: 'attachment' });
    }
  }

  function audit(event, results, indexes, extra = {}) {
    const policyVersion = (results.find((r) => r.policyVersion) || {}).policyVersion;
    ctx.audit(event, { kind: extra.kind || 'block', findings: auditFindings(results, indexes), policyVersion, error: extra.error }, 'file');
  }

  /**
   * Check `files`; resolve with the files that may be attached ([] = none).
   * Shows the notice or the dialog; reports the outcome (counts only).
   */
  async function check(files) {
    await ctx.ready;
    let { settings } = ctx.env();
    let plan = planFiles(files, settings); // again, with the real settings now
    if (plan.kind === 'pass') {
      if (plan.notice) notify([plan.notice], files);
      return files;
    }
    if (plan.kind === 'refuse') {
      notify([plan.reason], files);
      audit('blocked', [], []);
      return [];
    }
    const { ui, t } = ctx.env();
    let reportedUnreachable = false;
    for (;;) {
      setBusy(true);
      // Most files are checked in well under a second: say so only when it takes longer.
      let busy = null;
      const busyTimer = ui && setTimeout(() => {
        busy = ui.notice(t('fileChecking', [files.map((f) => f.name).join(t('listSeparator'))]),
          { kind: 'info', name: 'file-checking', timeout: 0 });
      }, CHECKING_NOTICE_DELAY_MS);
      let results;
      try {
        const outcomes = [];
        for (let i = 0; i < files.length; i += 1) {
          outcomes.push(plan.items[i].action === 'scan' ? await scanOne(files[i]).catch((e) => ({ ok: false, error: { code: 'extension_error', message: String(e) } })) : null);
        }
        ({ settings } = ctx.env());
        results = files.map((f, i) => fileResult(plan.items[i], outcomes[i], settings));
      } finally {
        clearTimeout(busyTimer);
        if (busy) busy.remove();
        setBusy(false);
      }
      const unreachable = results.map((r, i) => (r.status === 'unreachable' || r.status === 'degraded' ? i : -1)).filter((i) => i >= 0);
      if (unreachable.length && !reportedUnreachable) {
        reportedUnreachable = true;
        const err = results[unreachable[0]].error || { code: 'unreachable' };
        ctx.audit('service_unreachable', { kind: 'unreachable', findings: [], error: err }, 'file');
      }
      const combined = combineFiles(results);
      if (combined.kind === 'attach') {
        notify(combined.notices, combined.indexes.map((i) => files[i]).filter((f, k) => results[combined.indexes[k]].notice));
        return combined.indexes.map((i) => files[i]);
      }
      const policy = ctx.env().policy;
      const choice = await fileDialog(ui, { t, contact: ctx.contact, ruleFor: ctx.ruleFor }, files, results, combined,
        settings, policy && policy.types);
      if (choice === 'retry') {
        plan = planFiles(files, ctx.env().settings);
        if (plan.kind !== 'hold') return check(files);
        continue;
      }
      const blocked = results.map((r, i) => (r.status === 'block' ? i : -1)).filter((i) => i >= 0);
      const warned = combined.confirmable.filter((i) => results[i].status === 'warn');
      if (blocked.length || results.some((r) => r.status === 'unreadable')) audit('blocked', results, blocked);
      if (choice === 'attach') {
        if (warned.length) audit('sent_after_warning', results, warned, { kind: 'warn' });
        return [...combined.attachable, ...combined.confirmable].sort((a, b) => a - b).map((i) => files[i]);
      }
      if (warned.length) audit('cancelled', results, warned, { kind: 'warn' });
      if (choice === 'attachRest') return combined.attachable.map((i) => files[i]);
      return [];
    }
  }

  // ---- a file input ----------------------------------------------------------------------

  function onInputEvent(e) {
    if (bypass) return;
    const input = e.composedPath ? e.composedPath()[0] : e.target;
    if (!isFileInput(input)) return;
    // `change` is not composed: from an input inside a shadow root it never reaches `window`.
    // Its `input` (composed, always first) does, so the root gets our listener in time.
    const root = input.getRootNode && input.getRootNode();
    if (root instanceof ShadowRoot && !guardedRoots.has(root)) {
      guardedRoots.add(root);
      root.addEventListener('change', onInputEvent, true);
    }
    const files = Array.from(input.files || []);
    if (!files.length) return; // a cleared input
    const job = pendingInputs.get(input);
    if (job && sameFiles(job.files, files)) {
      if (job.state === 'pending') {
        // The `change` that follows the `input` of the same choice: held back with it.
        e.stopImmediatePropagation();
        job.events.push(e.type);
        return;
      }
      if (job.state === 'allowed') return; // already checked and handed on
    }
    const plan = planFiles(files, ctx.env().settings);
    if (plan.kind === 'pass') {
      if (plan.notice) notify([plan.notice], files);
      return;
    }
    e.stopImmediatePropagation();
    const mine = { files, events: [e.type], state: 'pending' };
    pendingInputs.set(input, mine);
    check(files).then((ok) => {
      if (pendingInputs.get(input) !== mine) return; // the user chose again meanwhile
      if (!ok.length) {
        mine.state = 'refused';
        input.value = ''; // the page never sees the file
        return;
      }
      if (ok.length !== files.length) {
        const dt = new DataTransfer();
        for (const f of ok) dt.items.add(f);
        input.files = dt.files;
        mine.files = Array.from(input.files);
      }
      mine.state = 'allowed';
      const order = ['input', 'change'].filter((type) => mine.events.includes(type));
      redispatch(() => {
        for (const type of order) input.dispatchEvent(new Event(type, { bubbles: true, composed: type === 'input' }));
      });
    }, () => {
      input.value = '';
    });
  }

  // ---- drag-and-drop and paste -----------------------------------------------------------

  function mouseInit(e) {
    const keys = ['clientX', 'clientY', 'screenX', 'screenY', 'ctrlKey', 'shiftKey', 'altKey', 'metaKey', 'button', 'buttons'];
    const init = { bubbles: true, cancelable: true, composed: true };
    for (const k of keys) init[k] = e[k];
    return init;
  }

  function onDrop(e) {
    if (bypass) return;
    const { ui } = ctx.env();
    if (ui && ui.contains(e)) return;
    const dt = e.dataTransfer;
    if (!dt || !Array.from(dt.types || []).includes('Files')) return;
    const files = Array.from(dt.files || []);
    if (!files.length) return;
    const plan = planFiles(files, ctx.env().settings);
    if (plan.kind === 'pass') {
      if (plan.notice) notify([plan.notice], files);
      return;
    }
    // preventDefault also keeps the browser from opening a dropped file itself.
    e.preventDefault();
    e.stopImmediatePropagation();
    const target = e.composedPath ? e.composedPath()[0] : e.target;
    const init = mouseInit(e);
    check(files).then((ok) => {
      const to = target && target.isConnected ? target : document.body;
      const ndt = new DataTransfer();
      for (const f of ok) ndt.items.add(f);
      redispatch(() => {
        if (ok.length) to.dispatchEvent(new DragEvent('drop', { ...init, dataTransfer: ndt }));
        else to.dispatchEvent(new DragEvent('dragleave', { ...init, dataTransfer: ndt })); // drop zones reset
      });
    });
  }

  function onPaste(e) {
    if (bypass) return;
    const { ui } = ctx.env();
    if (ui && ui.contains(e)) return;
    const cd = e.clipboardData;
    const files = cd && cd.files ? Array.from(cd.files) : [];
    if (!files.length) return;
    const plan = planFiles(files, ctx.env().settings);
    if (plan.kind === 'pass') {
      if (plan.notice) notify([plan.notice], files);
      return;
    }
    e.preventDefault();
    e.stopImmediatePropagation();
    const target = e.composedPath ? e.composedPath()[0] : e.target;
    const text = cd.getData('text/plain');
    const htmlText = cd.getData('text/html');
    check(files).then((ok) => {
      if (!ok.length && !text) return;
      const ndt = new DataTransfer();
      if (text) ndt.setData('text/plain', text);
      if (htmlText) ndt.setData('text/html', htmlText);
      for (const f of ok) ndt.items.add(f);
      const to = target && target.isConnected ? target : document.activeElement || document.body;
      redispatch(() => to.dispatchEvent(new ClipboardEvent('paste', { clipboardData: ndt, bubbles: true, cancelable: true, composed: true })));
    });
  }

  window.addEventListener('input', onInputEvent, true);
  window.addEventListener('change', onInputEvent, true);
  window.addEventListener('drop', onDrop, true);
  window.addEventListener('paste', onPaste, true);
  return { isBypassing: () => bypass > 0 };
}
