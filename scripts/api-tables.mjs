/**
 * Renders the README's API tables from a Custom Elements Manifest (custom-elements.json).
 *
 * A pure module with no Node.js imports, so that both scripts/update-api-docs.mjs (which writes README.md)
 * and test/api-docs.test.ts (which runs in the browser and fails when README.md drifts) use the same text.
 * It follows whatever the manifest says: a new attribute, event, part, custom property or slot in the
 * element's JSDoc shows up here on the next build.
 */

/** The note that opens the generated text, so nobody edits the tables by hand. */
export const GENERATED_NOTE =
  '<!-- Generated from custom-elements.json by scripts/update-api-docs.mjs (npm run build). ' +
  'Edit the JSDoc in src/, not these tables. -->';

/** One table cell: a single line, with pipes escaped so they do not end the cell. */
const cell = (text) =>
  String(text ?? '')
    .replace(/\r?\n\s*/g, ' ')
    .replace(/\|/g, '\\|')
    .trim();

/** Text in a code span, with a longer fence when the text itself holds backticks. */
const code = (text) => {
  const value = String(text);
  const fence = value.includes('`') ? '``' : '`';
  const pad = value.startsWith('`') || value.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${value}${pad}${fence}`;
};

/** A description, with the manifest's summary and deprecation folded in. */
const describe = (item) => {
  const parts = [item.summary, item.description].filter(Boolean);
  if (item.deprecated) parts.unshift(typeof item.deprecated === 'string' ? `Deprecated: ${item.deprecated}.` : 'Deprecated.');
  return cell(parts.join(' '));
};

/** A type as readers of the README need it: `number | undefined` on an optional property is just `number`. */
const typeText = (type) => {
  const text = type?.text?.replace(/\s*\|\s*undefined\b/g, '').trim();
  return text ? code(cell(text)) : '';
};

const table = (headers, rows) =>
  [`| ${headers.join(' | ')} |`, `|${headers.map(() => '---').join('|')}|`, ...rows.map((row) => `| ${row.join(' | ')} |`)].join('\n');

const isPublic = (member) => !member.static && (member.privacy ?? 'public') === 'public' && !member.name?.startsWith('#');

/** The public properties and the attributes, one row each, in the order the class declares them. */
function attributeRows(element) {
  const attributes = element.attributes ?? [];
  const byField = new Map(attributes.filter((a) => a.fieldName).map((a) => [a.fieldName, a]));
  const rows = [];
  for (const member of element.members ?? []) {
    if (member.kind !== 'field' || !isPublic(member)) continue;
    const attribute = byField.get(member.name);
    byField.delete(member.name);
    const name = member.attribute ?? attribute?.name;
    rows.push([
      name ? code(name) : '(none)',
      code(member.name) + (member.readonly ? ' (read-only)' : ''),
      typeText(member.type ?? attribute?.type),
      member.default !== undefined ? code(cell(member.default)) : attribute?.default !== undefined ? code(cell(attribute.default)) : '',
      describe(member.description || member.summary ? member : attribute ?? member),
    ]);
  }
  // Attributes that have no property behind them (or whose property is not public).
  for (const attribute of attributes) {
    if (attribute.fieldName && !byField.has(attribute.fieldName)) continue;
    rows.push([
      code(attribute.name),
      '(none)',
      typeText(attribute.type),
      attribute.default !== undefined ? code(cell(attribute.default)) : '',
      describe(attribute),
    ]);
  }
  return rows;
}

/** The Markdown for one element: a heading and a table for each kind of API it has. */
function elementTables(element, level) {
  const h = '#'.repeat(level);
  const sections = [];
  const add = (title, headers, rows) => {
    if (rows.length) sections.push(`${h} ${title}\n\n${table(headers, rows)}`);
  };
  add('Attributes and properties', ['Attribute', 'Property', 'Type', 'Default', 'Description'], attributeRows(element));
  add(
    'Events',
    ['Event', 'Description'],
    (element.events ?? []).filter((e) => e.name).map((e) => [code(e.name), describe(e)]),
  );
  add(
    'CSS parts',
    ['Part', 'Description'],
    (element.cssParts ?? []).map((p) => [code(p.name), describe(p)]),
  );
  const properties = element.cssProperties ?? [];
  const withDefault = properties.some((p) => p.default !== undefined);
  add(
    'CSS custom properties',
    withDefault ? ['Property', 'Default', 'Description'] : ['Property', 'Description'],
    properties.map((p) =>
      withDefault
        ? [code(p.name), p.default !== undefined ? code(cell(p.default)) : '', describe(p)]
        : [code(p.name), describe(p)],
    ),
  );
  add(
    'Slots',
    ['Slot', 'Description'],
    (element.slots ?? []).map((s) => [s.name ? code(s.name) : '(default)', describe(s)]),
  );
  return sections.join('\n\n');
}

/**
 * The README's API tables for every custom element in `manifest`, as Markdown ending with a newline.
 * With one element the tables get `###` headings; with several, each element gets a `###` heading and its
 * tables `####`.
 * @param {{ modules?: Array<{ declarations?: Array<Record<string, any>> }> }} manifest
 * @returns {string}
 */
export function apiTables(manifest) {
  const elements = (manifest?.modules ?? [])
    .flatMap((mod) => mod.declarations ?? [])
    .filter((declaration) => declaration.customElement && declaration.tagName);
  if (!elements.length) throw new Error('apiTables: the manifest describes no custom element (was it built?)');
  const body =
    elements.length === 1
      ? elementTables(elements[0], 3)
      : elements.map((element) => `### ${code(`<${element.tagName}>`)}\n\n${elementTables(element, 4)}`).join('\n\n');
  return `${GENERATED_NOTE}\n\n${body}\n`;
}

/** The start and end markers around the generated text in README.md. */
export const START = '<!-- api:start -->';
export const END = '<!-- api:end -->';

/**
 * The text between the markers in `readme`, or undefined when they are missing or out of order.
 * @param {string} readme
 * @returns {string | undefined}
 */
export function betweenMarkers(readme) {
  const start = readme.indexOf(START);
  const end = readme.indexOf(END);
  if (start < 0 || end < start) return undefined;
  return readme.slice(start + START.length, end);
}

/**
 * `readme` with the text between the markers replaced by `tables`.
 * @param {string} readme
 * @param {string} tables
 * @returns {string}
 */
export function replaceBetweenMarkers(readme, tables) {
  const start = readme.indexOf(START);
  const end = readme.indexOf(END);
  if (start < 0 || end < start) throw new Error(`README.md needs ${START} and ${END}, in that order`);
  return `${readme.slice(0, start + START.length)}\n${tables}${readme.slice(end)}`;
}
