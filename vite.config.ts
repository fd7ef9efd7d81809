import { defineConfig } from 'vite';

/**
 * Two builds of one entry:
 * - default: an ES module for bundlers, with lit and fuse.js left as imports so apps share one copy;
 * - `--mode classic`: one self-contained classic script (IIFE) that a site owner pastes in a <script> tag,
 *   and that works from a page opened from disk.
 */
export default defineConfig(({ mode }) => {
  const classic = mode === 'classic';
  return {
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
