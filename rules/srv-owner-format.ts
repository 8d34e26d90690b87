import { defineRule } from '../src/lint/types.js';
import { docsUrl, lineOf, subRange } from '../src/zone/where.js';
import { TYPE } from '../src/zone/model.js';
import { splitLabels } from '../src/syntax/name.js';
import { listed } from './lib/util.js';
import { vlmcsMisnaming } from './lib/vlmcs-name.js';

const SERVICE = /^[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?$/;

function ldh(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 45;
}

/** Whether a name without escapes plainly begins `_service._proto.` (checked in place: no label strings). */
function plainlyWellFormed(owner: string): boolean {
  if (owner.charCodeAt(0) !== 95) return false;
  let i = 1;
  let prev = 0;
  for (; i < owner.length; i++) {
    const c = owner.charCodeAt(i);
    if (c === 46) break;
    if (!ldh(c) || (c === 45 && (i === 1 || prev === 45))) return false;
    prev = c;
  }
  if (i === 1 || prev === 45 || i >= owner.length) return false;
  const protoStart = i + 1;
  if (owner.charCodeAt(protoStart) !== 95) return false;
  let j = protoStart + 1;
  for (; j < owner.length; j++) {
    const c = owner.charCodeAt(j);
    if (c === 46) break;
    if (c === 92) return false;
  }
  return j > protoStart + 1;
}

/** Why an SRV owner is not `_service._proto.<name>`, or undefined when it is. */
function srvOwnerProblem(owner: string): string | undefined {
  if (plainlyWellFormed(owner)) return undefined;
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
    // Indexed: no iterator result per item (see Rule.check).
    const rrsets = context.zone.rrsetsOfType(TYPE.SRV);
    for (let n = 0; n < rrsets.length; n++) {
      const rrset = rrsets[n]!;
      const rec = rrset[0]!;
      // Names that look like the KMS name are vlmcs-misnamed's business (with the corrected name).
      if (vlmcsMisnaming(rec.owner)) continue;
      const problem = srvOwnerProblem(rec.owner);
      if (!problem) continue;
      // The name the records were meant for: without the service label, and without the protocol label too
      // when the second label is one (`_-ldap._tcp.example.com.` was meant as `_ldap._tcp.example.com.`).
      const labels = splitLabels(rec.owner);
      const parent = labels.slice(labels.length > 2 && /^_[A-Za-z0-9]/.test(labels[1]!) ? 2 : 1).join('.');
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
