import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createRef, Profiler, StrictMode } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import {
  Banner,
  ConsentEmbed,
  ConsentProvider,
  type ConsentRecord,
  ConsentScript,
  type ConsentStore,
  createConsentStore,
  decodeRecord,
  encodeRecord,
  memoryAdapter,
} from '../../src';
import { montreuilDemo, revised } from '../fixtures/montreuil';

afterEach(() => {
  for (const script of document.querySelectorAll('script[data-consent-src]')) script.remove();
});

const scripts = (src: string) => [...document.scripts].filter((script) => script.getAttribute('src') === src);

function ScriptPage({ store }: { store: ReturnType<typeof createConsentStore<typeof montreuilDemo>> }) {
  return (
    <StrictMode>
      <ConsentProvider store={store}>
        <ConsentScript category="statistics" src="/stats.js" nonce="r4nd0m" defer async={false} />
        <ConsentScript service="analytics" src="/stats.js" />
      </ConsentProvider>
    </StrictMode>
  );
}

/** A YouTube embed; the provider holds `store`, or its own store of `catalogue`. */
function EmbedPage({
  store,
  catalogue = montreuilDemo,
}: {
  store?: ConsentStore;
  catalogue?: typeof montreuilDemo | typeof revised;
}) {
  return (
    <ConsentProvider {...(store ? { store } : { catalogue })}>
      <ConsentEmbed service="youtube">
        <iframe title="Présentation du portail" src="https://www.youtube-nocookie.com/embed/x" />
      </ConsentEmbed>
    </ConsentProvider>
  );
}

describe('ConsentScript (rule 16)', () => {
  describe('given no choice yet', () => {
    it('adds nothing, and still nothing after a refusal', () => {
      const store = createConsentStore({ catalogue: montreuilDemo, storage: memoryAdapter() });
      render(<ScriptPage store={store} />);
      expect(scripts('/stats.js')).toHaveLength(0);
      act(() => store.send({ type: 'REJECT_ALL' }));
      expect(scripts('/stats.js')).toHaveLength(0);
    });

    describe('when everything is accepted', () => {
      it('adds the script exactly once for every component and render, keeping nonce and defer', () => {
        const store = createConsentStore({ catalogue: montreuilDemo, storage: memoryAdapter() });
        const view = render(<ScriptPage store={store} />);
        act(() => store.send({ type: 'ACCEPT_ALL' }));
        view.unmount();
        render(<ScriptPage store={store} />);
        const [script, ...others] = scripts('/stats.js');
        expect(others).toHaveLength(0);
        expect(script).toMatchObject({ nonce: 'r4nd0m', defer: true, async: false });
        expect(script?.parentElement).toBe(document.head);
      });
    });
  });

  describe('given a stored choice that opts out of an exempt category', () => {
    it('waits for that choice, and never loads the category’s script', () => {
      const earlier = createConsentStore({ catalogue: montreuilDemo, storage: memoryAdapter() });
      earlier.send({ type: 'SAVE', choices: { categories: { audience: false } } });
      const value = encodeRecord(earlier.getSnapshot().record as ConsentRecord<typeof montreuilDemo>, montreuilDemo);
      render(
        <ConsentProvider catalogue={montreuilDemo} storage={memoryAdapter(value)}>
          <ConsentScript category="audience" src="/matomo.js" />
        </ConsentProvider>,
      );
      expect(scripts('/matomo.js')).toHaveLength(0);
    });
  });
});

