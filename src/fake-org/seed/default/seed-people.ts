/**
 * The notable people, addresses and numbers in the default seed, so tests and the demo refer to them
 * by meaning instead of repeating literals. Phones are stored exactly as written here.
 */
export const SEED_PEOPLE = {
  /** The rich demo sender: Contact with cases, tasks, notes, opportunities, service requests and a support plan. */
  rich: { firstName: 'Maya', lastName: 'Chen', email: 'maya.chen@acme.example', phone: '(415) 555-0134', account: 'Acme Robotics' },
  /** A Contact and an unconverted Lead with the same email. */
  contactAndLead: { firstName: 'Sam', lastName: 'Rivera', email: 'sam.rivera@brightwave.example', account: 'Brightwave Media' },
  /** Two Contacts (Dana Whitfield, Lee Park) share this address. */
  sharedEmail: { email: 'accounts@orchardfoods.example', lastNames: ['Whitfield', 'Park'], account: 'Orchard Fresh Foods' },
  /** An email with an apostrophe, on a Contact with a UK phone. */
  apostrophe: { firstName: 'Sean', lastName: "O'Brien", email: "sean.o'brien@kestrel.example", phone: '+44 20 7946 0958' },
  freeMailContact: { firstName: 'Rebecca', lastName: 'Nguyen', email: 'rebecca.nguyen84@gmail.com' },
  freeMailLead: { firstName: 'Tom', lastName: 'Baker', email: 'tom.baker.builds@gmail.com' },
  nonAscii: {
    zoe: { firstName: 'Zoë', lastName: 'Müller', email: 'zoe.mueller@mueller-maschinenbau.example', object: 'Contact' },
    jose: { firstName: 'José', lastName: 'Álvarez', email: 'jose.alvarez@solera.example', object: 'Contact' },
    misaki: { firstName: '美咲', lastName: '渡辺', email: 'misaki.watanabe@sakura-trading.example', object: 'Contact' },
    lukasz: { firstName: 'Łukasz', lastName: 'Wójcik', email: 'lukasz.wojcik@wislasoft.example', object: 'Lead' },
  },
  /** One phone per format, each on a different person. */
  phones: {
    parentheses: { value: '(415) 555-0134', object: 'Contact', lastName: 'Chen', field: 'Phone' },
    international: { value: '+44 20 7946 0958', object: 'Contact', lastName: "O'Brien", field: 'Phone' },
    dotted: { value: '415.555.0199', object: 'Contact', lastName: 'Patel', field: 'Phone' },
    dashed: { value: '415-555-0101', object: 'Lead', lastName: 'Stone', field: 'Phone' },
    spacedE164: { value: '+1 415 555 0177', object: 'Contact', lastName: 'Mendes', field: 'MobilePhone' },
  },
  /** A Lead converted into an existing Contact (Grace Lindqvist): matching should find the Contact, not this Lead. */
  convertedLead: { firstName: 'Grace', lastName: 'Lindqvist', email: 'grace.lindqvist@evergreen-energy.example' },
  /** Senders not in Salesforce whose domain is an Account's website. */
  unknownAtAccountDomain: [
    { email: 'jordan.lee@brightwave.example', account: 'Brightwave Media' },
    { email: 'hello@quantumanalytics.example', account: 'Quantum Analytics Lab' },
  ],
  /** A sender nothing in the org matches, neither by email nor by domain. */
  unknown: { email: 'nobody@nowhere.example' },
} as const;
