import { defineRule } from '../src/lint/types.js';
import { docsUrl, lineRef, subRange } from '../src/zone/where.js';
import { TYPE } from '../src/zone/model.js';
import { recordDeletion } from '../src/lint/ranges.js';

function textOf(rec: { rdata: { value: unknown }[] }): string {
  return JSON.stringify(rec.rdata.map((f) => f.value));
}

export default defineRule({
  meta: {
    id: 'spf-rrtype',
    description: 'Record type SPF (99), obsolete since RFC 7208: publish SPF policies as TXT',
    severity: 'warn',
    fixable: true,
    docs: docsUrl('spf-rrtype'),
  },
  check(context) {
    const { zone, tree } = context;
    for (const set of zone.rrsetsOfType(TYPE.SPF)) {
      for (const rec of set) {
        const txt = zone.rrset(rec.owner, TYPE.TXT).find((t) => t.class === rec.class && textOf(t) === textOf(rec));
        if (txt) {
          const deletion = recordDeletion(tree, rec);
          context.report({
            node: rec,
            message: `SPF record for ${rec.owner} on ${lineRef(tree, rec)}: type SPF is obsolete (RFC 7208 §3.1) and the same policy is already published as TXT on ${lineRef(tree, txt)}. Delete the SPF record.`,
            fix: deletion,
          });
          continue;
        }
        const range = subRange(tree, rec, rec.typeStart, rec.typeEnd);
        context.report({
          node: rec,
          range,
          message: `SPF record for ${rec.owner} on ${lineRef(tree, rec)}: type SPF is obsolete (RFC 7208 §3.1) and mail servers only look up TXT; publish the policy as a TXT record (BIND: "found type SPF record but no SPF TXT record found").`,
          fix: range && !rec.generic ? { range, text: 'TXT' } : undefined,
        });
      }
    }
  },
});
