import { defineConfig } from 'vite';
import type { Plugin } from 'vite';

/**
 * After minification the only raw line breaks left are inside template literals: Lit's html and css
 * templates and the inlined JSON, where a run of white space means the same as one space. Folding them, and
 * dropping the comments our css templates keep ("/* ... *\/"), saves bytes in the script a site owner pastes.
 */
const foldTemplateWhitespace = (): Plugin => ({
  name: 'fold-template-whitespace',
  generateBundle(_, bundle) {
    for (const chunk of Object.values(bundle)) if (chunk.type === 'chunk') chunk.code = chunk.code.replace(/\n\s*/g, ' ').replace(/\/\* [^*]*\*\/ ?/g, '');
  },
});

/**
 * Two builds of one entry:
 * - default: an ES module for bundlers, with lit and fuse.js left as imports so apps share one copy;
 * - `--mode classic`: one self-contained classic script (IIFE) that a site owner pastes in a <script> tag,
 *   and that works from a page opened from disk.
 */
export default defineConfig(({ mode }) => {
  const classic = mode === 'classic';
  return {
    plugins: classic ? [foldTemplateWhitespace()] : [],
    build: {
      target: 'es2021',
      emptyOutDir: !classic,
      sourcemap: !classic,
      lib: {
        entry: 'src/index.ts',
        name: 'OudSupportFinder',
        formats: classic ? ['iife'] : ['es'],
        fileName: () => (classic ? 'oud-support-finder.js' : 'oud-support-finder.mjs'),
      },
      rollupOptions: {
        external: classic ? [] : [/^lit($|\/)/, /^@lit\//, /^fuse\.js($|\/)/],
      },
    },
  };
});
