import { describe, expect, it } from 'vitest';
import { isFreeMailDomain } from './free-mail';

describe('isFreeMailDomain', () => {
  it.each(['gmail.com', 'GoogleMail.com', 'yahoo.co.uk', 'yahoo.fr', 'hotmail.de', 'outlook.com', 'icloud.com', 'proton.me', 'gmx.net', 'web.de', 'yandex.ru', 'qq.com', 'hey.com'])(
    '%s is free mail',
    (domain) => expect(isFreeMailDomain(domain)).toBe(true),
  );

  it.each(['acme.example', 'brightwave.example', 'yahoo-partners.example', 'gmail.com.acme.example'])('%s is a company domain', (domain) => {
    expect(isFreeMailDomain(domain)).toBe(false);
  });
});
