import { defineRule } from '../src/lint/types.js';
import type { RecordNode } from '../src/syntax/types.js';
import { docsUrl, lineOf } from '../src/zone/where.js';
import { recordDeletion } from '../src/lint/ranges.js';
import { isVlmcsOwner } from '../src/zone/srv.js';
import { TYPE } from '../src/zone/model.js';
import {
  DEFAULT_NO_REFRESH_HOURS,
  DEFAULT_REFRESH_HOURS,
  ageOptions,
  agedPast,
  ageToDate,
  asOfOf,
  formatAge,
  formatHours,
  formatUtc,
} from '../src/zone/age.js';

export interface DynamicRecordStaleOptions {
  noRefreshHours: number;
  refreshHours: number;
  asOf?: Date;
}

function normalise(value: unknown): DynamicRecordStaleOptions {
  return ageOptions(value, { noRefreshHours: DEFAULT_NO_REFRESH_HOURS, refreshHours: DEFAULT_REFRESH_HOURS });
}

export default defineRule({
  meta: {
    id: 'dynamic-record-stale',
    description: 'A dynamically registered record (Windows DNS [AGE:n]) older than the no-refresh plus refresh intervals: scavengeable',
    severity: 'off',
    presets: { all: 'warn' },
    fixable: false,
    hasSuggestions: true,
    docs: docsUrl('dynamic-record-stale'),
    options: normalise,
  },
  check(context) {
    const { zone, tree } = context;
    const options = (context.options as DynamicRecordStaleOptions | undefined) ?? normalise(undefined);
    const limit = options.noRefreshHours + options.refreshHours;
    // `_vlmcs._tcp` SRV records are vlmcs-stale-host's business (with KMS advice); never report twice.
    const vlmcs = (rec: RecordNode) => rec.typeCode === TYPE.SRV && isVlmcsOwner(rec.owner);
    for (const { rec, hours, ref } of agedPast(zone, zone.records, () => asOfOf(options, context.settings), limit, vlmcs)) {
      const age = rec.age!;
      const eligible = new Date(ageToDate(age).getTime() + limit * 3_600_000);
      const del = recordDeletion(tree, rec);
      context.report({
        node: rec,
        message:
          `${rec.rrtype} record for ${rec.owner} on line ${lineOf(rec)} was registered ${formatAge(age)} and not refreshed since: ` +
          `${formatHours(hours)} before ${ref.label}. With aging on, Windows DNS scavenges a record once now > AGE + no-refresh + refresh ` +
          `= ${formatAge(age)} + ${options.noRefreshHours} h + ${options.refreshHours} h = ${formatUtc(eligible)}; this one is past that, ` +
          `so whatever registered it stopped refreshing it (Windows clients re-register every 24 hours). Aging and scavenging are off ` +
          `by default, so the record lingers until someone deletes it.`,
        suggestions: del ? [{ desc: `Delete the ${rec.rrtype} record for ${rec.owner} (line ${lineOf(rec)})`, fix: del }] : undefined,
      });
    }
  },
});
