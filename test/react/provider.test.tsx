import { act, render, screen } from '@testing-library/react';
import { StrictMode } from 'react';
import { describe, expect, it, vi } from 'vitest';
import {
  type ConsentApi,
  ConsentGate,
  ConsentProvider,
  type ConsentStore,
  createConsentStore,
  encodeRecord,
  memoryAdapter,
  useConsent,
} from '../../src';
import { MONTREUIL_COOKIE, montreuil, montreuilDemo } from '../fixtures/montreuil';

function Status() {
  const { status, view } = useConsent();
  return <p>{`${status} ${view}`}</p>;
}

function Capture({ onRender }: { onRender: (api: ConsentApi) => void }) {
  onRender(useConsent());
  return null;
}

function Controls() {
  const consent = useConsent();
  return (
    <>
      <p>{`statistics ${consent.granted.categories.statistics}`}</p>
      <button type="button" onClick={consent.acceptAll}>
        Tout accepter
      </button>
      <button type="button" onClick={consent.rejectAll}>
        Tout refuser
      </button>
      <button type="button" onClick={() => consent.save({ categories: { statistics: true } })}>
        Enregistrer
      </button>
      <button type="button" onClick={consent.reset}>
        Réinitialiser
      </button>
    </>
  );
}

const renders = { necessary: 0, statistics: 0, youtube: 0 };
function Necessary() {
  useConsent('necessary');
  renders.necessary++;
  return null;
}
function Statistics() {
  const granted = useConsent('statistics');
  renders.statistics++;
  return <p>{`statistics ${granted}`}</p>;
}
function YouTube() {
  useConsent({ service: 'youtube' });
  renders.youtube++;
  return null;
}

function storedValue(decide: 'ACCEPT_ALL' | 'REJECT_ALL') {
  const store = createConsentStore({ catalogue: montreuilDemo, storage: memoryAdapter() });
  store.send({ type: decide });
  const record = store.getSnapshot().record;
  if (!record) throw new Error('no record');
  return encodeRecord(record, montreuilDemo);
}

describe('ConsentProvider', () => {
  describe('given no stored choice', () => {
    it('becomes pending after mount', () => {
      render(
        <ConsentProvider catalogue={montreuil} storage={memoryAdapter()}>
          <Status />
        </ConsentProvider>,
      );
      expect(screen.getByText('pending banner')).toBeTruthy();
    });
  });

  describe('given an existing cookie', () => {
    it('hydrates to the stored choice and mounts the gated content', () => {
      // biome-ignore lint/suspicious/noDocumentCookie: the visitor decided on an earlier visit.
      document.cookie = `${MONTREUIL_COOKIE}=${storedValue('ACCEPT_ALL')}; Path=/`;
      render(
        <StrictMode>
          <ConsentProvider catalogue={montreuilDemo} cookie={{ name: MONTREUIL_COOKIE }}>
            <Status />
            <ConsentGate category="statistics" fallback={<p>Statistiques désactivées</p>}>
              <p>Statistiques actives</p>
            </ConsentGate>
          </ConsentProvider>
        </StrictMode>,
      );
      expect(screen.getByText('decided none')).toBeTruthy();
      expect(screen.getByText('Statistiques actives')).toBeTruthy();
    });
  });

  describe('given a corrupt cookie', () => {
    it('asks again', () => {
      // biome-ignore lint/suspicious/noDocumentCookie: a tampered value.
      document.cookie = `${MONTREUIL_COOKIE}=1.1.garbage; Path=/`;
      render(
        <ConsentProvider catalogue={montreuilDemo} cookie={{ name: MONTREUIL_COOKIE }}>
          <Status />
        </ConsentProvider>,
      );
      expect(screen.getByText('pending banner')).toBeTruthy();
    });
  });

  describe('given a store made outside React', () => {
    describe('when the store opens the preferences', () => {
      it('follows that store: its preferences show as open', () => {
        const store = createConsentStore({ catalogue: montreuilDemo, storage: memoryAdapter() });
        render(
          <ConsentProvider store={store}>
            <Status />
          </ConsentProvider>,
        );
        act(() => store.send({ type: 'OPEN_PREFERENCES' }));
        expect(screen.getByText('pending preferences')).toBeTruthy();
      });
    });
  });

  describe('given an onChange replaced by a re-render', () => {
    describe('when everything is accepted', () => {
      it('calls the latest onChange with granted and revoked ids', () => {
        const first = vi.fn();
        const latest = vi.fn();
        let api: ConsentApi | undefined;
        const capture = (value: ConsentApi) => {
          api = value;
        };
        const tree = (onChange: typeof first) => (
          <ConsentProvider catalogue={montreuilDemo} storage={memoryAdapter()} onChange={onChange}>
            <Capture onRender={capture} />
          </ConsentProvider>
        );
        const { rerender } = render(tree(first));
        rerender(tree(latest));
        act(() => api?.acceptAll());
        expect(first).not.toHaveBeenCalled();
        expect(latest).toHaveBeenCalledWith(
          expect.objectContaining({
            granted: { categories: ['statistics', 'video'], services: ['analytics', 'youtube'] },
          }),
        );
      });
    });
  });
});

