import test from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';

// The network rule that keeps a ?q= prompt out of the request (rules/prompt-in-address.json).
// Chromium evaluates it with RE2; this pattern means the same in JavaScript.
const [rule] = JSON.parse(readFileSync(new URL('../rules/prompt-in-address.json', import.meta.url), 'utf-8'));
const filter = new RegExp(rule.condition.regexFilter);
const redirect = (url) => {
  const m = filter.exec(url);
  if (!m) return null;
  return rule.action.redirect.regexSubstitution.replace(/\\(\d)/g, (_, d) => m[Number(d)] ?? '');
};

test('the prompt moves from the query into the fragment, other parameters stay', () => {
  assert.equal(redirect('https://chatgpt.com/?q=%E7%94%B3%E8%AB%8B'), 'https://chatgpt.com/?mamori-q=moved#mamori-q=%E7%94%B3%E8%AB%8B');
  assert.equal(redirect('https://chatgpt.com/?model=gpt-4o&q=a+b&hints=search'),
    'https://chatgpt.com/?model=gpt-4o&mamori-q=moved&hints=search#mamori-q=a+b');
  assert.equal(redirect('https://chat.openai.com/g/g-abc123?q=x'), 'https://chat.openai.com/g/g-abc123?mamori-q=moved#mamori-q=x');
  // An address with a fragment of its own: the prompt still goes (the old fragment is dropped).
  assert.equal(redirect('https://chatgpt.com/?q=x#frag'), 'https://chatgpt.com/?mamori-q=moved#mamori-q=x');
});

test('the redirected address is never redirected again, and other addresses are left alone', () => {
  for (const url of [
    'https://chatgpt.com/?model=gpt-4o&mamori-q=moved&hints=search',
    'https://chatgpt.com/?faq=1',
    'https://chatgpt.com/c/6743ab?q=x',
    'https://chatgpt.com/#q=x',
    'https://evil.example/?q=x',
    'https://chatgpt.com.evil.example/?q=x',
  ]) assert.equal(redirect(url), null, url);
  assert.deepEqual(rule.condition.resourceTypes, ['main_frame']);
});
