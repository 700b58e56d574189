// The attachment dialog: each file, what happened to it and — for findings — what was found
// where (sheet and cell, page and line, paragraph), the value masked by the service.
// Built with ui.js's modal and styles. Resolves 'attach' (the confirmed files too),
// 'attachRest' (only those needing no confirmation), 'retry' or 'cancel'.

const STATUS_KEY = {
  ok: 'fileStatusOk',
  block: 'fileStatusBlock',
  warn: 'fileStatusWarn',
  unsupported: 'fileStatusUnsupported',
  empty: 'fileStatusEmpty',
  unreadable: 'fileStatusUnreadable',
  unreachable: 'fileStatusUnreachable',
  degraded: 'fileStatusDegraded',
};
const PER_FILE = 5;

function formatBytes(n) {
  return n >= 1024 * 1024 ? `${Math.round((n / 1024 / 1024) * 10) / 10}MB` : `${Math.ceil(n / 1024)}KB`;
}

export function fileDialog(ui, { t, contact, ruleFor }, files, results, plan, settings, policyTypes) {
  const { el } = ui;
  return ui.modal(plan.title === 'block' ? 'block' : plan.title, (dialog, done) => {
    const title = { block: 'fileDlgBlockTitle', warn: 'fileDlgWarnTitle', unreachable: 'fileDlgUnreachableTitle' }[plan.title];
    const lead = { block: 'fileDlgBlockLead', warn: 'fileDlgWarnLead', unreachable: 'fileDlgUnreachableLead' }[plan.title];
    dialog.setAttribute('data-mamori-dialog', `file-${plan.title}`);
    dialog.append(el('div', { class: 'head' },
      el('h2', { id: 'mamori-title', text: t(title) }),
      el('p', { class: 'lead', text: t(lead) })));
    const body = el('div', { class: 'body' });
    dialog.append(body);
    const list = el('ul', { class: 'findings' });
    results.forEach((r, i) => {
      const f = files[i];
      let status = t(STATUS_KEY[r.status] || 'fileStatusUnreachable');
      if (r.status === 'unsupported' && !r.attach) status = t('fileStatusUnsupportedBlocked');
      const li = el('li', { 'data-mamori-file': f.name, 'data-status': r.status },
        el('div', { class: 'label', text: f.name }),
        el('div', { class: 'rule', text: status }));
      if (r.status === 'unreadable' || (r.status === 'unreachable' && r.error)) {
        const code = r.error && r.error.code;
        let msg = code === 'file_too_large_local' ? t('file_too_large_local', [formatBytes(settings.attachmentMaxBytes)]) : t(code);
        if (msg === code) msg = (r.error && r.error.message) || t('dlgErrorDetail', [String(code || '')]);
        li.append(el('div', { class: 'detail', 'data-mamori': 'file-error', text: msg }));
      }
      const shown = (r.findings || []).slice(0, PER_FILE);
      for (const g of shown) {
        const cls = g.classification === 'I' ? ['', t('classI')] : g.classification === 'II' ? ['c2', t('classII')] : ['c3', t('classOther')];
        const where = g.part_kind === 'sheet'
          ? t('fileWhereSheet', [String(g.part || ''), String(g.location || '')])
          : t('fileWhereOther', [String(g.part || ''), String(g.location || '')]);
        li.append(el('div', { 'data-type': g.type },
          el('span', { class: `badge ${cls[0]}`, text: cls[1] }),
          el('span', { class: 'label', text: g.label || g.type }),
          el('div', { class: 'rule', text: ruleFor(g, policyTypes) }),
          el('div', { class: 'where-title rule', 'data-mamori-where': '', text: where }),
          el('div', { class: 'where', 'data-mamori-context': '', text: String(g.context || '') })));
      }
      const total = Number(r.total) || 0;
      if (total > shown.length) li.append(el('div', { class: 'more', text: t('fileMore', [String(total - shown.length)]) }));
      if (r.complete === false) li.append(el('div', { class: 'more', text: t('fileIncomplete') }));
      list.append(li);
    });
    body.append(list);

    const actions = el('div', { class: 'actions' });
    if (plan.title === 'unreachable' && results.some((r) => r.status === 'unreachable')) {
      actions.append(el('button', { class: 'primary', 'data-mamori': 'retry', onclick: () => done('retry') }, t('btnRetry')));
    }
    if (plan.confirmable.length) {
      const box = el('input', { type: 'checkbox', 'data-mamori': 'confirm' });
      const send = el('button', { class: 'danger', 'data-mamori': 'attach', disabled: true, onclick: () => done('attach') }, t('btnAttachConfirmed'));
      box.addEventListener('change', () => { send.disabled = !box.checked; });
      const text = plan.title === 'unreachable' ? t('dlgUnreachableCheckbox') : t('fileWarnCheckbox');
      body.append(el('label', { class: 'confirm' }, box, el('span', { text })));
      actions.append(send);
    }
    if (plan.attachable.length) {
      actions.append(el('button', { 'data-mamori': 'attach-rest', onclick: () => done('attachRest') }, t('btnAttachRest')));
    }
    actions.append(el('button', { 'data-mamori': 'edit', autofocus: true, onclick: () => done('cancel') }, t('btnNoAttach')));
    dialog.append(actions, el('div', { class: 'contact', text: t('contactPrefix', [contact()]) }));
  });
}
