import { defineRule } from '../src/lint/types.js';
import { docsUrl, lineRef } from '../src/zone/where.js';
import { recordDeletion } from '../src/lint/ranges.js';
import { nameKey } from '../src/syntax/name.js';

export default defineRule({
  meta: {
    id: 'soa-not-at-apex',
    description: 'SOA record at a name other than the zone apex',
    severity: 'error',
    fixable: false,
    hasSuggestions: true,
    docs: docsUrl('soa-not-at-apex'),
  },
  check(context) {
    const { zone, tree } = context;
    if (zone.soa.length === 0) return;
    const first = zone.soa[0]!;
    if (tree.origin !== '.' && nameKey(tree.origin) !== zone.apexKey) {
      context.report({
        node: first,
        message: `SOA record for ${first.owner}, but the zone origin is ${tree.origin}: the SOA must be at the origin of the zone.`,
      });
    }
    for (const rec of zone.soa) {
      if (nameKey(rec.owner) === zone.apexKey) continue;
      const deletion = recordDeletion(tree, rec);
      context.report({
        node: rec,
        message: `SOA record for ${rec.owner}, below the zone apex ${zone.apex} (SOA on ${lineRef(tree, first)}): an SOA belongs only at the apex; a child zone's SOA goes in the child zone's file.`,
        suggestions: deletion ? [{ desc: 'Delete this SOA record', fix: deletion }] : undefined,
      });
    }
  },
});
