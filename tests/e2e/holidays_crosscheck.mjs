// Cross-checks core's Swedish public holidays (beredd-check calendar) against an independent
// implementation, npm `swedish-holidays`, over 2005-2200 (from 2005 the National Day is a
// holiday and Whit Monday is not; that package models only the current law).
// Usage: BEREDD_CHECK=path/to/beredd-check node tests/e2e/holidays_crosscheck.mjs
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { getHolidays } from 'swedish-holidays';

const FIRST = 2005;
const LAST = 2200;
const check = process.env.BEREDD_CHECK ?? 'build/native/core/beredd-check';

const pad = (n) => String(n).padStart(2, '0');
const ours = execFileSync(check, ['calendar', String(FIRST), String(LAST)], { encoding: 'utf8' })
  .split('\n')
  .filter((line) => line.includes(' holiday '))
  .map((line) => line.replace(' holiday ', ' '));
const theirs = [];
for (let year = FIRST; year <= LAST; ++year) {
  for (const holiday of getHolidays(year)) {
    if (holiday.isPublicHoliday) theirs.push(`${year}-${pad(holiday.month)}-${pad(holiday.day)} ${holiday.name}`);
  }
}
theirs.sort();
ours.sort();
assert.ok(ours.length > 13 * (LAST - FIRST), `only ${ours.length} holidays from beredd-check`);
const missing = theirs.filter((line) => !ours.includes(line));
const extra = ours.filter((line) => !theirs.includes(line));
assert.deepEqual({ missing, extra }, { missing: [], extra: [] },
  'beredd-check calendar and swedish-holidays disagree');
console.log(`holidays_crosscheck: ${ours.length} public holidays ${FIRST}-${LAST} agree with swedish-holidays`);
