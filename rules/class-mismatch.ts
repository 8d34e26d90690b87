import { defineRule } from '../src/lint/types.js';
import { docsUrl, lineRef, subRange } from '../src/zone/where.js';

export default defineRule({
  meta: {
    id: 'class-mismatch',
    description: "Records whose class differs from the zone's class (the SOA's)",
    severity: 'error',
    fixable: false,
    hasSuggestions: true,
    docs: docsUrl('class-mismatch'),
  },
  check(context) {
    const { zone, tree } = context;
    const ref = zone.soa[0] ?? zone.records[0];
    if (!ref) return;
    const zoneClass = ref.class;
    const records = zone.records;
    // Indexed: no iterator result per item (see Rule.check).
    for (let i = 0; i < records.length; i++) {
      const rec = records[i]!;
      if (rec.class === zoneClass) continue;
      const range = subRange(tree, rec, rec.classStart, rec.classEnd);
      context.report({
        node: rec,
        range,
        message: `${rec.rrtype} record for ${rec.owner} on ${lineRef(tree, rec)} has class ${rec.class}${rec.classStart < 0 ? ' (inherited from the record before it)' : ''}, but the zone's class is ${zoneClass} (${ref === zone.soa[0] ? 'SOA' : 'first record'} on ${lineRef(tree, ref)}): a zone holds one class (BIND: "class != zone class").`,
        suggestions: range ? [{ desc: `Change the class to ${zoneClass}`, fix: { range, text: zoneClass } }] : undefined,
      });
    }
  },
});
