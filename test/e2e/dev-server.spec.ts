import { SEED_PEOPLE } from '../../src/fake-org/seed/default/seed-people';
import { expect, openConversation, openDemo, test } from './fixtures';

// README's first command is `npm run dev`: the same demo, served by Vite's dev server from the sources (its
// pre-bundled dependencies, its own HTML handling) rather than from the build every other spec uses.
test.use({ baseURL: `http://localhost:${process.env.E2E_DEV_PORT}` });

const MAYA = `${SEED_PEOPLE.rich.firstName} ${SEED_PEOPLE.rich.lastName}`;

test('the dev server signs in through the OAuth callback page and shows the sender', async ({ page }) => {
  // A fresh clone's first visit is when Vite pre-bundles dependencies and transforms every module of both
  // pages; on CI's two cores, next to the other worker's browser, that alone took more than the usual 10 s.
  test.setTimeout(90_000);
  const plugin = await openDemo(page, undefined, { firstPaintTimeout: 45_000 });
  await openConversation(page, 'Robot arm calibration drifts after an hour');
  await expect(plugin.getByRole('article', { name: MAYA })).toBeVisible();
});
