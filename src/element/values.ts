/*
 * Odd values for the element's attributes and properties. Frameworks and host scripts may set `null`,
 * `undefined`, numbers or objects, and removing an attribute gives `null`: each property then falls back to its
 * default, with one console warning, so the finder never blanks or freezes. Each property's kind is the one its
 * declaration gives Lit (Boolean, Number, a word-list converter without a type, else text), so a new attribute
 * needs no list here. Pure: the element calls `settle` first thing in `willUpdate`.
 */
import type { PropertyDeclaration } from 'lit';

/** Puts every changed property that holds an odd value back to its default. */
export function settle(el: HTMLElement, changed: ReadonlyMap<PropertyKey, unknown>): void {
  const props = el as unknown as Record<string, unknown>;
  const declared = (el.constructor as unknown as { elementProperties: Map<string, PropertyDeclaration> }).elementProperties;
  for (const [name, { type, converter, attribute }] of declared) {
    // Only what changed, and never state (attribute false): this runs on every update, each keystroke too.
    if (!changed.has(name) || attribute === false) continue;
    const value = props[name];
    const items = [value].flat();
    // A word list has a converter of its own and no type (a declaration of `{}` gets Lit's String type and converter).
    const list = !type && converter;
    // A word list (words in a list or in one text) keeps its words and drops anything else. Numbers fall back
    // to unset: the element and controllers read unset (and 0 where 0 makes no sense) as their default
    // (`src-timeout` 10, `idle-timeout` 90 in kiosk mode).
    const fallback =
      type == Boolean ? false
      : type == Number ? undefined
      : list ? items.filter((word) => typeof word == 'string')
      : '';
    if (
      // Seconds are a number, 0 or more, finite (not NaN, -1 or 1e309).
      !(list ? (fallback as unknown[]).length == items.length
      : type == Number ? Number.isFinite(value) && (value as number) >= 0
      : typeof value == typeof fallback)
    ) {
      console.warn(`[oud-support-finder] ${name}: ignored an odd value`);
      props[name] = fallback;
    }
  }
}
