// @vitest-environment jsdom
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { FieldDescribe, SObjectDescribe } from '../../../salesforce';
import { toSalesforceValue } from './form-value';
import { fakeDescribe, fieldOf, richTextField, withFields } from './test-support/describes';
import { EditorForm, valuesRecorder, type EditorFormProps } from './test-support/editor-form';
import { blockingViolations } from '../../../../test/support/axe';

const plan = fakeDescribe('Support_Plan__c');
const opportunity = fakeDescribe('Opportunity');
const task = fakeDescribe('Task');
const startTime: FieldDescribe = { ...fieldOf(plan, 'Renewal_Date__c'), name: 'Start_Time__c', label: 'Start Time', type: 'time' };

function renderEditors(describe: SObjectDescribe, names: readonly string[], props: Partial<EditorFormProps> = {}) {
  const recorder = valuesRecorder(props.initial);
  const fields = names.map((name) => fieldOf(describe, name));
  const { container } = render(<EditorForm describe={describe} fields={fields} onValues={recorder.onValues} {...props} />);
  const sent = (name: string) => toSalesforceValue(fieldOf(describe, name), recorder.values[name] ?? '');
  return { user: userEvent.setup(), sent, container };
}

describe('FieldEditor: checkbox, dates and times', () => {
  it('sends a checkbox as true or false', async () => {
    const { user, sent } = renderEditors(plan, ['Active__c']);
    expect(sent('Active__c')).toBe(false);
    await user.click(screen.getByRole('checkbox', { name: 'Active' }));
    expect(sent('Active__c')).toBe(true);
  });

  it('sends a date as the calendar day typed', async () => {
    const { user, sent } = renderEditors(plan, ['Renewal_Date__c']);
    const renewal = screen.getByLabelText('Renewal Date');
    expect(renewal).toHaveAttribute('type', 'date');
    await user.type(renewal, '2026-09-30');
    expect(sent('Renewal_Date__c')).toBe('2026-09-30');
  });

  it("sends a date-time as the instant the user meant in their own time zone, and says which zone", async () => {
    const { user, sent } = renderEditors(task, ['ReminderDateTime']);
    const reminder = screen.getByLabelText('Reminder Date/Time');
    expect(reminder).toHaveAttribute('type', 'datetime-local');
    expect(reminder).toHaveAccessibleDescription(`In your time zone (${Intl.DateTimeFormat().resolvedOptions().timeZone}).`);
    await user.type(reminder, '2026-03-01T10:30');
    expect(Date.parse(String(sent('ReminderDateTime')))).toBe(new Date(2026, 2, 1, 10, 30).getTime());
  });

  it('shows a stored date-time with seconds without making the input invalid', () => {
    renderEditors(task, ['ReminderDateTime'], { initial: { ReminderDateTime: '2026-03-01T10:30:15' } });
    expect(screen.getByLabelText('Reminder Date/Time')).toHaveAttribute('step', '1');
  });

  it('sends a time of day in Salesforce’s format', async () => {
    const { user, sent } = renderEditors(withFields(plan, startTime), ['Start_Time__c']);
    const start = screen.getByLabelText('Start Time');
    expect(start).toHaveAttribute('type', 'time');
    await user.type(start, '13:30');
    expect(sent('Start_Time__c')).toBe('13:30:00.000Z');
  });
});

describe('FieldEditor: numbers', () => {
  it("shows a currency field's symbol and sends the amount as a number", async () => {
    const { user, sent } = renderEditors(opportunity, ['Amount']);
    const amount = screen.getByRole('textbox', { name: 'Amount' });
    expect(amount).toHaveAttribute('inputMode', 'decimal');
    expect(amount).toHaveAccessibleDescription('$');
    expect(amount.previousElementSibling).toHaveTextContent('$');
    await user.type(amount, '1,250.75');
    expect(sent('Amount')).toBe(1250.75);
  });

  it("follows the record's currency when it has one", () => {
    renderEditors(opportunity, ['Amount'], { currencyCode: 'EUR' });
    expect(screen.getByRole('textbox', { name: 'Amount' })).toHaveAccessibleDescription('€');
  });

  it('shows a percent field with % after it and sends the number as typed (25 means 25%)', async () => {
    const { user, sent } = renderEditors(opportunity, ['Probability']);
    const probability = screen.getByRole('textbox', { name: 'Probability (%)' });
    expect(probability.nextElementSibling).toHaveTextContent('%');
    await user.type(probability, '25');
    expect(sent('Probability')).toBe(25);
  });

  it('offers a whole-number keypad for an integer field', async () => {
    const account = fakeDescribe('Account');
    const { user, sent } = renderEditors(account, ['NumberOfEmployees']);
    const employees = screen.getByRole('textbox', { name: 'Employees' });
    expect(employees).toHaveAttribute('inputMode', 'numeric');
    await user.type(employees, '250');
    expect(sent('NumberOfEmployees')).toBe(250);
  });
});

describe('FieldEditor: fields it cannot edit as one value', () => {
  it('shows an address as read-only and says where to edit it', () => {
    const account = fakeDescribe('Account');
    renderEditors(account, ['BillingAddress']);
    const address = screen.getByRole('textbox', { name: 'Billing Address' });
    expect(address).toHaveAttribute('readonly');
    expect(address).toHaveAccessibleDescription('This field can only be edited in Salesforce.');
  });
});

describe('FieldEditor: accessibility', () => {
  it('has no serious or critical axe violations across the input types', async () => {
    const requests = fakeDescribe('Account_Service_Request__c');
    const languages: FieldDescribe = { ...fieldOf(requests, 'Category__c'), name: 'Languages__c', label: 'Languages', type: 'multipicklist' };
    const describe = withFields(requests, fieldOf(plan, 'Active__c'), fieldOf(opportunity, 'Amount'), fieldOf(task, 'ReminderDateTime'), languages, richTextField());
    const names = ['Priority__c', 'Category__c', 'Subcategory__c', 'Due_Date__c', 'Description__c', 'Active__c', 'Amount', 'ReminderDateTime', 'Languages__c', 'Bio__c'];
    const { container } = renderEditors(describe, names, { required: ['Priority__c'], validate: true });
    expect(await blockingViolations(container)).toEqual([]);
  });
});
