import { expect } from '@open-wc/testing';
import { unzipSync, strFromU8 } from 'fflate';

/** The WordPress plugin's zip as `npm run build` writes it; test/wordpress/run.mjs installs it in a real WordPress. */
describe('the WordPress plugin zip', () => {
  let files: Record<string, Uint8Array> = {};
  before(async () => {
    const response = await fetch('/dist/oud-support-finder-wordpress.zip');
    expect(response.ok, 'dist/oud-support-finder-wordpress.zip is built').to.equal(true);
    files = unzipSync(new Uint8Array(await response.arrayBuffer()));
  });

  it('holds the plugin in one folder, as WordPress’s uploader expects', () => {
    const names = Object.keys(files);
    expect(names.every((name) => name.startsWith('oud-support-finder/')), names.join(', ')).to.equal(true);
    for (const name of ['oud-support-finder.php', 'uninstall.php', 'readme.txt', 'block/block.json', 'block/editor.js', 'LICENSE']) {
      expect(names, name).to.include(`oud-support-finder/${name}`);
    }
    expect(strFromU8(files['oud-support-finder/oud-support-finder.php']!)).to.match(/^ \* Requires at least: 6\.1$/m);
  });

  // The finder's script, and the feed readers for the finders given a feed address.
  for (const file of ['oud-support-finder.js', 'oud-support-finder-feeds.js']) {
    it(`carries the very same ${file}, so a site needs nothing from another server`, async () => {
      const script = new Uint8Array(await (await fetch(`/dist/${file}`)).arrayBuffer());
      const inside = files[`oud-support-finder/assets/${file}`];
      expect(inside, `assets/${file}`).to.not.equal(undefined);
      expect(inside!.length).to.equal(script.length);
      expect(inside!.every((byte, i) => byte === script[i]), 'the same bytes').to.equal(true);
    });
  }

  it('carries the Spanish translation compiled for WordPress 6.1 (.mo)', () => {
    const mo = files['oud-support-finder/languages/oud-support-finder-es_ES.mo'];
    expect(mo, 'the .mo file').to.not.equal(undefined);
    expect(new DataView(mo!.buffer, mo!.byteOffset).getUint32(0, true), 'the .mo magic number').to.equal(0x950412de);
    const text = new TextDecoder().decode(mo!);
    expect(text).to.contain('Support finder').and.contain('Buscador de apoyo');
    expect(text, 'the block title, in its context').to.contain('block title\u0004Support finder');
  });
});
