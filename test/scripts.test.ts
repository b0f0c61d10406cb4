import { afterEach, describe, expect, it } from 'vitest';
import { createConsentStore, memoryAdapter } from '../src/core';
import { activateScripts } from '../src/scripts';
import { montreuilDemo } from './fixtures/montreuil';

let stop = () => {};
afterEach(() => {
  stop();
  document.body.innerHTML = '';
});

/** A page with gated scripts; whether they run is checked in Chromium (test/browser/scripts.test.tsx). */
function setUp(html: string, storage = memoryAdapter()) {
  document.body.innerHTML = html;
  const store = createConsentStore({ catalogue: montreuilDemo, storage });
  stop = activateScripts(store);
  store.hydrate();
  return store;
}

const scripts = () =>
  [...document.querySelectorAll('script')].map((script) => ({
    type: script.getAttribute('type'),
    category: script.dataset.category,
    text: script.text,
  }));

describe('activateScripts', () => {
  it('leaves gated scripts inert until their category is granted, then swaps in a live copy', () => {
    const store = setUp(
      '<script type="text/plain" data-category="statistics" nonce="abc" defer data-extra="1">/* stats */</script>' +
        '<script type="text/plain" data-category="video">/* video */</script>',
    );
    expect(scripts().map(({ type }) => type)).toEqual(['text/plain', 'text/plain']);
    store.send({ type: 'SAVE', choices: { categories: { statistics: true } } });
    const live = document.querySelector('script[data-category="statistics"]') as HTMLScriptElement;
    expect(live.getAttribute('type')).toBeNull();
    expect(live.nonce).toBe('abc');
    expect(live.defer).toBe(true);
    expect(live.async).toBe(false);
    expect(live.dataset.extra).toBe('1');
    expect(live.text).toBe('/* stats */');
    expect(document.querySelector('script[data-category="video"]')?.getAttribute('type')).toBe('text/plain');
  });

  it('follows a service when data-service is set', () => {
    const store = setUp('<script type="text/plain" data-category="video" data-service="youtube">/* yt */</script>');
    store.send({ type: 'SAVE', choices: { services: { youtube: true } } });
    expect(scripts()).toEqual([{ type: null, category: 'video', text: '/* yt */' }]);
  });

  it('runs "!category" scripts only once the visitor has refused, never before a choice', () => {
    const store = setUp('<script type="text/plain" data-category="!statistics">/* fallback */</script>');
    expect(scripts()[0]?.type).toBe('text/plain');
    store.send({ type: 'REJECT_ALL' });
    expect(scripts()[0]?.type).toBeNull();
  });

  it('handles scripts added to the page later', async () => {
    const store = setUp('');
    store.send({ type: 'ACCEPT_ALL' });
    document.body.insertAdjacentHTML(
      'beforeend',
      '<script type="text/plain" data-category="statistics">/* late */</script>',
    );
    await expect.poll(() => scripts()[0]?.type).toBeNull();
  });

  it('runs nothing before the stored choice is read, so an exempt opt-out holds from the first moment', () => {
    const storage = memoryAdapter();
    createConsentStore({ catalogue: montreuilDemo, storage }).send({
      type: 'SAVE',
      choices: { categories: { audience: false } },
    });
    document.body.innerHTML = '<script type="text/plain" data-category="audience">/* audience */</script>';
    const store = createConsentStore({ catalogue: montreuilDemo, storage });
    stop = activateScripts(store);
    expect(scripts()[0]?.type).toBe('text/plain');
    store.hydrate();
    expect(store.getSnapshot().granted.categories.audience).toBe(false);
    expect(scripts()[0]?.type).toBe('text/plain');
  });

  it('runs the same markup once, even when it is inserted again', async () => {
    const store = setUp('<script type="text/plain" data-category="statistics">/* once */</script>');
    store.send({ type: 'ACCEPT_ALL' });
    document.body.insertAdjacentHTML(
      'beforeend',
      '<script type="text/plain" data-category="statistics">/* once */</script>',
    );
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(scripts().map(({ type }) => type)).toEqual([null, 'text/plain']);
  });

  it('keeps going past a script it cannot copy', () => {
    const reported: unknown[] = [];
    const original = globalThis.reportError;
    globalThis.reportError = (error) => reported.push(error);
    try {
      const store = setUp(
        '<script type="text/plain" data-category="statistics" a"b="1">/* bad */</script>' +
          '<script type="text/plain" data-category="statistics">/* good */</script>',
      );
      expect(() => store.send({ type: 'ACCEPT_ALL' })).not.toThrow();
      expect(scripts().map(({ type, text }) => [type, text])).toEqual([
        ['text/plain', '/* bad */'],
        [null, '/* good */'],
      ]);
      expect(reported).toHaveLength(1);
    } finally {
      globalThis.reportError = original;
    }
  });

  it('stops when disconnected', () => {
    const store = setUp('<script type="text/plain" data-category="statistics">/* stats */</script>');
    stop();
    store.send({ type: 'ACCEPT_ALL' });
    expect(scripts()[0]?.type).toBe('text/plain');
  });
});
