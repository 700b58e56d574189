// The pure part of restoring, without a browser: a 10,000-character answer streamed in chunks
// of 1–4 characters, restored after every chunk (lib/restore.js). Two cases: the paragraph that
// grows is short (what the content script restores per chunk: the block that changed), and the
// worst case where the whole answer is ONE block (a 10,000-character code block).
//
//   node bench/bench_restore_pure.mjs
import { createMaskMap, maskWithMap } from '../extension/lib/mask-map.js';
import { restoreSegments, createRestorer } from '../extension/lib/restore.js';

const types = { PERSON: { placeholder: '<氏名>' }, PHONE_NUMBER: { placeholder: '<電話番号>' } };
const text = '前橋花子 佐藤一郎 090-1234-5678';
const { map } = maskWithMap(createMaskMap(), text, [
  { type: 'PERSON', start: 0, end: 4, masking: 'numbered' },
  { type: 'PERSON', start: 5, end: 9, masking: 'numbered' },
  { type: 'PHONE_NUMBER', start: 10, end: 23, masking: 'numbered' },
], { policyTypes: types });
const restorer = createRestorer(map);
const seg = '〔氏名1〕様からの申請について、書類は来週届く予定です。担当は〔氏名2〕さん、連絡先は〔電話番号1〕です。';
if (restoreSegments([seg], map).count !== 3) throw new Error('the benchmark restores nothing');
let answer = '';
while (answer.length < 10000) answer += seg;
answer = answer.slice(0, 10000);

function rand(seed) {
  let s = seed;
  return () => {
    s = (s * 1103515245 + 12345) % 2147483648;
    return s / 2147483648;
  };
}

function stats(name, times) {
  times.sort((a, b) => a - b);
  const q = (p) => times[Math.floor(p * (times.length - 1))];
  console.log(`${name.padEnd(44)} chunks ${String(times.length).padStart(5)}  median ${q(0.5).toFixed(4)} ms  p99 ${q(0.99).toFixed(4)} ms  max ${times[times.length - 1].toFixed(4)} ms`);
}

for (const [name, blockOf] of [
  ['block = the paragraph being written (~60 ch)', (s) => s.slice(s.lastIndexOf('。') + 1)],
  ['block = the whole answer (worst case)', (s) => s],
]) {
  for (let round = 0; round < 2; round += 1) { // the first round warms the JIT up
    const r = rand(7);
    const times = [];
    let pos = 0;
    while (pos < answer.length) {
      pos = Math.min(answer.length, pos + 1 + Math.floor(r() * 4));
      const block = blockOf(answer.slice(0, pos));
      const t0 = performance.now();
      restoreSegments([block], map, restorer.pattern());
      times.push(performance.now() - t0);
    }
    if (round === 1) stats(name, times);
  }
}
