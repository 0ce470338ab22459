import { describe, expect, it } from 'vitest';
import type { HostContext } from '../../host/host-types';
import { hasPhoneHandle, participantsOf } from './participants';
import * as phoneNumbers from './phone';
import { subjectKey } from './subject';
import { conversation, message, recipient, TEAMMATE } from './test-support/host-fixtures';

const US = { defaultCountry: 'US', phoneNumbers };
const keys = (context: HostContext, messages: Parameters<typeof participantsOf>[1] = []) => participantsOf(context, messages, US).map(subjectKey);

describe('participantsOf', () => {
  it('puts the main recipient first, then the other external people of the thread', () => {
    const maya = recipient('maya.chen@acme.example', 'email', 'Maya Chen');
    const context = conversation(maya);
    const messages = [
      message('inbound', recipient('ravi.shah@acme.example'), [recipient('support@oursupport.example')], [maya]),
      message('outbound', recipient('support@oursupport.example'), [recipient('ravi.shah@acme.example')], [recipient('elena.petrova@acme.example')]),
    ];

    expect(participantsOf(context, messages, US)).toEqual([
      { kind: 'email', email: 'maya.chen@acme.example', name: 'Maya Chen' },
      { kind: 'email', email: 'ravi.shah@acme.example' },
      { kind: 'email', email: 'elena.petrova@acme.example' },
    ]);
  });

  it('leaves out the teammate, every address on the team domain and the channels we send from', () => {
    const context = conversation(recipient('maya.chen@acme.example'));
    const messages = [
      message('inbound', recipient('maya.chen@acme.example'), [recipient('help@shared-inbox.example')], [recipient(TEAMMATE.email)]),
      message('outbound', recipient('help@shared-inbox.example'), [recipient('maya.chen@acme.example')], [recipient('billing@oursupport.example')]),
    ];
    expect(keys(context, messages)).toEqual(['email:maya.chen@acme.example']);
  });

  it('lists each address once, whatever its case, and keeps a name a later message gives', () => {
    const context = conversation(recipient('Maya.Chen@ACME.example'));
    const messages = [message('inbound', recipient('maya.chen@acme.example', 'email', 'Maya Chen'), [recipient('MAYA.CHEN@acme.example')])];
    expect(participantsOf(context, messages, US)).toEqual([{ kind: 'email', email: 'maya.chen@acme.example', name: 'Maya Chen' }]);
  });

  it('normalises phone numbers to E.164, so differently written numbers are one participant', () => {
    const context = conversation(recipient('+1 (415) 555-0134', 'phone'), 'sms');
    const messages = [
      message('inbound', recipient('4155550134', 'phone'), [recipient('+1 650 555 0100', 'phone')]),
      message('outbound', recipient('+1 650 555 0100', 'phone'), [recipient('415.555.0134', 'phone')]),
    ];
    expect(participantsOf(context, messages, US)).toEqual([{ kind: 'phone', e164: '+14155550134', national: '4155550134', raw: '+1 (415) 555-0134' }]);
  });

  it('leaves phone numbers out until the phone functions are loaded, and says when they are needed', () => {
    const sms = conversation(recipient('+1 (415) 555-0134', 'phone'), 'sms');
    const email = conversation(recipient('maya.chen@acme.example'));
    expect(hasPhoneHandle(sms, [])).toBe(true);
    expect(hasPhoneHandle(email, [message('inbound', recipient('maya.chen@acme.example'), [recipient('+1 650 555 0100', 'phone')])])).toBe(true);
    expect(hasPhoneHandle(email, [])).toBe(false);
    expect(participantsOf(sms, [], { defaultCountry: 'US', phoneNumbers: undefined })).toEqual([]);
  });

  it('reads national numbers with the configured default country', () => {
    const context = conversation(recipient('020 7946 0958', 'phone'), 'sms');
    expect(keys(context)).toEqual([]);
    expect(participantsOf(context, [], { defaultCountry: 'GB', phoneNumbers }).map(subjectKey)).toEqual(['phone:+442079460958']);
  });

  it('drops handles that are neither emails nor phone numbers, and unparseable numbers', () => {
    const context = conversation(recipient('@acme_robotics', 'twitter'), 'twitter');
    const messages = [
      message('inbound', recipient('12', 'phone'), [recipient('not an address', 'email')]),
      message('inbound', recipient('+1 415 555 0199', 'custom'), [recipient('wei.zhang@acme.example', 'custom')]),
    ];
    expect(keys(context, messages)).toEqual(['phone:+14155550199', 'email:wei.zhang@acme.example']);
  });

  it('is empty for an internal discussion between teammates', () => {
    const context = conversation(recipient(TEAMMATE.email), 'internal');
    const messages = [message('outbound', recipient(TEAMMATE.email), [recipient('avery@oursupport.example')])];
    expect(keys(context, messages)).toEqual([]);
  });

  it('keeps free-mail customers when the teammate signs in with a free-mail address', () => {
    const context = { ...conversation(recipient('rebecca.nguyen84@gmail.com')), teammate: { ...TEAMMATE, email: 'jordan.agent@gmail.com' } };
    expect(keys(context)).toEqual(['email:rebecca.nguyen84@gmail.com']);
  });

  it('is empty outside a single conversation', () => {
    const base = conversation(recipient('maya.chen@acme.example'));
    expect(participantsOf({ id: 'ctx', type: 'noConversation', teammate: base.teammate, company: base.company }, [], US)).toEqual([]);
    expect(
      participantsOf({ id: 'ctx', type: 'multiConversations', teammate: base.teammate, company: base.company, conversations: [base.conversation] }, [], US),
    ).toEqual([]);
  });
});
