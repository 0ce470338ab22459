import { expectNoSeriousA11yViolations } from './a11y';
import { expect, openConversation, openDemo, test } from './fixtures';
import { relatedList } from './people-helpers';
import { onlyOrgRecord, orgRecord, orgRecords } from './org-records';

const MAYA = 'Maya Chen';
const MAYA_EMAIL = 'maya.chen@acme.example';
const MAYA_CONVERSATION = 'Robot arm calibration drifts after an hour';
const TITLE = 'Calibration call';
const BODY = 'Drift reproduced on arm 3 after the nightly sync.\nShe wants a call on Thursday.';
const NEW_TITLE = 'Calibration call booked';
const NEW_BODY = 'Call booked for Thursday 9am PT with engineering.';

test('adds a private note to a Contact, then edits it; nothing offers to delete a note', async ({ page }) => {
  const plugin = await openDemo(page);
  await openConversation(page, MAYA_CONVERSATION);
  const mayaId = (await onlyOrgRecord(page, 'Contact', 'Email', MAYA_EMAIL)).Id;
  const notesBefore = (await orgRecords(page, 'Note')).filter((note) => note.ParentId === mayaId).length;
  const notes = relatedList(plugin, 'Notes');
  await expect(notes.getByRole('listitem')).toHaveCount(notesBefore);

  await notes.getByRole('button', { name: 'Add note' }).click();
  const form = notes.getByRole('form', { name: `New note for ${MAYA}` });
  // Left as it is, the owner is the signed-in user (the demo's admin).
  await expect(form.getByRole('combobox', { name: 'Owner' })).toHaveValue(/Avery Admin/);
  await form.getByRole('textbox', { name: /^Title/ }).fill(TITLE);
  await form.getByRole('textbox', { name: 'Body' }).fill(BODY);
  await form.getByRole('checkbox', { name: 'Private' }).check();
  await expectNoSeriousA11yViolations(page, 'the new note form');
  await form.getByRole('button', { name: 'Save note' }).click();

  await expect(notes.getByRole('status')).toHaveText('Note saved.');
  await expect(form).toBeHidden();
  const added = notes.getByRole('listitem').filter({ has: plugin.getByRole('link', { name: TITLE, exact: true }) });
  await expect(added).toContainText('Private');
  await expect(notes.getByRole('listitem')).toHaveCount(notesBefore + 1);
  const created = await onlyOrgRecord(page, 'Note', 'Title', TITLE);
  expect(created).toMatchObject({ ParentId: mayaId, Body: BODY, IsPrivate: true });

  await notes.getByRole('button', { name: `Edit note ${TITLE}` }).click();
  const editForm = notes.getByRole('form', { name: `Edit note ${TITLE}` });
  await expect(editForm.getByRole('textbox', { name: 'Body' })).toHaveValue(BODY);
  await expect(editForm.getByRole('checkbox', { name: 'Private' })).toBeChecked();
  await expectNoSeriousA11yViolations(page, 'the edit note form');
  await expect(plugin.getByRole('button', { name: /delete|remove/i })).toHaveCount(0);
  await editForm.getByRole('textbox', { name: /^Title/ }).fill(NEW_TITLE);
  await editForm.getByRole('textbox', { name: 'Body' }).fill(NEW_BODY);
  await editForm.getByRole('button', { name: 'Save note' }).click();

  await expect(editForm).toBeHidden();
  await expect(notes.getByRole('link', { name: NEW_TITLE, exact: true })).toBeVisible();
  await expect(notes.getByRole('link', { name: TITLE, exact: true })).toBeHidden();
  await expect(notes.getByRole('listitem')).toHaveCount(notesBefore + 1);
  expect(await orgRecord(page, created.Id)).toMatchObject({ ParentId: mayaId, Title: NEW_TITLE, Body: NEW_BODY, IsPrivate: true });
  expect((await orgRecords(page, 'Note')).filter((note) => note.ParentId === mayaId)).toHaveLength(notesBefore + 1);

  // Notes are never deleted from the sidebar: not from the list, a note, or anywhere else in the panel.
  await expect(plugin.getByRole('button', { name: /delete|remove/i })).toHaveCount(0);
  await expect(plugin.getByRole('link', { name: /delete|remove/i })).toHaveCount(0);
  await expect(plugin.getByRole('menuitem')).toHaveCount(0);
});
