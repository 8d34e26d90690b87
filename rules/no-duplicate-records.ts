import { defineRule } from '../src/lint/types.js';
import { rrKey } from '../src/zone/rdata-key.js';
import { recordDeletion } from '../src/lint/ranges.js';
import { isVlmcsOwner } from '../src/zone/srv.js';
import type { RecordNode } from '../src/syntax/types.js';

export default defineRule({
  meta: {
    id: 'no-duplicate-records',
    description: 'Identical resource records (same owner, class, type and rdata; TTL ignored)',
    severity: 'error',
    fixable: true,
    docs: 'https://github.com/zonelint/zonelint/blob/main/docs/rules/no-duplicate-records.md',
  },
  check(context) {
    const seen = new Map<string, RecordNode>();
    for (const rec of context.zone.records) {
      // `_vlmcs._tcp` duplicates are vlmcs-duplicate's business (with KMS advice); never report twice.
      if (isVlmcsOwner(rec.owner)) continue;
      const key = rrKey(rec);
      const first = seen.get(key);
      if (!first) {
        seen.set(key, rec);
        continue;
      }
      const firstLine = first.source.point(first.start).line;
      const deletion = recordDeletion(context.tree, rec);
      context.report({
        node: rec,
        message: `Duplicate ${rec.rrtype} record for ${rec.owner}: identical to the record on line ${firstLine}${first.source !== rec.source ? ` of ${first.source.path}` : ''}. DNS keeps one copy; delete this one.`,
        fix: deletion ? { range: deletion.range, text: deletion.text } : undefined,
      });
    }
  },
});
