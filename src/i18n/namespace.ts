/** Namespace of the kit's own strings. */
export const NAMESPACE = 'charte';
