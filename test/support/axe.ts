import axe from 'axe-core';

/**
 * axe-core's serious and critical violations inside `root`, one line each (rule and offending markup), so a
 * failing assertion says what to fix. jsdom computes no colours: contrast is checked in the browser tests.
 */
export async function blockingViolations(root: Element = document.body): Promise<string[]> {
  const results = await axe.run(root, { rules: { 'color-contrast': { enabled: false } } });
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.html).join(', ')}`);
}
