/*
 * The classic script's entry: it registers the finder and declares nothing on the page, so a page's own
 * `let OudSupportFinder` (or any other name) cannot clash with it. Scripts made by `bundle` reach
 * `bakeResources` through the page-wide store in records/baked.ts instead of a global name. The feed readers
 * are a second script (feeds.ts), for the pages that show a Meeting Guide, HSDS or BMLT feed.
 */
import './define.js';
