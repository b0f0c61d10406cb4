import type { AnyCatalogue, CategoryIdOf, ServiceIdOf } from './catalogue';

/**
 * Augment it once with your catalogue to type every hook and component app-wide:
 * `declare module 'charte' { interface Register { catalogue: typeof catalogue } }`.
 */
// biome-ignore lint/suspicious/noEmptyInterface: an empty interface is what declaration merging augments.
export interface Register {}

/** The app's registered catalogue, or any catalogue when none is registered. */
export type RegisteredCatalogue = Register extends { catalogue: infer C extends AnyCatalogue } ? C : AnyCatalogue;
/** A category id of the registered catalogue. */
export type CategoryId = CategoryIdOf<RegisteredCatalogue>;
/** A service id of the registered catalogue. */
export type ServiceId = ServiceIdOf<RegisteredCatalogue>;
