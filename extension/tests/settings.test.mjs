import test from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { DEFAULTS, mergeSettings, validateSetting } from '../lib/settings.js';

test('defaults: fail closed, files scanned, daily reminder, 3000 ms', () => {
  const { settings, sources, invalid } = mergeSettings();
  assert.equal(settings.failMode, 'block');
  assert.equal(settings.attachmentMode, 'scan');
  assert.equal(settings.attachmentUnsupported, 'warn');
  assert.equal(settings.attachmentMaxBytes, 10 * 1024 * 1024);
  assert.equal(settings.reminderFrequency, 'daily');
  assert.equal(settings.timeoutMs, 3000);
  assert.equal(settings.serviceUrl, 'http://127.0.0.1:8765');
  assert.equal(sources.failMode, 'default');
  assert.deepEqual(invalid, []);
});

test('managed wins over dev overrides, which win over defaults', () => {
  const { settings, sources } = mergeSettings({
    managed: { failMode: 'warn', serviceUrl: 'https://mamori.example.lg.jp/' },
    devOverrides: { failMode: 'allow', timeoutMs: 1000 },
  });
  assert.equal(settings.failMode, 'warn');
  assert.equal(sources.failMode, 'managed');
  assert.equal(settings.serviceUrl, 'https://mamori.example.lg.jp');
  assert.equal(settings.timeoutMs, 1000);
  assert.equal(sources.timeoutMs, 'dev');
});

test('invalid managed values are ignored and reported', () => {
  const { settings, invalid } = mergeSettings({
    managed: { failMode: 'open', timeoutMs: -1, serviceUrl: 'javascript:alert(1)', unknown: 1, allowWarnOverride: 'no' },
  });
  assert.equal(settings.failMode, 'block');
  assert.equal(settings.timeoutMs, 3000);
  assert.equal(settings.serviceUrl, DEFAULTS.serviceUrl);
  assert.equal(settings.allowWarnOverride, true);
  assert.deepEqual(invalid.sort(), ['managed.allowWarnOverride', 'managed.failMode', 'managed.serviceUrl', 'managed.timeoutMs', 'managed.unknown']);
});

test('validateSetting edge cases', () => {
  assert.equal(validateSetting('timeoutMs', '5000'), 5000);
  assert.equal(validateSetting('serviceUrl', 'http://user:pw@127.0.0.1:1'), undefined);
  assert.equal(validateSetting('contactLine', '  内線 1234 '), '内線 1234');
  assert.equal(validateSetting('reminderFrequency', 'never'), 'never');
  assert.equal(validateSetting('attachmentMode', 'warn'), 'warn', 'the old notice-only mode stays');
  assert.equal(validateSetting('attachmentMode', 'scan'), 'scan');
  assert.equal(validateSetting('attachmentMaxBytes', 20 * 1024 * 1024 + 1), undefined, 'above the service limit');
  assert.equal(validateSetting('attachmentMaxBytes', '2048'), 2048);
  assert.equal(validateSetting('attachmentTimeoutMs', 500), undefined);
});

test('schema.json declares every setting with a matching type', () => {
  const schema = JSON.parse(readFileSync(new URL('../schema.json', import.meta.url), 'utf8'));
  assert.equal(schema.type, 'object');
  assert.deepEqual(Object.keys(schema.properties).sort(), Object.keys(DEFAULTS).sort());
  for (const [k, v] of Object.entries(DEFAULTS)) {
    const t = schema.properties[k].type;
    const expected = typeof v === 'boolean' ? 'boolean' : Number.isInteger(v) ? 'integer' : 'string';
    assert.equal(t, expected, k);
    if (schema.properties[k].enum) assert.ok(schema.properties[k].enum.includes(v), k);
  }
});
