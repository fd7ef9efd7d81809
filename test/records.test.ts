import { expect } from '@open-wc/testing';
import { Validator } from '@cfworker/json-schema';
import data from '../data/resources.json';
import schema from '../data/resource.schema.json';
import { checkRecords, describeProblem } from '../src/records/check.js';
import { APPROACHES, AUDIENCES, FORMATS, KINDS } from '../src/records/types.js';

const schemaValidator = new Validator(schema as object, '2020-12', false);
const schemaAccepts = (records: unknown) => schemaValidator.validate(records).valid;

const good = { id: 'st-marks-na', name: 'NA at St. Mark’s' };

/** [what is wrong, the record, the field the problem must name] */
const BAD: [string, Record<string, unknown>, string][] = [
  ['no id', { name: 'Nameless id' }, 'id'],
  ['no name', { id: 'no-name' }, 'name'],
  ['empty name', { id: 'x', name: '   ' }, 'name'],
  ['id with spaces', { id: 'St Marks', name: 'x' }, 'id'],
  ['id upper case', { id: 'NA', name: 'x' }, 'id'],
  ['name not text', { id: 'x', name: 42 }, 'name'],
  ['unknown kind', { ...good, kind: 'rehab' }, 'kind'],
  ['audience not a list', { ...good, audience: 'family' }, 'audience'],
  ['unknown audience', { ...good, audience: ['kids'] }, 'audience'],
  ['repeated approach', { ...good, approaches: ['12-step', '12-step'] }, 'approaches'],
  ['unknown approach', { ...good, approaches: ['twelve'] }, 'approaches'],
  ['unknown format', { ...good, formats: ['fax'] }, 'formats'],
  ['language name', { ...good, languages: ['English'] }, 'languages'],
  ['unknown cost', { ...good, cost: 'cheap' }, 'cost'],
  ['24/7 as text', { ...good, open247: 'yes' }, 'open247'],
  ['medication flag as text', { ...good, medicationFriendly: 'true' }, 'medicationFriendly'],
  ['phone with letters', { ...good, phone: '1-800-HELP' }, 'phone'],
  ['phone as number', { ...good, phone: 8006624357 }, 'phone'],
  ['javascript url', { ...good, url: 'javascript:alert(1)' }, 'url'],
  ['data url', { ...good, url: 'data:text/html,<b>x</b>' }, 'url'],
  ['url without scheme', { ...good, url: 'na.org' }, 'url'],
  ['chat url with spaces', { ...good, chatUrl: 'https://a b.org' }, 'chatUrl'],
  ['link without url', { ...good, links: [{ label: 'More' }] }, 'links'],
  ['link with javascript', { ...good, links: [{ label: 'More', url: 'javascript:void 0' }] }, 'links'],
  ['howTo as text', { ...good, howTo: 'Call us' }, 'howTo'],
  ['empty howTo step', { ...good, howTo: ['Call', ''] }, 'howTo'],
  ['say as list', { ...good, say: ['Hi'] }, 'say'],
  ['verified not a date', { ...good, verified: 'last week' }, 'verified'],
  ['verified in US order', { ...good, verified: '11/26/2026' }, 'verified'],
  ['huge summary', { ...good, summary: 'x'.repeat(5000) }, 'summary'],
  ['aliases with a number', { ...good, aliases: ['NA', 7] }, 'aliases'],
  ['meeting without a start', { ...good, schedule: [{ day: 'tue' }] }, 'schedule'],
  ['meeting on a day name', { ...good, schedule: [{ day: 'Tuesday', start: '19:00' }] }, 'schedule'],
  ['meeting at 7 pm', { ...good, schedule: [{ day: 'tue', start: '7pm' }] }, 'schedule'],
  ['meeting ending at 24:30', { ...good, schedule: [{ day: 'tue', start: '19:00', end: '24:30' }] }, 'schedule'],
  ['meeting with an unknown field', { ...good, schedule: [{ day: 'tue', start: '19:00', room: 'B' }] }, 'schedule'],
  ['extra phone without a label', { ...good, extraPhones: [{ phone: '555-0100' }] }, 'extraPhones'],
  ['translation in a language name', { ...good, translations: { Spanish: { summary: 'Hola' } } }, 'translations'],
  ['translation with an unknown field', { ...good, translations: { es: { resumen: 'Hola' } } }, 'translations'],
  ['translation with empty steps', { ...good, translations: { es: { howTo: [''] } } }, 'translations'],
  ['translation with a javascript link', { ...good, translations: { es: { links: [{ label: 'Más', url: 'javascript:x' }] } } }, 'translations'],
  ['latitude as text', { ...good, latitude: '40.71' }, 'latitude'],
  ['latitude past the pole', { ...good, latitude: 91 }, 'latitude'],
  ['longitude past the date line', { ...good, longitude: -180.5 }, 'longitude'],
  ['extra phone with letters', { ...good, extraPhones: [{ label: 'Office', phone: 'call us' }] }, 'extraPhones'],
];

