import data from '../../data/resources.json';
import guideData from '../../data/guide.json';

/*
 * What a host's catalogue may translate, with the numbers and links each part must keep: for each bundled
 * record, the fields its Spanish has; for each guide section, its English. scripts/build-langs.mjs writes this
 * table into dist/lang/catalogues.js already worked out, so the script does not carry the records themselves.
 */

/** Numbers of three digits or more, phone numbers and web addresses in a text, each once: a translation keeps exactly these. */
export const facts = (text: unknown) =>
  [
    ...new Set(
      [...JSON.stringify(text ?? '').matchAll(/\d+(?:-\d+)+|\d{3,}|(?:https?:\/\/)?[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:org|com|gov|net)\b(?:\/[\w./-]*)?/gi)].map((m) =>
        m[0].toLowerCase().replace(/[.]$/, ''),
      ),
    ),
  ]
    .sort()
    .join(' ');

type Json = Record<string, unknown>;
export const FACTS = {
  records: Object.fromEntries(
    (data as Json[]).map((r) => [r.id as string, Object.fromEntries(Object.keys((r.translations as Json).es as Json).map((f) => [f, facts(r[f])]))]),
  ) as Record<string, Record<string, string>>,
  guide: Object.fromEntries(guideData.map((s) => [s.id, facts(s.en)])) as Record<string, string>,
};
