// ZoneModel delegation lookups and name classification (src/zone/model.ts).
//
// cutAt() has a fast path (the name's suffixes hashed from its end, see suffix-index.ts) and a
// memoised walk for escaped and out-of-zone names; nonChildNames / occlusionCandidates() let the
// out-of-zone and occluded-data rules skip plain names right below the apex. Both are checked here against
// brute-force references written with plain string operations, on generated zones and on hand-picked cases.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseZone } from '../../src/syntax/parser.js';
import { TYPE, ZoneModel } from '../../src/zone/model.js';

// ---------------------------------------------------------------------------------------------------------------
// References (plain string operations only)

/** Parent of an absolute presentation name: drop the first label; `\X` escapes (and `\DDD`: no dots) are skipped. */
function parentOf(name: string): string | undefined {
  if (name === '.') return undefined;
  for (let i = 0; i < name.length; i++) {
    if (name[i] === '\\') i++;
    else if (name[i] === '.') return i === name.length - 1 ? '.' : name.slice(i + 1);
  }
  return '.';
}

/**
 * The delegation point at or above `name`: walk up from the name itself until the apex or the root, and return
 * the first name owning NS that is not the apex (all compared case-insensitively, lower-cased result).
 */
function refCut(name: string, nsOwners: readonly string[], apex: string): string | undefined {
  const apexKey = apex.toLowerCase();
  const ns = new Set(nsOwners.map((n) => n.toLowerCase()));
  for (let n: string | undefined = name.toLowerCase(); n !== undefined; n = parentOf(n)) {
    if (n === apexKey) return undefined;
    if (ns.has(n)) return n;
  }
  return undefined;
}

/** Whether `name` is one plain label (no escapes) directly below `apex`. */
function isPlainChild(name: string, apex: string): boolean {
  const key = name.toLowerCase();
  const apexKey = apex.toLowerCase();
  let label: string;
  if (apexKey === '.') {
    if (key === '.') return false;
    label = key.slice(0, -1);
  } else {
    if (!key.endsWith('.' + apexKey)) return false;
    label = key.slice(0, key.length - apexKey.length - 1);
  }
  return label.length > 0 && !label.includes('.') && !label.includes('\\');
}

interface Rec {
  owner: string;
  type: 'SOA' | 'NS' | 'A' | 'TXT';
}

/** Distinct owners (case-insensitively) in order of first appearance, as first written. */
function firstAppearance(recs: readonly Rec[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const r of recs) {
    const k = r.owner.toLowerCase();
    if (seen.has(k)) continue;
    seen.add(k);
    out.push(r.owner);
  }
  return out;
}

/** Zone text of absolute-owner records (so that each owner's canonical name is the text written). */
function zoneText(recs: readonly Rec[]): string {
  const rdata = { SOA: 'ns.invalid. hostmaster.invalid. 1 7200 3600 1209600 300', NS: 'ns.invalid.', A: '192.0.2.1', TXT: '"t"' };
  return '$TTL 300\n' + recs.map((r) => `${r.owner} ${r.type} ${rdata[r.type]}`).join('\n') + '\n';
}

function modelOf(text: string, origin: string): ZoneModel {
  const tree = parseZone(text, { origin });
  expect(tree.errors.map((e) => e.message)).toEqual([]);
  return new ZoneModel(tree);
}

