import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import i18next from 'i18next';
import { renderToString } from 'react-dom/server';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  Banner,
  ConsentEmbed,
  ConsentProvider,
  type ConsentProviderProps,
  CookieTable,
  createConsentStore,
  memoryAdapter,
  PreferencesDialog,
  PreferencesTrigger,
  preloadLocale,
} from '../../src';
import { createKitI18n, createTranslator } from '../../src/i18n';
import { fr } from '../../src/i18n/fr';
import { ar } from '../../src/locales/ar';
import { de } from '../../src/locales/de';
import { en } from '../../src/locales/en';
import { formatDuration } from '../../src/react/format';
import { montreuilDemo, revised } from '../fixtures/montreuil';
import { hydrateReports } from '../react/kit';

type Demo = typeof montreuilDemo;
const codes = Object.keys(import.meta.glob('../../src/locales/*.ts')).map(
  (path) => /(\w+)\.ts$/.exec(path)?.[1] as string,
);
const flatten = (resource: object): string[] =>
  Object.values(resource).flatMap((value) => (typeof value === 'string' ? [value] : flatten(value)));

function Page(props: Partial<ConsentProviderProps<Demo>>) {
  return (
    <ConsentProvider catalogue={montreuilDemo} storage={memoryAdapter()} {...(props as object)}>
      <Banner />
      <PreferencesTrigger />
      <PreferencesDialog />
    </ConsentProvider>
  );
}

/** The banner once its strings are in `lng`'s language: its `lang` says which. */
const bannerIn = async (code: string) => {
  const region = await screen.findByRole('region');
  await waitFor(() => expect(region).toHaveAttribute('lang', code));
  return region;
};

async function hostIn(lng: string) {
  const host = i18next.createInstance();
  await host.init({ lng, resources: {} });
  return host;
}

afterEach(() => {
  document.documentElement.lang = '';
});

describe('the language of the kit', () => {
  describe('given lng="en" alone', () => {
    describe('when "Customise" is activated', () => {
      it('shows every string of the banner and the dialog in English', async () => {
        const user = userEvent.setup();
        render(<Page lng="en" />);
        const banner = await bannerIn('en');
        expect(within(banner).getByRole('heading', { name: 'Your cookie choices' })).toBeInTheDocument();
        await user.click(within(banner).getByRole('button', { name: 'Customise' }));
        const dialog = screen.getByRole('dialog', { name: 'Cookie preferences' });
        expect(dialog).toHaveAttribute('lang', 'en');
        expect(within(dialog).getByRole('button', { name: 'Save my choices' })).toBeInTheDocument();
        // Catalogue texts that the catalogue wrote in French only stay French, marked so; the kit's own strings do not.
        const frenchOnly = [montreuilDemo.categories.necessary, ...Object.values(montreuilDemo.services)].flatMap(
          (entry) => flatten(entry),
        );
        const kitText = [banner, dialog].map((element) => element.textContent).join('\n');
        const frenchKitStrings = flatten(fr).filter(
          (text) => !text.includes('{{') && !frenchOnly.some((own) => own.includes(text)),
        );
        expect(frenchKitStrings.filter((text) => kitText.includes(text))).toEqual([]);
        expect(flatten(en).filter((text) => !text.includes('{{') && kitText.includes(text)).length).toBeGreaterThan(8);
      });
    });
  });

  describe('given lng, the host’s i18next and <html lang>', () => {
    it('follows lng before the host’s i18next, the host’s i18next before <html lang>', async () => {
      document.documentElement.lang = 'it';
      const { unmount } = render(<Page lng="de" i18n={await hostIn('es')} />);
      expect(await bannerIn('de')).toHaveAccessibleName('Ihre Cookie-Auswahl');
      unmount();
      render(<Page i18n={await hostIn('es')} />);
      await bannerIn('es');
    });
  });

  describe('given neither lng nor i18n', () => {
    it('reads <html lang>; a region falls back to its language', async () => {
      document.documentElement.lang = 'pt-BR';
      render(<Page />);
      await bannerIn('pt');
    });
  });

  describe('given the browser’s languages', () => {
    it('reads them only when asked to, taking the first the kit has', async () => {
      vi.spyOn(navigator, 'languages', 'get').mockReturnValue(['sw', 'nl-BE', 'en']);
      const { unmount } = render(<Page />);
      expect(await screen.findByRole('region')).toHaveAttribute('lang', 'fr');
      unmount();
      render(<Page detectLanguage="navigator" />);
      await bannerIn('nl');
    });
  });

  describe('given fr-CA, or a language the kit has no strings in', () => {
    it('shows French at once, marked lang="fr"', async () => {
      const { unmount } = render(<Page lng="fr-CA" />);
      expect(await screen.findByRole('region', { name: 'Vos choix en matière de cookies' })).toHaveAttribute(
        'lang',
        'fr',
      );
      unmount();
      const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
      render(<Page lng="sw" />);
      await waitFor(() => expect(warn).toHaveBeenCalledWith(expect.stringContaining('no strings for "sw"')));
      expect(screen.getByRole('region', { name: 'Vos choix en matière de cookies' })).toHaveAttribute('lang', 'fr');
    });
  });

  describe('given a language that is still loading, and host strings for it', () => {
    it('shows French and never a key; the host’s strings win over the built-in ones', async () => {
      render(<Page lng="sv" translations={{ sv: { banner: { title: 'Våra kakor' } } }} />);
      const banner = await screen.findByRole('region');
      expect(banner.textContent).not.toMatch(/\b(banner|preferences|trigger)\./);
      await waitFor(() => expect(within(banner).getByRole('button', { name: 'Godkänn alla' })).toBeInTheDocument());
      expect(banner).toHaveAccessibleName('Våra kakor');
    });
  });

  describe('given Arabic, Hebrew, Persian or German', () => {
    it('sets dir="rtl" on the kit’s roots in Arabic, Hebrew and Persian, dir="ltr" elsewhere', async () => {
      for (const [code, dir] of [
        ['ar', 'rtl'],
        ['he', 'rtl'],
        ['fa', 'rtl'],
        ['de', 'ltr'],
      ] as const) {
        const { unmount } = render(<Page lng={code} />);
        expect(await bannerIn(code)).toHaveAttribute('dir', dir);
        expect(document.querySelector('[data-part="trigger"]')).toHaveAttribute('dir', dir);
        unmount();
      }
    });
  });
});

