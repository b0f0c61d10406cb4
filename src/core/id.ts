/** A UUID v4 from `crypto.getRandomValues`, which, unlike `crypto.randomUUID`, also exists over plain http. */
export const randomId = (): string =>
  '10000000-1000-4000-8000-100000000000'.replace(/[018]/g, (digit) =>
    (+digit ^ ((globalThis.crypto.getRandomValues(new Uint8Array(1))[0] as number) & (15 >> (+digit / 4)))).toString(
      16,
    ),
  );
