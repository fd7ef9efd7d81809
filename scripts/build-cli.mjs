// Builds the authoring command (src/cli/cli.ts) into dist/cli.mjs for bin/oud-support-finder.mjs.
// One Node ES module with everything it uses inside, so the package needs nothing else at run time.
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const { metafile } = await build({
  absWorkingDir: root,
  entryPoints: ['src/cli/cli.ts'],
  outfile: 'dist/cli.mjs',
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  metafile: true,
  logLevel: 'warning',
});

// The command must stay free of lit and the DOM: it only checks records. A package import means someone
// reached past check.ts (into the element, say), so stop the build rather than ship it.
const outside = Object.keys(metafile.inputs).filter((input) => input.includes('node_modules'));
if (outside.length) {
  console.error(`dist/cli.mjs must only use src/cli and the record checks, but it imports:\n  ${outside.join('\n  ')}`);
  process.exit(1);
}