describe('records: checking', () => {
  for (const [what, record, field] of BAD) {
    it(`skips a record with ${what}, naming the field`, () => {
      const { resources, problems } = checkRecords([record, good]);
      expect(resources.map((r) => r.id), 'the good record stays').to.deep.equal([good.id]);
      expect(problems.map((p) => p.field)).to.include(field);
      expect(problems.every((p) => p.skipped)).to.equal(true);
      expect(schemaAccepts([record]), 'the JSON Schema rejects it too').to.equal(false);
    });
  }

  it('accepts a local meeting with a schedule and two phones', () => {
    const meeting = {
      ...good,
      kind: 'meeting',
      schedule: [{ day: 'tue', start: '19:00', end: '20:00' }, { day: 'sat', start: '10:30' }],
      phone: '555-0100',
      extraPhones: [{ label: 'After hours', phone: '(555) 010-0199' }],
      address: '12 Main St, Springfield',
      latitude: 39.7817,
      longitude: -89.6501,
    };
    const { resources, problems } = checkRecords([meeting]);
    expect(problems).to.deep.equal([]);
    expect(resources[0].schedule).to.have.length(2);
    expect(schemaAccepts([meeting])).to.equal(true);
  });

  it('accepts a minimal record and fills every list', () => {
    const { resources, problems } = checkRecords([good]);
    expect(problems).to.deep.equal([]);
    expect(resources[0]).to.include({ id: good.id, kind: 'other', open247: false, medicationFriendly: false });
    expect(resources[0].howTo).to.deep.equal([]);
    expect(schemaAccepts([good])).to.equal(true);
  });

  it('keeps a record with an unknown field, and says the field was ignored', () => {
    const { resources, problems } = checkRecords([{ ...good, phon: '555' }]);
    expect(resources).to.have.length(1);
    expect((resources[0] as unknown as Record<string, unknown>).phon).to.equal(undefined);
    expect(problems).to.have.length(1);
    expect(describeProblem(problems[0])).to.contain('“st-marks-na”').and.contain('“phon”').and.contain('ignored');
  });

  it('treats fields named like Object.prototype members as unknown fields, at every level', () => {
    const record = JSON.parse(
      '{"id":"st-marks-na","name":"NA","constructor":1,"toString":"x","links":[{"label":"Site","url":"https://example.org","valueOf":1}]}',
    );
    const { resources, problems } = checkRecords([record]);
    expect(problems.map(describeProblem)).to.deep.equal([
      '“st-marks-na”, field “constructor”: is not a field we know, so it was ignored',
      '“st-marks-na”, field “toString”: is not a field we know, so it was ignored',
      '“st-marks-na”, field “links”: item 1 has “valueOf”, which is not a field we know (skipped)',
    ]);
    expect(resources, 'the nested unknown field keeps the record off screen').to.have.length(0);
  });

  it('reads an object with a resources list as well as a bare list', () => {
    expect(checkRecords({ resources: [good] }).resources).to.have.length(1);
  });

  for (const [what, input] of [
    ['null', null],
    ['a string', 'records'],
    ['a number', 3],
    ['an object without resources', { records: [] }],
  ] as const) {
    it(`reports ${what} as the wrong shape and never throws`, () => {
      const { resources, problems } = checkRecords(input);
      expect(resources).to.deep.equal([]);
      expect(problems[0].message).to.contain('list of records');
    });
  }

  it('skips records that are not objects and a second record with the same id', () => {
    const { resources, problems } = checkRecords([null, 'x', [], good, { ...good, name: 'Copy' }]);
    expect(resources.map((r) => r.name)).to.deep.equal([good.name]);
    expect(problems.map((p) => p.record)).to.deep.equal(['record 1', 'record 2', 'record 3', good.id]);
  });
});

