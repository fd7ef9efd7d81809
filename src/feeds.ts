/*
 * `dist/oud-support-finder-feeds.js`: the readers of Meeting Guide, HSDS and BMLT feeds, as a classic script a
 * page adds after (or before) the finder's when it shows such a feed. It declares no global name: the readers
 * join the page-wide store of records/feeds/formats.ts, and finders that already refused a feed read it again.
 */
import './records/feeds/detect.js';
