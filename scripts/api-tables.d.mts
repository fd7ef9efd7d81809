// Types for scripts/api-tables.mjs, so that test/api-docs.test.ts can import it under `strict`.

/** A Custom Elements Manifest, as far as the tables read it. */
export interface Manifest {
  modules?: Array<{ declarations?: Array<Record<string, any>> }>;
}

export const GENERATED_NOTE: string;
export const START: string;
export const END: string;

/** The README's API tables for every custom element in the manifest, as Markdown ending with a newline. */
export function apiTables(manifest: Manifest): string;
/** The text between the markers, or undefined when they are missing or out of order. */
export function betweenMarkers(readme: string): string | undefined;
/** `readme` with the text between the markers replaced by `tables`. */
export function replaceBetweenMarkers(readme: string, tables: string): string;
