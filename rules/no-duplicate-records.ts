import { defineRule } from '../src/lint/types.js';
import { deletionFixes } from '../src/lint/ranges.js';
import { docsUrl, lineRef } from '../src/zone/where.js';
import { rrKey } from '../src/zone/rdata-key.js';
import { isVlmcsOwner } from '../src/zone/srv.js';
import { TYPE } from '../src/zone/model.js';
import type { RecordNode } from '../src/syntax/types.js';

export default defineRule({
  meta: {
    id: 'no-duplicate-records',
    description: 'Identical resource records (same owner, class, type and rdata; TTL ignored)',
    severity: 'error',
    fixable: true,
    hasSuggestions: false,
    docs: docsUrl('no-duplicate-records'),
  },
  check(context) {
    const { tree } = context;
    const dups: { rec: RecordNode; first: RecordNode }[] = [];
    const records = context.zone.records;
    const lastRecord = records[records.length - 1];
    // Duplicates share owner and type, so only RRsets of two or more records need comparing (a million-record
    // zone has few of those).
    for (const rrset of context.zone.multiRecordRRsets()) {
      // `_vlmcs._tcp` duplicates are vlmcs-duplicate's business (with KMS advice); never report twice.
      if (isVlmcsOwner(rrset[0]!.owner)) continue;
      const seen = new Map<string, RecordNode>();
      for (const rec of rrset) {
        const key = rrKey(rec);
        const first = seen.get(key);
        if (!first) seen.set(key, rec);
        // A zone transfer (AXFR) dump ends with a copy of its SOA: that is the format, not a duplicate.
        else if (!(rec.typeCode === TYPE.SOA && rec === lastRecord && first === records[0])) dups.push({ rec, first });
      }
    }
    if (dups.length === 0) return;
    dups.sort((a, b) => a.rec.index - b.rec.index);
    // Copies that follow each other may both be deleted in one pass only when their edits do not interfere;
    // the others wait for the next --fix pass.
    const fixes = deletionFixes(
      tree,
      dups.map((d) => d.rec),
    );
    for (const { rec, first } of dups) {
      const ttl = rec.ttl !== first.ttl ? ` (TTL ${rec.ttl} here, ${first.ttl} there: the RRset keeps one TTL)` : '';
      context.report({
        node: rec,
        message:
          `Duplicate ${rec.rrtype} record for ${rec.owner} on ${lineRef(tree, rec)}: identical to the record on ${lineRef(tree, first)}` +
          `${ttl}. DNS keeps one copy of an RR; delete this one.`,
        fix: fixes.get(rec),
      });
    }
  },
});
