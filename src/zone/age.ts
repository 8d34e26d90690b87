// Windows DNS record timestamps (`[AGE:n]` / `[Aging:n]`): n = whole hours since 1601-01-01T00:00Z, kept by the
// server for dynamically registered records (0 = static: no token). Decoding, formatting, and the zone's
// reference time — `--as-of` (or a rule's `asOf` option) when given, otherwise the newest `[AGE:n]` of the zone:
// deterministic, never the wall clock.
import type { RecordNode } from '../syntax/types.js';
import type { ZoneModel } from './model.js';

/** Hours from 1601-01-01T00:00Z to the Unix epoch (369 years, 89 of them leap: 134,774 days). */
export const HOURS_1601_TO_1970 = 3_234_576;
const HOUR_MS = 3_600_000;

/** Windows aging defaults (dnscmd /Config /DefaultNoRefreshInterval, /DefaultRefreshInterval): 168 h each. */
export const DEFAULT_NO_REFRESH_HOURS = 168;
export const DEFAULT_REFRESH_HOURS = 168;

/** The UTC time of an `[AGE:n]` hour count. */
export function ageToDate(age: number): Date {
  return new Date((age - HOURS_1601_TO_1970) * HOUR_MS);
}

/** The `[AGE:n]` hour count of a time (whole hours, rounded down). */
export function dateToAge(date: Date): number {
  return Math.floor(date.getTime() / HOUR_MS) + HOURS_1601_TO_1970;
}

/** `2026-11-20 14:00 UTC`. */
export function formatUtc(date: Date): string {
  const iso = date.toISOString();
  return `${iso.slice(0, 10)} ${iso.slice(11, 16)} UTC`;
}

/** `2026-11-20 14:00 UTC` for an `[AGE:n]` hour count. */
export function formatAge(age: number): string {
  return formatUtc(ageToDate(age));
}

/** A span of hours in words: `1 hour`, `30 hours`, `3 days`, `3 days 4 hours` (hours below 48 stay hours). */
export function formatHours(hours: number): string {
  const h = Math.floor(hours);
  if (h < 48) return `${h} hour${h === 1 ? '' : 's'}`;
  const d = Math.floor(h / 24);
  const r = h % 24;
  return `${d} days${r ? ` ${r} hour${r === 1 ? '' : 's'}` : ''}`;
}

/**
 * A reference time given as an ISO 8601 string (`2026-11-20T14:00Z`), a Date, or undefined. Returns undefined
 * for undefined, a string describing the problem for an invalid value.
 */
export function parseAsOf(value: unknown): Date | undefined | string {
  if (value === undefined || value === null || value === '') return undefined;
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? 'asOf is not a valid date' : value;
  if (typeof value !== 'string') return `asOf must be a date and time such as "2026-11-20T14:00Z"; got ${JSON.stringify(value)}`;
  const ms = Date.parse(value);
  if (Number.isNaN(ms)) return `asOf must be a date and time such as "2026-11-20T14:00Z"; got ${JSON.stringify(value)}`;
  return new Date(ms);
}

const newestCache = new WeakMap<ZoneModel, RecordNode | null>();

/** The record with the newest `[AGE:n]` of the zone (first in document order on ties), or undefined. */
export function newestAged(zone: ZoneModel): RecordNode | undefined {
  let rec = newestCache.get(zone);
  if (rec === undefined) {
    rec = null;
    for (const r of zone.records) if (r.age !== undefined && (rec === null || r.age > rec.age!)) rec = r;
    newestCache.set(zone, rec);
  }
  return rec ?? undefined;
}

export interface ReferenceTime {
  date: Date;
  /** `as-of`: from --as-of / the `asOf` option; `newest`: the newest `[AGE:n]` in the zone. */
  source: 'as-of' | 'newest';
  /** The newest timestamped record (source `newest`). */
  record?: RecordNode;
  /** `--as-of 2026-11-20 14:00 UTC` or `the newest record in this zone (2026-11-20 14:00 UTC, line 31)`. */
  label: string;
}

/**
 * The time record ages are measured against: `asOf` when given (a rule's option, else `settings.asOf` from
 * --as-of), otherwise the newest `[AGE:n]` of the zone; undefined when neither exists (no dynamic records).
 */
export function referenceTime(zone: ZoneModel, asOf?: Date): ReferenceTime | undefined {
  if (asOf) return { date: asOf, source: 'as-of', label: `the reference time ${formatUtc(asOf)} (--as-of)` };
  const rec = newestAged(zone);
  if (!rec) return undefined;
  const date = ageToDate(rec.age!);
  const line = rec.source.point(rec.start).line;
  return { date, source: 'newest', record: rec, label: `the newest record in this zone (${formatUtc(date)}, line ${line})` };
}

