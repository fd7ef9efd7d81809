import { expect } from '@open-wc/testing';
import { bundled } from '../src/records/bundled.js';
import { fold } from '../src/search/fold.js';
import { typeNear } from '../src/search/meaning.js';
import { createSearcher } from '../src/search/search.js';
import type { Resource } from '../src/records/types.js';
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

  it('finds meetings by their days, in English and Spanish, below a record that says the day', () => {
    const s = createSearcher(
      records(
        { name: 'Hope', schedule: [{ day: 'tue', start: '19:00' }] },
        { name: 'Unity', schedule: [{ day: 'wed', start: '19:00' }] },
        { name: 'Tuesday Night Women' },
      ),
    );
    expect(s.search('tuesday').map((r) => r.name)).to.deep.equal(['Tuesday Night Women', 'Hope']);
    for (const query of ['tues', 'martes']) expect(s.search(query).map((r) => r.name), query).to.include('Hope').and.not.include('Unity');
    expect(s.search('hope tuesday').map((r) => r.name), 'each word narrows').to.deep.equal(['Hope']);
    expect(s.search('miercoles').map((r) => r.name)).to.deep.equal(['Unity']);
  });

  it('works on an empty list', () => {
    expect(createSearcher([]).search('anything')).to.deep.equal([]);
    expect(createSearcher([]).search('')).to.deep.equal([]);
  });
});

describe('search: fields weighed by what they mean', () => {
  const names = (found: Resource[]) => found.map((r) => r.name);

  it('finds derived keywords by whole words or a prefix, never by a typo', () => {
    const s = createSearcher(records({ name: 'Hope', medicationFriendly: true }, { name: 'Other' }));
    for (const query of ['suboxone', 'Subox', 'sub', 'mat', 'moud']) expect(names(s.search(query)), query).to.deep.equal(['Hope']);
    for (const query of ['suboxne', 'oxone', 'methadon clinic']) expect(names(s.search(query)), query).to.deep.equal([]);
  });

  it('ranks a record that says the word above one that only answers it by its facts', () => {
    const s = createSearcher(records({ name: 'Answers it', medicationFriendly: true }, { name: 'Says it', summary: 'Suboxone welcome.' }));
    expect(names(s.search('suboxone'))).to.deep.equal(['Says it', 'Answers it']);
  });

  it('does not list every 12-step or peer-support meeting for "step" or "speker"', () => {
    const s = createSearcher(
      records(
        { name: 'Hope', kind: 'meeting', approaches: ['12-step', 'peer-support'], summary: 'Open meeting. Speaker.' },
        { name: 'Serenity', kind: 'meeting', approaches: ['12-step', 'peer-support'], summary: 'Step study.' },
        { name: 'Unity', kind: 'meeting', approaches: ['12-step', 'peer-support'], summary: 'Discussion.' },
      ),
    );
    expect(names(s.search('step'))).to.deep.equal(['Serenity']);
    expect(names(s.search('speker'))).to.deep.equal(['Hope']);
    expect(names(s.search('12 step')), 'the whole phrase still finds them all').to.have.length(3);
    expect(names(s.search('peer s'))).to.have.length(3);
  });

  it('searches a meeting’s types as words of their own, typos and other words for them included', () => {
    const s = createSearcher(
      records(
        { name: 'Serenity Seekers', kind: 'meeting', summary: 'Discussion.' },
        { name: 'Hope', kind: 'meeting', summary: 'Speaker. Newcomers welcome.' },
        { name: 'Zoom Room', kind: 'meeting', formats: ['online'], languages: ['es'] },
      ),
    );
    for (const query of ['speaker', 'speker', 'spaeker', 'beginners', 'begginers']) {
      expect(names(s.search(query)), query).to.deep.equal(['Hope']);
    }
    for (const query of ['onlne', 'spansh']) expect(names(s.search(query)), query).to.deep.equal(['Zoom Room']);
    expect(names(s.search('seekers')), 'a name still finds its record').to.deep.equal(['Serenity Seekers']);
  });
});

describe('search: reading a typo of a meeting type', () => {
  /** [what a person typed, the meeting type it means, or undefined] */
  const TABLE: [string, string | undefined][] = [
    ['speker', 'speaker'],
    ['spaeker', 'speaker'],
    ['stpe', 'step'],
    ['setp', 'step'],
    ['womne', 'women'],
    ['wommen', 'women'],
    ['begginers', 'beginners'],
    ['onlien', 'online'],
    ['spansh', 'spanish'],
    ['speaker', 'speaker'],
    ['stp', undefined], // three letters or fewer must be exact
    ['hope', undefined],
    ['spkr', undefined], // three typos in four letters
    ['', undefined],
  ];
  for (const [word, type] of TABLE) {
    it(`reads “${word}” as ${type ?? 'no type'}`, () => expect(typeNear(word)).to.equal(type));
  }
});
