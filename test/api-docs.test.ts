import { expect } from '@open-wc/testing';
import { END, START, apiTables, betweenMarkers } from '../scripts/api-tables.mjs';
import type { Manifest } from '../scripts/api-tables.mjs';

/*
 * The README's API tables are generated from custom-elements.json, which `npm run build` writes from the
 * element's JSDoc (npm test builds first). These tests fail when someone edits the tables by hand, or changes
 * the JSDoc without running the build.
 */

interface Attribute {
  name: string;
}
interface Declaration {
  tagName?: string;
  customElement?: boolean;
  attributes?: Attribute[];
  events?: { name: string }[];
  cssParts?: { name: string }[];
  cssProperties?: { name: string }[];
  slots?: { name: string }[];
}

let manifest: Manifest & { modules: { path: string; declarations?: Declaration[] }[] };
let readme = '';
let finder: Declaration;

const normalise = (text: string) => text.replace(/\r\n/g, '\n').trim();

before(async () => {
  const [manifestResponse, readmeResponse] = await Promise.all([fetch('/custom-elements.json'), fetch('/README.md')]);
  expect(manifestResponse.ok, 'custom-elements.json exists at the package root (run `npm run build`)').to.equal(true);
  expect(readmeResponse.ok, 'README.md is served').to.equal(true);
  manifest = await manifestResponse.json();
  readme = await readmeResponse.text();
  finder = manifest.modules
    .flatMap((mod) => mod.declarations ?? [])
    .find((declaration) => declaration.tagName === 'oud-support-finder')!;
});

describe('API docs: custom-elements.json', () => {
  it('describes <oud-support-finder> as a custom element', () => {
    expect(finder, 'the manifest has a declaration with tagName oud-support-finder').to.exist;
    expect(finder.customElement).to.equal(true);
  });

  it('lists the attributes, events, parts, custom properties and slots from the JSDoc', () => {
    const names = (items?: { name: string }[]) => (items ?? []).map((item) => item.name);
    expect(names(finder.attributes)).to.include.members(['query', 'audience', 'medication-friendly', 'host-name', 'kiosk', 'idle-timeout']);
    expect(names(finder.events)).to.include('osf-data-error');
    expect(names(finder.cssParts)).to.include.members(['emergency', 'search', 'filters', 'results', 'result', 'result-title', 'result-actions']);
    expect(names(finder.cssProperties)).to.include.members(['--osf-accent', '--osf-surface', '--osf-text', '--osf-font-family', '--osf-focus']);
    expect(names(finder.slots)).to.include.members(['header', 'intro', 'footer']);
  });

  it('names no member without a name (the analyzer bug the config works around)', () => {
    const members = (finder as { members?: { name?: string }[] }).members ?? [];
    expect(members.filter((m) => !m.name), 'nameless members').to.deep.equal([]);
  });
});

describe('API docs: README.md', () => {
  it(`has the ${START} and ${END} markers, once each and in order`, () => {
    expect(readme.split(START).length - 1, 'start markers').to.equal(1);
    expect(readme.split(END).length - 1, 'end markers').to.equal(1);
    expect(betweenMarkers(readme), 'text between the markers').to.be.a('string');
  });

  it('has exactly the tables that apiTables() makes from the manifest (run `npm run build` to update them)', () => {
    const inReadme = normalise(betweenMarkers(readme) ?? '');
    const generated = normalise(apiTables(manifest));
    if (inReadme !== generated) {
      // Point at the first line that differs, so the failure says where the drift is.
      const a = inReadme.split('\n');
      const b = generated.split('\n');
      const line = a.findIndex((text, i) => text !== b[i]);
      const at = line < 0 ? a.length : line;
      expect(a[at], `README API tables differ from custom-elements.json at table line ${at + 1}`).to.equal(b[at]);
    }
    expect(inReadme).to.equal(generated);
  });

  it('mentions every attribute in the manifest', () => {
    const section = betweenMarkers(readme) ?? '';
    const missing = (finder.attributes ?? []).map((a) => a.name).filter((name) => !section.includes(`\`${name}\``));
    expect(missing, 'attributes in custom-elements.json that the README does not show').to.deep.equal([]);
  });

  it('mentions every event, part, custom property and slot in the manifest', () => {
    const section = betweenMarkers(readme) ?? '';
    const all = [...(finder.events ?? []), ...(finder.cssParts ?? []), ...(finder.cssProperties ?? []), ...(finder.slots ?? [])];
    const missing = all.map((item) => item.name).filter((name) => name && !section.includes(`\`${name}\``));
    expect(missing, 'names in custom-elements.json that the README does not show').to.deep.equal([]);
  });
});

describe('API docs: apiTables()', () => {
  const element = (declaration: Record<string, unknown>) => ({
    modules: [{ declarations: [{ kind: 'class', name: 'X', customElement: true, tagName: 'x-el', ...declaration }] }],
  });

  it('renders every table, with a Default column for custom properties only when one has a default', () => {
    const text = apiTables(
      element({
        members: [
          { kind: 'field', name: 'theme', attribute: 'theme', type: { text: "'light' | 'dark'" }, default: "'light'", description: 'The theme.' },
          { kind: 'field', name: 'secret', privacy: 'private', description: 'Hidden.' },
          { kind: 'field', name: 'data', type: { text: 'unknown | undefined' }, description: 'Set from code.' },
        ],
        attributes: [{ name: 'theme', fieldName: 'theme' }, { name: 'only-attr', description: 'No property.' }],
        events: [{ name: 'x-go', description: 'Went.' }],
        cssParts: [{ name: 'box', description: 'The box.' }],
        cssProperties: [{ name: '--x-a', default: '#000', description: 'A.' }, { name: '--x-b', description: 'B.' }],
        slots: [{ name: '', description: 'Anything.' }, { name: 'top', description: 'Top.' }],
      }),
    );
    expect(text).to.include("| `theme` | `theme` | `'light' \\| 'dark'` | `'light'` | The theme. |");
    expect(text, 'private members stay out').not.to.include('secret');
    expect(text, '`| undefined` is dropped from optional types').to.include('| (none) | `data` | `unknown` |  | Set from code. |');
    expect(text, 'an attribute with no property still shows').to.include('| `only-attr` | (none) |');
    expect(text).to.include('| `x-go` | Went. |');
    expect(text).to.include('| `box` | The box. |');
    expect(text).to.include('| Property | Default | Description |');
    expect(text).to.include('| `--x-a` | `#000` | A. |');
    expect(text).to.include('| (default) | Anything. |');
    expect(text.endsWith('\n'), 'ends with a newline').to.equal(true);
  });

  it('leaves out the Default column when no custom property has one, and tables that would be empty', () => {
    const text = apiTables(element({ cssProperties: [{ name: '--x-a', description: 'A.' }] }));
    expect(text).to.include('| Property | Description |');
    expect(text).not.to.include('### Events');
    expect(text).not.to.include('### Attributes and properties');
  });

  it('keeps each cell on one line', () => {
    const text = apiTables(element({ events: [{ name: 'x-go', description: 'Line one\nline two | with a pipe' }] }));
    expect(text).to.include('| `x-go` | Line one line two \\| with a pipe |');
  });

  it('throws when the manifest has no custom element, rather than writing empty tables', () => {
    expect(() => apiTables({ modules: [] })).to.throw(/no custom element/);
  });
});
