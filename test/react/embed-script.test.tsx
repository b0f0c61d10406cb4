import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Profiler, StrictMode } from 'react';
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
  it('adds nothing before consent nor after a refusal', () => {
    const store = createConsentStore({ catalogue: montreuilDemo, storage: memoryAdapter() });
    render(<ScriptPage store={store} />);
    expect(scripts('/stats.js')).toHaveLength(0);
    act(() => store.send({ type: 'REJECT_ALL' }));
    expect(scripts('/stats.js')).toHaveLength(0);
  });

  it('adds the script once granted, exactly once for every component and render, keeping nonce and defer', () => {
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

describe('ConsentEmbed', () => {
  const stored = () => decodeRecord(/(?:^|; )charte=([^;]*)/.exec(document.cookie)?.[1], montreuilDemo, Date.now());

  it('names the provider and mounts no iframe before consent', async () => {
    render(<EmbedPage />);
    expect(
      await screen.findByText(
        'Ce contenu est fourni par Google (Vidéos YouTube), qui dépose des cookies soumis à votre consentement.',
      ),
    ).toBeVisible();
    expect(screen.queryByTitle('Présentation du portail')).toBeNull();
    expect(screen.getByRole('button', { name: 'Autoriser une fois' })).toHaveAccessibleDescription(/fourni par Google/);
  });

  it('"Autoriser une fois" shows the embed on this page only and records nothing', async () => {
    const view = render(<EmbedPage />);
    await userEvent.click(await screen.findByRole('button', { name: 'Autoriser une fois' }));
    expect(screen.getByTitle('Présentation du portail')).toBeInTheDocument();
    expect(stored()).toBeNull();
    view.unmount();
    render(<EmbedPage />);
    expect(await screen.findByRole('button', { name: 'Autoriser une fois' })).toBeVisible();
  });

  it('"Toujours autoriser" records the service as granted, and only it', async () => {
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

describe('ConsentEmbed, when the choice changes around it', () => {
  const stored = () => decodeRecord(/(?:^|; )charte=([^;]*)/.exec(document.cookie)?.[1], revised, Date.now());

  it('"Toujours autoriser" after a revision bump grants that service only, not the old revision’s choices', async () => {
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

  it('"Autoriser une fois" ends with the next decision: a refusal unmounts the embed, and a reset does not bring it back', async () => {
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

  it('ConsentScript waits for the stored choice: an exempt category opted out of never loads', () => {
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

  it('the record’s catalogueHash covers the kit’s strings as shown: other wording, other hash', async () => {
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

describe('re-renders', () => {
  it('ConsentScript and ConsentEmbed do not re-render while the visitor flips switches in the dialog', () => {
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
