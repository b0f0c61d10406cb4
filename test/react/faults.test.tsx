import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { type ConsentProviderProps, localStorageAdapter } from '../../src';
import type { montreuilDemo } from '../fixtures/montreuil';
import { banner, KitPage } from './kit';

type Demo = typeof montreuilDemo;

afterEach(() => {
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

/** Renders, accepts everything, and checks the choice holds on this page for `seconds` more. */
async function acceptAndKeep(props: Partial<ConsentProviderProps<Demo>> = {}, seconds = 3) {
  const errors = vi.spyOn(console, 'error');
  render(<KitPage {...props} />);
  await userEvent.click(await screen.findByRole('button', { name: 'Tout accepter' }));
  expect(banner()).toBeNull();
  expect(screen.getByText('Statistiques actives')).toBeInTheDocument();
  vi.useFakeTimers();
  await act(async () => {
    await vi.advanceTimersByTimeAsync(seconds * 1000);
  });
  expect(banner()).toBeNull();
  expect(screen.getByText('Statistiques actives')).toBeInTheDocument();
  expect(errors).not.toHaveBeenCalled();
}

describe('the kit under storage faults (rule 24)', () => {
  describe('given cookies disabled: writes that silently keep nothing, with BroadcastChannel missing too', () => {
    describe('when everything is accepted', () => {
      it('renders, and the choice holds for the page’s lifetime', async () => {
        vi.stubGlobal('navigator', { ...navigator, cookieEnabled: false });
        vi.stubGlobal('BroadcastChannel', undefined);
        const writes = vi.spyOn(document, 'cookie', 'set').mockImplementation(() => undefined);
        const reads = vi.spyOn(document, 'cookie', 'get').mockReturnValue('');
        try {
          await acceptAndKeep();
          expect(writes).toHaveBeenCalled();
        } finally {
          writes.mockRestore();
          reads.mockRestore();
        }
      });
    });
  });

  describe('given localStorage whose getter throws SecurityError', () => {
    describe('when everything is accepted', () => {
      it('renders, and the choice holds for the page’s lifetime', async () => {
        vi.spyOn(window, 'localStorage', 'get').mockImplementation(() => {
          throw new DOMException('The operation is insecure.', 'SecurityError');
        });
        await acceptAndKeep({ storage: localStorageAdapter() });
      });
    });
  });

  describe('given localStorage whose setItem throws QuotaExceededError', () => {
    describe('when everything is accepted', () => {
      it('renders, and the choice holds for the page’s lifetime', async () => {
        vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
          throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
        });
        await acceptAndKeep({ storage: localStorageAdapter() });
      });
    });
  });

  describe('given a BroadcastChannel that refuses to be created, as in a sandboxed frame', () => {
    describe('when everything is accepted', () => {
      it('renders, the choice holds for the page’s lifetime, and the cookie is written', async () => {
        vi.stubGlobal(
          'BroadcastChannel',
          class {
            constructor() {
              throw new DOMException('Not allowed', 'SecurityError');
            }
          },
        );
        await acceptAndKeep();
        expect(document.cookie).toMatch(/charte=2\./);
      });
    });
  });
});
