// node tests/helpers/service_auth_client.mjs PORT SECRET_HEX TEXT
// Runs extension/lib/service-auth.js (the extension's own code) against a real listener on PORT
// and prints the outcome as JSON: what the extension would get for a scan of TEXT.
import { webcrypto } from 'node:crypto';
import { createServiceClient } from '../../extension/lib/service-auth.js';

const [port, secret, text] = process.argv.slice(2);
const request = createServiceClient({
  fetchImpl: fetch, subtle: webcrypto.subtle, cryptoObj: webcrypto,
  getSession: async () => ({ port: Number(port), secret }),
});
const r = await request('/v1/scan', { method: 'POST', body: { text, source: 'prompt' } });
process.stdout.write(JSON.stringify(r.ok ? { ok: true, verdict: r.result.verdict } : r));
