/*
 * The ES module's entry, for apps that bundle the finder: the element, registered, with every feed reader
 * (Meeting Guide, HSDS, BMLT). The classic script (classic.ts) leaves the readers to feeds.ts.
 */
import './define.js';
import './records/feeds/detect.js';

export { OudSupportFinder } from './oud-support-finder.js';
export { bakeResources } from './records/baked.js';
export type { ResourceInput, Resource, Meeting } from './records/types.js';
