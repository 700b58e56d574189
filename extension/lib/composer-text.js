// Reading the text of a composer the way ChatGPT sends it.
// Works on any DOM-like node (nodeType, nodeName, childNodes, nodeValue, value),
// so it is tested in Node with plain objects.

const ELEMENT = 1;
const TEXT = 3;
const BLOCKS = new Set([
  'P', 'DIV', 'LI', 'UL', 'OL', 'PRE', 'BLOCKQUOTE', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6',
  'TABLE', 'TR', 'SECTION', 'ARTICLE', 'HR',
]);
const SKIP = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT']);

function hasClass(node, name) {
  if (node.classList && typeof node.classList.contains === 'function') return node.classList.contains(name);
  const c = (node.getAttribute && node.getAttribute('class')) || node.className || '';
  return typeof c === 'string' && c.split(/\s+/).includes(name);
}

function isEmptyNode(n) {
  if (n.nodeType === TEXT) return !(n.nodeValue || '');
  if (n.nodeType !== ELEMENT) return true;
  const tag = String(n.nodeName || '').toUpperCase();
  if (tag === 'BR' || BLOCKS.has(tag)) return false;
  return Array.from(n.childNodes || []).every(isEmptyNode);
}

// A <br> with nothing after it in its block only holds the line open (browsers
// render no extra line for it), so it adds no "\n".
function isLastInLine(br) {
  const parent = br.parentNode;
  if (!parent || !parent.childNodes) return false;
  const kids = Array.from(parent.childNodes);
  const i = kids.indexOf(br);
  if (i < 0) return false;
  return kids.slice(i + 1).every(isEmptyNode);
}

/** Normalise what the browser puts into editable text: NBSP → space, CRLF → LF. */
export function normalizeComposerText(s) {
  return String(s ?? '').replace(/\u00a0/g, ' ').replace(/\r\n?/g, '\n');
}

/**
 * Text of a composer element: a textarea's value, or a contenteditable's text with
 * block elements (ProseMirror paragraphs) separated by "\n" and <br> as "\n"
 * (ProseMirror's trailing <br class="ProseMirror-trailingBreak"> counts as nothing).
 */
export function extractComposerText(node) {
  if (!node) return '';
  const name = String(node.nodeName || '').toUpperCase();
  if (name === 'TEXTAREA' || name === 'INPUT') return normalizeComposerText(node.value);
  const lines = [];
  let current = '';
  let started = false; // a block has been opened in this run of blocks
  const newline = () => {
    lines.push(current);
    current = '';
  };
  const walk = (n, top) => {
    if (n.nodeType === TEXT) {
      current += n.nodeValue || '';
      started = true;
      return;
    }
    if (n.nodeType !== ELEMENT) return;
    const tag = String(n.nodeName || '').toUpperCase();
    if (SKIP.has(tag)) return;
    if (tag === 'BR') {
      if (hasClass(n, 'ProseMirror-trailingBreak') || isLastInLine(n)) return;
      newline();
      started = true;
      return;
    }
    const block = !top && BLOCKS.has(tag);
    if (block && started) newline();
    for (const c of Array.from(n.childNodes || [])) walk(c, false);
    if (block) {
      newline();
      started = false;
    }
  };
  walk(node, true);
  if (started || current) lines.push(current);
  return normalizeComposerText(lines.join('\n'));
}

/** Two texts are "the same prompt" when they differ only in trailing whitespace. */
export function sameText(a, b) {
  return normalizeComposerText(a).replace(/\s+$/u, '') === normalizeComposerText(b).replace(/\s+$/u, '');
}

/**
 * Did a pasted text land in the field? (whitespace aside). When it did not, the page took
 * it some other way — chatgpt.com turns a long paste into an attached text — and it leaves
 * with the next send from that field although the field does not show it.
 */
export function pasteLanded(fieldText, pasted) {
  const squash = (x) => normalizeComposerText(x).replace(/\s+/gu, '');
  const p = squash(pasted);
  return !p || squash(fieldText).includes(p);
}
