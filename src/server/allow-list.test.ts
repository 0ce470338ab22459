import { describe, expect, it } from 'vitest';
import { checkSalesforceEndpoint } from './allow-list';

const allowed = [
  ['login', 'https://login.salesforce.com/services/oauth2/token'],
  ['sandbox login', 'https://test.salesforce.com/services/oauth2/revoke'],
  ['My Domain', 'https://acme.my.salesforce.com/services/data/v62.0/query?q=SELECT+Id+FROM+Contact'],
  ['sandbox My Domain', 'https://acme--uat.sandbox.my.salesforce.com/services/Soap/u/62.0'],
  ['Lightning host', 'https://acme.lightning.force.com/services/data/v62.0/limits'],
  ['uppercase host, normalised', 'https://ACME.My.SalesForce.com/services/data/v62.0/sobjects'],
  ['explicit default port', 'https://acme.my.salesforce.com:443/services/data'],
  ['no path', 'https://login.salesforce.com'],
  ['punycode label under My Domain', 'https://xn--mnchen-3ya.my.salesforce.com/services/data'],
] as const;

const refused = [
  ['missing header', undefined],
  ['empty header', ''],
  ['header sent twice', ['https://login.salesforce.com/', 'https://evil.example/']],
  ['evil suffix', 'https://login.salesforce.com.evil.example/services/oauth2/token'],
  ['evil suffix under My Domain', 'https://acme.my.salesforce.com.evil.example/'],
  ['look-alike without the dot', 'https://evilsalesforce.com/'],
  ['look-alike my domain', 'https://acme.mysalesforce.com/'],
  ['bare salesforce.com', 'https://salesforce.com/'],
  ['other salesforce.com host', 'https://evil.salesforce.com.attacker.example/'],
  ['the suffix alone', 'https://my.salesforce.com/'],
  ['empty label', 'https://acme..my.salesforce.com/'],
  ['userinfo trick', 'https://login.salesforce.com@evil.example/'],
  ['userinfo on an allowed host', 'https://user:pass@login.salesforce.com/'],
  ['fragment trick', 'https://evil.example#.salesforce.com'],
  ['query trick', 'https://evil.example?.my.salesforce.com'],
  ['path trick', 'https://evil.example/.my.salesforce.com'],
  ['IPv4 loopback', 'https://127.0.0.1/'],
  ['IPv6 loopback', 'https://[::1]/'],
  ['hex IPv4', 'https://0x7f.0.0.1/'],
  ['decimal IPv4', 'https://2130706433/'],
  ['octal IPv4', 'https://0177.0.0.1/'],
  ['cloud metadata address', 'https://169.254.169.254/latest/meta-data'],
  ['plain http', 'http://login.salesforce.com/services/oauth2/token'],
  ['other scheme', 'ftp://login.salesforce.com/'],
  ['javascript scheme', 'javascript:alert(1)//.my.salesforce.com'],
  ['scheme-relative', '//login.salesforce.com/services/oauth2/token'],
  ['relative URL', '/services/data/v62.0/query'],
  ['scheme without slashes', 'https:login.salesforce.com/'],
  ['other port', 'https://login.salesforce.com:8443/'],
  ['port 80', 'https://login.salesforce.com:80/'],
  ['trailing dot', 'https://login.salesforce.com./'],
  ['trailing dot on My Domain', 'https://acme.my.salesforce.com./'],
  ['Cyrillic look-alike', 'https://login.salesfоrce.com/'],
  ['punycode look-alike', 'https://login.xn--salesfrce-n8h.com/'],
  ['full-width dot', 'https://evil.example．my.salesforce.com/'],
  ['backslash as slash', 'https:\\\\login.salesforce.com\\'],
  ['backslash userinfo trick', 'https://evil.example\\@login.salesforce.com/'],
  ['CRLF header injection', 'https://login.salesforce.com/\r\nX-Injected: 1'],
  ['embedded newline in host', 'https://login.sales\nforce.com/'],
  ['tab in host', 'https://acme.my.salesforce.com\t.evil.example/'],
  ['NUL byte', 'https://login.salesforce.com\u0000.evil.example/'],
  ['leading space', ' https://login.salesforce.com/'],
  ['percent-encoded dot', 'https://acme.my.salesforce.com%2eevil.example/'],
  ['not a URL', 'https://'],
  ['far too long', `https://login.salesforce.com/${'a'.repeat(17_000)}`],
] as const;

describe('checkSalesforceEndpoint', () => {
  it.each(allowed)('allows %s', (_, endpoint) => {
    const check = checkSalesforceEndpoint(endpoint);
    expect(check).toMatchObject({ ok: true });
    if (check.ok) expect(check.url.protocol).toBe('https:');
  });

  it.each(refused)('refuses %s', (_, endpoint) => {
    expect(checkSalesforceEndpoint(endpoint)).toMatchObject({ ok: false, reason: expect.any(String) as string });
  });

  it('hands back the URL fetch will use: lowercase host, no port', () => {
    const check = checkSalesforceEndpoint('https://ACME.my.salesforce.com:443/services/data/v62.0/query?q=x');
    expect(check.ok && check.url.href).toBe('https://acme.my.salesforce.com/services/data/v62.0/query?q=x');
  });

  it('names the refused host so the plugin can show why', () => {
    expect(checkSalesforceEndpoint('https://login.salesforce.com.evil.example/')).toEqual({
      ok: false,
      reason: 'login.salesforce.com.evil.example is not a Salesforce host',
    });
  });
});