/** All the checks of this file for one zone: cutAt for each query, nonChildNames, occlusionCandidates. */
function checkModel(model: ZoneModel, recs: readonly Rec[], apex: string, queries: readonly string[]): void {
  expect(model.apexKey).toBe(apex.toLowerCase());
  const nsOwners = recs.filter((r) => r.type === 'NS' && r.owner.toLowerCase() !== apex.toLowerCase()).map((r) => r.owner);
  for (const q of queries) {
    const got = model.cutAt(q);
    expect({ q, cut: got?.toLowerCase() }).toEqual({ q, cut: refCut(q, nsOwners, apex) });
  }
  const names = firstAppearance(recs);
  const cutKeys = new Set(nsOwners.map((n) => n.toLowerCase()));
  expect(model.nonChildNames.map((e) => e.name)).toEqual(names.filter((n) => !isPlainChild(n, apex)));
  // Delegation points right below the apex (in order of their first NS record), then the other names.
  const childCuts = [...new Set(nsOwners.map((n) => n.toLowerCase()))].filter((k) => names.some((n) => n.toLowerCase() === k && isPlainChild(n, apex)));
  expect(model.occlusionCandidates().map((e) => e.key)).toEqual([
    ...childCuts,
    ...names.filter((n) => !isPlainChild(n, apex)).map((n) => n.toLowerCase()),
  ]);
}

// ---------------------------------------------------------------------------------------------------------------
// Generators

const APEXES = ['example.com.', 'Example.COM.', 'zone.', '.'];
/** Mixed-case plain labels (case variants of one another, so that one name is written in several cases). */
const plainLabel = fc.constantFrom('a', 'A', 'b', 'B', 'sub', 'SUB', 'Sub', 'x', 'www', 'ns');
/** Labels with escapes: an escaped dot (`a\.b` is one label), an escaped backslash before a real dot. */
const escapedLabel = fc.constantFrom('a\\.b', 'x\\.Y', 'c\\\\');
const label = fc.oneof({ weight: 6, arbitrary: plainLabel }, { weight: 1, arbitrary: escapedLabel });

const below = (apex: string, labels: readonly string[]): string => labels.join('.') + (apex === '.' ? '.' : '.' + apex);

/** A name `min` to `max` plain labels below the apex. */
const plainAt = (apex: string, min: number, max: number) => fc.array(plainLabel, { minLength: min, maxLength: max }).map((ls) => below(apex, ls));

/** Names anywhere: in the zone (plain or escaped, depth 1-5), the apex, outside it, and "suffix but no label boundary". */
function anyName(apex: string) {
  const outside =
    apex === '.'
      ? [] // everything is inside the root zone
      : [
          fc.array(label, { minLength: 1, maxLength: 3 }).map((ls) => ls.join('.') + '.other.net.'),
          // `wwwexample.com.` ends with the apex's text without being below it.
          fc.constantFrom('www' + apex, 'x.www' + apex, 'Sub.www' + apex.toUpperCase()),
          // The apex's parent and root.
          fc.constant(parentOf(apex)!),
          fc.constant('.'),
        ];
  return fc.oneof(
    fc.array(label, { minLength: 1, maxLength: 5 }).map((ls) => below(apex, ls)),
    fc.constant(apex),
    fc.constant(apex.toUpperCase()),
    ...outside,
  );
}

interface GenZone {
  apex: string;
  origin: string;
  recs: Rec[];
  queries: string[];
}