describe('catalogue texts in every language', () => {
  describe('given any language of the kit', () => {
    it.each(codes)(
      '%s: a text the catalogue wrote in French only is shown in French, marked lang="fr"',
      async (code) => {
        render(
          <ConsentProvider catalogue={montreuilDemo} storage={memoryAdapter()} lng={code}>
            <CookieTable category="necessary" />
          </ConsentProvider>,
        );
        const table = screen.getByRole('table');
        await waitFor(() => expect(table).toHaveAttribute('lang', code));
        const purpose = within(table).getByText('Se souvenir de la langue du visiteur');
        expect(purpose.closest('[lang]')).toHaveAttribute('lang', 'fr');
      },
    );
  });
});

describe('catalogue texts and roots outside the table', () => {
  describe('given a revision message the catalogue wrote in French and English', () => {
    it('shows it in French in a German banner, marked lang="fr"', async () => {
      const underRevisionOne = createConsentStore({ catalogue: montreuilDemo });
      underRevisionOne.hydrate();
      underRevisionOne.send({ type: 'ACCEPT_ALL' });
      render(
        <ConsentProvider catalogue={revised} lng="de">
          <Banner />
        </ConsentProvider>,
      );
      const banner = await bannerIn('de');
      const message = within(banner).getByText(
        'Nous avons ajouté les cartes interactives et précisé l’usage des vidéos.',
      );
      expect(message.closest('[lang]')).toHaveAttribute('lang', 'fr');
    });
  });

  describe('given an embed’s placeholder in Arabic', () => {
    describe('when it is allowed once', () => {
      it('carries the kit’s lang and dir on the placeholder, then leaves the embed to its own language', async () => {
        const user = userEvent.setup();
        render(
          <ConsentProvider catalogue={montreuilDemo} storage={memoryAdapter()} lng="ar">
            <ConsentEmbed service="youtube">
              <iframe title="YouTube" />
            </ConsentEmbed>
          </ConsentProvider>,
        );
        const allowOnce = await screen.findByRole('button', { name: ar.embed.allowOnce });
        const embed = allowOnce.closest('[data-part="embed"]');
        expect(embed).toHaveAttribute('lang', 'ar');
        expect(embed).toHaveAttribute('dir', 'rtl');
        await user.click(allowOnce);
        expect(screen.getByTitle('YouTube').closest('[data-part="embed"]')).toBe(embed);
        expect(embed).not.toHaveAttribute('lang');
        expect(embed).not.toHaveAttribute('dir');
      });
    });
  });
});

