import { expect } from '@open-wc/testing';
import { bundled } from '../src/records/bundled.js';
import { fold } from '../src/search/fold.js';
import { createSearcher } from '../src/search/search.js';
import { records } from './helpers.js';

const searcher = createSearcher(bundled.resources);
const ids = (query: string) => searcher.search(query).map((r) => r.id);

describe('search: folding', () => {
  for (const [input, folded] of [
    ['Español', 'espanol'],
    ['  Narcóticos   Anónimos ', 'narcoticos anonimos'],
    ['FAMILIA', 'familia'],
    ['', ''],
  ]) {
    it(`folds “${input}”`, () => expect(fold(input)).to.equal(folded));
  }
});

describe('search: the bundled records', () => {
  /** [query, the record a person expects first] */
  const FIRST: [string, string][] = [
    ['narcotcs anonymus', 'narcotics-anonymous'],
    ['Narcotics Anonymous', 'narcotics-anonymous'],
    ['NA', 'narcotics-anonymous'],
    ['na', 'narcotics-anonymous'],
    ['nar-anon', 'nar-anon'],
    ['naranon', 'nar-anon'],
    ['smart recovery', 'smart-recovery'],
    ['smart recvery', 'smart-recovery'],
    ['MARA', 'mara'],
    ['988', 'lifeline-988'],
    ['samhsa', 'samhsa-helpline'],
    ['celebrate recovery', 'celebrate-recovery'],
    ['al-anon', 'al-anon'],
    ['grief', 'grasp'],
    ['veterans', 'veterans-crisis-line'],
    ['pills anonymous', 'pills-anonymous'],
    ['heroin anonymus', 'heroin-anonymous'],
    ['recovery dharma', 'recovery-dharma'],
    ['in the rooms', 'in-the-rooms'],
    ['synagogue', 'faith-community'],
    ['mosque', 'faith-community'],
  ];
  for (const [query, id] of FIRST) {
    it(`puts ${id} first for “${query}”`, () => expect(ids(query)[0]).to.equal(id));
  }

  /** [query, records that must be among the results] */
  const FINDS: [string, string[]][] = [
    ['Suboxone', ['mara', 'smart-recovery']],
    ['suboxone', ['mara', 'smart-recovery']],
    ['Sublocade', ['mara', 'smart-recovery']],
    ['methadone', ['mara', 'smart-recovery']],
    ['buprenorphine', ['mara', 'smart-recovery']],
    ['MOUD', ['mara', 'smart-recovery']],
    ['MAT', ['mara', 'smart-recovery']],
    ['Narcan', ['never-use-alone', 'learn-to-cope']],
    ['naloxone', ['never-use-alone', 'learn-to-cope']],
    ['family', ['nar-anon', 'smart-family-friends', 'learn-to-cope']],
    ['familia', ['nar-anon', 'smart-family-friends']],
    ['español', ['samhsa-helpline', 'lifeline-988']],
    ['espanol', ['samhsa-helpline', 'lifeline-988']],
    ['online', ['in-the-rooms', 'smart-recovery']],
    ['crisis', ['lifeline-988', 'veterans-crisis-line']],
    ['suboxone family', ['ask-your-provider']],
  ];
  for (const [query, expected] of FINDS) {
    it(`finds ${expected.join(', ')} for “${query}”`, () => expect(ids(query)).to.include.members(expected));
  }

  it('does not offer medication-friendly searches the groups that have not said they are', () => {
    expect(ids('suboxone')).not.to.include('heroin-anonymous');
  });

  it('lists everything, 24/7 lines first, when the query is empty or spaces', () => {
    for (const query of ['', '   ']) {
      const all = ids(query);
      expect(all).to.have.length(bundled.resources.length);
      expect(all.slice(0, 3).sort()).to.deep.equal(['lifeline-988', 'samhsa-helpline', 'veterans-crisis-line']);
    }
  });

  for (const query of ['zzqxv', 'xylophone', '<script>', '.*', '(((', '\\', '👋', 'a'.repeat(10_000)]) {
    it(`returns a list and does not throw for “${query.slice(0, 12)}”`, () => {
      expect(searcher.search(query)).to.be.an('array');
    });
  }
});

describe('search: ranking rules', () => {
  it('ranks an exact name above a closer fuzzy match elsewhere', () => {
    const s = createSearcher(records({ name: 'Hope Group', summary: 'hope' }, { name: 'Hope' }));
    expect(s.search('hope').map((r) => r.name)[0]).to.equal('Hope');
  });

  it('ranks an exact alias first', () => {
    const s = createSearcher(records({ name: 'Narrow Way' }, { name: 'Nothing Alike', aliases: ['NW'] }));
    expect(s.search('nw')[0].name).to.equal('Nothing Alike');
  });

  it('matches words in any order', () => {
    const s = createSearcher(records({ name: 'Tuesday Night Hope Meeting' }, { name: 'Other' }));
    expect(s.search('hope tuesday').map((r) => r.name)).to.deep.equal(['Tuesday Night Hope Meeting']);
  });

  it('works on an empty list', () => {
    expect(createSearcher([]).search('anything')).to.deep.equal([]);
    expect(createSearcher([]).search('')).to.deep.equal([]);
  });
});
