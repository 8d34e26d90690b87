import { defineRule } from '../src/lint/types.js';
import { docsUrl, lineRef } from '../src/zone/where.js';
import { TYPE } from '../src/zone/model.js';
import { recordDeletion } from '../src/lint/ranges.js';
import { rdataKey } from '../src/zone/rdata-key.js';

export default defineRule({
  meta: {
    id: 'cname-multiple',
    description: 'More than one CNAME record at a name',
    severity: 'error',
    fixable: false,
    hasSuggestions: true,
    docs: docsUrl('cname-multiple'),
  },
  check(context) {
    const { zone, tree } = context;
    for (const set of zone.rrsetsOfType(TYPE.CNAME)) {
      if (set.length < 2) continue;
      const first = set[0]!;
      const seen = new Set([rdataKey(first)]);
      for (const rec of set.slice(1)) {
        const key = rdataKey(rec);
        if (seen.has(key)) continue; // an exact copy: no-duplicate-records
        seen.add(key);
        const deletion = recordDeletion(tree, rec);
        context.report({
          node: rec,
          message: `Second CNAME for ${rec.owner} (to ${String(rec.rdata[0]?.value)}) on ${lineRef(tree, rec)}: the name already has a CNAME on ${lineRef(tree, first)} (to ${String(first.rdata[0]?.value)}). A name can be an alias of one name only.`,
          suggestions: deletion ? [{ desc: `Delete this CNAME (keep the one on ${lineRef(tree, first)})`, fix: deletion }] : undefined,
        });
      }
    }
  },
});
