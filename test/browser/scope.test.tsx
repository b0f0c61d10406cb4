import { describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { Banner, ConsentProvider, memoryAdapter, PreferencesDialog } from '../../src';
import { montreuilDemo } from '../fixtures/montreuil';
import { eventually, render, user } from './render';

/** A host page with its own `data-part` elements, as Ark and zag users have, beside the kit. */
function HostPage() {
  return (
    <ConsentProvider catalogue={montreuilDemo} storage={memoryAdapter()}>
      <Banner />
      <main>
        <div data-part="dialog" data-testid="host-dialog">
          Boîte de dialogue de l’hôte
        </div>
        <button type="button" data-part="trigger" data-testid="host-trigger">
          Bouton de l’hôte
        </button>
        <div data-part="status" data-testid="host-status">
          État de l’hôte
        </div>
      </main>
      <PreferencesDialog />
    </ConsentProvider>
  );
}

const host = (id: string) => document.querySelector(`[data-testid="${id}"]`) as HTMLElement;

describe('The kit’s parts, scoped by data-scope="charte"', () => {
  describe('given a host page with its own data-part elements', () => {
    it('leaves them unstyled', async () => {
      await render(<HostPage />);
      expect(getComputedStyle(host('host-dialog')).position).toBe('static');
      expect(getComputedStyle(host('host-status')).position).toBe('static');
      const trigger = getComputedStyle(host('host-trigger'));
      const kitButton = getComputedStyle(
        document.querySelector('[data-scope="charte"][data-part="accept-all"]') as Element,
      );
      expect(trigger.backgroundColor).not.toBe(kitButton.backgroundColor);
      expect(trigger.minBlockSize).not.toBe(kitButton.minBlockSize);
    });

    describe('when a decision in the dialog removes the banner button that opened it', () => {
      it('never moves focus to the host’s data-part="trigger"', async () => {
        await render(<HostPage />);
        await user(() => userEvent.click(page.getByRole('button', { name: 'Personnaliser' })));
        await eventually(() => expect.element(page.getByRole('dialog')).toBeVisible());
        // Deciding in the dialog closes the banner, and with it the button that opened the dialog.
        await user(() => userEvent.click(page.getByRole('dialog').getByRole('button', { name: 'Tout refuser' })));
        await eventually(() => expect.poll(() => document.querySelector('[role="dialog"]')).toBeNull());
        expect(document.activeElement).not.toBe(host('host-trigger'));
      });
    });
  });
});
