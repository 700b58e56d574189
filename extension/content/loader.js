// Classic content script: content scripts cannot be ES modules themselves, so this
// loads the module graph (content/main.js, lib/*.js — web-accessible on ChatGPT only).
(async () => {
  try {
    const main = await import(chrome.runtime.getURL('content/main.js'));
    main.start();
  } catch (err) {
    console.error('[mamori] content script failed to start', err);
  }
})();
