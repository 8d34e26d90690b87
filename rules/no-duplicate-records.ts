import { defineRule } from '../src/lint/types.js';
import { rrKey } from '../src/zone/rdata-key.js';
import { isVlmcsOwner } from '../src/zone/srv.js';
import type { RecordNode } from '../src/syntax/types.js';
import { deletionFixes, whereOf } from './lib/util.js';

export default defineRule({
  meta: {
    id: 'no-duplicate-records',
    description: 'Identical resource records (same owner, class, type and rdata; TTL ignored)',
    severity: 'error',
    fixable: true,
    hasSuggestions: false,
    docs: 'https://github.com/zonelint/zonelint/blob/main/docs/rules/no-duplicate-records.md',
  },
  check(context) {
    const { tree } = context;
    const seen = new Map<string, RecordNode>();
    const dups: { rec: RecordNode; first: RecordNode }[] = [];
    for (const rec of context.zone.records) {
      // `_vlmcs._tcp` duplicates are vlmcs-duplicate's business (with KMS advice); never report twice.
      if (isVlmcsOwner(rec.owner)) continue;
      const key = rrKey(rec);
      const first = seen.get(key);
      if (first) dups.push({ rec, first });
      else seen.set(key, rec);
    }
    if (dups.length === 0) return;
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
          `Duplicate ${rec.rrtype} record for ${rec.owner} on ${whereOf(rec, tree)}: identical to the record on ${whereOf(first, tree)}` +
          `${ttl}. DNS keeps one copy of an RR; delete this one.`,
        fix: fixes.get(rec),
      });
    }
  },
});
