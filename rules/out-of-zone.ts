import { defineRule } from '../src/lint/types.js';
import { docsUrl, lineRef } from '../src/zone/where.js';
import { recordDeletion } from '../src/lint/ranges.js';

export default defineRule({
  meta: {
    id: 'out-of-zone',
    description: 'Records whose owner is outside the zone (not at or below the apex)',
    severity: 'error',
    fixable: false,
    hasSuggestions: true,
    docs: docsUrl('out-of-zone'),
  },
  check(context) {
    const { zone, tree } = context;
    // Names right below the apex are in the zone: only the model's other names need a look.
    // Indexed: no iterator result per item (see Rule.check).
    const list = zone.nonChildNames;
    for (let i = 0; i < list.length; i++) {
      const entry = list[i]!;
      if (zone.keyInZone(entry.key)) continue;
      for (const rec of entry.records) {
        const deletion = recordDeletion(tree, rec);
        context.report({
          node: rec,
          message: `${rec.rrtype} record for ${rec.owner} on ${lineRef(tree, rec)} is outside the zone ${zone.apex}: BIND ignores it ("ignoring out-of-zone data") and Knot rejects it. Check $ORIGIN and a missing trailing dot, or move the record to its own zone.`,
          suggestions: deletion ? [{ desc: 'Delete this record', fix: deletion }] : undefined,
        });
      }
    }
  },
});
