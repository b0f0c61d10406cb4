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
  describe('given scripts gated on a category', () => {
    it('leaves them inert until their category is granted, then swaps in a live copy', () => {
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

    describe('when disconnected', () => {
      it('stops: granting the category afterwards runs nothing', () => {
        const store = setUp('<script type="text/plain" data-category="statistics">/* stats */</script>');
        stop();
        store.send({ type: 'ACCEPT_ALL' });
        expect(scripts()[0]?.type).toBe('text/plain');
      });
    });
  });

  describe('given a script gated on a service (data-service)', () => {
    it('follows the service', () => {
      const store = setUp('<script type="text/plain" data-category="video" data-service="youtube">/* yt */</script>');
      store.send({ type: 'SAVE', choices: { services: { youtube: true } } });
      expect(scripts()).toEqual([{ type: null, category: 'video', text: '/* yt */' }]);
    });
  });

  describe('given a "!category" script', () => {
    it('runs it only once the visitor has refused, never before a choice', () => {
      const store = setUp('<script type="text/plain" data-category="!statistics">/* fallback */</script>');
      expect(scripts()[0]?.type).toBe('text/plain');
      store.send({ type: 'REJECT_ALL' });
      expect(scripts()[0]?.type).toBeNull();
    });
  });

  describe('given an exempt category the visitor opted out of', () => {
    it('runs nothing before the stored choice is read, so the opt-out holds from the first moment', () => {
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
  });

  describe('given a script it cannot copy, beside one it can', () => {
    it('keeps going past it, runs the other and reports the error', () => {
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
  });

  describe('when scripts are added to the page later', () => {
    it('activates them under the choice already made', async () => {
      const store = setUp('');
      store.send({ type: 'ACCEPT_ALL' });
      document.body.insertAdjacentHTML(
        'beforeend',
        '<script type="text/plain" data-category="statistics">/* late */</script>',
      );
      await expect.poll(() => scripts()[0]?.type).toBeNull();
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
  });
});
