import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { banner, forgetChoice, KitPage } from './kit';

// Clickjacking into consent: a decision made while another origin frames the page records nothing.

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('framing by another origin', () => {
  const framedBy = (readable: boolean) =>
    vi.stubGlobal('top', {
      get location() {
        if (!readable) throw new DOMException('Blocked a frame with origin', 'SecurityError');
        return { href: 'http://localhost:3000/' };
      },
    });

  it('the banner’s buttons record nothing: no clickjacked consent', async () => {
    framedBy(false);
    render(<KitPage />);
    await userEvent.click(await screen.findByRole('button', { name: 'Tout accepter' }));
    expect(banner()).toBeVisible();
    expect(screen.getByText('Statistiques désactivées')).toBeInTheDocument();
    expect(document.cookie).not.toMatch(/charte=/);
  });

  it('records as usual when the host opts in with allowInFrame, or when the frame is same-origin', async () => {
    framedBy(false);
    const view = render(<KitPage allowInFrame />);
    await userEvent.click(await screen.findByRole('button', { name: 'Tout accepter' }));
    expect(screen.getByText('Statistiques actives')).toBeInTheDocument();
    view.unmount();
    forgetChoice();
    framedBy(true);
    render(<KitPage />);
    await userEvent.click(await screen.findByRole('button', { name: 'Tout accepter' }));
    expect(screen.getByText('Statistiques actives')).toBeInTheDocument();
  });
});
