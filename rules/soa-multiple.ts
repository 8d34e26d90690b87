import { defineRule } from '../src/lint/types.js';
import { docsUrl, lineRef } from '../src/zone/where.js';
import { TYPE } from '../src/zone/model.js';
import { reportExtraRecords } from './lib/util.js';

export default defineRule({
  meta: {
    id: 'soa-multiple',
    description: 'More than one SOA record at the zone apex',
    severity: 'error',
    fixable: false,
    hasSuggestions: true,
    docs: docsUrl('soa-multiple'),
  },
  check(context) {
    const { zone, tree } = context;
    reportExtraRecords(
      context,
      zone.rrset(zone.apex, TYPE.SOA),
      'SOA record',
      (_rec, first) => `Second SOA record for ${zone.apex}: the zone already has the SOA on ${lineRef(tree, first)}. A zone has exactly one SOA; keep one of them.`,
    );
  },
});
