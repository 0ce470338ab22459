import { describe, expect, it } from 'vitest';
import { accountSuggestionsQuery, companyDomains, rankSuggestions, significantWords } from './account-suggestions';

describe('significantWords', () => {
  it('keeps the words that identify a company, dropping legal forms, filler and punctuation', () => {
    expect(significantWords('Stone & Sons Roofing, Inc.')).toEqual(['Stone', 'Sons']);
    expect(significantWords('Wisła Software sp. z o.o.')).toEqual(['Wisła', 'Software']);
    expect(significantWords('The Acme Co')).toEqual(['Acme']);
    expect(significantWords("O'Neil Co-op - Dublin")).toEqual(["O'Neil", 'Co-op']);
    expect(significantWords('LLC')).toEqual([]);
  });
});

describe('companyDomains', () => {
  it("uses the email's domain unless it is free mail, and the website's host", () => {
    expect(companyDomains({ email: 'sam@Brightwave.example', website: 'https://www.brightwave.example/en' })).toEqual(['brightwave.example']);
    expect(companyDomains({ email: 'tom.baker.builds@gmail.com' })).toEqual([]);
    expect(companyDomains({ email: 'someone@yahoo.co.uk', website: 'tombaker.example' })).toEqual(['tombaker.example']);
  });
});

describe('accountSuggestionsQuery', () => {
  it('matches every significant word of the name, or the website by domain, with values escaped', () => {
    const query = accountSuggestionsQuery({ company: "O'Neil Builders", email: 'pat@oneil.example' });
    expect(query?.toString()).toBe(
      "SELECT Id, Name, Website, BillingCity FROM Account WHERE (Name LIKE '%O\\'Neil%' AND Name LIKE '%Builders%') " +
        "OR Website LIKE '%oneil.example%' ORDER BY Name LIMIT 10",
    );
  });

  it('is not needed when neither the company nor the email says anything', () => {
    expect(accountSuggestionsQuery({ company: 'Inc.', email: 'someone@gmail.com' })).toBeUndefined();
  });
});

describe('rankSuggestions', () => {
  it('puts accounts with the same name or domain first', () => {
    const hint = { company: 'Brightwave Media', email: 'sam@brightwave.example' };
    const ranked = rankSuggestions(
      [
        { id: '1', name: 'Brightwave Media Holdings', website: 'bwholdings.example' },
        { id: '2', name: 'BW', website: 'https://shop.brightwave.example' },
        { id: '3', name: 'brightwave media' },
      ],
      hint,
    );
    expect(ranked.map((account) => account.id)).toEqual(['2', '3', '1']);
  });
});