const genZone: fc.Arbitrary<GenZone> = fc.constantFrom(...APEXES).chain((apex) =>
  fc
    .record({
      // Delegation points at depths 1, 2 and 3 below the apex, some with another record at the same name
      // (written in upper case), so that a cut's first record is not always its NS record.
      cuts: fc.array(fc.record({ owner: plainAt(apex, 1, 3), extra: fc.boolean() }), { maxLength: 5 }),
      // Now and then an irregular delegation (escaped or out of zone): cutAt must fall back to its walk.
      oddCuts: fc.array(anyName(apex), { maxLength: 1 }),
      apexNs: fc.boolean(),
      others: fc.array(fc.record({ owner: anyName(apex), type: fc.constantFrom<'A' | 'TXT'>('A', 'TXT') }), { maxLength: 25 }),
      // The SOA first, or somewhere later (the model then classifies names again once it knows the apex).
      soaAt: fc.oneof(fc.constant(0), fc.nat(30)),
      // The parse origin: the apex, or another name (the first guess of the apex is then wrong).
      origin: fc.constantFrom(apex, 'elsewhere.example.', '.'),
      extraQueries: fc.array(anyName(apex), { maxLength: 20 }),
      seed: fc.nat(),
    })
    .map(({ cuts, oddCuts, apexNs, others, soaAt, origin, extraQueries, seed }) => {
      const body: Rec[] = [
        ...cuts.map(({ owner }): Rec => ({ owner, type: 'NS' })),
        ...cuts.filter((c) => c.extra).map(({ owner }): Rec => ({ owner: owner.toUpperCase(), type: 'TXT' })),
        // (Not the apex, which is no cut, nor the root: the walk stops at the root for names outside the zone.)
        ...oddCuts.filter((o) => o.toLowerCase() !== apex.toLowerCase() && o !== '.').map((owner): Rec => ({ owner, type: 'NS' })),
        ...(apexNs ? [{ owner: apex, type: 'NS' } as Rec] : []),
        ...others,
      ];
      // Deterministic shuffle from the seed (fast-check shrinks the seed like any other value).
      let s = seed;
      for (let i = body.length - 1; i > 0; i--) {
        s = (Math.imul(s, 1103515245) + 12345) >>> 0;
        const j = s % (i + 1);
        [body[i], body[j]] = [body[j]!, body[i]!];
      }
      const recs = [...body];
      recs.splice(Math.min(soaAt, recs.length), 0, { owner: apex, type: 'SOA' });
      const owners = firstAppearance(recs);
      // Every owner, the same in upper case, a name below each owner, and arbitrary names.
      const queries = [...owners, ...owners.map((o) => o.toUpperCase()), ...owners.map((o) => 'q.' + (o === '.' ? '' : o)), ...extraQueries];
      return { apex, origin, recs, queries };
    }),
);

// ---------------------------------------------------------------------------------------------------------------

describe('ZoneModel.cutAt, nonChildNames and occlusionCandidates against brute force (property)', () => {
  it('agree with the references on generated zones', () => {
    fc.assert(
      fc.property(genZone, ({ apex, origin, recs, queries }) => {
        const model = modelOf(zoneText(recs), origin);
        checkModel(model, recs, apex, queries);
        // Asking again (memoised walk, cached candidates) gives the same answers.
        checkModel(model, recs, apex, queries);
      }),
      { numRuns: 400 },
    );
  });
});

