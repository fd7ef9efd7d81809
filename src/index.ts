import { OudSupportFinder } from './oud-support-finder.js';

export { OudSupportFinder };
export { bakeResources } from './records/baked.js';
export type { ResourceInput, Resource, Meeting } from './records/types.js';

/** The one side effect of the package: register the element, once, however often the script is loaded. */
if (!customElements.get('oud-support-finder')) customElements.define('oud-support-finder', OudSupportFinder);

declare global {
  interface HTMLElementTagNameMap {
    'oud-support-finder': OudSupportFinder;
  }
}
