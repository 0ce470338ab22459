// The Front workspace the demo pretends to be: one company, the signed-in teammate and the shared channels.

export const DEMO_COMPANY = { id: 'cmp_nw01', name: 'Northwind Support' };

export const DEMO_TEAMMATE = {
  id: 'tea_alex',
  name: 'Alex Morgan',
  username: 'alex',
  email: 'alex@northwind-support.example',
};

const SUPPORT_INBOX = { id: 'inb_support', ownerId: 'tim_northwind', name: 'Support', color: '#3d7eff' };

const EMAIL_CHANNEL = {
  id: 'cha_email',
  type: 'email',
  inbox: SUPPORT_INBOX,
  name: 'Northwind Support',
  address: 'support@northwind-support.example',
};

const SMS_CHANNEL = { id: 'cha_sms', type: 'twilio', inbox: SUPPORT_INBOX, name: 'Northwind SMS', address: '+14155550109' };

/** The channel a conversation of this type arrives through; internal discussions have none. */
export function channelsFor(conversationType: string) {
  if (conversationType === 'internal') return [];
  return [conversationType === 'sms' || conversationType === 'whatsapp' ? SMS_CHANNEL : EMAIL_CHANNEL];
}

export function inboxesFor(conversationType: string) {
  return conversationType === 'internal' ? [] : [SUPPORT_INBOX];
}
