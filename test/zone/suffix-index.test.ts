import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { SuffixIndex } from '../../src/zone/suffix-index.js';

describe('SuffixIndex', () => {
  const index = new SuffixIndex(['sub.example.com.', 'deep.x.example.com.', 'x.example.com.', 'example.com.']);

  it('finds the longest suffix at a label boundary, longer than the minimum', () => {
    expect(index.longestProperSuffix('a.sub.example.com.', 12)).toBe('sub.example.com.');
    expect(index.longestProperSuffix('a.b.deep.x.example.com.', 12)).toBe('deep.x.example.com.');
    expect(index.longestProperSuffix('a.x.example.com.', 12)).toBe('x.example.com.');
    // The minimum leaves the apex out; without it the apex itself is a suffix.
    expect(index.longestProperSuffix('www.example.com.', 12)).toBeUndefined();
    expect(index.longestProperSuffix('www.example.com.', 0)).toBe('example.com.');
  });

  it('never returns the name itself, nor a suffix inside a label', () => {
    expect(index.longestProperSuffix('sub.example.com.', 12)).toBeUndefined();
    expect(index.longestProperSuffix('asub.example.com.', 12)).toBeUndefined();
    expect(index.longestProperSuffix('a.xsub.example.com.', 12)).toBeUndefined();
  });

  it('an empty set finds nothing', () => {
    expect(new SuffixIndex([]).longestProperSuffix('a.b.', 0)).toBeUndefined();
  });

  it('agrees with cutting the name at every dot', () => {
    const label = fc.stringMatching(/^[a-c]{1,3}$/);
    const name = fc.array(label, { minLength: 1, maxLength: 5 }).map((ls) => ls.join('.') + '.');
    fc.assert(
      fc.property(fc.uniqueArray(name, { maxLength: 30 }), name, fc.nat(6), (set, query, min) => {
        const idx = new SuffixIndex(set);
        const members = new Set(set);
        let expected: string | undefined;
        for (let i = 1; i < query.length; i++) {
          const suffix = query.slice(i);
          if (query[i - 1] === '.' && suffix.length > min && members.has(suffix)) {
            expected = suffix;
            break;
          }
        }
        expect(idx.longestProperSuffix(query, min)).toBe(expected);
      }),
      { numRuns: 2000 },
    );
  });
});