describe('ConsentEmbed', () => {
  describe('given no choice yet', () => {
    const stored = () => decodeRecord(/(?:^|; )charte=([^;]*)/.exec(document.cookie)?.[1], montreuilDemo, Date.now());

    it('names the provider and mounts no iframe', async () => {
      render(<EmbedPage />);
      expect(
        await screen.findByText(
          'Ce contenu est fourni par Google (Vidéos YouTube), qui dépose des cookies soumis à votre consentement.',
        ),
      ).toBeVisible();
      expect(screen.queryByTitle('Présentation du portail')).toBeNull();
      expect(screen.getByRole('button', { name: 'Autoriser une fois' })).toHaveAccessibleDescription(
        /fourni par Google/,
      );
    });

    describe('when "Autoriser une fois" is activated', () => {
      it('shows the embed on this page only and records nothing', async () => {
        const view = render(<EmbedPage />);
        await userEvent.click(await screen.findByRole('button', { name: 'Autoriser une fois' }));
        expect(screen.getByTitle('Présentation du portail')).toBeInTheDocument();
        expect(stored()).toBeNull();
        view.unmount();
        render(<EmbedPage />);
        expect(await screen.findByRole('button', { name: 'Autoriser une fois' })).toBeVisible();
      });
    });

    describe('when it is given a ref and props, then "Toujours autoriser" is activated', () => {
      it('forwards the ref to its element and keeps the props, blocked and granted alike', async () => {
        const ref = createRef<HTMLDivElement>();
        render(
          <ConsentProvider catalogue={montreuilDemo}>
            <ConsentEmbed
              service="youtube"
              ref={ref}
              className="video"
              data-testid="embed"
              style={{ aspectRatio: '16 / 9' }}
            >
              <iframe title="Présentation du portail" src="https://www.youtube-nocookie.com/embed/x" />
            </ConsentEmbed>
          </ConsentProvider>,
        );
        const embed = screen.getByTestId('embed');
        expect(ref.current).toBe(embed);
        expect(embed).toHaveClass('video');
        expect(embed).toHaveAttribute('data-state', 'blocked');
        await userEvent.click(await screen.findByRole('button', { name: 'Toujours autoriser' }));
        expect(screen.getByTitle('Présentation du portail').parentElement).toBe(embed);
        expect(ref.current).toBe(embed);
        expect(embed).toHaveClass('video');
        expect(embed).toHaveStyle({ aspectRatio: '16 / 9' });
        expect(embed).toHaveAttribute('data-state', 'granted');
      });
    });

    describe('when "Toujours autoriser" is activated', () => {
      it('records the service as granted, and only it', async () => {
        render(<EmbedPage />);
        await userEvent.click(await screen.findByRole('button', { name: 'Toujours autoriser' }));
        expect(screen.getByTitle('Présentation du portail')).toBeInTheDocument();
        expect(stored()).toMatchObject({
          method: 'custom',
          services: { youtube: true, analytics: false },
          categories: { video: true, statistics: false },
        });
      });
    });
  });

  describe('given an acceptance made before a revision bump', () => {
    const stored = () => decodeRecord(/(?:^|; )charte=([^;]*)/.exec(document.cookie)?.[1], revised, Date.now());

    describe('when "Toujours autoriser" is activated', () => {
      it('grants that service only, not the old revision’s choices', async () => {
        const before = createConsentStore({ catalogue: montreuilDemo });
        before.hydrate();
        before.send({ type: 'ACCEPT_ALL' });
        render(<EmbedPage catalogue={revised} />);
        await userEvent.click(await screen.findByRole('button', { name: 'Toujours autoriser' }));
        expect(stored()).toMatchObject({
          revision: 2,
          services: { youtube: true, analytics: false, osm: false },
          categories: { statistics: false, maps: false },
        });
      });
    });
  });

  describe('given it was allowed once', () => {
    describe('when the visitor refuses, then the choice is reset', () => {
      it('unmounts the embed on the refusal, and the reset does not bring it back', async () => {
        const store = createConsentStore({ catalogue: montreuilDemo, storage: memoryAdapter() });
        render(<EmbedPage store={store} />);
        await userEvent.click(await screen.findByRole('button', { name: 'Autoriser une fois' }));
        expect(screen.getByTitle('Présentation du portail')).toBeInTheDocument();
        act(() => store.send({ type: 'REJECT_ALL' }));
        expect(screen.queryByTitle('Présentation du portail')).toBeNull();
        expect(screen.getByRole('button', { name: 'Autoriser une fois' })).toBeInTheDocument();
        // Clicked before any choice, it must not count again once the record is gone.
        act(() => store.send({ type: 'RESET' }));
        expect(screen.queryByTitle('Présentation du portail')).toBeNull();
      });
    });
  });
});

describe('the record’s catalogueHash', () => {
  describe('given two wordings of the banner’s title', () => {
    describe('when each banner is refused', () => {
      it('differs between them: it covers the kit’s strings as shown', async () => {
        const hashes: string[] = [];
        for (const title of ['Vos choix en matière de cookies', 'Cookies et vie privée']) {
          const view = render(
            <ConsentProvider
              catalogue={montreuilDemo}
              storage={memoryAdapter()}
              translations={{ fr: { banner: { title } } }}
              onConsentRecorded={(record) => hashes.push(record.catalogueHash)}
            >
              <Banner />
            </ConsentProvider>,
          );
          await userEvent.click(await screen.findByRole('button', { name: 'Tout refuser' }));
          view.unmount();
        }
        expect(hashes).toHaveLength(2);
        expect(hashes[0]).not.toBe(hashes[1]);
      });
    });
  });
});

describe('ConsentScript and ConsentEmbed', () => {
  describe('given a hydrated page with no choice yet', () => {
    describe('when the visitor flips switches in the dialog', () => {
      it('do not re-render', () => {
        const store = createConsentStore({ catalogue: montreuilDemo, storage: memoryAdapter() });
        let renders = 0;
        render(
          <ConsentProvider store={store}>
            <Profiler id="gated" onRender={() => renders++}>
              <ConsentScript category="statistics" src="/stats.js" />
              <ConsentEmbed service="youtube">
                <iframe title="Présentation du portail" src="https://www.youtube-nocookie.com/embed/x" />
              </ConsentEmbed>
            </Profiler>
          </ConsentProvider>,
        );
        act(() => store.hydrate());
        const settled = renders;
        act(() => {
          store.send({ type: 'OPEN_PREFERENCES' });
          store.send({ type: 'TOGGLE', category: 'statistics' });
          store.send({ type: 'TOGGLE', service: 'youtube' });
          store.send({ type: 'CLOSE_PREFERENCES' });
        });
        expect(renders).toBe(settled);
        expect(screen.getByRole('button', { name: 'Autoriser une fois' })).toBeVisible();
      });
    });
  });
});
