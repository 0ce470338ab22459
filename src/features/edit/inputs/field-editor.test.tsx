// @vitest-environment jsdom
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { FieldDescribe, SObjectDescribe } from '../../../salesforce';
import { toSalesforceValue } from './form-value';
import { fakeDescribe, fieldOf, withFields } from './test-support/describes';
import { EditorForm, valuesRecorder, type EditorFormProps } from './test-support/editor-form';

const contact = fakeDescribe('Contact');
const opportunity = fakeDescribe('Opportunity');
const requests = fakeDescribe('Account_Service_Request__c');

function renderEditors(describe: SObjectDescribe, names: readonly string[], props: Partial<EditorFormProps> = {}) {
  const recorder = valuesRecorder(props.initial);
  const fields = names.map((name) => fieldOf(describe, name));
  render(<EditorForm describe={describe} fields={fields} onValues={recorder.onValues} {...props} />);
  const sent = (name: string) => toSalesforceValue(fieldOf(describe, name), recorder.values[name] ?? '');
  return { user: userEvent.setup(), sent };
}

describe('FieldEditor: text-like fields', () => {
  it('edits a text field within its length, and sends what was typed', async () => {
    const { user, sent } = renderEditors(contact, ['Title']);
    const title = screen.getByRole('textbox', { name: 'Title' });
    expect(title).toHaveAttribute('maxLength', String(fieldOf(contact, 'Title').length));
    await user.type(title, 'VP Sales');
    expect(sent('Title')).toBe('VP Sales');
  });

  it('uses the email, phone and web address inputs, and sends them trimmed', async () => {
    const account = fakeDescribe('Account');
    const { user, sent } = renderEditors(withFields(contact, fieldOf(account, 'Website')), ['Email', 'Phone', 'Website']);
    const email = screen.getByRole('textbox', { name: 'Email' });
    const phone = screen.getByRole('textbox', { name: 'Business Phone' });
    const website = screen.getByRole('textbox', { name: 'Website' });
    expect([email, phone, website].map((input) => input.getAttribute('type'))).toEqual(['email', 'tel', 'url']);
    await user.type(email, "sean.o'brien@kestrel.example ");
    await user.type(phone, '+44 20 7946 0958');
    await user.type(website, 'www.kestrel.example');
    expect([sent('Email'), sent('Phone'), sent('Website')]).toEqual(["sean.o'brien@kestrel.example", '+44 20 7946 0958', 'www.kestrel.example']);
  });

  it('keeps the lines of a long text area', async () => {
    const { user, sent } = renderEditors(contact, ['Description']);
    await user.type(screen.getByRole('textbox', { name: 'Contact Description' }), 'Prefers email.{Enter}Call after 3pm.');
    expect(sent('Description')).toBe('Prefers email.\nCall after 3pm.');
  });

  it("suggests a combobox's picklist values and takes any text", async () => {
    const task = fakeDescribe('Task');
    const { user, sent } = renderEditors(task, ['Subject']);
    const subject = screen.getByRole('combobox', { name: 'Subject' });
    const suggestions = document.getElementById(subject.getAttribute('list') ?? '');
    expect([...(suggestions?.querySelectorAll('option') ?? [])].map((option) => option.value)).toContain('Call');
    await user.type(subject, 'Call back about renewal');
    expect(sent('Subject')).toBe('Call back about renewal');
  });
});

describe('FieldEditor: required fields and errors', () => {
  it('marks a required field with a red * and tells assistive technology', () => {
    renderEditors(contact, ['LastName', 'FirstName'], { required: ['LastName'] });
    const lastName = screen.getByRole('textbox', { name: 'Last Name' });
    expect(lastName).toBeRequired();
    expect(screen.getByText('Last Name').querySelector('.ui-required')).toHaveTextContent('*');
    expect(screen.getByRole('textbox', { name: 'First Name' })).not.toBeRequired();
  });

  it('shows a required field left empty, and the message goes once it is filled in', async () => {
    const { user } = renderEditors(contact, ['LastName'], { required: ['LastName'], validate: true });
    const lastName = screen.getByRole('textbox', { name: 'Last Name' });
    expect(lastName).toBeInvalid();
    expect(lastName).toHaveAccessibleDescription('Complete this field.');
    await user.type(lastName, 'Chen');
    expect(lastName).toBeValid();
    expect(screen.queryByText('Complete this field.')).not.toBeInTheDocument();
  });

  it('shows a malformed email and number on their fields, keeping what was typed', async () => {
    const { user } = renderEditors(withFields(contact, fieldOf(opportunity, 'Amount')), ['Email', 'Amount'], { validate: true });
    const email = screen.getByRole('textbox', { name: 'Email' });
    const amount = screen.getByRole('textbox', { name: 'Amount' });
    await user.type(email, 'maya.chen@acme');
    await user.type(amount, '12.345');
    expect(email).toHaveAccessibleDescription('Enter an email address, like name@example.com.');
    expect(amount).toHaveAccessibleDescription(expect.stringContaining('Use at most 2 decimal places.'));
    expect(email).toHaveValue('maya.chen@acme');
    expect(amount).toHaveValue('12.345');
  });

  it('shows a text longer than the field as an error on it', () => {
    const title = fieldOf(contact, 'Title');
    renderEditors(contact, ['Title'], { validate: true, initial: { Title: 'x'.repeat(title.length + 5) } });
    expect(screen.getByRole('textbox', { name: 'Title' })).toHaveAccessibleDescription(`Use at most ${title.length} characters (this has ${title.length + 5}).`);
  });
});

