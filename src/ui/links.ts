/*
 * Every href the finder renders is made here, so that only https:, http:, tel: and sms: links can reach the
 * page, whatever the data says.
 */

const digits = (phone: string) => phone.replace(/[^0-9]/g, '');

/**
 * `tel:` link; ten-digit North American numbers get their +1 so that phones abroad dial them too. A one-tap
 * dial string keeps what follows the number: pauses (`,`), waits (`;`), `*` and `#` (written %23, as a URL needs).
 */
export function telHref(phone: string): string | undefined {
  const [, number, rest] = /^([^,;#*]*)(.*)$/s.exec(phone.trim())!;
  const d = digits(number);
  if (!d) return undefined;
  const tail = rest.replace(/[^0-9,;#*]/g, '').replace(/#/g, '%23');
  if (d.length === 10) return `tel:+1${d}${tail}`;
  if (d.length === 11 && d.startsWith('1')) return `tel:+${d}${tail}`;
  return `tel:${number.startsWith('+') ? '+' : ''}${d}${tail}`;
}

export function smsHref(number: string, body?: string): string | undefined {
  const d = digits(number);
  if (!d) return undefined;
  try {
    return body ? `sms:${d}?&body=${encodeURIComponent(body)}` : `sms:${d}`;
  } catch {
    return `sms:${d}`; // half a surrogate pair cannot be encoded: offer the number without the word
  }
}

export function webHref(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.href : undefined;
  } catch {
    return undefined;
  }
}

/** Where "Directions" opens, by the host's `maps` word: each page reads the destination from its address. */
const MAPS: Record<string, string> = {
  google: 'https://www.google.com/maps/dir/?api=1&destination=',
  apple: 'https://maps.apple.com/?daddr=',
  osm: 'https://www.openstreetmap.org/directions?to=',
  none: '',
};

/**
 * Directions to a record's place (its coordinates, else its address) in the host's maps provider, Google Maps
 * unless it says `apple`, `osm` or `none`. The link carries the meeting's place only, never the person's.
 */
export function mapsHref(provider = 'google', place: { latitude?: number; longitude?: number; address?: string }): string | undefined {
  const to = place.latitude !== undefined && place.longitude !== undefined ? `${place.latitude},${place.longitude}` : place.address;
  const base = MAPS[Object.hasOwn(MAPS, provider) ? provider : 'google'];
  try {
    return base && to ? base + encodeURIComponent(to) : undefined;
  } catch {
    return undefined; // half a surrogate pair cannot be encoded
  }
}
