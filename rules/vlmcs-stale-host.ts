import { defineRule } from '../src/lint/types.js';
import { docsUrl, lineOf } from '../src/zone/where.js';
import type { Suggestion } from '../src/lint/types.js';
import type { RecordNode } from '../src/syntax/types.js';
import { deleteRecordsEdit, recordDeletion } from '../src/lint/ranges.js';
import { isVlmcsOwner } from '../src/zone/srv.js';
import { TYPE } from '../src/zone/model.js';
import { ageOptions, agedPast, asOfOf, formatAge, formatHours, hoursBefore } from '../src/zone/age.js';
import { SLMGR_IPK, srvOf } from './lib/util.js';

/** 7-day no-refresh window (168 h) plus the KMS host's 24-hour re-registration interval. */
export const DEFAULT_MAX_AGE_HOURS = 192;

export interface VlmcsStaleHostOptions {
  maxAgeHours: number;
  asOf?: Date;
}

function normalise(value: unknown): VlmcsStaleHostOptions {
  return ageOptions(value, { maxAgeHours: DEFAULT_MAX_AGE_HOURS });
}

function lines(recs: RecordNode[]): string {
  const l = recs.map(lineOf);
  return `line${l.length > 1 ? 's' : ''} ${l.join(', ')}`;
}

export default defineRule({
  meta: {
    id: 'vlmcs-stale-host',
    description: 'A `_vlmcs._tcp` record whose Windows DNS timestamp ([AGE:n]) stopped advancing: the KMS host stopped publishing',
    severity: 'warn',
    presets: { kms: 'warn' },
    fixable: false,
    hasSuggestions: true,
    docs: docsUrl('vlmcs-stale-host'),
    options: normalise,
  },
  check(context) {
    const { zone, tree } = context;
    const options = (context.options as VlmcsStaleHostOptions | undefined) ?? normalise(undefined);
    const max = options.maxAgeHours;
    const notVlmcs = (rec: RecordNode) => !isVlmcsOwner(rec.owner);
    for (const { rec, hours, ref } of agedPast(zone, zone.ofType(TYPE.SRV), () => asOfOf(options, context.settings), max, notVlmcs)) {
      const srv = srvOf(rec);
      const target = srv?.target;
      const why =
        max === DEFAULT_MAX_AGE_HOURS
          ? `more than ${max} hours (the 7-day no-refresh window plus the host's 24-hour re-registration)`
          : `more than the ${max} hours allowed (maxAgeHours)`;
      let message =
        `${rec.owner} record for KMS host ${target ?? '(untyped rdata)'} on line ${lineOf(rec)} was registered ${formatAge(rec.age!)}, ` +
        `${formatHours(hours)} before ${ref.label}: ${why}. A KMS host re-registers this record every 24 hours, so this host ` +
        `stopped publishing: it was decommissioned, or converted back to a KMS client with \`${SLMGR_IPK}\`. Scavenging is off by ` +
        `default in Windows DNS, so the record lingers and clients keep trying the host before they find one that answers.`;
      // The host's own address records: stale too (delete them with the SRV record), or still current.
      const addrs = target && target !== '.' ? [...zone.rrset(target, TYPE.A), ...zone.rrset(target, 28)] : [];
      const stale = addrs.filter((a) => a.age !== undefined && hoursBefore(a, ref) > max);
      const fresh = addrs.filter((a) => a.age !== undefined && hoursBefore(a, ref) <= max);
      if (stale.length > 0) {
        message += ` Its address record (${lines(stale)}) is stale too (registered ${formatAge(stale[0]!.age!)}): the machine is gone.`;
      } else if (fresh.length > 0) {
        message += ` Its address record (${lines(fresh)}) is current (registered ${formatAge(fresh[0]!.age!)}): the machine is up but no longer a KMS host.`;
      }
      const suggestions: Suggestion[] = [];
      const del = recordDeletion(tree, rec);
      if (del) suggestions.push({ desc: `Delete the ${rec.owner} record of ${target} (line ${lineOf(rec)})`, fix: del });
      if (stale.length > 0) {
        const both = deleteRecordsEdit(tree, [rec, ...stale]);
        if (both) suggestions.push({ desc: `Delete the ${rec.owner} record (line ${lineOf(rec)}) and the stale address record of ${target} (${lines(stale)})`, fix: both });
      }
      context.report({ node: rec, message, suggestions: suggestions.length ? suggestions : undefined });
    }
  },
});