describe('ZoneModel.cutAt: hand-picked cases', () => {
  const SOA: Rec = { owner: 'example.com.', type: 'SOA' };

  it('cuts at two depths: the deepest enclosing one wins, whatever the order they were written in', () => {
    for (const order of [
      ['sub.example.com.', 'b.a.sub.example.com.'],
      ['b.a.sub.example.com.', 'sub.example.com.'],
    ]) {
      const recs: Rec[] = [SOA, ...order.map((owner): Rec => ({ owner, type: 'NS' })), { owner: 'www.example.com.', type: 'A' }];
      const model = modelOf(zoneText(recs), 'example.com.');
      expect(model.cutAt('c.b.a.sub.example.com.')).toBe('b.a.sub.example.com.');
      expect(model.cutAt('b.a.sub.example.com.')).toBe('b.a.sub.example.com.');
      expect(model.cutAt('a.sub.example.com.')).toBe('sub.example.com.');
      expect(model.cutAt('z.a.sub.example.com.')).toBe('sub.example.com.');
      expect(model.cutAt('sub.example.com.')).toBe('sub.example.com.');
      expect(model.cutAt('www.example.com.')).toBeUndefined();
      expect(model.cutAt('b.a.example.com.')).toBeUndefined();
      expect(model.cutAt('example.com.')).toBeUndefined();
      expect(model.cutAt('sub.example.net.')).toBeUndefined();
      checkModel(model, recs, 'example.com.', ['c.b.a.sub.example.com.', 'x.www.example.com.']);
    }
  });

  it('cuts at depths 1 and 2 side by side: a depth-2 cut elsewhere does not capture names under the depth-1 one', () => {
    const recs: Rec[] = [SOA, { owner: 'a.example.com.', type: 'NS' }, { owner: 'x.b.example.com.', type: 'NS' }];
    const model = modelOf(zoneText(recs), 'example.com.');
    expect(model.cutAt('x.a.example.com.')).toBe('a.example.com.');
    expect(model.cutAt('y.x.b.example.com.')).toBe('x.b.example.com.');
    expect(model.cutAt('y.b.example.com.')).toBeUndefined();
    expect(model.cutAt('x.c.example.com.')).toBeUndefined();
  });

  it('a cut written in another case than the query: found, and named as first written', () => {
    const recs: Rec[] = [SOA, { owner: 'SuB.Example.com.', type: 'NS' }, { owner: 'sub.example.com.', type: 'NS' }];
    const model = modelOf(zoneText(recs), 'example.com.');
    expect(model.cutAt('x.sub.example.com.')).toBe('SuB.Example.com.');
    expect(model.cutAt('X.SUB.EXAMPLE.COM.')).toBe('SuB.Example.com.');
    expect(model.cutAt('sub.EXAMPLE.com.')).toBe('SuB.Example.com.');
    expect(model.cutAt('deep.er.SUB.example.com.')).toBe('SuB.Example.com.');
    // The apex in any case is never a cut.
    expect(model.cutAt('EXAMPLE.COM.')).toBeUndefined();
  });

  it('escaped dots: `a\\.b.sub` is one label below sub, `sub\\.x` is no child of the apex', () => {
    const recs: Rec[] = [
      SOA,
      { owner: 'sub.example.com.', type: 'NS' },
      { owner: 'a\\.b.sub.example.com.', type: 'A' },
      { owner: 'x.b.example.com.', type: 'NS' },
      { owner: 'x\\.b.example.com.', type: 'A' },
    ];
    const model = modelOf(zoneText(recs), 'example.com.');
    expect(model.cutAt('a\\.b.sub.example.com.')).toBe('sub.example.com.');
    // One label `x.b` right below the apex: not below the cut x.b.example.com.
    expect(model.cutAt('x\\.b.example.com.')).toBeUndefined();
    expect(model.cutAt('q.x\\.b.example.com.')).toBeUndefined();
    expect(model.cutAt('q.x.b.example.com.')).toBe('x.b.example.com.');
    // An escaped backslash ends a label: `c\\` is a label and the next dot is real.
    expect(model.cutAt('c\\\\.x.b.example.com.')).toBe('x.b.example.com.');
    checkModel(model, recs, 'example.com.', ['a\\.b.sub.example.com.', 'x\\.b.example.com.']);
  });

  it('an irregular (escaped) cut: the fallback walk still finds the plain cuts too', () => {
    const recs: Rec[] = [
      SOA,
      { owner: 'a\\.b.example.com.', type: 'NS' },
      { owner: 'sub.example.com.', type: 'NS' },
      { owner: 'c.other.net.', type: 'NS' },
    ];
    const model = modelOf(zoneText(recs), 'example.com.');
    expect(model.cutAt('x.a\\.b.example.com.')).toBe('a\\.b.example.com.');
    expect(model.cutAt('x.b.example.com.')).toBeUndefined();
    expect(model.cutAt('x.sub.example.com.')).toBe('sub.example.com.');
    expect(model.cutAt('y.x.sub.example.com.')).toBe('sub.example.com.');
    // Out-of-zone NS owners count as cuts for names below them (the reference says so too).
    expect(model.cutAt('d.c.other.net.')).toBe('c.other.net.');
    expect(model.cutAt('other.net.')).toBeUndefined();
  });

  it('a zone without delegations answers undefined everywhere', () => {
    const recs: Rec[] = [SOA, { owner: 'example.com.', type: 'NS' }, { owner: 'a.b.example.com.', type: 'A' }];
    const model = modelOf(zoneText(recs), 'example.com.');
    expect(model.cuts.size).toBe(0);
    for (const q of ['example.com.', 'a.b.example.com.', 'x.a.b.example.com.', 'other.net.', '.']) expect(model.cutAt(q)).toBeUndefined();
  });

  it('the root zone: cuts one and two labels below the root', () => {
    const recs: Rec[] = [
      { owner: '.', type: 'SOA' },
      { owner: '.', type: 'NS' },
      { owner: 'com.', type: 'NS' },
      { owner: 'Ex.uk.', type: 'NS' },
      { owner: 'org.', type: 'A' },
    ];
    const model = modelOf(zoneText(recs), '.');
    expect(model.cutAt('example.com.')).toBe('com.');
    expect(model.cutAt('com.')).toBe('com.');
    expect(model.cutAt('a.b.ex.UK.')).toBe('Ex.uk.');
    expect(model.cutAt('uk.')).toBeUndefined();
    expect(model.cutAt('.')).toBeUndefined();
    expect(model.nonChildNames.map((e) => e.name)).toEqual(['.', 'Ex.uk.']);
    expect(model.occlusionCandidates().map((e) => e.name)).toEqual(['com.', '.', 'Ex.uk.']);
  });
});

