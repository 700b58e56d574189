// When to show the rules (2)/(4) acknowledgment. Pure.

/** Local calendar day "YYYY-MM-DD" of a Date. */
export function dayKey(date) {
  const d = date instanceof Date ? date : new Date(date);
  const p = (n) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}`;
}

/** lastAck: the dayKey stored at the last acknowledgment (or undefined). */
export function reminderDue(lastAck, frequency, now = new Date()) {
  if (frequency === 'never') return false;
  if (frequency === 'always') return true;
  return lastAck !== dayKey(now);
}
