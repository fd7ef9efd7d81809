/**
 * Lower-case and strip accents, so "Español" and "espanol" meet: Vietnamese tone marks and đ too ("đường dây
 * nóng" and "duong day nong"), and Arabic's short-vowel marks, tatweel and the hamza on an alef.
 */
export const fold = (text: string): string =>
  text.normalize('NFD').replace(/[\u0300-\u036f\u0640\u064b-\u065f\u0670]/g, '').toLowerCase().replace(/đ/g, 'd').replace(/\s+/g, ' ').trim();
