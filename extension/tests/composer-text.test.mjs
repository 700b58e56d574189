import test from 'node:test';
import assert from 'node:assert/strict';
import { extractComposerText, sameText, normalizeComposerText, pasteLanded } from '../lib/composer-text.js';

// A tiny DOM-like tree builder: h('p', {class}, ...children), strings are text nodes.
function h(tag, attrs, ...kids) {
  const el = { nodeType: 1, nodeName: tag.toUpperCase(), childNodes: [], attrs: attrs || {}, parentNode: null };
  el.getAttribute = (k) => el.attrs[k] ?? null;
  for (const k of kids) {
    const n = typeof k === 'string' ? { nodeType: 3, nodeName: '#text', nodeValue: k } : k;
    n.parentNode = el;
    el.childNodes.push(n);
  }
  return el;
}
const trailing = () => h('br', { class: 'ProseMirror-trailingBreak' });

test('ProseMirror paragraphs join with newlines', () => {
  const ed = h('div', { id: 'prompt-textarea' }, h('p', null, '一行目'), h('p', null, '二行目'));
  assert.equal(extractComposerText(ed), '一行目\n二行目');
});

test('empty paragraph with trailing break is an empty line', () => {
  const ed = h('div', null, h('p', null, 'a'), h('p', null, trailing()), h('p', null, 'b'));
  assert.equal(extractComposerText(ed), 'a\n\nb');
});

test('an empty editor (placeholder paragraph) is empty', () => {
  const ed = h('div', null, h('p', { class: 'placeholder', 'data-placeholder': 'Ask anything' }, trailing()));
  assert.equal(extractComposerText(ed), '');
});

test('hard breaks and inline marks', () => {
  const ed = h('div', null, h('p', null, '氏名：', h('strong', null, '𠮷田'), h('br'), '住所：前橋市'));
  assert.equal(extractComposerText(ed), '氏名：𠮷田\n住所：前橋市');
});

test('a placeholder <br> at the end of a block adds nothing; divs from execCommand', () => {
  const ed = h('div', null, 'a', h('div', null, 'b'), h('div', null, h('br')), h('div', null, 'c'));
  assert.equal(extractComposerText(ed), 'a\nb\n\nc');
});

test('textarea value, NBSP and CRLF normalised', () => {
  assert.equal(extractComposerText({ nodeType: 1, nodeName: 'TEXTAREA', value: 'x\u00a0y\r\nz' }), 'x y\nz');
  assert.equal(extractComposerText(null), '');
  assert.equal(normalizeComposerText('a\rb'), 'a\nb');
});

test('scripts and styles are ignored', () => {
  const ed = h('div', null, h('p', null, 'ok', h('style', null, 'p{}')));
  assert.equal(extractComposerText(ed), 'ok');
});

test('sameText ignores only trailing whitespace', () => {
  assert.ok(sameText('abc\n', 'abc'));
  assert.ok(sameText('a\u00a0b', 'a b'));
  assert.ok(!sameText('abc', 'abd'));
  assert.ok(!sameText(' abc', 'abc'));
});

test('a paste landed in the field when its text is there, whitespace aside; else the page took it elsewhere', () => {
  assert.equal(pasteLanded('質問: 次の文を\n要約して', '次の文を 要約して'), true);
  assert.equal(pasteLanded('', ''), true, 'nothing pasted');
  assert.equal(pasteLanded('', '長い文書の本文'), false, 'turned into an attachment');
  assert.equal(pasteLanded('この文を要約して', '長い文書の本文'), false);
});
