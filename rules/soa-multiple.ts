import { defineRule } from '../src/lint/types.js';
import { docsUrl, lineRef } from '../src/zone/where.js';
import { rdataKey } from '../src/zone/rdata-key.js';
import { recordDeletion } from '../src/lint/ranges.js';
import { nameKey } from '../src/syntax/name.js';

export default defineRule({
  meta: {
    id: 'soa-multiple',
    description: 'More than one SOA record at the zone apex',
    severity: 'error',
    fixable: false,
    hasSuggestions: true,
    docs: docsUrl('soa-multiple'),
  },
  check(context) {
    const { zone, tree } = context;
    const atApex = zone.soa.filter((r) => nameKey(r.owner) === zone.apexKey);
    if (atApex.length < 2) return;
    const first = atApex[0]!;
    const seen = new Set<string>([rdataKey(first)]);
    for (const rec of atApex.slice(1)) {
      const key = rdataKey(rec);
      // Exact copies are no-duplicate-records' business.
      if (seen.has(key)) continue;
      seen.add(key);
      const deletion = recordDeletion(tree, rec);
      context.report({
        node: rec,
        message: `Second SOA record for ${zone.apex}: the zone already has the SOA on ${lineRef(tree, first)}. A zone has exactly one SOA; keep one of them.`,
        suggestions: deletion ? [{ desc: `Delete this SOA record (keep the one on ${lineRef(tree, first)})`, fix: deletion }] : undefined,
      });
    }
  },
});
