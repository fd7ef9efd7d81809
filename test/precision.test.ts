import { expect } from '@open-wc/testing';
import { checkRecords } from '../src/records/check.js';
import { fromMeetingGuide } from '../src/records/feeds/meeting-guide.js';
import { createSearcher } from '../src/search/search.js';
import { TYPE_QUERIES, carries, intergroupFeed } from './fixtures/intergroup-feed.js';

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
