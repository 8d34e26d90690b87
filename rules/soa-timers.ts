import { defineRule } from '../src/lint/types.js';
import { docsUrl, field, lineRef, subRange } from '../src/zone/where.js';
import { parseTtl } from '../src/syntax/ttl.js';

interface Options {
  /** Smallest acceptable expire (seconds); RFC 1912 suggests 2-4 weeks, 7 days is the floor used here. */
  minExpire: number;
  /** Largest acceptable negative-caching TTL (SOA minimum), RFC 2308 suggests 1-3 hours, at most 1 day. */
  maxMinimum: number;
}

const DEFAULTS: Options = { minExpire: 604800, maxMinimum: 86400 };

function seconds(value: unknown, key: string): number {
  if (typeof value === 'number' && Number.isInteger(value) && value >= 0) return value;
  if (typeof value === 'string') {
    const v = parseTtl(value);
    if (typeof v === 'number') return v;
  }
  throw new Error(`soa-timers: option "${key}" must be a number of seconds or a duration such as "1w"`);
}

export default defineRule({
  meta: {
    id: 'soa-timers',
    description: 'SOA refresh/retry/expire/minimum values outside the RFC 1912 §2.2 sanity ranges',
    severity: 'warn',
    fixable: false,
    docs: docsUrl('soa-timers'),
    options(value: unknown): Options {
      if (value === undefined) return DEFAULTS;
      if (!value || typeof value !== 'object' || Array.isArray(value)) throw new Error('soa-timers: options must be an object {minExpire, maxMinimum}');
      const out = { ...DEFAULTS };
      for (const [k, v] of Object.entries(value)) {
        if (k !== 'minExpire' && k !== 'maxMinimum') throw new Error(`soa-timers: unknown option "${k}" (expected minExpire, maxMinimum)`);
        out[k] = seconds(v, k);
      }
      return out;
    },
  },
  check(context) {
    const { tree, zone } = context;
    const opts = (context.options as Options | undefined) ?? DEFAULTS;
    for (const soa of zone.soa) {
      const f = {
        refresh: field(soa, 'refresh'),
        retry: field(soa, 'retry'),
        expire: field(soa, 'expire'),
        minimum: field(soa, 'minimum'),
      };
      const v = {
        refresh: Number(f.refresh?.value ?? 0),
        retry: Number(f.retry?.value ?? 0),
        expire: Number(f.expire?.value ?? 0),
        minimum: Number(f.minimum?.value ?? 0),
      };
      const say = (name: keyof typeof f, message: string) => {
        const fl = f[name];
        // The line is looked up only when there is something to say: the first lookup indexes the whole file.
        context.report({ node: soa, range: fl ? subRange(tree, soa, fl.start, fl.end) : undefined, message: `${message} (SOA on ${lineRef(tree, soa)}).` });
      };
      let zero = false;
      for (const name of ['refresh', 'retry', 'expire', 'minimum'] as const) {
        if (v[name] === 0) {
          say(name, `SOA ${name} is 0: every SOA timer must be greater than 0`);
          zero = true;
        }
      }
      if (zero) continue;
      if (v.retry >= v.refresh) say('retry', `SOA retry (${v.retry}) is not smaller than refresh (${v.refresh}): secondaries retry a failed refresh sooner than a normal one`);
      if (v.expire <= v.refresh + v.retry) say('expire', `SOA expire (${v.expire}) is not larger than refresh + retry (${v.refresh + v.retry}): secondaries would expire the zone before retrying`);
      else if (v.expire < opts.minExpire) say('expire', `SOA expire (${v.expire}) is shorter than ${opts.minExpire} seconds: secondaries drop the zone quickly when the primary is unreachable; RFC 1912 suggests 2-4 weeks`);
      if (v.minimum > opts.maxMinimum) say('minimum', `SOA minimum (negative-caching TTL, ${v.minimum}) is longer than ${opts.maxMinimum} seconds: a deleted-then-added name stays unresolvable that long (RFC 2308 caps it at 1-3 hours in practice)`);
    }
  },
});
