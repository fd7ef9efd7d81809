import { expect } from '@open-wc/testing';
import { distances, formatDistance, kmBetween, nearestFirst, parsePlace, withinCounts } from '../src/filters/distance.js';
import { mapsHref } from '../src/ui/links.js';
import { records } from './helpers.js';

describe('distance: places, kilometres and order', () => {
  /** [attribute value, the place read (undefined: not a place)] */
  const PLACES: [string | null, unknown][] = [
    ['40.71,-74.00', { latitude: 40.71, longitude: -74 }],
    [' 40.71, -74.00 ', { latitude: 40.71, longitude: -74 }],
    ['40.71 -74', undefined],
    ['40.71,', undefined],
    [',-74', undefined],
    ['-33.87,151.21', { latitude: -33.87, longitude: 151.21 }],
    ['91,0', undefined],
    ['0,181', undefined],
    ['40.71', undefined],
    ['New York', undefined],
    ['40.71,-74.00,5', undefined],
    ['', undefined],
    [null, undefined],
  ];
  for (const [value, place] of PLACES) {
    it(`reads near=${JSON.stringify(value)}`, () => expect(parsePlace(value)).to.deep.equal(place));
  }

  /** [from, to, kilometres expected (within 0.5%)]: distances measured on a map. */
  const KM: [string, string, number][] = [
    ['40.7128,-74.0060', '40.7128,-74.0060', 0],
    ['40.7128,-74.0060', '34.0522,-118.2437', 3936], // New York to Los Angeles
    ['51.5007,-0.1246', '48.8584,2.2945', 340.7], // London to Paris
    ['39.7817,-89.6501', '39.7990,-89.6440', 2.0], // across Springfield, Illinois
  ];
  for (const [from, to, km] of KM) {
    it(`measures ${from} to ${to} as about ${km} km`, () => {
      const got = kmBetween(parsePlace(from)!, parsePlace(to)!);
      expect(got).to.be.closeTo(km, Math.max(km * 0.005, 0.01));
    });
  }

  /** [km, unit, words] */
  const WORDS: [number, 'mi' | 'km', string][] = [
    [1.3, 'mi', '0.8 mi'],
    [1.3, 'km', '1.3 km'],
    [0, 'mi', '0.1 mi'],
    [16.09344, 'mi', '10 mi'],
    [15.9, 'mi', '9.9 mi'],
    [40.2, 'km', '40 km'],
    [2, 'km', '2 km'],
  ];
  for (const [km, unit, words] of WORDS) {
    it(`writes ${km} km as “${words}” in ${unit}`, () => expect(formatDistance(km, unit)).to.equal(words));
  }

  const here = { latitude: 39.7817, longitude: -89.6501 };
  const set = records(
    { id: 'helpline' },
    { id: 'far-hall', latitude: 40.1164, longitude: -88.2434, formats: ['in-person'] }, // Champaign, about 79 miles
    { id: 'near-hall', latitude: 39.799, longitude: -89.644, formats: ['in-person'] }, // about 1.2 miles
    { id: 'far-hybrid', latitude: 41.8781, longitude: -87.6298, formats: ['in-person', 'online'] }, // Chicago
    { id: 'no-place', address: '9 Library Lane', formats: ['in-person'] },
    { id: 'mid-hall', latitude: 39.85, longitude: -89.54, formats: ['in-person'] }, // about 7.5 miles
  );

  it('measures only records with a place, once per record set and place', () => {
    const km = distances(set, here);
    expect([...km.keys()]).to.deep.equal(['far-hall', 'near-hall', 'far-hybrid', 'mid-hall']);
    expect(distances(set, here), 'the same set and place reuse the distances').to.equal(km);
    expect(distances(set, { latitude: 40, longitude: -89 }), 'another place measures again').not.to.equal(km);
  });

  /** [within, unit, ids in order] */
  const ORDERS: [number, 'mi' | 'km', string[]][] = [
    [0, 'mi', ['near-hall', 'mid-hall', 'far-hall', 'far-hybrid', 'helpline', 'no-place']],
    [25, 'mi', ['near-hall', 'mid-hall', 'far-hybrid', 'helpline', 'no-place']],
    [5, 'mi', ['near-hall', 'far-hybrid', 'helpline', 'no-place']],
    [1, 'mi', ['far-hybrid', 'helpline', 'no-place']],
    [10, 'km', ['near-hall', 'far-hybrid', 'helpline', 'no-place']],
  ];
  for (const [within, unit, ids] of ORDERS) {
    it(`puts places nearest first${within ? `, within ${within} ${unit}` : ''}, never hiding lines or online meetings`, () => {
      expect(nearestFirst(set, distances(set, here), within, unit).map((r) => r.id)).to.deep.equal(ids);
    });
  }

  it('counts what each distance choice keeps, as the choices show it, and as the list would have it', () => {
    const km = distances(set, here);
    expect(withinCounts(set, km, 'mi'), 'any, 1, 5, 10, 25 mi').to.deep.equal([6, 3, 4, 5, 5]);
    expect(withinCounts(set, km, 'km'), 'any, 1, 5, 10, 25 km').to.deep.equal([6, 3, 4, 4, 5]);
    expect(withinCounts(set, km, 'mi')[2]).to.equal(nearestFirst(set, km, 5, 'mi').length);
  });

  it('keeps the order it was given when nothing has a place', () => {
    const plain = records({ id: 'b' }, { id: 'a' });
    expect(nearestFirst(plain, distances(plain, here), 5).map((r) => r.id)).to.deep.equal(['b', 'a']);
  });
});

describe('links: directions', () => {
  const place = { latitude: 39.799, longitude: -89.644, address: 'Riverside Church, 120 Elm Street, Springfield, IL' };
  const onlyAddress = { address: '120 Elm St & Oak, Springfield' };
  /** [maps, place, href] */
  const MAPS: [string | undefined, object, string | undefined][] = [
    [undefined, place, 'https://www.google.com/maps/dir/?api=1&destination=39.799%2C-89.644'],
    ['google', onlyAddress, 'https://www.google.com/maps/dir/?api=1&destination=120%20Elm%20St%20%26%20Oak%2C%20Springfield'],
    ['apple', place, 'https://maps.apple.com/?daddr=39.799%2C-89.644'],
    ['osm', place, 'https://www.openstreetmap.org/directions?to=39.799%2C-89.644'],
    ['none', place, undefined],
    ['constructor', place, 'https://www.google.com/maps/dir/?api=1&destination=39.799%2C-89.644'],
    ['google', {}, undefined],
    ['google', { address: 'lone \ud800 surrogate' }, undefined],
  ];
  for (const [maps, at, href] of MAPS) {
    it(`maps=${maps} to ${JSON.stringify(at)} → ${href}`, () => expect(mapsHref(maps, at)).to.equal(href));
  }
});
