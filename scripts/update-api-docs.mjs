// Writes the README's API tables from custom-elements.json: the text between <!-- api:start --> and
// <!-- api:end -->. `npm run build` runs it after the analyzer; README.md is left untouched when nothing
// changed. test/api-docs.test.ts fails when the two drift apart.
//
//   node scripts/update-api-docs.mjs
import { readFileSync, writeFileSync } from 'node:fs';
import { apiTables, replaceBetweenMarkers } from './api-tables.mjs';

const root = new URL('..', import.meta.url);
const readmeUrl = new URL('README.md', root);

try {
  const manifest = JSON.parse(readFileSync(new URL('custom-elements.json', root), 'utf8'));
  const readme = readFileSync(readmeUrl, 'utf8');
  const updated = replaceBetweenMarkers(readme, apiTables(manifest));
  if (updated === readme) {
    console.log('README.md: API tables are up to date.');
  } else {
    writeFileSync(readmeUrl, updated);
    console.log('README.md: API tables updated from custom-elements.json.');
  }
} catch (error) {
  console.error(`Could not update the README's API tables: ${error instanceof Error ? error.message : error}`);
  process.exit(1);
}
