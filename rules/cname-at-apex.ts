import { defineRule } from '../src/lint/types.js';
import { docsUrl, lineRef } from '../src/zone/where.js';
import { TYPE } from '../src/zone/model.js';

export default defineRule({
  meta: {
    id: 'cname-at-apex',
    description: 'CNAME at the zone apex (which must hold SOA and NS)',
    severity: 'error',
    fixable: false,
    docs: docsUrl('cname-at-apex'),
  },
  check(context) {
    const { zone, tree } = context;
    for (const rec of zone.rrset(zone.apex, TYPE.CNAME)) {
      context.report({
        node: rec,
        message: `CNAME at the zone apex ${zone.apex} (${lineRef(tree, rec)}): the apex must hold the SOA and NS records, and a CNAME allows no other data. Use A/AAAA records here (or your provider's ALIAS/ANAME flattening).`,
      });
    }
  },
});
