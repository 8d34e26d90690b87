import { defineRule } from '../src/lint/types.js';
import { docsUrl, lineRef, linesRef } from '../src/zone/where.js';
import { TYPE } from '../src/zone/model.js';
import type { RecordNode } from '../src/syntax/types.js';

export default defineRule({
  meta: {
    id: 'dname-descendants',
    description: 'Names below a DNAME (RFC 6672 §2.3: a DNAME owner must have no descendants)',
    severity: 'warn',
    fixable: false,
    docs: docsUrl('dname-descendants'),
  },
  check(context) {
    const { zone, tree } = context;
    if (zone.dnames.size === 0) return;
    const below = new Map<string, RecordNode[]>();
    for (const entry of zone.names.values()) {
      const d = zone.dnameAbove(entry.name);
      if (d === undefined) continue;
      let list = below.get(d);
      if (!list) below.set(d, (list = []));
      list.push(...entry.records);
    }
    for (const [owner, recs] of below) {
      const dname = zone.rrset(owner, TYPE.DNAME)[0]!;
      recs.sort((a, b) => a.index - b.index);
      context.report({
        node: dname,
        message: `DNAME for ${owner} (${lineRef(tree, dname)}) has names below it (${linesRef(tree, recs)}): the DNAME redirects its whole subtree, so that data is never served (RFC 6672 §2.3). Move it under the DNAME target or remove it.`,
      });
    }
  },
});
