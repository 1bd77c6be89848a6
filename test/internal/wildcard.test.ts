import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { matchesWildcard } from '../../src/internal/wildcard.js';

/** What `*` means, as a regular expression: the reference, on inputs too short to blow up. */
const reference = (name: string, pattern: string) =>
  new RegExp(`^${pattern.split('*').map((p) => p.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('[\\s\\S]*')}$`).test(name);

describe('matchesWildcard()', () => {
  it('matches as the pattern reads: literal parts, and * for any run of characters', () => {
    const cases: [string, string, boolean][] = [
      ['_ga', '_ga', true],
      ['_ga_X1', '_ga_*', true],
      ['_ga', '_ga_*', false],
      ['_gat', '*', true],
      ['', '*', true],
      ['', '', true],
      ['ab', 'a*b*', true],
      ['aXbYa', 'a*a', true],
      ['a', 'a*a', false],
      ['x.y', 'x.y', true],
      ['xzy', 'x.y', false],
    ];
    for (const [name, pattern, expected] of cases) expect(matchesWildcard(name, pattern), `${name} ~ ${pattern}`).to.equal(expected);
  });

  it('agrees with the regular expression it replaces', () => {
    const text = (max: number) => fc.array(fc.constantFrom('a', 'b', '*', '.'), { maxLength: max }).map((cs) => cs.join(''));
    fc.assert(fc.property(text(8).map((s) => s.replace(/\*/g, '')), text(6), (name, pattern) => matchesWildcard(name, pattern) === reference(name, pattern)), { numRuns: 2000 });
  });

  it('a pattern that makes a regular expression backtrack for minutes is answered at once', () => {
    // (the regular expression took seconds here, and doubles with each star)
    expect(matchesWildcard('a'.repeat(4000), `${'*a'.repeat(40)}*b`)).to.equal(false);
  });
});
