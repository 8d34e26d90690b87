import { defineRule } from '../src/lint/types.js';
import { docsUrl, field, lineOf, subRange } from '../src/zone/where.js';
import { TYPE } from '../src/zone/model.js';
import type { ZoneModel } from '../src/zone/model.js';
import { nameKey } from '../src/syntax/name.js';
import { targets } from './lib/util.js';

/** Follow in-zone CNAMEs from `name` to the canonical name (undefined on a loop). */
function canonical(zone: ZoneModel, name: string): string | undefined {
  const seen = new Set<string>();
  let cur = name;
  for (;;) {
    const key = nameKey(cur);
    if (seen.has(key)) return undefined;
    seen.add(key);
    const cname = zone.first(cur, TYPE.CNAME);
    if (!cname) return cur;
    const t = field(cname, 'target')?.value;
    if (typeof t !== 'string') return undefined;
    cur = t;
  }
}

export default defineRule({
  meta: {
    id: 'target-cname',
    description: 'An MX, NS or SRV target is an in-zone name that owns a CNAME (RFC 2181 §10.3)',
    severity: 'error',
    fixable: false,
    hasSuggestions: true,
    docs: docsUrl('target-cname'),
  },
  check(context) {
    const { tree, zone } = context;
    // Indexed: no iterator result per item (see Rule.check).
    const refs = targets(zone);
    for (let i = 0; i < refs.length; i++) {
      const t = refs[i]!;
      // The CNAME check first: the target's records were looked up once for all rules, and it is almost always
      // not an alias.
      if (t.entry === undefined || !t.entry.has(TYPE.CNAME)) continue;
      const cname = t.entry!.records.find((r) => r.typeCode === TYPE.CNAME)!;
      if (!zone.inZone(t.name) || zone.cutAt(t.name) !== undefined) continue;
      const to = canonical(zone, t.name);
      const alias = field(cname, 'target')?.value;
      context.report({
        node: t.rec,
        range: subRange(tree, t.rec, t.field.start, t.field.end),
        message:
          `${t.rec.rrtype} target ${t.name} (line ${lineOf(t.rec)}) is an alias: it owns a CNAME to ${String(alias)} (line ${lineOf(cname)}). ` +
          `RFC 2181 §10.3 forbids MX, NS and SRV targets that are aliases: ${t.rec.rrtype === 'MX' ? 'mail servers may refuse or misroute mail' : t.rec.rrtype === 'NS' ? 'resolvers may fail to reach the name server' : 'clients may not follow the alias'}. ` +
          `Point the record at the canonical name${to ? ` ${to}` : ''} instead.`,
        suggestions:
          to !== undefined && t.rec.source === tree.source
            ? [{ desc: `Replace the target with ${to}`, fix: { range: [t.field.start, t.field.end], text: to } }]
            : undefined,
      });
    }
  },
});
