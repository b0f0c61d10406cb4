/** Text shown to visitors: a French string, or one string per language with French required. */
export type Text = string | ({ fr: string } & { readonly [lng: string]: string });

/** Google Consent Mode v2 consent types. */
export const CONSENT_MODE_TYPES = [
  'ad_storage',
  'ad_user_data',
  'ad_personalization',
  'analytics_storage',
  'functionality_storage',
  'personalization_storage',
  'security_storage',
] as const;
/** One Google Consent Mode v2 consent type. */
export type ConsentModeType = (typeof CONSENT_MODE_TYPES)[number];

interface CategoryBase {
  /** Google Consent Mode types this category's consent covers (`charte/gtag`). */
  readonly consentMode?: readonly ConsentModeType[];
}

/** Strictly necessary: always on and cannot be refused (CNIL 2020-091, art. 82). Worded by the kit unless given. */
export interface RequiredCategory extends CategoryBase {
  readonly required: true;
  readonly exempt?: false;
  /** Short title; "Cookies nécessaires" in the visitor's language by default. */
  readonly title?: Text;
  /** One-line description; the kit's own by default. */
  readonly description?: Text;
}

/** Anonymous audience measurement exempt from consent: shown apart, on by default, with an opt-out (rule 6). */
export interface ExemptCategory extends CategoryBase {
  readonly exempt: true;
  readonly required?: false;
  /** Short title; "Mesure d'audience anonyme" in the visitor's language by default. */
  readonly title?: Text;
  /** One-line description; the kit's own by default. */
  readonly description?: Text;
}

/** A purpose the visitor accepts or refuses: it has a short title and a one-line description (rule 7). */
export interface ConsentCategory extends CategoryBase {
  readonly required?: false;
  readonly exempt?: false;
  /** Short title of the purpose. */
  readonly title: Text;
  /** One-line description of the purpose. */
  readonly description: Text;
}

/** A kind of cookie use that the visitor accepts or refuses as a whole. */
export type CategoryDefinition = RequiredCategory | ExemptCategory | ConsentCategory;

/** One cookie (or family of cookies, with a RegExp name) a service sets. */
export interface CookieDefinition {
  /** Exact name, or a pattern for generated names such as `_ga_XXXX`. */
  readonly name: string | RegExp;
  /** What the cookie is for, in one line. */
  readonly purpose: Text;
  /** `'session'` or a lifetime in days. */
  readonly duration?: 'session' | number;
  /** Set by the site itself (`'first'`) or by another domain (`'third'`). */
  readonly party?: 'first' | 'third';
  /** Domain the cookie is set on, when not the current host. */
  readonly domain?: string;
  /** Path the cookie is set on, when not `/`. */
  readonly path?: string;
  /** `'localStorage'` for a localStorage key rather than a cookie. */
  readonly storage?: 'cookie' | 'localStorage';
}

/** A provider's feature that sets cookies, listed in the declaration table. */
export interface ServiceDefinition<CategoryId extends string = string> {
  /** Category whose consent this service needs. */
  readonly category: CategoryId;
  /** Company or body that provides the service. */
  readonly provider: string;
  /** What the service is and where it runs. */
  readonly title: Text;
  /** The provider's privacy policy. */
  readonly policyUrl?: string;
  /** Cookies the service sets. */
  readonly cookies: readonly CookieDefinition[];
}

/** The host's description of every cookie it uses, as written to `defineCatalogue`. */
export interface CatalogueDefinition<
  Categories extends Record<string, CategoryDefinition> = Record<string, CategoryDefinition>,
  Services extends Record<string, ServiceDefinition> = Record<string, ServiceDefinition>,
> {
  /** Bump it whenever purposes or services change: every visitor is asked again. */
  readonly revision: number;
  /** What changed in this revision, shown in the banner to visitors asked again. */
  readonly revisionMessage?: Text;
  readonly categories: Categories;
  readonly services: Services;
}

/** A validated catalogue whose category and service ids are literal types. */
export interface Catalogue<CategoryId extends string = string, ServiceId extends string = string> {
  readonly revision: number;
  readonly revisionMessage?: Text;
  readonly categories: { readonly [K in CategoryId]: CategoryDefinition };
  readonly services: { readonly [K in ServiceId]: ServiceDefinition<CategoryId> };
  /** Category ids in declaration order. */
  readonly categoryIds: readonly CategoryId[];
  /** Service ids in declaration order. */
  readonly serviceIds: readonly ServiceId[];
}

/** Any catalogue, whatever its ids. */
export type AnyCatalogue = Catalogue<string, string>;
/** The category ids of a catalogue. */
export type CategoryIdOf<C> = C extends Catalogue<infer K, string> ? K : never;
/** The service ids of a catalogue. */
export type ServiceIdOf<C> = C extends Catalogue<string, infer K> ? K : never;

/** Ids of the services that belong to `category`, in declaration order. */
export const servicesOf = <C extends AnyCatalogue>(catalogue: C, category: string | undefined): ServiceIdOf<C>[] =>
  catalogue.serviceIds.filter((id) => catalogue.services[id]?.category === category) as ServiceIdOf<C>[];
