/*
 * The classic script's entry: it registers the finder and declares nothing on the page, so a page's own
 * `let OudSupportFinder` (or any other name) cannot clash with it. Scripts made by `bundle` reach
 * `bakeResources` through the page-wide store in records/baked.ts instead of a global name.
 */
import './index.js';
