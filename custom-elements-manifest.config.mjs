/**
 * @custom-elements-manifest/analyzer settings. `npm run build` writes custom-elements.json at the package root
 * from the JSDoc in src/ (@fires, @slot, @csspart, @cssprop and each property's one-line comment);
 * scripts/update-api-docs.mjs then writes the README's API tables from it.
 */

/** The analyzer reads a bare assignment in a constructor (`warned = true`) as a class field with no name. */
const dropNamelessMembers = () => ({
  name: 'drop-nameless-members',
  packageLinkPhase({ customElementsManifest }) {
    for (const mod of customElementsManifest.modules ?? []) {
      for (const declaration of mod.declarations ?? []) {
        if (declaration.members) declaration.members = declaration.members.filter((member) => member.name);
      }
    }
  },
});

/**
 * The shipped manifest describes the element, not our internals: keep only modules that declare or register a
 * custom element, and only the public members of each declaration.
 */
const publicApiOnly = () => ({
  name: 'public-api-only',
  packageLinkPhase({ customElementsManifest }) {
    const isElementModule = (mod) =>
      (mod.declarations ?? []).some((d) => d.customElement) ||
      (mod.exports ?? []).some((e) => e.kind === 'custom-element-definition');
    customElementsManifest.modules = (customElementsManifest.modules ?? []).filter(isElementModule);
    for (const mod of customElementsManifest.modules) {
      for (const declaration of mod.declarations ?? []) {
        if (declaration.members) {
          declaration.members = declaration.members.filter((m) => !m.privacy || m.privacy === 'public');
        }
      }
    }
  },
});

export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/cli/**', 'src/**/*.d.ts'],
  outdir: '.',
  litelement: true,
  // package.json names the manifest itself ("customElements"); the analyzer must not rewrite that file.
  packagejson: false,
  quiet: true,
  plugins: [dropNamelessMembers(), publicApiOnly()],
};