describe('FieldEditor: picklists', () => {
  it('offers --None-- on an optional picklist, which clears it', async () => {
    const { user, sent } = renderEditors(contact, ['LeadSource']);
    const source = screen.getByRole('combobox', { name: 'Lead Source' });
    expect(within(source).getAllByRole('option')[0]).toHaveTextContent('--None--');
    await user.selectOptions(source, 'Web');
    expect(sent('LeadSource')).toBe('Web');
    await user.selectOptions(source, '--None--');
    expect(sent('LeadSource')).toBeNull();
  });

  it('offers no empty choice on a required picklist, and keeps a retired value labelled as such', () => {
    const priority = fieldOf(requests, 'Priority__c');
    const retired: FieldDescribe = {
      ...priority,
      picklistValues: [...priority.picklistValues, { active: false, defaultValue: false, label: 'Urgent', validFor: null, value: 'Urgent' }],
    };
    render(<EditorForm describe={withFields(requests, retired)} fields={[retired]} required={['Priority__c']} initial={{ Priority__c: 'Urgent' }} />);
    const select = screen.getByRole('combobox', { name: 'Priority' });
    expect(within(select).getAllByRole('option').map((option) => option.textContent)).toEqual(['High', 'Medium', 'Low', 'Urgent (inactive)']);
    expect(select).toHaveValue('Urgent');
  });

  it('asks for a choice on an empty required picklist instead of picking the first value', () => {
    renderEditors(requests, ['Priority__c'], { required: ['Priority__c'] });
    const select = screen.getByRole('combobox', { name: 'Priority' });
    expect(select).toHaveValue('');
    expect(within(select).getByRole('option', { name: 'Choose a value' })).toBeDisabled();
  });

  it('edits a multi-select picklist as a group of checkboxes, sent in picklist order', async () => {
    const languages: FieldDescribe = {
      ...fieldOf(contact, 'LeadSource'),
      name: 'Languages__c',
      label: 'Languages',
      type: 'multipicklist',
      picklistValues: ['English', 'French', 'German'].map((value) => ({ active: true, defaultValue: false, label: value, validFor: null, value })),
    };
    const { user, sent } = renderEditors(withFields(contact, languages), ['Languages__c']);
    const group = screen.getByRole('group', { name: 'Languages' });
    await user.click(within(group).getByRole('checkbox', { name: 'German' }));
    await user.click(within(group).getByRole('checkbox', { name: 'English' }));
    expect(sent('Languages__c')).toBe('English;German');
    await user.click(within(group).getByRole('checkbox', { name: 'German' }));
    expect(sent('Languages__c')).toBe('English');
  });
});

describe('FieldEditor: dependent picklists (the fake org’s Category → Subcategory)', () => {
  it('waits for the Category, offers only the Subcategories it allows, and says what it cleared', async () => {
    const { user, sent } = renderEditors(requests, ['Category__c', 'Subcategory__c']);
    const category = screen.getByRole('combobox', { name: 'Category' });
    const subcategory = screen.getByRole('combobox', { name: 'Subcategory' });
    expect(subcategory).toBeDisabled();
    expect(subcategory).toHaveAccessibleDescription('Choose Category first.');

    await user.selectOptions(category, 'Hardware');
    expect(within(subcategory).getAllByRole('option').map((option) => option.textContent)).toEqual(['--None--', 'Laptop', 'Monitor']);
    await user.selectOptions(subcategory, 'Laptop');
    expect(sent('Subcategory__c')).toBe('Laptop');

    await user.selectOptions(category, 'Software');
    expect(subcategory).toHaveValue('');
    expect(sent('Subcategory__c')).toBeNull();
    expect(subcategory).toHaveAccessibleDescription("“Laptop” isn't available for Category “Software”, so it was cleared.");
    expect(within(subcategory).getAllByRole('option').map((option) => option.textContent)).toEqual(['--None--', 'Install', 'Licence', 'Bug']);

    await user.selectOptions(subcategory, 'Bug');
    expect(subcategory).not.toHaveAccessibleDescription();
    expect(sent('Subcategory__c')).toBe('Bug');
  });

  it('keeps an allowed value when the Category changes to one that allows it too', async () => {
    const shared: FieldDescribe = {
      ...fieldOf(requests, 'Subcategory__c'),
      // "Other" is valid for Hardware (bit 0) and Software (bit 1): 0xC0.
      picklistValues: [{ active: true, defaultValue: false, label: 'Other', validFor: 'wAAA', value: 'Other' }],
    };
    const { user, sent } = renderEditors(withFields(requests, shared), ['Category__c', 'Subcategory__c'], { initial: { Category__c: 'Hardware', Subcategory__c: 'Other' } });
    await user.selectOptions(screen.getByRole('combobox', { name: 'Category' }), 'Software');
    expect(sent('Subcategory__c')).toBe('Other');
    expect(screen.getByRole('combobox', { name: 'Subcategory' })).not.toHaveAccessibleDescription();
  });

  it('opens a saved record whose Subcategory no longer fits unchanged, the value marked', () => {
    renderEditors(requests, ['Category__c', 'Subcategory__c'], { initial: { Category__c: 'Billing', Subcategory__c: 'Laptop' } });
    const subcategory = screen.getByRole('combobox', { name: 'Subcategory' });
    expect(subcategory).toHaveValue('Laptop');
    expect(within(subcategory).getByRole('option', { name: 'Laptop (not available)' })).toBeInTheDocument();
  });
});