describe('durations, through Intl in the reader’s language', () => {
  const durations = async (lng: string, days: number[]) => {
    await preloadLocale(lng);
    const translator = createTranslator(createKitI18n(montreuilDemo), lng);
    // Intl puts a no-break space where a language's rules ask for one: compared here as a space.
    return days.map((count) => {
      const duration = formatDuration(count, translator);
      return (typeof duration === 'object' ? duration.value : duration)?.replace(/\s/g, ' ');
    });
  };
  const units = ['hour', 'day', 'month'] as const;

  describe('given French, Polish, Russian and Arabic', () => {
    it('take the plural forms of each language', async () => {
      expect(await durations('fr', [1, 2])).toEqual(['1 jour', '2 jours']);
      expect(await durations('pl', [1, 2, 5, 22])).toEqual(['1 dzień', '2 dni', '5 dni', '22 dni']);
      expect(await durations('ru', [1, 2, 5, 21])).toEqual(['1 день', '2 дня', '5 дней', '21 день']);
      expect(await durations('ar', [1, 2, 3, 11])).toEqual(['يوم', 'يومان', '3 أيام', '11 يومًا']);
    });
  });

  describe('given a language Chromium’s Intl cannot format', () => {
    it.each(['br', 'eu', 'is', 'lb', 'sq'])(
      '%s: the kit’s own words say what full Intl says, 1 to 400 of each unit',
      async (lng) => {
        await preloadLocale(lng);
        const translator = createTranslator(createKitI18n(montreuilDemo), lng);
        for (const unit of units) {
          const intl = new Intl.NumberFormat(lng, { style: 'unit', unit, unitDisplay: 'long' });
          for (let count = 1; count <= 400; count++) {
            expect(translator.duration?.(count, unit)).toEqual({ value: intl.format(count), lng });
          }
        }
      },
    );
  });

  describe('given a language whose unit names neither Chromium nor CLDR has in full', () => {
    it.each(['co', 'ga', 'mt', 'oc'])('%s: durations in French, marked lang="fr"', async (lng) => {
      await preloadLocale(lng);
      const translator = createTranslator(createKitI18n(montreuilDemo), lng);
      expect(translator.duration?.(13, 'month')).toEqual({ value: '13\u00a0mois', lng: 'fr' });
      render(
        // The storage cookie's own row says how long the choice is kept.
        <ConsentProvider catalogue={montreuilDemo} lng={lng}>
          <CookieTable category="necessary" />
        </ConsentProvider>,
      );
      const table = screen.getByRole('table');
      await waitFor(() => expect(table).toHaveAttribute('lang', lng));
      expect(within(table).getByText('6 mois').closest('[lang]')).toHaveAttribute('lang', 'fr');
    });
  });

  describe('given any other language', () => {
    it('leaves durations to Intl', async () => {
      await preloadLocale('de');
      expect(createTranslator(createKitI18n(montreuilDemo), 'de').duration?.(13, 'month')).toBeUndefined();
      expect(await durations('de', [30.4375 * 13])).toEqual(['13 Monate']);
    });
  });
});

describe('server rendering in another language', () => {
  describe('given a server that preloads the language', () => {
    it('renders what the client renders first: no hydration mismatch, German from the first paint', async () => {
      expect(await preloadLocale('de')).toBe('de');
      const html = renderToString(<Page lng="de" />);
      expect(html).toContain(`>${de.trigger}<`);
      const container = document.createElement('div');
      container.innerHTML = html;
      document.body.append(container);
      expect(await hydrateReports(container, <Page lng="de" />)).toEqual([]);
      expect(within(container).getByRole('region', { name: de.banner.title })).toHaveAttribute('lang', 'de');
      container.remove();
    });
  });

  describe('given the strings as translations, from charte/locales/<code>', () => {
    it('renders them, with no French', () => {
      const html = renderToString(<Page lng="de" translations={{ de }} />);
      expect(html).toContain(`>${de.trigger}<`);
      expect(html).not.toContain(fr.trigger);
    });
  });
});
