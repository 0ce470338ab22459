import { describe, expect, it } from 'vitest';
import { prefillForPerson } from './prefill';

describe('prefillForPerson', () => {
  it('splits the name and keeps the email', () => {
    expect(prefillForPerson('Contact', { email: 'maya.chen@acme.example', name: 'Maya Chen' })).toEqual({
      FirstName: 'Maya',
      LastName: 'Chen',
      Email: 'maya.chen@acme.example',
    });
  });

  it("guesses a Lead's company from the email's domain unless the account is known", () => {
    expect(prefillForPerson('Lead', { email: 'jordan@brightwave-media.example' }).Company).toBe('Brightwave Media');
    expect(prefillForPerson('Lead', { email: 'jordan@brightwave-media.example' }, 'Brightwave Media Inc.').Company).toBe('Brightwave Media Inc.');
    expect(prefillForPerson('Lead', { email: 'rebecca.nguyen84@gmail.com', name: 'Rebecca Nguyen' })).not.toHaveProperty('Company');
  });

  it('takes the phone when there is no email, and a single word as the last name', () => {
    expect(prefillForPerson('Lead', { phone: '+14155550134', name: 'Cher' })).toEqual({ LastName: 'Cher', Phone: '+14155550134' });
  });
});
