import { defineRule } from '../src/lint/types.js';
import { docsUrl, field, lineRef, subRange } from '../src/zone/where.js';
import { TYPE } from '../src/zone/model.js';
import { recordDeletion } from '../src/lint/ranges.js';

export default defineRule({
  meta: {
    id: 'null-mx',
    description: 'Null MX (RFC 7505) with a preference other than 0, or beside other MX records',
    severity: 'error',
    fixable: true,
    hasSuggestions: true,
    docs: docsUrl('null-mx'),
  },
  check(context) {
    const { zone, tree } = context;
    // Indexed: no iterator result per item (see Rule.check).
    const rrsets = zone.rrsetsOfType(TYPE.MX);
    for (let i = 0; i < rrsets.length; i++) {
      const set = rrsets[i]!;
      const nulls = set.filter((r) => field(r, 'exchange')?.value === '.');
      if (nulls.length === 0) continue;
      const nul = nulls[0]!;
      for (const rec of nulls) {
        const pref = field(rec, 'preference');
        if (!pref || pref.value === 0) continue;
        const range = subRange(tree, rec, pref.start, pref.end);
        context.report({
          node: rec,
          range,
          message: `Null MX for ${rec.owner} on ${lineRef(tree, rec)} has preference ${String(pref.value)}: RFC 7505 §3 requires preference 0 for the "no mail" MX record.`,
          fix: range ? { range, text: '0' } : undefined,
        });
      }
      for (const rec of set) {
        if (field(rec, 'exchange')?.value === '.') continue;
        const deletion = recordDeletion(tree, rec);
        context.report({
          node: rec,
          message: `MX record for ${rec.owner} on ${lineRef(tree, rec)} is beside the null MX on ${lineRef(tree, nul)}: a null MX says the domain accepts no mail, so it must be the only MX (RFC 7505 §3). Delete one or the other.`,
          suggestions: deletion ? [{ desc: 'Delete this MX record', fix: deletion }] : undefined,
        });
      }
    }
  },
});
