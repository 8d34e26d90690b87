import { defineRule } from '../src/lint/types.js';
import { docsUrl, linesRef } from '../src/zone/where.js';
import { TYPE } from '../src/zone/model.js';
import { nameKey } from '../src/syntax/name.js';
import type { RecordNode } from '../src/syntax/types.js';

export default defineRule({
  meta: {
    id: 'cname-loop',
    description: 'CNAME chains inside the zone that loop',
    severity: 'error',
    fixable: false,
    docs: docsUrl('cname-loop'),
  },
  check(context) {
    const { zone, tree } = context;
    // Follow each name's first CNAME; 0 = unvisited, 1 = on the current path, 2 = done.
    const state = new Map<string, number>();
    const cnameAt = (key: string): RecordNode | undefined => {
      const entry = zone.names.get(key);
      // has() first: it makes no records array for a one-record name.
      return entry !== undefined && entry.has(TYPE.CNAME) ? entry.records.find((r) => r.typeCode === TYPE.CNAME) : undefined;
    };
    // Indexed: no iterator result per item (see Rule.check).
    const rrsets = zone.rrsetsOfType(TYPE.CNAME);
    for (let n = 0; n < rrsets.length; n++) {
      const set = rrsets[n]!;
      // Most CNAMEs point at a name with data: no chain starts here, and no bookkeeping is needed.
      const firstTarget = set[0]!.rdata[0]?.value;
      if (typeof firstTarget !== 'string' || cnameAt(nameKey(firstTarget)) === undefined) continue;
      const startKey = nameKey(set[0]!.owner);
      if (state.has(startKey)) continue;
      const path: RecordNode[] = [];
      let key = startKey;
      let rec: RecordNode | undefined = set[0];
      while (rec) {
        if (state.get(key) === 2) break;
        if (state.get(key) === 1) {
          // A loop: from the first occurrence of `key` in the path.
          const i = path.findIndex((r) => nameKey(r.owner) === key);
          const loop = path.slice(i);
          const first = loop.reduce((a, b) => (a.index <= b.index ? a : b));
          const names = loop.map((r) => r.owner);
          context.report({
            node: first,
            message: `CNAME loop: ${[...names, names[0]].join(' → ')} (CNAMEs on ${linesRef(tree, loop.slice().sort((a, b) => a.index - b.index))}). Resolvers give up with SERVFAIL; point one of these CNAMEs at a name with data.`,
          });
          break;
        }
        state.set(key, 1);
        path.push(rec);
        const target = rec.rdata[0]?.value;
        if (typeof target !== 'string') break;
        key = nameKey(target);
        rec = cnameAt(key);
      }
      for (const r of path) state.set(nameKey(r.owner), 2);
    }
  },
});