describe('ZoneModel.nonChildNames and occlusionCandidates: hand-picked cases', () => {
  it('lists the apex, deeper, escaped and outside names in first-appearance order; candidates put the child cuts first', () => {
    const recs: Rec[] = [
      { owner: 'example.com.', type: 'SOA' },
      { owner: 'www.example.com.', type: 'A' },
      { owner: 'a.b.example.com.', type: 'A' },
      { owner: 'child.example.com.', type: 'NS' },
      { owner: 'www.other.net.', type: 'A' },
      { owner: 'WWW.example.com.', type: 'TXT' }, // a second spelling of www: no new name
      { owner: 'a\\.b.example.com.', type: 'A' },
      { owner: 'wwwexample.com.', type: 'A' },
      { owner: 'deep.child.example.com.', type: 'A' },
      { owner: 'CHILD.example.com.', type: 'NS' }, // the cut again: no duplicate candidate
      { owner: 'second.example.com.', type: 'NS' },
      { owner: 'example.com.', type: 'NS' },
    ];
    const model = modelOf(zoneText(recs), 'example.com.');
    expect(model.nonChildNames.map((e) => e.name)).toEqual([
      'example.com.',
      'a.b.example.com.',
      'www.other.net.',
      'a\\.b.example.com.',
      'wwwexample.com.',
      'deep.child.example.com.',
    ]);
    expect(model.occlusionCandidates().map((e) => e.name)).toEqual([
      'child.example.com.',
      'second.example.com.',
      'example.com.',
      'a.b.example.com.',
      'www.other.net.',
      'a\\.b.example.com.',
      'wwwexample.com.',
      'deep.child.example.com.',
    ]);
    // Cached: the same array on the second call.
    expect(model.occlusionCandidates()).toBe(model.occlusionCandidates());
  });

  it('delegation points come in the order of their first NS record, before the other names', () => {
    const recs: Rec[] = [
      { owner: 'example.com.', type: 'SOA' },
      { owner: 'a.example.com.', type: 'TXT' }, // first appearance of the cut a
      { owner: 'x.y.example.com.', type: 'A' },
      { owner: 'b.example.com.', type: 'NS' }, // cut b: NS first, but after a's first record
      { owner: 'z.y.example.com.', type: 'A' },
      { owner: 'A.example.com.', type: 'NS' }, // a becomes a cut only here
    ];
    const model = modelOf(zoneText(recs), 'example.com.');
    expect(model.occlusionCandidates().map((e) => e.name)).toEqual([
      'b.example.com.',
      'a.example.com.',
      'example.com.',
      'x.y.example.com.',
      'z.y.example.com.',
    ]);
    expect(model.cutAt('q.A.EXAMPLE.COM.')).toBe('a.example.com.');
  });

  it('a late SOA naming another apex than the origin: names are classified again against the real apex', () => {
    // Parsed with origin example.com. (the model's first guess of the apex); the SOA on line 4 says other.net.
    const text = [
      '$TTL 300',
      'www.other.net. A 192.0.2.1', // child of the real apex (first classified as outside the guess)
      'x.example.com. A 192.0.2.2', // child of the guess, outside the real apex
      'other.net. SOA ns.invalid. hostmaster.invalid. 1 7200 3600 1209600 300',
      'sub.other.net. NS ns.invalid.',
      'h.sub.other.net. A 192.0.2.3',
      'b.a.other.net. A 192.0.2.4',
      'example.com. A 192.0.2.5',
      '',
    ].join('\n');
    const model = modelOf(text, 'example.com.');
    expect(model.apex).toBe('other.net.');
    expect(model.nonChildNames.map((e) => e.name)).toEqual(['x.example.com.', 'other.net.', 'h.sub.other.net.', 'b.a.other.net.', 'example.com.']);
    expect(model.occlusionCandidates().map((e) => e.name)).toEqual([
      'sub.other.net.',
      'x.example.com.',
      'other.net.',
      'h.sub.other.net.',
      'b.a.other.net.',
      'example.com.',
    ]);
    expect(model.cutAt('h.sub.other.net.')).toBe('sub.other.net.');
    expect(model.cutAt('www.other.net.')).toBeUndefined();
    expect(model.cutAt('x.example.com.')).toBeUndefined();
  });

  it('a late SOA at the origin: the first classification stands and is the same as with the SOA first', () => {
    const late: Rec[] = [
      { owner: 'www.example.com.', type: 'A' },
      { owner: 'a.b.example.com.', type: 'A' },
      { owner: 'example.com.', type: 'SOA' },
      { owner: 'sub.example.com.', type: 'NS' },
    ];
    const model = modelOf(zoneText(late), 'EXAMPLE.com.');
    expect(model.nonChildNames.map((e) => e.name)).toEqual(['a.b.example.com.', 'example.com.']);
    expect(model.occlusionCandidates().map((e) => e.name)).toEqual(['sub.example.com.', 'a.b.example.com.', 'example.com.']);
    checkModel(model, late, 'example.com.', ['x.sub.example.com.', 'www.example.com.']);
  });

  it('an origin other than the SOA owner, SOA first: the SOA owner is the apex', () => {
    // Relative names resolve against the origin example.com., the zone is sub.example.com.
    const text = [
      '$TTL 300',
      'sub.example.com. SOA ns.invalid. hostmaster.invalid. 1 7200 3600 1209600 300',
      'www A 192.0.2.1', // www.example.com.: outside the zone
      'x.sub A 192.0.2.2', // child of the apex
      'd.sub NS ns.invalid.', // a cut right below the apex
      'h.d.sub A 192.0.2.3',
      'e.f.sub NS ns.invalid.', // a cut two labels below the apex
      'g.e.f.sub A 192.0.2.4',
      '',
    ].join('\n');
    const model = modelOf(text, 'example.com.');
    expect(model.apex).toBe('sub.example.com.');
    expect(model.nonChildNames.map((e) => e.name)).toEqual([
      'sub.example.com.',
      'www.example.com.',
      'h.d.sub.example.com.',
      'e.f.sub.example.com.',
      'g.e.f.sub.example.com.',
    ]);
    expect(model.occlusionCandidates().map((e) => e.name)).toEqual([
      'd.sub.example.com.',
      'sub.example.com.',
      'www.example.com.',
      'h.d.sub.example.com.',
      'e.f.sub.example.com.',
      'g.e.f.sub.example.com.',
    ]);
    expect(model.cutAt('h.d.sub.example.com.')).toBe('d.sub.example.com.');
    expect(model.cutAt('g.e.f.sub.example.com.')).toBe('e.f.sub.example.com.');
    expect(model.cutAt('f.sub.example.com.')).toBeUndefined();
    expect(model.cutAt('x.sub.example.com.')).toBeUndefined();
    expect(model.cutAt('www.example.com.')).toBeUndefined();
  });
});

