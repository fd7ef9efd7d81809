import { expect } from '@open-wc/testing';
import { joinLocal, mergeRecords } from '../src/records/merge.js';
import { records } from './helpers.js';

const national = records({ id: 'na', name: 'National NA' }, { id: 'al-anon', name: 'Al-Anon' }, { id: 'cr', name: 'CR' });
const local = records({ id: 'st-marks', name: 'St. Mark’s meeting' }, { id: 'na', name: 'Our NA group' });

describe('records: merging the host’s records with the national ones', () => {
  it('puts local records first, marks them, and lets one replace the national record with its id', () => {
    const merged = mergeRecords(national, local);
    expect(merged.map((r) => r.name)).to.deep.equal(['St. Mark’s meeting', 'Our NA group', 'Al-Anon', 'CR']);
    expect(merged.map((r) => Boolean(r.local))).to.deep.equal([true, true, false, false]);
    expect(merged.map((r) => r.order)).to.deep.equal([0, 1, 2, 3]);
  });

  it('hides national records by id, never local ones', () => {
    const merged = mergeRecords(national, records({ id: 'al-anon', name: 'Our family group' }), { hide: ['al-anon', 'cr'] });
    expect(merged.map((r) => r.name)).to.deep.equal(['Our family group', 'National NA']);
  });

  it('shows only local records with localOnly', () => {
    expect(mergeRecords(national, local, { localOnly: true }).map((r) => r.id)).to.deep.equal(['st-marks', 'na']);
  });

  it('shows the national records unchanged with no local ones', () => {
    expect(mergeRecords(national, []).map((r) => r.id)).to.deep.equal(['na', 'al-anon', 'cr']);
  });

  it('lets a later source replace an earlier one’s record with the same id', () => {
    const joined = joinLocal(records({ id: 'a', name: 'inline A' }, { id: 'b', name: 'inline B' }), records({ id: 'a', name: 'feed A' }));
    expect(joined.map((r) => r.name)).to.deep.equal(['feed A', 'inline B']);
  });
});
