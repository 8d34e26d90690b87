import { defineRule } from '../src/lint/types.js';
import { deleteRecordsEdit, deletionFixes } from '../src/lint/ranges.js';
import { docsUrl, lineOf, lineRef } from '../src/zone/where.js';
import type { Suggestion } from '../src/lint/types.js';
import { rrKey } from '../src/zone/rdata-key.js';
import { MAX_LISTED, PUBLISH_LIST_KEY, bounded, byTarget, listed, srvList, type Srv, vlmcsRRsets } from './lib/util.js';
import { describeAges } from '../src/zone/age.js';

function settings(s: Srv): string {
  return `priority ${s.priority}, weight ${s.weight}, port ${s.port}`;
}

export default defineRule({
  meta: {
    id: 'vlmcs-duplicate',
    description: 'The same KMS host appears more than once in a `_vlmcs._tcp` SRV RRset',
    severity: 'error',
    presets: { kms: 'error' },
    fixable: true,
    hasSuggestions: true,
    docs: docsUrl('vlmcs-duplicate'),
  },
  check(context) {
    const { tree, zone } = context;
    for (const rrset of vlmcsRRsets(zone)) {
      const owner = rrset[0]!.owner;
      const list = srvList(rrset);
      const copies: { later: Srv; first: Srv }[] = [];
      const mixed: Srv[][] = [];
      for (const group of byTarget(list).values()) {
        if (group.length < 2) continue;
        // Distinct variants of this host's record (first occurrence of each), and later identical copies.
        const variants = new Map<string, Srv>();
        for (const s of group) {
          const key = rrKey(s.rec);
          const first = variants.get(key);
          if (first) copies.push({ later: s, first });
          else variants.set(key, s);
        }
        if (variants.size > 1) mixed.push(group);
      }
      const fixes = deletionFixes(
        tree,
        copies.map((c) => c.later.rec),
      );
      for (const { later, first } of copies) {
        context.report({
          node: later.rec,
          message:
            `Duplicate KMS SRV record: ${owner} SRV ${later.priority} ${later.weight} ${later.port} ${later.target} ` +
            `on ${lineRef(tree, later.rec)} is identical to ${lineRef(tree, first.rec)}. ` +
            `The copy makes clients pick ${later.target} more often than the zone seems to say; delete it.` +
            describeAges([first.rec, later.rec], context.zone),
          fix: fixes.get(later.rec),
        });
      }
      for (const group of mixed) {
        const variants: Srv[] = [];
        const seen = new Set<string>();
        for (const s of group) {
          const key = rrKey(s.rec);
          if (!seen.has(key)) {
            seen.add(key);
            variants.push(s);
          }
        }
        const at = variants[1]!;
        const target = group[0]!.target;
        const suggestions: Suggestion[] = [];
        for (const keep of variants.slice(0, MAX_LISTED)) {
          const others = group.filter((s) => s !== keep).map((s) => s.rec);
          const fix = bounded(deleteRecordsEdit(tree, others));
          if (fix) {
            suggestions.push({
              desc: `Keep line ${lineOf(keep.rec)} (${settings(keep)}) and delete the other record${others.length > 1 ? 's' : ''} of ${target} (line${others.length > 1 ? 's' : ''} ${listed(others.map((r) => String(lineOf(r))))})`,
              fix,
            });
          }
        }
        context.report({
          node: at.rec,
          message:
            `KMS host ${target} is published ${group.length} times in ${owner} with different settings: ` +
            listed(variants.map((s) => `line ${lineOf(s.rec)} (${settings(s)})`)) +
            `. Keep one record. This usually means the zone was edited by hand while the host re-publishes its own record ` +
            `by dynamic update about every 24 h: to change its priority or weight lastingly, set the registry value ` +
            `DnsDomainPublishList (REG_MULTI_SZ, "<domain>, <priority>, <weight>") under ${PUBLISH_LIST_KEY} on the KMS host ` +
            `and restart the Software Protection service; editing the zone alone is undone by the next update.` +
            describeAges(variants.map((s) => s.rec), context.zone),
          suggestions,
        });
      }
    }
  },
});
