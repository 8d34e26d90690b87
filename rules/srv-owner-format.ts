import { defineRule } from '../src/lint/types.js';
import { docsUrl, lineOf, subRange } from '../src/zone/where.js';
import { TYPE } from '../src/zone/model.js';
import { splitLabels } from '../src/syntax/name.js';
import { listed } from './lib/util.js';
import { vlmcsMisnaming } from './lib/vlmcs-name.js';

const SERVICE = /^[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?$/;

/** Why an SRV owner is not `_service._proto.<name>`, or undefined when it is. */
function srvOwnerProblem(owner: string): string | undefined {
  const labels = splitLabels(owner);
  const l0 = labels[0];
  const l1 = labels[1];
  if (l0 === undefined || l1 === undefined) return 'it has fewer than two labels';
  if (!l0.startsWith('_')) return `the first label "${l0}" does not begin with "_" (expected a service such as _ldap)`;
  const service = l0.slice(1);
  if (!SERVICE.test(service) || service.includes('--')) {
    return `the service label "${l0}" is not a service name (letters, digits and single inner hyphens, RFC 6335)`;
  }
  if (!l1.startsWith('_') || l1.length < 2) return `the second label "${l1}" is not a protocol label such as _tcp or _udp`;
  return undefined;
}

export default defineRule({
  meta: {
    id: 'srv-owner-format',
    description: 'An SRV owner name must begin with `_service._proto` labels (RFC 2782, RFC 6335)',
    severity: 'error',
    fixable: false,
    hasSuggestions: false,
    docs: docsUrl('srv-owner-format'),
  },
  check(context) {
    const { tree } = context;
    for (const rrset of context.zone.rrsetsOfType(TYPE.SRV)) {
      const rec = rrset[0]!;
      // Names that look like the KMS name are vlmcs-misnamed's business (with the corrected name).
      if (vlmcsMisnaming(rec.owner)) continue;
      const problem = srvOwnerProblem(rec.owner);
      if (!problem) continue;
      const parent = splitLabels(rec.owner).slice(1).join('.');
      const lines = rrset.map((r) => String(lineOf(r)));
      context.report({
        node: rec,
        range: rec.ownerStart >= 0 ? subRange(tree, rec, rec.ownerStart, rec.ownerEnd) : undefined,
        message:
          `SRV owner ${rec.owner} (line${lines.length > 1 ? 's' : ''} ${listed(lines)}) does not begin with _service._proto ` +
          `labels (RFC 2782, RFC 6335): ${problem}. Clients look up names such as _ldap._tcp.${parent ? parent + '.' : ''}, so ` +
          `they never find ${rrset.length > 1 ? 'these records' : 'this record'}.`,
      });
    }
  },
});
