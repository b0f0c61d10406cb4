import { act, render, screen } from '@testing-library/react';
import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { Banner, ConsentEmbed, ConsentProvider, CookieTable, defineCatalogue, memoryAdapter } from '../../src';
import { fr } from '../../src/i18n/fr';
import { en } from '../../src/locales/en';
import { montreuilDemo } from '../fixtures/montreuil';

const strings = (resource: object): string[] =>
  Object.values(resource).flatMap((value) => (typeof value === 'string' ? [value] : strings(value)));

describe('French strings', () => {
  it('use a no-break space before « : ; ! ? » and inside guillemets, never a plain space', () => {
    const badlySpaced = strings(fr).filter((text) => / [:;!?»]|« /.test(text) || /[^\s\u00a0\u202f][;!?]/.test(text));
    expect(badlySpaced).toEqual([]);
  });

  it('English has every French key', () => {
    const keys = (resource: object, prefix = ''): string[] =>
      Object.entries(resource).flatMap(([key, value]) =>
        typeof value === 'string' ? [`${prefix}${key}`] : keys(value, `${prefix}${key}.`),
      );
    expect(keys(en)).toEqual(keys(fr));
  });
});

describe('given the host’s own i18next instance', () => {
  async function hostInstance() {
    const host = i18next.createInstance();
    await host.init({ lng: 'en', fallbackLng: 'en', resources: { en: { app: { hello: 'Hello' } } }, ns: ['app'] });
    return host;
  }

  it('adds its namespaces, follows the host’s language, and leaves the host’s strings alone', async () => {
    const host = await hostInstance();
    render(
      <ConsentProvider catalogue={montreuilDemo} storage={memoryAdapter()} i18n={host} translations={{ en }}>
        <Banner />
      </ConsentProvider>,
    );
    expect(screen.getByRole('region', { name: 'Your cookie choices' })).toHaveAttribute('lang', 'en');
    await act(() => host.changeLanguage('fr'));
    expect(screen.getByRole('region', { name: 'Vos choix en matière de cookies' })).toHaveAttribute('lang', 'fr');
    expect(host.hasResourceBundle('fr', 'charte')).toBe(true);
    expect(host.t('app:hello', { lng: 'en' })).toBe('Hello');
    expect(host.language).toBe('fr');
  });

  it('shows interpolated values as written, though the host’s instance escapes them', async () => {
    const host = await hostInstance();
    expect(host.options.interpolation?.escapeValue).not.toBe(false);
    const catalogue = defineCatalogue({
      revision: 1,
      categories: { videos: { title: 'Vidéos', description: 'Des vidéos.' } },
      services: { youtube: { category: 'videos', provider: 'Dupont & Fils <SA>', title: 'Lecteur', cookies: [] } },
    });
    render(
      <ConsentProvider catalogue={catalogue} storage={memoryAdapter()} i18n={host} lng="fr">
        <ConsentEmbed service="youtube">
          <p>Lecteur</p>
        </ConsentEmbed>
      </ConsentProvider>,
    );
    expect(screen.getByText(/Dupont & Fils <SA>/)).toBeInTheDocument();
    expect(document.body.textContent).not.toContain('&amp;');
  });

  it('falls back to French, not to a key, for a language the kit has no strings in, and says so in lang', async () => {
    const host = await hostInstance();
    await host.changeLanguage('sw');
    render(
      <ConsentProvider catalogue={montreuilDemo} storage={memoryAdapter()} i18n={host}>
        <CookieTable category="video" />
      </ConsentProvider>,
    );
    expect(screen.getByRole('table', { name: 'Cookies utilisés sur ce site' })).toHaveAttribute('lang', 'fr');
    expect(screen.getByRole('columnheader', { name: 'Nom du prestataire' })).toBeInTheDocument();
    expect(screen.getByRole('cell', { name: '6\u00a0mois' })).toBeInTheDocument();
  });
});

describe('catalogue texts', () => {
  it('are rendered as text, never interpolated, nested or parsed as HTML', () => {
    const hostile = '<img src=x onerror=alert(1)> {{lng}} $t(charte:banner.title)';
    const catalogue = {
      ...montreuilDemo,
      services: {
        ...montreuilDemo.services,
        youtube: { ...montreuilDemo.services.youtube, title: hostile },
      },
    };
    render(
      <ConsentProvider catalogue={catalogue} storage={memoryAdapter()}>
        <CookieTable service="youtube" />
      </ConsentProvider>,
    );
    expect(screen.getByRole('cell', { name: hostile })).toBeInTheDocument();
    expect(document.querySelector('img')).toBeNull();
  });
});
