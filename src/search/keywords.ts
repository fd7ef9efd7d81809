import type { Resource } from '../records/types.js';

/*
 * Words people use that follow from a record's facts rather than its name. Deriving them here keeps them in
 * step with the facts (a record marked medication-friendly is found by "Suboxone") and keeps them out of
 * every record in the data file.
 */
const MEDICATION = 'medication moud mat methadone buprenorphine suboxone sublocade subutex medicamento';
const FAMILY = 'family friends parents partner loved one familia padres';
const SPANISH = 'spanish espanol en espanol';
const CRISIS = 'emergency crisis suicide urgent emergencia';
const FREE = 'free no cost gratis';

const APPROACH_WORDS: Record<string, string> = {
  '12-step': '12 step twelve step',
  'non-12-step': 'not 12 step non 12 step',
  'faith-based': 'faith spiritual church religious fe iglesia',
  secular: 'secular non religious science based',
  'peer-support': 'peer support peers',
  'harm-reduction': 'harm reduction naloxone narcan overdose',
  clinical: 'treatment doctor tratamiento',
  crisis: CRISIS,
};
const FORMAT_WORDS: Record<string, string> = {
  'in-person': 'in person meeting near me',
  online: 'online virtual zoom internet en linea',
  phone: 'phone call telefono',
  text: 'text sms texto',
  chat: 'chat',
};

export function keywordsFor(resource: Resource): string[] {
  const words = [
    ...resource.approaches.map((a) => APPROACH_WORDS[a]),
    ...resource.formats.map((f) => FORMAT_WORDS[f]),
  ];
  if (resource.medicationFriendly) words.push(MEDICATION);
  if (resource.audience.includes('family')) words.push(FAMILY);
  if (resource.languages.includes('es')) words.push(SPANISH);
  if (resource.open247) words.push('24/7 24 hours');
  if (resource.cost === 'free' || resource.cost === 'donations') words.push(FREE);
  return [...new Set(words.join(' ').split(' '))];
}
