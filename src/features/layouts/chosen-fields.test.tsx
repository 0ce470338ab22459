// @vitest-environment jsdom
import { fireEvent, render, screen, within } from '@testing-library/react';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { ChosenFields } from './chosen-fields';
import { standardDescribe } from './test-support/describes';

const contact = standardDescribe('Contact');

function Harness({ initial }: { initial: readonly string[] }) {
  const [fields, setFields] = useState(initial);
  return <ChosenFields describe={contact} fields={fields} onChange={setFields} />;
}

const labels = () =>
  within(screen.getByRole('list', { name: 'Shown on the card' }))
    .getAllByRole('listitem')
    .map((item) => item.querySelector('.layouts-chosen-label')?.textContent);

function drag(from: string, onto: string) {
  const rowOf = (label: string) => screen.getByText(label, { selector: '.layouts-chosen-label' }).closest('li') as HTMLElement;
  const dataTransfer = { setData: () => undefined, dropEffect: 'move', effectAllowed: 'move' };
  fireEvent.dragStart(rowOf(from), { dataTransfer });
  fireEvent.dragOver(rowOf(onto), { dataTransfer });
  fireEvent.drop(rowOf(onto), { dataTransfer });
  fireEvent.dragEnd(rowOf(from), { dataTransfer });
}

describe('ChosenFields', () => {
  it('moves a field by dragging it onto another, and announces where it went', () => {
    render(<Harness initial={['Name', 'Title', 'Email', 'Phone']} />);
    drag('Business Phone', 'Title');
    expect(labels()).toEqual(['Full Name', 'Business Phone', 'Title', 'Email']);
    expect(screen.getByRole('status')).toHaveTextContent('Business Phone moved to position 2 of 4.');
    drag('Full Name', 'Email');
    expect(labels()).toEqual(['Business Phone', 'Title', 'Email', 'Full Name']);
  });

  it('names lookups as the card does, and says what is left when every field is removed', () => {
    render(<Harness initial={['AccountId']} />);
    fireEvent.click(screen.getByRole('button', { name: 'Remove Account' }));
    expect(screen.getByText(/No fields: the card shows only the record’s name/)).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('Account removed from the card.');
  });
});