describe('ZoneModel lookups changed with the name table', () => {
  const text = [
    '$ORIGIN example.com.',
    '$TTL 300',
    '@ SOA ns.invalid. hostmaster.invalid. 1 7200 3600 1209600 300',
    '@ NS ns.invalid.',
    'www A 192.0.2.1',
    'mail MX 10 www',
    'WWW TXT "second spelling"',
    'www A 192.0.2.2',
    '',
  ].join('\n');

  it('rrset() and ofType() answer a miss with one shared frozen empty array', () => {
    const model = modelOf(text, 'example.com.');
    const miss = model.rrset('nowhere.example.com.', TYPE.A);
    expect(miss).toEqual([]);
    expect(Object.isFrozen(miss)).toBe(true);
    expect(model.rrset('www.example.com.', TYPE.CNAME)).toBe(miss);
    expect(model.rrset('mail.example.com.', TYPE.A)).toBe(miss); // one record of another type
    expect(model.ofType(TYPE.SRV)).toBe(miss);
    expect(() => (miss as unknown[]).push(1)).toThrow(TypeError);
  });

  it('rrset(), first() and ownersOfType() find records whatever the case of the name', () => {
    const model = modelOf(text, 'example.com.');
    expect(model.rrset('WWW.example.COM.', TYPE.A).map((r) => r.position.start.line)).toEqual([5, 8]);
    expect(model.rrset('www.example.com.', TYPE.TXT).map((r) => r.position.start.line)).toEqual([7]);
    expect(model.rrset('mail.example.com.', TYPE.MX).map((r) => r.position.start.line)).toEqual([6]);
    expect(model.first('www.EXAMPLE.com.', TYPE.A)?.position.start.line).toBe(5);
    expect(model.first('www.example.com.', TYPE.MX)).toBeUndefined();
    expect(model.first('nowhere.example.com.', TYPE.A)).toBeUndefined();
    expect(model.ownersOfType(TYPE.A).map((e) => e.name)).toEqual(['www.example.com.']);
    expect(model.ownersOfType(TYPE.TXT).map((e) => e.name)).toEqual(['www.example.com.']);
    expect(model.ownersOfType(TYPE.SRV)).toEqual([]);
  });

  it('ownersOfType() and rrset() on a name with more than 16 records of interleaved types', () => {
    // Past 16 records a name notes its types in a set instead of scanning its records.
    const lines = ['$ORIGIN example.com.', '$TTL 300', '@ SOA ns.invalid. hostmaster.invalid. 1 7200 3600 1209600 300'];
    for (let i = 0; i < 20; i++) lines.push(`big A 192.0.2.${i}`);
    lines.push('other A 192.0.2.99', 'big TXT "late type"', 'big A 192.0.2.200', 'big MX 10 other', 'other TXT "x"');
    const model = modelOf(lines.join('\n') + '\n', 'example.com.');
    expect(model.ownersOfType(TYPE.A).map((e) => e.name)).toEqual(['big.example.com.', 'other.example.com.']);
    expect(model.ownersOfType(TYPE.TXT).map((e) => e.name)).toEqual(['big.example.com.', 'other.example.com.']);
    expect(model.ownersOfType(TYPE.MX).map((e) => e.name)).toEqual(['big.example.com.']);
    expect(model.rrset('big.example.com.', TYPE.A)).toHaveLength(21);
    expect(model.rrsetsOfType(TYPE.TXT).map((s) => s.map((r) => r.position.start.line))).toEqual([[25], [28]]);
  });
});
