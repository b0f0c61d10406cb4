import { describe, expectTypeOf, it } from 'vitest';
import {
  type CategoryId,
  type CategoryIdOf,
  ConsentEmbed,
  ConsentGate,
  type ConsentMethod,
  ConsentProvider,
  type ConsentRecord,
  ConsentScript,
  defineCatalogue,
  type KitKey,
  type ServiceId,
  type ServiceIdOf,
  useConsent,
  useConsentSelector,
} from '../src';
import type { montreuilDemo } from './fixtures/montreuil';

declare module '../src/core/register' {
  interface Register {
    catalogue: typeof montreuilDemo;
  }
}

describe('defineCatalogue', () => {
  it('keeps category and service ids as literal types without `as const`', () => {
    const catalogue = defineCatalogue({
      revision: 1,
      categories: { necessary: { required: true }, statistics: { title: 'Statistiques', description: 'Mesurer.' } },
      services: {
        matomo: { category: 'statistics', provider: 'Matomo', title: 'Mesure', cookies: [] },
      },
    });
    expectTypeOf<CategoryIdOf<typeof catalogue>>().toEqualTypeOf<'necessary' | 'statistics'>();
    expectTypeOf<ServiceIdOf<typeof catalogue>>().toEqualTypeOf<'matomo'>();
  });

  it('rejects a service whose category is not declared', () => {
    defineCatalogue({
      revision: 1,
      categories: { necessary: { required: true } },
      // @ts-expect-error "statistcs" is not a category of this catalogue
      services: { matomo: { category: 'statistcs', provider: 'Matomo', title: 'Mesure', cookies: [] } },
    });
  });

  it('requires a title and a description for a consent category, and neither for a required or exempt one', () => {
    defineCatalogue({
      revision: 1,
      categories: { necessary: { required: true }, audience: { exempt: true } },
      services: {},
    });
    defineCatalogue({
      revision: 1,
      // @ts-expect-error a consent category needs a description (rule 7)
      categories: { statistics: { title: 'Statistiques' } },
      services: {},
    });
  });

  it('requires French in a multilingual text', () => {
    defineCatalogue({
      revision: 1,
      // @ts-expect-error French is the source language
      categories: { statistics: { title: { en: 'Statistics' } } },
      services: {},
    });
  });
});

describe('with the catalogue registered app-wide', () => {
  it('types ids from the Register interface', () => {
    expectTypeOf<CategoryId>().toEqualTypeOf<'necessary' | 'audience' | 'statistics' | 'video'>();
    expectTypeOf<ServiceId>().toEqualTypeOf<
      'auth' | 'language' | 'csrf' | 'preferences' | 'matomo' | 'analytics' | 'youtube'
    >();
  });

  it('useConsent(id) is a boolean, and a typo in an id fails to compile', () => {
    expectTypeOf(useConsent('statistics')).toEqualTypeOf<boolean>();
    expectTypeOf(useConsent({ service: 'youtube' })).toEqualTypeOf<boolean>();
    // @ts-expect-error typo in a category id
    useConsent('statistcs');
    // @ts-expect-error a service id is not a category id
    useConsent('youtube');
    // @ts-expect-error typo in a service id
    useConsent({ service: 'youtub' });
  });

  it('useConsent() exposes typed state and actions', () => {
    const consent = useConsent();
    expectTypeOf(consent.status).toEqualTypeOf<'unknown' | 'pending' | 'decided'>();
    expectTypeOf(consent.granted.categories.statistics).toEqualTypeOf<boolean>();
    expectTypeOf(consent.record).toEqualTypeOf<ConsentRecord<typeof montreuilDemo> | null>();
    consent.save({ categories: { statistics: true } });
    // @ts-expect-error typo in a category id
    consent.save({ categories: { statistcs: true } });
    // @ts-expect-error typo in a category id
    consent.toggle({ category: 'vidoe' });
    consent.toggle('statistics');
    // @ts-expect-error the same shorthand, and the same check, as useConsent('statistics')
    consent.toggle('statistcs');
  });

  it('useConsentSelector returns what the selector returns, from the typed state', () => {
    expectTypeOf(useConsentSelector((state) => state.record?.id)).toEqualTypeOf<string | undefined>();
    expectTypeOf(useConsentSelector((state) => state.granted.categories.video)).toEqualTypeOf<boolean>();
  });

  it('kit string keys are typed: a mistyped key fails to compile', () => {
    expectTypeOf<'banner.title'>().toExtend<KitKey>();
    expectTypeOf<'table.caption'>().toExtend<KitKey>();
    // @ts-expect-error "banner.titel" is no key of the kit's strings
    const key: KitKey = 'banner.titel';
    expectTypeOf(key).toBeString();
    ConsentProvider({ catalogue: {} as typeof montreuilDemo, translations: { fr: { banner: { title: 'Cookies' } } } });
    // @ts-expect-error an override of a key the kit does not have
    ConsentProvider({ catalogue: {} as typeof montreuilDemo, translations: { fr: { banner: { titel: 'Cookies' } } } });
  });

  it('ConsentGate takes a category or a service, never both, never a typo', () => {
    expectTypeOf(ConsentGate).parameter(0).toHaveProperty('fallback');
    // @ts-expect-error typo in a category id
    ConsentGate({ category: 'statistcs' });
    // @ts-expect-error a category and a service at once
    ConsentGate({ category: 'statistics', service: 'youtube' });
    ConsentGate({ service: 'youtube', children: null });
  });

  it('ConsentScript and ConsentEmbed take typed ids', () => {
    ConsentScript({ category: 'statistics', src: '/matomo.js', nonce: 'n', defer: true });
    // @ts-expect-error typo in a category id
    ConsentScript({ category: 'statistcs', src: '/matomo.js' });
    // @ts-expect-error a category and a service at once
    ConsentScript({ category: 'statistics', service: 'analytics', src: '/matomo.js' });
    ConsentEmbed({ service: 'youtube' });
    // @ts-expect-error an embed needs a service, not a category
    ConsentEmbed({ service: 'video' });
  });

  it('the record carries the proof fields, and callbacks receive it typed', () => {
    expectTypeOf<ConsentRecord['catalogueHash']>().toEqualTypeOf<string>();
    expectTypeOf<ConsentRecord['lng']>().toEqualTypeOf<string>();
    expectTypeOf<ConsentMethod>().toEqualTypeOf<
      'accept-all' | 'reject-all' | 'custom' | 'gpc' | 'continue-without-accepting'
    >();
    ConsentProvider({
      catalogue: {} as typeof montreuilDemo,
      onConsentRecorded: (record) => expectTypeOf(record.categories.statistics).toEqualTypeOf<boolean>(),
      globalPrivacyControl: false,
      reloadOnWithdraw: true,
    });
    expectTypeOf(useConsent().continueWithoutAccepting).toEqualTypeOf<() => void>();
    expectTypeOf(useConsent().previous).toEqualTypeOf<ConsentRecord<typeof montreuilDemo> | null>();
  });
});
