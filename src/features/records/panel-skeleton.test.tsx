// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { PanelSkeleton } from './panel-skeleton';

afterEach(cleanup);

describe('PanelSkeleton', () => {
  it('announces that records are loading, hiding the placeholder shapes from assistive technology', () => {
    const { container } = render(<PanelSkeleton />);

    const status = screen.getByRole('status', { name: 'Loading Salesforce records' });
    expect(status.getAttribute('aria-busy')).toBe('true');
    const placeholders = container.querySelectorAll('.records-skeleton-card');
    expect(placeholders.length).toBeGreaterThan(0);
    expect([...placeholders].every((card) => card.getAttribute('aria-hidden') === 'true')).toBe(true);
  });
});
