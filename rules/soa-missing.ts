import { defineRule } from '../src/lint/types.js';
import { docsUrl } from '../src/zone/where.js';

export default defineRule({
  meta: {
    id: 'soa-missing',
    description: 'The zone has no SOA record',
    severity: 'error',
    fixable: false,
    docs: docsUrl('soa-missing'),
  },
  check(context) {
    const { zone, tree } = context;
    if (zone.soa.length > 0) return;
    const first = zone.records[0];
    context.report({
      node: first,
      range: first ? undefined : [0, 0],
      message: `The zone ${zone.apex} has no SOA record: BIND refuses to load it ("has 0 SOA records") and Knot reports "missing SOA at the zone apex". Add an SOA record at the apex${first ? ` before the record on line ${first.source.point(first.start).line}` : ''}.`,
      note: tree.origin === '.' && zone.apex === '.' ? 'The origin is the root: pass --origin if this is not a root zone.' : undefined,
    });
  },
});
