import { describe, expect, it } from 'vitest';
import { companyFromDomain, splitPersonName } from './person-name';

describe('splitPersonName', () => {
  it('splits the first word from the rest, which Salesforce needs as LastName', () => {
    expect(splitPersonName('Maya Chen')).toEqual({ firstName: 'Maya', lastName: 'Chen' });
    expect(splitPersonName('  Jean-Luc  de la Tour ')).toEqual({ firstName: 'Jean-Luc', lastName: 'de la Tour' });
    expect(splitPersonName('Cher')).toEqual({ firstName: '', lastName: 'Cher' });
    expect(splitPersonName('')).toEqual({ firstName: '', lastName: '' });
  });
});

describe('companyFromDomain', () => {
  it('turns the first label of the domain into words', () => {
    expect(companyFromDomain('brightwave-media.example')).toBe('Brightwave Media');
    expect(companyFromDomain('ACME.com')).toBe('Acme');
  });
});
