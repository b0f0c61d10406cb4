import { render, screen } from '@testing-library/react';
import { StrictMode } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { necessary, opendatasoftServices } from '../../examples/montreuil';
import { ConsentProvider, defineCatalogue, useConsent } from '../../src';

function Status() {
  return <p>{useConsent().status}</p>;
}

/** A catalogue of its own per test: the provider warns once per catalogue and cookie. */
const portal = () => defineCatalogue({ revision: 1, categories: { necessary }, services: opendatasoftServices });

describe('ConsentProvider, in development', () => {
  describe('given a cookie the catalogue does not declare', () => {
    it('warns once in the console, naming it, even under strict mode', async () => {
      const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
      // biome-ignore lint/suspicious/noDocumentCookie: a cookie set by the host's own script.
      document.cookie = 'tracker=1; Path=/';
      // biome-ignore lint/suspicious/noDocumentCookie: a declared one.
      document.cookie = 'sessionid=2; Path=/';
      render(
        <StrictMode>
          <ConsentProvider catalogue={portal()}>
            <Status />
          </ConsentProvider>
        </StrictMode>,
      );
      expect(await screen.findByText('pending')).toBeInTheDocument();
      expect(warn.mock.calls.map(([message]) => message)).toEqual([
        expect.stringContaining('"tracker" is not declared'),
      ]);
    });
  });
});
