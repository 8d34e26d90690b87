import { defineRule } from '../src/lint/types.js';
import type { RecordNode } from '../src/syntax/types.js';
import { docsUrl, field, lineRef, subRange } from '../src/zone/where.js';
import { TYPE } from '../src/zone/model.js';

/** RFC 8624 §3.1: algorithms that MUST NOT / NOT RECOMMENDED be used for signing. */
const ALGORITHMS: Record<number, string> = {
  1: 'RSAMD5 (MUST NOT, RFC 8624)',
  3: 'DSA (MUST NOT, RFC 8624)',
  5: 'RSASHA1 (NOT RECOMMENDED, RFC 8624)',
  6: 'DSA-NSEC3-SHA1 (MUST NOT, RFC 8624)',
  7: 'RSASHA1-NSEC3-SHA1 (NOT RECOMMENDED, RFC 8624)',
  12: 'ECC-GOST (MUST NOT, RFC 8624)',
};
/** RFC 8624 §3.3: DS digest types. */
const DIGESTS: Record<number, string> = {
  1: 'SHA-1 (MUST NOT be used to create DS records, RFC 8624)',
  3: 'GOST R 34.11-94 (MUST NOT, RFC 8624)',
};
const KEY_TYPES = new Set<number>([TYPE.DNSKEY, 60 /* CDNSKEY */, TYPE.DS, 59 /* CDS */, TYPE.RRSIG]);
const DS_TYPES = new Set<number>([TYPE.DS, 59]);

export default defineRule({
  meta: {
    id: 'deprecated-dnssec-algorithm',
    description: 'DNSKEY/DS/RRSIG with a deprecated algorithm (RSAMD5, DSA, RSASHA1...) or DS with a SHA-1 digest (RFC 8624)',
    severity: 'warn',
    fixable: false,
    docs: docsUrl('deprecated-dnssec-algorithm'),
  },
  check(context) {
    const { zone, tree } = context;
    // Only the records of the key types are visited (in document order), not the whole zone. RRSIGs are made
    // with the DNSKEY's algorithm: report the key, not every signature.
    const signedWithKey = zone.ofType(TYPE.DNSKEY).length > 0;
    const recs: RecordNode[] = [];
    for (const type of KEY_TYPES) if (!(type === TYPE.RRSIG && signedWithKey)) for (const r of zone.ofType(type)) recs.push(r);
    if (recs.length === 0) return;
    recs.sort((a, b) => a.index - b.index);
    for (const rec of recs) {
      const alg = field(rec, 'algorithm');
      if (alg && typeof alg.value === 'number' && ALGORITHMS[alg.value]) {
        context.report({
          node: rec,
          range: subRange(tree, rec, alg.start, alg.end),
          message: `${rec.rrtype} record for ${rec.owner} on ${lineRef(tree, rec)} uses algorithm ${alg.value}, ${ALGORITHMS[alg.value]}; validators are dropping it. Roll the key over to ECDSAP256SHA256 (13) or ED25519 (15).`,
        });
      }
      if (!DS_TYPES.has(rec.typeCode)) continue;
      const dt = field(rec, 'digesttype');
      if (dt && typeof dt.value === 'number' && DIGESTS[dt.value]) {
        context.report({
          node: rec,
          range: subRange(tree, rec, dt.start, dt.end),
          message: `${rec.rrtype} record for ${rec.owner} on ${lineRef(tree, rec)} uses digest type ${dt.value}, ${DIGESTS[dt.value]}; publish a SHA-256 (2) digest instead.`,
        });
      }
    }
  },
});
