import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { banner, forgetChoice, KitPage } from './kit';

// Clickjacking into consent: a decision made while another origin frames the page records nothing.

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('the kit, framed by another origin', () => {
  const framedBy = (readable: boolean) =>
    vi.stubGlobal('top', {
      get location() {
        if (!readable) throw new DOMException('Blocked a frame with origin', 'SecurityError');
        return { href: 'http://localhost:3000/' };
      },
    });

  describe('given a frame whose top location cannot be read', () => {
    describe('when "Tout accepter" is activated', () => {
      it('records nothing: no clickjacked consent', async () => {
        framedBy(false);
        render(<KitPage />);
        await userEvent.click(await screen.findByRole('button', { name: 'Tout accepter' }));
        expect(banner()).toBeVisible();
        expect(screen.getByText('Statistiques désactivées')).toBeInTheDocument();
        expect(document.cookie).not.toMatch(/charte=/);
      });
    });
  });

  describe('given the host opts in with allowInFrame, or a same-origin frame', () => {
    describe('when "Tout accepter" is activated', () => {
      it('records as usual', async () => {
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
  });
});
