const LABELS: Record<string, string> = { email: 'Email', sms: 'SMS', internal: 'Internal', whatsapp: 'WhatsApp' };

export function channelLabel(conversationType: string): string {
  return LABELS[conversationType] ?? conversationType;
}