/** Hours from a record's timestamp to the reference time (may be negative when --as-of is earlier). */
export function hoursBefore(rec: RecordNode, ref: ReferenceTime): number {
  return (ref.date.getTime() - ageToDate(rec.age!).getTime()) / HOUR_MS;
}

/**
 * The records of `recs` whose `[AGE:n]` is more than `limitHours` before the reference time, with that time
 * and their age in hours; the reference time is found on the first timestamped record (nothing when the zone
 * has none and no `asOf` is given). Shared by the record-age rules.
 */
export function* agedPast(
  zone: ZoneModel,
  recs: Iterable<RecordNode>,
  asOf: () => Date | undefined,
  limitHours: number,
  skip?: (rec: RecordNode) => boolean,
): Generator<{ rec: RecordNode; hours: number; ref: ReferenceTime }> {
  let ref: ReferenceTime | undefined | null = null;
  for (const rec of recs) {
    if (rec.age === undefined || (skip && skip(rec))) continue;
    if (ref === null) ref = referenceTime(zone, asOf());
    if (!ref) return;
    const hours = hoursBefore(rec, ref);
    if (hours > limitHours) yield { rec, hours, ref };
  }
}

/**
 * When a dynamic record was last registered, for messages: `registered 2026-11-20 14:00 UTC, 3 days before the
 * newest record in this zone`; `registered 2026-11-20 14:00 UTC (the newest record in this zone)` for the newest
 * one; undefined for static records (no `[AGE:n]`).
 */
export function describeAge(rec: RecordNode, zone: ZoneModel): string | undefined {
  if (rec.age === undefined) return undefined;
  const when = `registered ${formatAge(rec.age)}`;
  const newest = newestAged(zone)!;
  const hours = newest.age! - rec.age;
  if (hours <= 0) return `${when} (the newest record in this zone)`;
  return `${when}, ${formatHours(hours)} before the newest record in this zone`;
}

/** Options shared by the record-age rules: `asOf` (ISO 8601) and hour counts, validated. */
export function ageOptions<K extends string>(
  value: unknown,
  hourKeys: Record<K, number>,
): { asOf?: Date } & Record<K, number> {
  const out = { ...hourKeys } as { asOf?: Date } & Record<K, number>;
  if (value === undefined || value === null) return out;
  const keys = ['asOf', ...Object.keys(hourKeys)];
  if (typeof value !== 'object' || Array.isArray(value)) {
    throw new Error(`options must be an object with ${keys.map((k) => `"${k}"`).join(', ')}`);
  }
  for (const [key, v] of Object.entries(value)) {
    if (key === 'asOf') {
      const d = parseAsOf(v);
      if (typeof d === 'string') throw new Error(d);
      if (d) out.asOf = d;
      continue;
    }
    if (!(key in hourKeys)) throw new Error(`unknown option "${key}" (expected ${keys.map((k) => `"${k}"`).join(', ')})`);
    if (typeof v !== 'number' || !Number.isFinite(v) || v < 0) throw new Error(`${key} must be a number of hours (0 or more); got ${JSON.stringify(v)}`);
    (out as Record<string, number>)[key] = v;
  }
  return out;
}

/** The reference-time override of a rule: its `asOf` option, else `settings.asOf` (--as-of); invalid ones ignored. */
export function asOfOf(options: { asOf?: Date }, settings: Record<string, unknown>): Date | undefined {
  if (options.asOf) return options.asOf;
  const d = parseAsOf(settings['asOf']);
  return d instanceof Date ? d : undefined;
}

/**
 * A sentence for messages that name dynamic records: ` Last registered (Windows DNS [AGE:n]): line 29
 * registered 2015-07-30 13:00 UTC, 3442 days 11 hours before the newest record in this zone.` — one entry per
 * timestamped record; '' when none of `recs` has a timestamp (static records, zones from other servers).
 */
export function describeAges(recs: readonly RecordNode[], zone: ZoneModel): string {
  const parts: string[] = [];
  const seen = new Set<RecordNode>();
  for (const rec of recs) {
    if (seen.has(rec)) continue;
    seen.add(rec);
    const d = describeAge(rec, zone);
    if (d) parts.push(`line ${rec.source.point(rec.start).line} ${d}`);
  }
  if (parts.length === 0) return '';
  return ` Last registered (Windows DNS [AGE:n]): ${parts.join('; ')}.`;
}
