import { describe, expect, it } from 'vitest';
import { companyDomain, emailDomain, websiteMatchesDomain } from './email-domain';

describe('email domains', () => {
  it('reads the lowercased domain, and none from text that is not an address', () => {
    expect(emailDomain('Jordan.Lee@BrightWave.example')).toBe('brightwave.example');
    expect(emailDomain("x' OR Name LIKE '%")).toBeUndefined();
    expect(companyDomain('rebecca.nguyen84@gmail.com')).toBeUndefined();
    expect(companyDomain('hello@quantumanalytics.example')).toBe('quantumanalytics.example');
  });

  it.each([
    ['https://www.acme.example', true],
    ['acme.example', true],
    ['http://ACME.example/en-gb?x=1', true],
    ['https://eu.acme.example', true],
    ['https://notacme.example', false],
    ['https://acme.example.evil.example', false],
    ['', false],
    [null, false],
  ])('website %j belongs to acme.example: %s', (website, expected) => {
    expect(websiteMatchesDomain(website, 'acme.example')).toBe(expected);
  });
});
