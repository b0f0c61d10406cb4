import { render, screen, waitFor, within } from '@testing-library/react';
import { useEffect } from 'react';
import { describe, expect, it } from 'vitest';
import { ConsentProvider, type ConsentRecord, useConsent } from '../../src';
import { montreuilDemo } from '../fixtures/montreuil';
import { forgetChoice, renderKit } from './kit';

/** Accepts everything as soon as it mounts, before any visible component of the kit has rendered. */
function AcceptOnMount() {
  const { status, acceptAll } = useConsent();
  useEffect(() => {
    if (status === 'pending') acceptAll();
  }, [status, acceptAll]);
  return null;
}

describe('the record’s catalogueHash (rule 10)', () => {
  describe('given the same catalogue, language and wording', () => {
    it('is the same from the banner, from useConsent() before any visible component, and from the open dialog', async () => {
      const hashes: string[] = [];
      const recorded = (record: ConsentRecord) => hashes.push(record.catalogueHash);

      const banner = renderKit({ onConsentRecorded: recorded });
      await banner.user.click(screen.getByRole('button', { name: 'Tout accepter' }));
      banner.unmount();
      forgetChoice();

      const headless = render(
        <ConsentProvider catalogue={montreuilDemo} onConsentRecorded={recorded}>
          <AcceptOnMount />
        </ConsentProvider>,
      );
      await waitFor(() => expect(hashes).toHaveLength(2));
      headless.unmount();
      forgetChoice();

      const dialog = renderKit({ onConsentRecorded: recorded });
      await dialog.user.click(screen.getByRole('button', { name: 'Personnaliser' }));
      await dialog.user.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Tout accepter' }));

      expect(hashes).toHaveLength(3);
      expect(new Set(hashes).size).toBe(1);
    });
  });

  describe('given the host’s own wording of the kit', () => {
    it('differs, since the texts shown differ', async () => {
      const hashes: string[] = [];
      for (const translations of [undefined, { fr: { banner: { title: 'Cookies du portail' } } }]) {
        const { user, unmount } = renderKit({
          onConsentRecorded: (record) => hashes.push(record.catalogueHash),
          ...(translations ? { translations } : {}),
        });
        await user.click(screen.getByRole('button', { name: 'Tout accepter' }));
        unmount();
        forgetChoice();
      }
      expect(hashes).toHaveLength(2);
      expect(hashes[0]).not.toBe(hashes[1]);
    });
  });
});
