import { defineRule, type Suggestion } from '../src/lint/types.js';
import { combineEdits, docsUrl, inRoot, lineRef, ttlEdit } from '../src/zone/where.js';
import { TYPE } from '../src/zone/model.js';
import type { RecordNode } from '../src/syntax/types.js';

export default defineRule({
  meta: {
    id: 'rrset-ttl-mismatch',
    description: 'Records of one RRset with different TTLs (RFC 2181 §5.2)',
    severity: 'warn',
    fixable: false,
    hasSuggestions: true,
    docs: docsUrl('rrset-ttl-mismatch'),
  },
  check(context) {
    const { zone, tree, text } = context;
    for (const list of zone.multiRecordRRsets()) {
      const type = list[0]!.typeCode;
      const owner = list[0]!.owner;
      // RRSIGs form one RRset per covered type (their TTL follows the covered RRset); classes never mix.
      const groups = new Map<string, RecordNode[]>();
      for (const rec of list) {
        const k = rec.class + (type === TYPE.RRSIG ? ' ' + String(rec.rdata[0]?.value) : '');
        let g = groups.get(k);
        if (!g) groups.set(k, (g = []));
        g.push(rec);
      }
      for (const group of groups.values()) {
        if (group.length < 2) continue;
        const first = group[0]!;
        const differing = group.find((r) => r.ttl !== first.ttl);
        if (!differing) continue;
        const last = group[group.length - 1]!;
        const lowest = Math.min(...group.map((r) => r.ttl));
        const listing = group.map((r) => `${lineRef(tree, r)}: ${r.ttl}`).join(', ');
        const suggestions: Suggestion[] = [];
        if (group.every((r) => inRoot(tree, r))) {
          const to = (ttl: number) => combineEdits(text, group.filter((r) => r.ttl !== ttl).map((r) => ttlEdit(r, ttl)));
          const a = to(first.ttl);
          if (a) suggestions.push({ desc: `Use the first TTL (${first.ttl}) for every record`, fix: a });
          if (lowest !== first.ttl) {
            const b = to(lowest);
            if (b) suggestions.push({ desc: `Use the lowest TTL (${lowest}) for every record`, fix: b });
          }
        }
        context.report({
          node: differing,
          message: `The ${first.rrtype} RRset of ${owner} has records with different TTLs (${listing}); an RRset has one TTL (RFC 2181 §5.2). BIND keeps the first (${first.ttl}), Knot the last (${last.ttl}).`,
          suggestions: suggestions.length ? suggestions : undefined,
        });
      }
    }
  },
});
