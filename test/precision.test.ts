import { expect } from '@open-wc/testing';
import { checkRecords } from '../src/records/check.js';
import { fromMeetingGuide } from '../src/records/feeds/meeting-guide.js';
import { createSearcher } from '../src/search/search.js';
import { TYPE_QUERIES, carries, intergroupFeed } from './fixtures/intergroup-feed.js';
import type { FeedMeeting } from './fixtures/intergroup-feed.js';

/*
 * Precision you can state: in a feed of the shape of a real intergroup's Meeting Guide export, a query naming a
 * meeting type, typed right or with a typo or two, lists the meetings of that type first, all of them, and not
 * the whole feed.
 */
for (const size of [123, 2000]) {
  describe(`precision: an intergroup feed of ${size} meetings`, () => {
    const feed = intergroupFeed(size);
    const { resources } = checkRecords(fromMeetingGuide(feed));
    const searcher = createSearcher(resources);
    const meetingOf = new Map(resources.map((r, i) => [r, feed[i]]));

    it('reads every meeting of the feed', () => expect(resources).to.have.length(feed.length));

    for (const [query, code, words] of TYPE_QUERIES) {
      it(`“${query}”: at most one of the top 10 lacks ${code}, every ${code} meeting is found, and not every meeting`, () => {
        const found = searcher.search(query);
        const top = found.slice(0, 10);
        const off = top.filter((r) => !carries(meetingOf.get(r)!, code, words)).map((r) => `${r.name}: ${r.summary}`);
        expect(off.length, `results that do not carry ${code}: ${off.join(' | ')}`).to.be.at.most(Math.min(1, top.length - 1));
        const missed = feed.filter((m) => m.types.includes(code) && !found.some((r) => meetingOf.get(r) === m));
        expect(missed.map((m) => m.name), `${code} meetings not found`).to.deep.equal([]);
        expect(found.length, 'not the whole feed').to.be.below(resources.length);
      });
    }
  });
}

/** What each word of a multi-word query asks of a meeting: a type (code and words) or a day of the week. */
const ASKS: Record<string, [string, string[]] | number> = {
  women: ['W', ['women']],
  speaker: ['SP', ['speaker']],
  spanish: ['S', ['spanish', 'espanol']],
  online: ['ONL', ['online']],
  step: ['ST', ['step']],
  beginners: ['BE', ['beginner', 'newcomer']],
  discussion: ['D', ['discussion']],
  tuesday: 2,
  martes: 2,
  friday: 5,
  saturday: 6,
  sat: 6,
};

describe('multi-word queries: every word narrows, across fields and days', () => {
  const feed = intergroupFeed(2000);
  const { resources } = checkRecords(fromMeetingGuide(feed));
  const searcher = createSearcher(resources);
  const meetingOf = new Map(resources.map((r, i) => [r, feed[i]]));
  const has = (meeting: FeedMeeting, word: string) => {
    const ask = ASKS[word];
    const days = ([] as number[]).concat(meeting.day);
    return typeof ask === 'number' ? days.includes(ask) || carries(meeting, '', [word]) : carries(meeting, ...ask);
  };

  for (const query of [
    'women speaker',
    'speaker women',
    'spanish online tuesday',
    'step saturday',
    'step sat',
    'online beginners',
    'discussion martes',
    'women friday discussion',
  ]) {
    it(`“${query}” lists the meetings that have every word, and only those`, () => {
      const words = query.split(' ');
      const found = searcher.search(query).map((r) => meetingOf.get(r)!);
      const stray = found.filter((m) => !words.every((w) => has(m, w))).map((m) => `${m.name} (${m.types}, day ${m.day})`);
      expect(stray, 'results missing a word').to.deep.equal([]);
      const wanted = feed.filter((m) => words.every((w) => has(m, w)));
      expect(wanted.length, 'the fixture has such meetings').to.be.above(0);
      expect(found.length, 'every meeting that has every word').to.equal(wanted.length);
    });
  }

  it('puts the same meetings first whatever the order of the words', () => {
    const ids = (q: string) => searcher.search(q).map((r) => r.id).sort();
    expect(ids('speaker women')).to.deep.equal(ids('women speaker'));
  });
});
