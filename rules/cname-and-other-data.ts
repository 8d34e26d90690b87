import { defineRule } from '../src/lint/types.js';
import { docsUrl, lineRef, linesRef } from '../src/zone/where.js';
import { TYPE } from '../src/zone/model.js';
import { recordDeletion } from '../src/lint/ranges.js';
import type { RecordNode } from '../src/syntax/types.js';

/** Types allowed beside a CNAME: DNSSEC records about the CNAME itself (RFC 2181 §10.1, RFC 4035 §2.5), and KEY (RFC 2535). */
const ALLOWED = new Set<number>([TYPE.CNAME, TYPE.RRSIG, TYPE.NSEC, 25 /* KEY */, 24 /* SIG */, 30 /* NXT */]);

export default defineRule({
  meta: {
    id: 'cname-and-other-data',
    description: 'A CNAME beside other data at the same name (RFC 1034 §3.6.2; DNSSEC types excepted)',
    severity: 'error',
    fixable: false,
    hasSuggestions: true,
    docs: docsUrl('cname-and-other-data'),
  },
  check(context) {
    const { zone, tree } = context;
    // Only names that own a CNAME matter: start from those, not from every name of the zone.
    // Indexed: no iterator result per item (see Rule.check).
    const owners = zone.ownersOfType(TYPE.CNAME);
    for (let i = 0; i < owners.length; i++) {
      const entry = owners[i]!;
      // A name with one record holds only its CNAME.
      if (entry.count === 1) continue;
      const cname = entry.records.find((r) => r.typeCode === TYPE.CNAME)!;
      const earlier: RecordNode[] = [];
      for (const rec of entry.records) {
        if (ALLOWED.has(rec.typeCode)) continue;
        if (rec.index < cname.index) {
          earlier.push(rec);
          continue;
        }
        const deletion = recordDeletion(tree, rec);
        context.report({
          node: rec,
          message: `${rec.rrtype} record for ${entry.name} on ${lineRef(tree, rec)} is beside the CNAME on ${lineRef(tree, cname)}: a name with a CNAME can have no other data (RFC 1034 §3.6.2). Move this record to the CNAME's target, or replace the CNAME with the target's records.`,
          suggestions: deletion ? [{ desc: `Delete this ${rec.rrtype} record`, fix: deletion }] : undefined,
        });
      }
      if (earlier.length > 0) {
        const deletion = recordDeletion(tree, cname);
        const types = [...new Set(earlier.map((r) => r.rrtype))].join(', ');
        context.report({
          node: cname,
          message: `CNAME record for ${entry.name} on ${lineRef(tree, cname)} is beside other data (${types} on ${linesRef(tree, earlier)}): a name with a CNAME can have no other data (RFC 1034 §3.6.2). Keep either the CNAME or the other records.`,
          suggestions: deletion ? [{ desc: 'Delete this CNAME record', fix: deletion }] : undefined,
        });
      }
    }
  },
});