describe('records: the bundled data', () => {
  const { resources, problems } = checkRecords(data);
  const byId = new Map(resources.map((r) => [r.id, r]));

  it('passes the JSON Schema and the run-time check with no problem', () => {
    const result = schemaValidator.validate(data);
    expect(result.errors.map((e) => `${e.instanceLocation} ${e.error}`)).to.deep.equal([]);
    expect(problems.map(describeProblem)).to.deep.equal([]);
    expect(resources).to.have.length(data.length);
  });

  it('gives every record the full set of fields a card needs', () => {
    // `languages` is left out where it is not known (a place near you), so the card claims none.
    const needed = ['kind', 'summary', 'audience', 'approaches', 'formats', 'howTo', 'say', 'aliases', 'verified', 'source'];
    for (const record of data as Record<string, unknown>[]) {
      const missing = needed.filter((field) => !(field in record));
      expect(missing, `${record.id} lacks ${missing.join(', ')}`).to.deep.equal([]);
      expect((record.howTo as string[]).length, `${record.id} has a few steps`).to.be.within(2, 5);
    }
  });

  it('has the public ids hosts refer to', () => {
    for (const id of ['samhsa-helpline', 'lifeline-988', 'narcotics-anonymous', 'nar-anon', 'mara', 'smart-recovery', 'al-anon', 'celebrate-recovery']) {
      expect(byId.has(id), id).to.equal(true);
    }
  });

  it('labels only the three confirmed lines 24/7', () => {
    const open = resources.filter((r) => r.open247).map((r) => r.id);
    expect(open.sort()).to.deep.equal(['lifeline-988', 'samhsa-helpline', 'veterans-crisis-line']);
  });

  it('marks MARA and SMART Recovery as welcoming people on medication', () => {
    expect(byId.get('mara')!.medicationFriendly).to.equal(true);
    expect(byId.get('smart-recovery')!.medicationFriendly).to.equal(true);
  });

  it('lists Al-Anon, for families of people who drink, after the drug-focused family groups', () => {
    const at = (id: string) => resources.findIndex((r) => r.id === id);
    for (const id of ['nar-anon', 'smart-family-friends', 'learn-to-cope', 'grasp']) expect(at(id)).to.be.below(at('al-anon'));
  });

  it('uses the same words as the JSON Schema for every facet', () => {
    const defs = (schema as unknown as { $defs: { resource: { properties: Record<string, { enum?: string[]; items?: { enum: string[] } }> } } }).$defs.resource.properties;
    expect(defs.kind.enum).to.deep.equal([...KINDS]);
    expect(defs.audience.items!.enum).to.deep.equal([...AUDIENCES]);
    expect(defs.approaches.items!.enum).to.deep.equal([...APPROACHES]);
    expect(defs.formats.items!.enum).to.deep.equal([...FORMATS]);
  });

  it('uses person-first words', () => {
    const text = JSON.stringify(data).toLowerCase();
    for (const word of ['addict', 'addicts', 'junkie', 'abuser', 'druggie', 'clean and sober']) {
      expect(new RegExp(`\\b${word}\\b`).test(text), word).to.equal(false);
    }
  });
});
