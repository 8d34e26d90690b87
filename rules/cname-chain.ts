import { defineRule } from '../src/lint/types.js';
import { docsUrl, field, lineRef, subRange } from '../src/zone/where.js';
import { TYPE } from '../src/zone/model.js';
import { nameKey } from '../src/syntax/name.js';

export default defineRule({
  meta: {
    id: 'cname-chain',
    description: 'CNAME pointing at another CNAME in the zone (a chain)',
    severity: 'off',
    presets: { strict: 'warn' },
    fixable: false,
    hasSuggestions: true,
    docs: docsUrl('cname-chain'),
  },
  check(context) {
    const { zone, tree } = context;
    for (const set of zone.rrsetsOfType(TYPE.CNAME)) {
      for (const rec of set) {
        const f = field(rec, 'target');
        if (!f || typeof f.value !== 'string') continue;
        if (nameKey(f.value) === nameKey(rec.owner)) continue;
        const next = zone.rrset(f.value, TYPE.CNAME)[0];
        if (!next) continue;
        const final = next.rdata[0]?.value;
        const range = subRange(tree, rec, f.start, f.end);
        context.report({
          node: rec,
          range,
          message: `CNAME chain: ${rec.owner} (${lineRef(tree, rec)}) points at ${f.value}, itself a CNAME (${lineRef(tree, next)}) to ${String(final)}: each link costs resolvers a lookup, so point the CNAME directly at the final name.`,
          suggestions:
            range && typeof final === 'string' && nameKey(final) !== nameKey(rec.owner)
              ? [{ desc: `Point the CNAME at ${final}`, fix: { range, text: final } }]
              : undefined,
        });
      }
    }
  },
});
