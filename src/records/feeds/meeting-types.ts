import type { Approach, Audience } from '../types.js';
import { uniq } from './shared.js';

/*
 * Every meeting type code of the Meeting Guide specification (code4recovery/spec) in words, English|Spanish, our
 * own wording; a code not here is shown as it is written. Language codes become `languages` (the card names
 * them in the finder's language); ONL, AL-AN, AL, A and TC also set our filters.
 */
const WORDS =
  'O=Open meeting: anyone may attend|Reunión abierta: cualquiera puede asistir;C=Closed meeting: for people who want to recover|Reunión cerrada: para quienes quieren recuperarse;' +
  'BE=Newcomers welcome|Bienvenidos los recién llegados;D=Discussion|Discusión;SP=Speaker|Orador;ST=Step study|Estudio de los pasos;' +
  'TR=Tradition study|Estudio de las tradiciones;B=Big Book|Libro Grande;MED=Meditation|Meditación;11=11th Step meditation|Meditación del paso 11;' +
  '12X12=12 Steps and 12 Traditions|12 Pasos y 12 Tradiciones;ABSI=As Bill Sees It|Como lo ve Bill;DR=Daily Reflections|Reflexiones Diarias;' +
  'LIT=Literature|Literatura;LS=Living Sober|Viviendo Sobrio;GR=Grapevine|La Viña;A=Secular|Laica;W=For women|Para mujeres;M=For men|Para hombres;' +
  'Y=Young people|Jóvenes;SEN=Older adults|Personas mayores;LGBTQ=LGBTQ+|LGBTQ+;G=Gay|Gay;L=Lesbian|Lesbianas;BI=Bisexual|Bisexual;' +
  'T=Transgender|Transgénero;NB=Non-binary|No binario;POC=People of color|Personas de color;N=Native American|Nativo americana;' +
  'NDG=Indigenous|Indígena;P=Professionals|Profesionales;DD=Dual diagnosis|Diagnóstico dual;X=Wheelchair access|Acceso para silla de ruedas;' +
  'XB=Wheelchair-accessible restroom|Baño accesible para silla de ruedas;ASL=American Sign Language|Lengua de señas americana;' +
  'BA=Childcare|Cuidado de niños;CF=Children welcome|Se aceptan niños;FF=Fragrance free|Sin perfumes;SM=Smoking allowed|Se permite fumar;' +
  'OUT=Outdoors|Al aire libre;BRK=Breakfast|Desayuno;CAN=Candlelight|A la luz de las velas;H=Birthdays|Cumpleaños;XT=Cross talk allowed|Se permite comentar;' +
  'POA=Proof of attendance|Constancia de asistencia;DB=Digital basket|Canasta digital;ONL=Online|En línea;TC=Building closed for now|Edificio cerrado por ahora;' +
  'AL-AN=Al-Anon meets at the same time|Al-Anon a la misma hora;AL=Alateen meets at the same time|Alateen a la misma hora';

/** Two-letter language codes of the specification that are the ISO code itself, then the ones that are not. */
const LANGUAGE_CODES = 'AF AM AR BG DA DE EL EN FA FI FR HE HI HR HU IS JA KA LT ML MT NE NL NO SK SL SV TH TL UK'.split(' ');
const LANGUAGES: Record<string, string> = { ITA: 'it', KOR: 'ko', POL: 'pl', POR: 'pt', PUN: 'pa', RUS: 'ru', S: 'es', ES: 'es', ESPAÑOL: 'es', SPANISH: 'es', TUR: 'tr' };

let table: Map<string, string> | undefined;
/** The words for a code, case-insensitive, in English or (`es`) Spanish; undefined for a code we do not know. */
export const typeWords = (code: string, es?: boolean): string | undefined =>
  (table ??= new Map(WORDS.split(';').map((entry) => entry.split('=') as [string, string]))).get(code.toUpperCase())?.split('|')[+!!es];

export interface TypeMeaning {
  /** The type words, in English and in Spanish; an unknown code is kept as it is. */
  words: string[];
  es: string[];
  languages: string[];
  online: boolean;
  closed: boolean;
  approaches: Approach[];
  audience: Audience[];
}

/** What a list of type codes means: words, languages and the filters they answer. A code we do not know (or a
 * format's own name, from a BMLT feed) is kept as it is. */
export function typeMeaning(codes: string[]): TypeMeaning {
  const upper = uniq(codes.map((c) => c.trim()).filter(Boolean));
  const words: string[] = [];
  const es: string[] = [];
  const languages: string[] = [];
  for (const code of upper) {
    const key = code.toUpperCase();
    const language = LANGUAGES[key] ?? (LANGUAGE_CODES.includes(key) ? code.toLowerCase() : undefined);
    if (language) languages.push(language);
    else {
      words.push(typeWords(code) ?? code);
      es.push(typeWords(code, true) ?? code);
    }
  }
  const has = (code: string) => upper.some((c) => c.toUpperCase() == code);
  return {
    words,
    es,
    languages: uniq(languages),
    online: has('ONL'),
    closed: has('TC'),
    approaches: has('A') ? ['12-step', 'peer-support', 'secular'] : ['12-step', 'peer-support'],
    audience: has('AL-AN') || has('AL') ? ['self', 'family'] : ['self'],
  };
}
