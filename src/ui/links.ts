/*
 * Every href the finder renders is made here, so that only https:, http:, tel: and sms: links can reach the
 * page, whatever the data says.
 */

const digits = (phone: string) => phone.replace(/[^0-9]/g, '');

/** `tel:` link; ten-digit North American numbers get their +1 so that phones abroad dial them too. */
export function telHref(phone: string): string | undefined {
  const d = digits(phone);
  if (!d) return undefined;
  if (d.length === 10) return `tel:+1${d}`;
  if (d.length === 11 && d.startsWith('1')) return `tel:+${d}`;
  return `tel:${phone.trim().startsWith('+') ? '+' : ''}${d}`;
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
