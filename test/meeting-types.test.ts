import { expect } from '@open-wc/testing';
import { typeMeaning, typeWords } from '../src/records/feeds/meeting-types.js';
import { fromMeetingGuide } from '../src/records/feeds/meeting-guide.js';
import { checkRecords } from '../src/records/check.js';
import { localize } from '../src/records/localize.js';

/*
 * Every type code of the Meeting Guide specification (code4recovery/spec, data/types.json) that is not a
 * language, with the words a card shows in English and in Spanish.
 */
const CODES: [string, string, string][] = [
  ['11', '11th Step meditation', 'Meditación del paso 11'],
  ['12x12', '12 Steps and 12 Traditions', '12 Pasos y 12 Tradiciones'],
  ['A', 'Secular', 'Laica'],
  ['ABSI', 'As Bill Sees It', 'Como lo ve Bill'],
  ['AL', 'Alateen meets at the same time', 'Alateen a la misma hora'],
  ['AL-AN', 'Al-Anon meets at the same time', 'Al-Anon a la misma hora'],
  ['ASL', 'American Sign Language', 'Lengua de señas americana'],
  ['B', 'Big Book', 'Libro Grande'],
  ['BA', 'Childcare', 'Cuidado de niños'],
  ['BE', 'Newcomers welcome', 'Bienvenidos los recién llegados'],
  ['BI', 'Bisexual', 'Bisexual'],
  ['BRK', 'Breakfast', 'Desayuno'],
  ['C', 'Closed meeting: for people who want to recover', 'Reunión cerrada: para quienes quieren recuperarse'],
  ['CAN', 'Candlelight', 'A la luz de las velas'],
  ['CF', 'Children welcome', 'Se aceptan niños'],
  ['D', 'Discussion', 'Discusión'],
  ['DB', 'Digital basket', 'Canasta digital'],
  ['DD', 'Dual diagnosis', 'Diagnóstico dual'],
  ['DR', 'Daily Reflections', 'Reflexiones Diarias'],
  ['FF', 'Fragrance free', 'Sin perfumes'],
  ['G', 'Gay', 'Gay'],
  ['GR', 'Grapevine', 'La Viña'],
  ['H', 'Birthdays', 'Cumpleaños'],
  ['L', 'Lesbian', 'Lesbianas'],
  ['LGBTQ', 'LGBTQ+', 'LGBTQ+'],
  ['LIT', 'Literature', 'Literatura'],
  ['LS', 'Living Sober', 'Viviendo Sobrio'],
  ['M', 'For men', 'Para hombres'],
  ['MED', 'Meditation', 'Meditación'],
  ['N', 'Native American', 'Nativo americana'],
  ['NB', 'Non-binary', 'No binario'],
  ['NDG', 'Indigenous', 'Indígena'],
  ['O', 'Open meeting: anyone may attend', 'Reunión abierta: cualquiera puede asistir'],
  ['ONL', 'Online', 'En línea'],
  ['OUT', 'Outdoors', 'Al aire libre'],
  ['P', 'Professionals', 'Profesionales'],
  ['POA', 'Proof of attendance', 'Constancia de asistencia'],
  ['POC', 'People of color', 'Personas de color'],
  ['SEN', 'Older adults', 'Personas mayores'],
  ['SM', 'Smoking allowed', 'Se permite fumar'],
  ['SP', 'Speaker', 'Orador'],
  ['ST', 'Step study', 'Estudio de los pasos'],
  ['T', 'Transgender', 'Transgénero'],
  ['TC', 'Building closed for now', 'Edificio cerrado por ahora'],
  ['TR', 'Tradition study', 'Estudio de las tradiciones'],
  ['W', 'For women', 'Para mujeres'],
  ['X', 'Wheelchair access', 'Acceso para silla de ruedas'],
  ['XB', 'Wheelchair-accessible restroom', 'Baño accesible para silla de ruedas'],
  ['XT', 'Cross talk allowed', 'Se permite comentar'],
  ['Y', 'Young people', 'Jóvenes'],
];

describe('meeting types: every code of the specification in words', () => {
  for (const [code, english, spanish] of CODES) {
    it(`${code}: “${english}”, “${spanish}”, in any case`, () => {
      for (const written of [code, code.toLowerCase(), ` ${code.toUpperCase()} `.trim()]) {
        expect(typeWords(written), written).to.equal(english);
        expect(typeWords(written, true), written).to.equal(spanish);
      }
    });
  }

  it('keeps a code it does not know as it is, in both languages', () => {
    expect(typeMeaning(['ZZ', 'o'])).to.deep.include({ words: ['ZZ', 'Open meeting: anyone may attend'], es: ['ZZ', 'Reunión abierta: cualquiera puede asistir'] });
    expect(typeWords('ZZ')).to.equal(undefined);
  });

  /** [codes, what they set] */
  const FILTERS: [string[], Record<string, unknown>][] = [
    [['onl'], { online: true }],
    [['tc'], { closed: true }],
    [['a'], { approaches: ['12-step', 'peer-support', 'secular'] }],
    [['al-an'], { audience: ['self', 'family'] }],
    [['AL'], { audience: ['self', 'family'] }],
    [['s', 'ASL'], { languages: ['es'], words: ['American Sign Language'] }],
    [['W', 'X'], { online: false, closed: false, audience: ['self'] }],
  ];
  for (const [codes, expected] of FILTERS) {
    it(`reads ${codes.join(', ')} as filters`, () => expect(typeMeaning(codes)).to.deep.include(expected));
  }

  it('gives a Meeting Guide meeting its types in English and Spanish', () => {
    const { resources, problems } = checkRecords(fromMeetingGuide([{ name: 'Grupo', slug: 'grupo', day: 2, time: '19:00', types: ['O', 'w', 'BA', 'S'] }]));
    expect(problems).to.deep.equal([]);
    expect(resources[0].summary).to.equal('Open meeting: anyone may attend. For women. Childcare.');
    expect(localize(resources[0], 'es').summary).to.equal('Reunión abierta: cualquiera puede asistir. Para mujeres. Cuidado de niños.');
    expect(resources[0].languages).to.deep.equal(['es']);
  });
});
