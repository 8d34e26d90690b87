import { defineRule } from '../src/lint/types.js';
import { docsUrl, field, lineRef, subRange } from '../src/zone/where.js';

const DAYS = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function validDate(y: number, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1) return false;
  if (m === 2 && d === 29) return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  return d <= DAYS[m - 1]!;
}

export default defineRule({
  meta: {
    id: 'soa-serial',
    description: 'SOA serial that looks like a date but is not a valid YYYYMMDDnn, or is a date in the future',
    severity: 'off',
    presets: { strict: 'warn' },
    fixable: false,
    docs: docsUrl('soa-serial'),
  },
  check(context) {
    const { tree, zone } = context;
    const now = new Date();
    const today = now.getUTCFullYear() * 10000 + (now.getUTCMonth() + 1) * 100 + now.getUTCDate();
    for (const soa of zone.soa) {
      const f = field(soa, 'serial');
      if (!f || typeof f.value !== 'number') continue;
      const s = String(f.value);
      const range = subRange(tree, soa, f.start, f.end);
      const where = `SOA on ${lineRef(tree, soa)}`;
      const looksDated = (s.length === 10 || s.length === 8) && (s.startsWith('19') || s.startsWith('20'));
      if (!looksDated) continue;
      const y = Number(s.slice(0, 4));
      const m = Number(s.slice(4, 6));
      const d = Number(s.slice(6, 8));
      if (!validDate(y, m, d)) {
        context.report({ node: soa, range, message: `SOA serial ${s} looks like a date but ${s.slice(0, 8)} is not a valid YYYYMMDD date (${where}); date serials are YYYYMMDDnn.` });
        continue;
      }
      if (s.length === 8) {
        context.report({
          node: soa,
          range,
          message: `SOA serial ${s} is a date without the two-digit change number (${where}): use the YYYYMMDDnn form (e.g. ${s}00), which is larger, so secondaries still see an increase.`,
        });
        continue;
      }
      if (y * 10000 + m * 100 + d > today) {
        context.report({
          node: soa,
          range,
          message: `SOA serial ${s} is a date in the future (${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}, ${where}): a date serial can then not be increased by date until that day; check for a typo.`,
        });
      }
    }
  },
});
