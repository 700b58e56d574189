// Test helper: reads one JSON request per line ({event, decision, source, extensionVersion})
// and writes the body extension/lib/audit.js builds for it, one per line.
import { createInterface } from 'node:readline';
import { buildAuditEvent } from '../../extension/lib/audit.js';

const rl = createInterface({ input: process.stdin });
rl.on('line', (line) => {
  const args = JSON.parse(line);
  process.stdout.write(JSON.stringify(buildAuditEvent(args)) + '\n');
});
