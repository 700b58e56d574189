import test from 'node:test';
import assert from 'node:assert/strict';
import {
  classifyButton, pathShape, gestureAction, fieldsText, PLACES, SELECTORS, PATH_WORDS,
} from '../lib/selectors.js';

test('send buttons are recognised by any of their labels, in Japanese or English', () => {
  for (const labels of [
    { ariaLabel: 'プロンプトを送信する' }, { text: '送信' }, { ariaLabel: 'Send prompt' }, { testid: 'send-button' },
    { testid: 'composer-submit-button' }, { title: 'Submit' }, { text: '↑' }, { id: 'composer-submit-button' },
  ]) assert.equal(classifyButton(labels), 'send', JSON.stringify(labels));
});

test('save buttons of instructions and settings are recognised', () => {
  for (const text of ['保存', '保存する', 'Save', '更新', 'Update', '作成', 'Create', '公開', 'Publish']) {
    assert.equal(classifyButton({ text }), 'save', text);
  }
});

test('cancel and stop win over a send word on the same button', () => {
  assert.equal(classifyButton({ testid: 'stop-button', ariaLabel: 'ストリーミングの停止' }), 'cancel');
  assert.equal(classifyButton({ text: 'キャンセル', testid: 'send-edit-cancel' }), 'cancel');
  assert.equal(classifyButton({ ariaLabel: 'Cancel send' }), 'cancel');
});

test('buttons without a send or save word are nothing', () => {
  for (const labels of [{ ariaLabel: 'Attach' }, { text: '+' }, { text: '新しいチャット' }, { text: 'Sender settings save later' }, {}]) {
    assert.equal(classifyButton(labels), null, JSON.stringify(labels));
  }
});

test('long button text is content, not a label', () => {
  assert.equal(classifyButton({ text: '来月の説明会の案内メールの送信方法について教えて' }), null);
  assert.equal(classifyButton({ text: '送信', ariaLabel: 'a'.repeat(80) }), 'send');
});

test('path shape keeps known words and replaces ids and anything else', () => {
  assert.equal(pathShape('/'), '/');
  assert.equal(pathShape(''), '/');
  assert.equal(pathShape('/c/6743a1b2-0c4d-8000-9e5f-123456789abc'), '/c/:id');
  assert.equal(pathShape('/g/g-p-6789abc/project'), '/g/:id/project');
  assert.equal(pathShape('/gpts/editor/g-XYZ123'), '/gpts/editor/:id');
  assert.equal(pathShape('/Yamada/Taro'), '/:id/:id', 'a word that is not a known path word never leaves');
  assert.equal(pathShape('/c/abc?q=山田#x'), '/c/:id');
  assert.equal(pathShape('/a/b/c/d/e/f/g/h/i/j').split('/').length - 1, 8, 'at most 8 segments');
  for (const w of PATH_WORDS) assert.match(w, /^[a-z][a-z0-9-]{0,23}$/, 'the service accepts every path word');
});

test('gesture decision: a recognised send is scanned; unreadable is a miss only where a send must be readable', () => {
  assert.equal(gestureAction({ recognised: true, registered: true, fields: 1, text: '質問' }), 'scan');
  assert.equal(gestureAction({ recognised: true, registered: false, fields: 2, text: 'a\n\nb' }), 'scan');
  assert.equal(gestureAction({ recognised: true, registered: true, fields: 0, text: '' }), 'miss');
  assert.equal(gestureAction({ recognised: true, registered: false, fields: 0, text: '' }), 'pass');
  assert.equal(gestureAction({ recognised: true, registered: true, fields: 1, text: '  \n' }), 'pass', 'an empty composer sends nothing');
  assert.equal(gestureAction({ recognised: false, registered: true, fields: 0 }), 'pass');
});

test('the text of a place with several fields joins the non-empty ones', () => {
  const read = (f) => f.v;
  assert.equal(fieldsText([{ v: 'あ' }], read), 'あ');
  assert.equal(fieldsText([{ v: '指示' }, { v: '' }, { v: '自己紹介' }], read), '指示\n\n自己紹介');
  assert.equal(fieldsText([{ value: 'x' }, { textContent: 'y' }]), 'x\n\ny', 'default reader: value or text');
});

test('the registry lists each place once, most specific first, with the composer first', () => {
  assert.deepEqual(PLACES.map((p) => p.id), ['composer', 'edit-message', 'instructions']);
  assert.ok(PLACES[0].enterSends && PLACES[1].enterSends && !PLACES[2].enterSends);
  assert.ok(SELECTORS.editable.includes('textarea') && SELECTORS.editable.includes('[contenteditable]'));
});
