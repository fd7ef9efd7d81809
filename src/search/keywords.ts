import type { Resource } from '../records/types.js';
import { fold } from './fold.js';

/*
 * Words people use that follow from a record's facts rather than its name. Deriving them here keeps them in
 * step with the facts (a record marked medication-friendly is found by "Suboxone") and keeps them out of
 * every record in the data file. Phrases are separated by commas: "12 step" is one phrase, and a search finds
 * it only by its whole words or a prefix ("12 st"), never by a typo, so "step" or "speker" do not list every
 * 12-step or peer-support meeting (src/search/meaning.ts).
 */
const MEDICATION = 'medication,moud,mat,methadone,buprenorphine,suboxone,sublocade,subutex,medicamento';
const FAMILY = 'family,friends,parents,partner,loved one,familia,padres';
const SPANISH = 'spanish,espanol,en espanol';
const CRISIS = 'emergency,crisis,suicide,urgent,emergencia';
const FREE = 'free,no cost,gratis';

const APPROACH_WORDS: Record<string, string> = {
  '12-step': '12 step,twelve step',
  'non-12-step': 'not 12 step,non 12 step',
  'faith-based': 'faith,spiritual,church,religious,fe,iglesia',
  secular: 'secular,non religious,science based',
  'peer-support': 'peer support,peers',
  'harm-reduction': 'harm reduction,naloxone,narcan,overdose',
  clinical: 'treatment,doctor,tratamiento',
  crisis: CRISIS,
};
const FORMAT_WORDS: Record<string, string> = {
  'in-person': 'in person,meeting,near me',
  online: 'online,virtual,zoom,internet,en linea',
  phone: 'phone,call,telefono',
  text: 'text,sms,texto',
  chat: 'chat',
};

/** The phrases a record answers by its facts, each once. */
export function keyPhrasesFor(resource: Resource): string[] {
  const phrases = [
    ...resource.approaches.map((a) => APPROACH_WORDS[a]),
    ...resource.formats.map((f) => FORMAT_WORDS[f]),
  ];
  if (resource.medicationFriendly) phrases.push(MEDICATION);
  if (resource.audience.includes('family')) phrases.push(FAMILY);
  if (resource.languages.includes('es')) phrases.push(SPANISH);
  if (resource.open247) phrases.push('24/7,24 hours');
  if (resource.cost === 'free' || resource.cost === 'donations') phrases.push(FREE);
  return [...new Set(phrases.join().split(','))];
}

/** The same words, one by one, as the finder searched them before 0.2 (the benchmark's "before" engine). */
export const keywordsFor = (resource: Resource): string[] => [...new Set(keyPhrasesFor(resource).join(' ').split(' '))];

/*
 * A meeting's types, as Meeting Guide names them and people search for them ("speaker", "step study",
 * "women"). The feed adapters write them into the summary; records have no field of their own for them yet, so
 * they are read back from the summary's words. "Online" and "Spanish" are in the list so that their typos
 * are read as them; the records answer them by their facts (keyPhrasesFor).
 */
export const TYPES =
  'speaker step study book women men young newcomers beginners discussion meditation lgbtq wheelchair open closed online spanish'.split(' ');

/** A meeting's types in words, searched with typos as a field of their own ("for women" in any record's summary). */
export function typeWordsFor(resource: Resource): string[] {
  // The notes too: a feed often says "newcomers" or "speaker" there rather than in its type codes.
  const types = fold(`${resource.summary} ${resource.notes?.join(' ') ?? ''}`).split(/\W+/).filter((w) => TYPES.includes(w));
  if (types.includes('newcomers')) types.push('beginners');
  return types;
}
