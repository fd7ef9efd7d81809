import { whyParts } from '../filters/guided.js';
import { languageNames, listFormat, pluralRules } from './intl.js';
import type { Messages } from './messages.js';

const MONTHS = 'enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre'.split(' ');

const plural = (count: number, one: string, other: string) =>
  `${count} ${pluralRules('es').select(count) === 'one' ? one : other}`;
const capital = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** Spanish for people in the United States: plain, warm, "usted". */
export const es: Messages = {
  emergencyHeading: '¿Necesita ayuda ahora mismo?',
  overdose: 'Sobredosis o emergencia:',
  call911: 'Llame al 911',
  naloxone: 'Si tiene naloxona (Narcan), úsela.',
  crisis: 'En crisis:',
  helplineLine: 'La Línea Nacional de Ayuda de SAMHSA es gratis, confidencial y atiende 24/7, en inglés y español:',
  searchLabel: 'Busque apoyo',
  searchHint: 'Escriba un nombre, lo que necesita o palabras como “familia”, “en línea” o “Suboxone”.',
  filtersHeading: 'Filtros',
  clearAll: 'Borre todo',
  groupAudience: '¿Para quién es?',
  groupApproach: 'Enfoque',
  groupFormat: 'Cómo conectarse',
  groupMore: 'Más',
  medicationFriendly: 'Acepta a personas que toman medicamentos',
  free: 'Gratis',
  open247: 'Abierto 24/7',
  meetsToday: 'Se reúne hoy',
  groupDays: 'Se reúne el',
  days: { sun: 'domingo', mon: 'lunes', tue: 'martes', wed: 'miércoles', thu: 'jueves', fri: 'viernes', sat: 'sábado' },
  weekly: (days, time) =>
    days.length === 7
      ? `Todos los días, ${time}`
      : `${capital(listFormat('es').format(days.map((d) => `los ${es.days[d]}${/s$/.test(es.days[d]) ? '' : 's'}`)))}, ${time}`,
  nextMeeting: (when, time) => `Próxima reunión: ${when}, ${time}`,
  today: 'hoy',
  tomorrow: 'mañana',
  local: (hostName) => (hostName ? `Aquí en ${hostName}` : 'Local'),
  nearby: 'En su zona',
  audience: { self: 'Para mí', family: 'Familia y amigos' },
  approaches: {
    '12-step': '12 pasos',
    'non-12-step': 'Sin 12 pasos',
    'faith-based': 'Basado en la fe',
    secular: 'No religioso',
    'peer-support': 'Apoyo entre pares',
    'harm-reduction': 'Reducción de daños',
    clinical: 'Tratamiento',
    crisis: 'Ayuda en crisis',
  },
  formats: { 'in-person': 'En persona', online: 'En línea', phone: 'Teléfono', text: 'Mensaje de texto', chat: 'Chat' },
  kinds: {
    'crisis-line': 'Línea de crisis',
    helpline: 'Línea de ayuda',
    locator: 'Buscador de tratamiento',
    'mutual-aid': 'Grupo de apoyo',
    'family-group': 'Grupo para familias',
    'peer-support': 'Apoyo entre pares',
    healthcare: 'Atención médica',
    'faith-community': 'Comunidad de fe',
    'community-place': 'En su comunidad',
    'online-community': 'Comunidad en línea',
    'harm-reduction': 'Reducción de daños',
    advocacy: 'Comunidad de recuperación',
    event: 'Eventos',
    meeting: 'Reunión',
    other: 'Apoyo',
  },
  resultCount: (count) => (count === 0 ? 'Ningún resultado' : plural(count, 'resultado', 'resultados')),
  resultCountFor: (count, query) =>
    count === 0 ? `Ningún resultado para “${query}”` : `${plural(count, 'resultado', 'resultados')} para “${query}”`,
  optionCount: (count) => plural(count, 'resultado', 'resultados'),
  resultsHeading: 'Apoyo a su alcance',
  noResults: (query) =>
    query ? `No encontramos nada para “${query}”.` : 'Ningún apoyo cumple con todos estos filtros.',
  noResultsHelp:
    'Pruebe con otras palabras o quite los filtros. Siempre puede llamar a la línea de ayuda de abajo: le ayudan a encontrar apoyo cerca de usted.',
  callNumber: (phone) => `Llame al ${phone}`,
  ttyNumber: (phone) => `TTY ${phone}`,
  textNumber: (phone, body, send) =>
    send ? `Envíe ${send} al ${phone}` : body ? `Envíe “${body}” al ${phone}` : `Envíe un texto al ${phone}`,
  website: 'Sitio web',
  chat: 'Chat en línea',
  newTab: '(se abre en una pestaña nueva)',
  howToHeading: 'Cómo empezar',
  sayHeading: 'Lo que podría decir',
  verified: (iso) => {
    const [year, month, day] = iso.split('-');
    return `Revisado el ${+day} de ${MONTHS[+month - 1]} de ${year}`;
  },
  source: (source) => `Fuente: ${source}`,
  languageName: (code) => ({ en: 'Inglés', es: 'Español' })[code] ?? capital(languageNames('es').of(code) ?? code),
  hours: 'Horario:',
  dataNote: 'No se pudo cargar parte del apoyo. Todo lo demás aparece abajo.',
  languageSwitch: 'Idioma',
  guidedButton: 'Ayúdeme a elegir',
  guidedOpen: '¿No sabe por dónde empezar?',
  guidedIntro: 'Conteste hasta tres preguntas cortas, o sáltelas. Nosotros elegimos los filtros por usted.',
  guidedStep: (step, steps) => `Pregunta ${step} de ${steps}:`,
  guidedWho: '¿Para quién es el apoyo?',
  guidedWhoOptions: { self: 'Para mí', family: 'Para un ser querido' },
  guidedNeeds: '¿Qué es importante para usted? Elija lo que quiera.',
  guidedNeedOptions: {
    spiritual: 'Un enfoque espiritual o de fe',
    'non-religious': 'Un enfoque no religioso',
    medication: 'Tomo medicamentos para el trastorno por consumo de opioides',
    online: 'Reunirme en línea',
    now: 'Hablar con alguien ahora mismo',
  },
  guidedWay: '¿Cómo le gustaría conectarse?',
  guidedWayOptions: { 'in-person': 'En persona', online: 'En línea', phone: 'Por teléfono', text: 'Por mensaje de texto', any: 'De cualquier forma' },
  guidedWhy: (a) => {
    const parts = whyParts(a, {
      who: { self: 'para usted', family: 'para un ser querido' },
      needs: {
        spiritual: 'con un enfoque espiritual',
        'non-religious': 'con un enfoque no religioso',
        medication: 'que acepte a personas que toman medicamentos',
        online: 'en línea',
        now: 'que pueda contactar ahora mismo',
      },
      way: { 'in-person': 'en persona', online: 'en línea', phone: 'por teléfono', text: 'por mensaje de texto' },
    });
    return parts.length ? `Estos resultados coinciden porque buscó apoyo ${listFormat('es').format(parts)}.` : 'Saltó las preguntas, así que se muestra todo tipo de apoyo.';
  },
  next: 'Siguiente',
  back: 'Atrás',
  skip: 'Omitir',
  showResults: 'Ver resultados',
  undo: 'Deshacer',
  startOver: 'Empezar de nuevo',
  close: 'Cerrar',
  guideHeading: 'Consejos para empezar',
  guideMatches: 'Consejos que pueden ayudar',
  guideRelated: 'Buscar:',
  qrShow: 'Vea el código QR',
  qrHide: 'Oculte el código QR',
  qrWebsite: (name) => `Código QR: sitio web de ${name}`,
  qrCall: (phone) => `Código QR: llame al ${phone}`,
  markToPrint: 'Agregue a su lista para imprimir',
  print: (marked) => (marked ? `Imprima su lista (${marked})` : 'Imprima esta lista'),
  idleWarning: (seconds) => `Se empezará de nuevo en ${seconds} ${seconds === 1 ? 'segundo' : 'segundos'}. Toque la pantalla para seguir.`,
  stay: 'Seguir aquí',
  showMore: (more) => `Vea más resultados (${more} más)`,
  skipToResults: 'Vaya a los resultados',
  filtersButton: (chosen) => (chosen ? `Filtros (${chosen})` : 'Filtros'),
  showCount: (count) => `Vea ${plural(count, 'resultado', 'resultados')}`,
  removeFilter: (label) => `Quite el filtro: ${label}`,
  chosenFilters: 'Filtros elegidos',
  quickChoices: 'Opciones rápidas',
  quick: { self: 'Para mí', family: 'Para mi familia' },
  tipAnswer: (query) => `Un consejo para “${query}”`,
  printHeading: (count) => `Su lista (${count})`,
  more: 'más',
  dialByHand: (id, passcode) => `ID de la reunión ${id}${passcode ? `, código ${passcode}` : ''}`,
};
