import { defineRule } from '../src/lint/types.js';
import { docsUrl, lineRef } from '../src/zone/where.js';
import { TYPE } from '../src/zone/model.js';
import { recordDeletion } from '../src/lint/ranges.js';
import { rdataKey } from '../src/zone/rdata-key.js';

export default defineRule({
  meta: {
    id: 'dname-multiple',
    description: 'More than one DNAME record at a name',
    severity: 'error',
    fixable: false,
    hasSuggestions: true,
    docs: docsUrl('dname-multiple'),
  },
  check(context) {
    const { zone, tree } = context;
    for (const set of zone.rrsetsOfType(TYPE.DNAME)) {
      if (set.length < 2) continue;
      const first = set[0]!;
      const seen = new Set([rdataKey(first)]);
      for (const rec of set.slice(1)) {
        const key = rdataKey(rec);
        if (seen.has(key)) continue;
        seen.add(key);
        const deletion = recordDeletion(tree, rec);
        context.report({
          node: rec,
          message: `Second DNAME for ${rec.owner} (to ${String(rec.rdata[0]?.value)}) on ${lineRef(tree, rec)}: the name already has a DNAME on ${lineRef(tree, first)} (to ${String(first.rdata[0]?.value)}). A subtree can be redirected to one place only (RFC 6672 §2.4).`,
          suggestions: deletion ? [{ desc: `Delete this DNAME (keep the one on ${lineRef(tree, first)})`, fix: deletion }] : undefined,
        });
      }
    }
  },
});
