import { OudSupportFinder } from './oud-support-finder.js';

/** The one side effect of the package: register the element, once, however often the script is loaded. */
if (!customElements.get('oud-support-finder')) customElements.define('oud-support-finder', OudSupportFinder);

declare global {
  interface HTMLElementTagNameMap {
    'oud-support-finder': OudSupportFinder;
  }
}
