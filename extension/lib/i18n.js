// Messages from _locales/*/messages.json with chrome.i18n-style placeholders. Pure.

/** Choose "ja" or "en" from the setting and the browser UI language. */
export function chooseLanguage(setting, uiLanguage) {
  if (setting === 'ja' || setting === 'en') return setting;
  return String(uiLanguage || '').toLowerCase().startsWith('ja') ? 'ja' : 'en';
}

/**
 * A translator over a messages.json object (falling back to `fallback`):
 * t(key, [sub1, …]) → string, with $NAME$ placeholders and $1…$9 as chrome.i18n does.
 */
export function createTranslator(messages, fallback = {}) {
  return function t(key, subs = []) {
    const entry = (messages && messages[key]) || (fallback && fallback[key]);
    if (!entry) return key;
    const list = Array.isArray(subs) ? subs : [subs];
    const sub = (s) => s.replace(/\$(\d)/g, (_, d) => String(list[Number(d) - 1] ?? ''));
    const ph = entry.placeholders || {};
    return entry.message.replace(/\$\$|\$([A-Za-z0-9_@]+)\$|\$(\d)/g, (m, name, digit) => {
      if (m === '$$') return '$';
      if (digit) return String(list[Number(digit) - 1] ?? '');
      const p = ph[name.toLowerCase()] || ph[name];
      return p ? sub(p.content) : m;
    });
  };
}
