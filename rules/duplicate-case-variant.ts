import { defineRule } from '../src/lint/types.js';
import { docsUrl, lineRef } from '../src/zone/where.js';
import { rrKey } from '../src/zone/rdata-key.js';
import type { RecordNode } from '../src/syntax/types.js';

function hex(v: Uint8Array): string {
  let s = '';
  for (const b of v) s += (b < 16 ? '0' : '') + b.toString(16);
  return s;
}

/** The record exactly as written: owner and rdata with their letter case. */
function exactKey(rec: RecordNode): string {
  const parts = rec.rdata.map((f) => (f.value instanceof Uint8Array ? hex(f.value) : typeof f.value === 'object' ? JSON.stringify(f.value) : String(f.value)));
  return rec.owner + ' ' + rec.class + ' ' + rec.typeCode + ' ' + (rec.wire && rec.rdata.length === 0 ? hex(rec.wire) : parts.join(' '));
}

export default defineRule({
  meta: {
    id: 'duplicate-case-variant',
    description: 'Records that differ only in the letter case of names (BIND check-dup-records): one record in DNS, two to DNSSEC',
    severity: 'off',
    presets: { strict: 'warn' },
    fixable: false,
    docs: docsUrl('duplicate-case-variant'),
  },
  check(context) {
    const { zone, tree } = context;
    const seen = new Map<string, Map<string, RecordNode>>();
    // Variants of one record are in one RRset: only RRsets of two or more records need keys.
    const candidates: RecordNode[] = [];
    for (const list of zone.multiRecordRRsets()) candidates.push(...list);
    candidates.sort((a, b) => a.index - b.index);
    for (const rec of candidates) {
      const key = rrKey(rec);
      const exact = exactKey(rec);
      let variants = seen.get(key);
      if (!variants) {
        seen.set(key, (variants = new Map([[exact, rec]])));
        continue;
      }
      if (variants.has(exact)) continue;
      const first = variants.values().next().value!;
      variants.set(exact, rec);
      context.report({
        node: rec,
        message: `${rec.rrtype} record for ${rec.owner} on ${lineRef(tree, rec)} differs from the record on ${lineRef(tree, first)} only in letter case: DNS compares names case-insensitively and serves one record, but the two are distinct to DNSSEC and zone transfers (BIND check-dup-records). Keep one spelling.`,
      });
    }
  },
});
