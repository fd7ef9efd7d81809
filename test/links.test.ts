import { expect } from '@open-wc/testing';
import { smsHref, telHref, webHref } from '../src/ui/links.js';

describe('links: only safe, dialable addresses', () => {
  const TEL: [string, string | undefined][] = [
    ['1-800-662-4357', 'tel:+18006624357'],
    ['(555) 010-0199', 'tel:+15550100199'],
    ['988', 'tel:988'],
    ['911', 'tel:911'],
    ['+44 20 7946 0958', 'tel:+442079460958'],
    ['+16465588656,,123456789#,,,,*987654#', 'tel:+16465588656,,123456789%23,,,,*987654%23'],
    ['+1 555-0123,,5550100#', 'tel:+15550123,,5550100%23'],
    ['(646) 558-8656;123#', 'tel:+16465588656;123%23'],
    ['555-0100, then ask', 'tel:5550100,'],
    ['call us', undefined],
    ['', undefined],
  ];
  for (const [phone, href] of TEL) it(`dials ${JSON.stringify(phone)} as ${href}`, () => expect(telHref(phone)).to.equal(href));

  const SMS: [string, string | undefined, string | undefined][] = [
    ['435748', undefined, 'sms:435748'],
    ['62640', 'helpline', 'sms:62640?&body=helpline'],
    ['988', 'AYUDA', 'sms:988?&body=AYUDA'],
    ['988', 'a b&c', 'sms:988?&body=a%20b%26c'],
    ['988', 'hi \uD800', 'sms:988'],
    ['none', 'x', undefined],
  ];
  for (const [number, body, href] of SMS) {
    it(`texts ${number} ${JSON.stringify(body ?? '')} as ${href}`, () => expect(smsHref(number, body)).to.equal(href));
  }

  const WEB: [string | undefined, string | undefined][] = [
    ['https://na.org', 'https://na.org/'],
    ['http://example.org/a b', 'http://example.org/a%20b'],
    ['javascript:alert(1)', undefined],
    ['data:text/html,hi', undefined],
    ['mailto:x@example.org', undefined],
    ['//evil.example', undefined],
    ['not a url', undefined],
    [undefined, undefined],
  ];
  for (const [url, href] of WEB) it(`opens ${JSON.stringify(url)} as ${href}`, () => expect(webHref(url)).to.equal(href));
});