describe('useConsent', () => {
  describe('given a provider with no choice', () => {
    describe('when its actions are called', () => {
      it('changes what is granted', () => {
        render(
          <ConsentProvider catalogue={montreuilDemo} storage={memoryAdapter()}>
            <Controls />
          </ConsentProvider>,
        );
        act(() => screen.getByRole('button', { name: 'Tout accepter' }).click());
        expect(screen.getByText('statistics true')).toBeTruthy();
        act(() => screen.getByRole('button', { name: 'Tout refuser' }).click());
        expect(screen.getByText('statistics false')).toBeTruthy();
        act(() => screen.getByRole('button', { name: 'Enregistrer' }).click());
        expect(screen.getByText('statistics true')).toBeTruthy();
        act(() => screen.getByRole('button', { name: 'Réinitialiser' }).click());
        expect(screen.getByText('statistics false')).toBeTruthy();
      });
    });
  });

  describe('given an id', () => {
    describe('when choices change', () => {
      it('re-renders only when that boolean changes', () => {
        const store: ConsentStore<typeof montreuilDemo> = createConsentStore({
          catalogue: montreuilDemo,
          storage: memoryAdapter(),
        });
        renders.necessary = renders.statistics = renders.youtube = 0;
        render(
          <ConsentProvider store={store}>
            <Necessary />
            <Statistics />
            <YouTube />
          </ConsentProvider>,
        );
        const before = { ...renders };
        act(() => store.send({ type: 'SAVE', choices: { categories: { statistics: true } } }));
        expect(screen.getByText('statistics true')).toBeTruthy();
        expect(renders.statistics).toBe(before.statistics + 1);
        expect(renders.necessary).toBe(before.necessary);
        expect(renders.youtube).toBe(before.youtube);
        act(() => store.send({ type: 'OPEN_PREFERENCES' }));
        act(() => store.send({ type: 'TOGGLE', category: 'video' }));
        expect(renders.statistics).toBe(before.statistics + 1);
      });
    });
  });
});

describe('ConsentGate', () => {
  describe('given a service not granted yet', () => {
    describe('when it is granted, then withdrawn', () => {
      it('mounts children only once the service is granted, and unmounts them on withdrawal', () => {
        const store = createConsentStore({ catalogue: montreuilDemo, storage: memoryAdapter() });
        render(
          <ConsentProvider store={store}>
            <ConsentGate service="youtube" fallback={<p>Vidéo bloquée</p>}>
              <p>Lecteur vidéo</p>
            </ConsentGate>
          </ConsentProvider>,
        );
        expect(screen.getByText('Vidéo bloquée')).toBeTruthy();
        act(() => store.send({ type: 'SAVE', choices: { services: { youtube: true } } }));
        expect(screen.getByText('Lecteur vidéo')).toBeTruthy();
        act(() => store.send({ type: 'REJECT_ALL' }));
        expect(screen.queryByText('Lecteur vidéo')).toBeNull();
      });
    });
  });
});

describe('useConsent and ConsentGate', () => {
  describe('given no ConsentProvider above them', () => {
    it.each([
      ['useConsent', () => <Status />],
      ['ConsentGate', () => <ConsentGate category="necessary">x</ConsentGate>],
    ])('%s throws an error naming itself and the provider', (name, Component) => {
      vi.spyOn(console, 'error').mockImplementation(() => {});
      expect(() => render(<Component />)).toThrow(`\`${name}\` must be used within \`ConsentProvider\``);
    });
  });
});
