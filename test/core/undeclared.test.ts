import { describe, expect, it, vi } from 'vitest';
import { matchesDeclaredName, undeclaredCookies, warnUndeclaredCookies } from '../../src/core/undeclared';
import { firstPartyCatalogue } from '../fixtures/first-party';
import { MONTREUIL_COOKIE, montreuil, montreuilDemo } from '../fixtures/montreuil';

const withKey = firstPartyCatalogue([{ name: 'draft', purpose: 'Brouillon.', storage: 'localStorage' }]);

describe('undeclaredCookies', () => {
  describe('given a header with declared and undeclared cookies, some twice', () => {
    it('lists, once each and in order, the names no cookie of the catalogue declares', () => {
      const header = 'sessionid=1; _ga=GA1; tracker=x; _pk_id.1.ab=2; tracker=y; _ga_XYZ=3; other=4';
      expect(undeclaredCookies(header, montreuilDemo)).toEqual(['tracker', 'other']);
    });
  });

  describe('given the kit’s storage cookie', () => {
    it('counts it as declared, under the name the host gave it', () => {
      expect(undeclaredCookies('charte=2.x; csrftoken=t', montreuil, 'charte')).toEqual([]);
      expect(undeclaredCookies('charte=2.x', montreuil, MONTREUIL_COOKIE)).toEqual(['charte']);
    });
  });

  describe('given a cookie named like a declared localStorage key, or an empty header', () => {
    it('does not take the key for a cookie, and lists nothing for the empty header', () => {
      expect(undeclaredCookies('draft=1', withKey)).toEqual(['draft']);
      expect(undeclaredCookies('', withKey)).toEqual([]);
    });
  });
});

describe('matchesDeclaredName', () => {
  describe('given a declared string or a RegExp, whatever its flags', () => {
    it('matches a name exactly, or by the RegExp, the same way every time', () => {
      const global = /^_ga_/g;
      expect([1, 2, 3].map(() => matchesDeclaredName(global, '_ga_ABC'))).toEqual([true, true, true]);
      expect(matchesDeclaredName('_ga', '_ga_ABC')).toBe(false);
      expect(matchesDeclaredName('_ga', '_ga')).toBe(true);
    });
  });
});

describe('warnUndeclaredCookies', () => {
  describe('given undeclared cookies in document.cookie', () => {
    it('warns once per undeclared cookie, however often it is called, and again for one set later', () => {
      const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
      // biome-ignore lint/suspicious/noDocumentCookie: the cookies a page's own scripts set.
      document.cookie = 'tracker=1; Path=/';
      // biome-ignore lint/suspicious/noDocumentCookie: as above.
      document.cookie = 'sessionid=2; Path=/';
      const store = { catalogue: montreuilDemo, storage: { name: 'charte' } };
      warnUndeclaredCookies(store);
      warnUndeclaredCookies(store);
      expect(warn).toHaveBeenCalledTimes(1);
      expect(warn.mock.calls[0]?.[0]).toContain('"tracker" is not declared');
      // biome-ignore lint/suspicious/noDocumentCookie: a cookie set later.
      document.cookie = 'pixel=3; Path=/';
      warnUndeclaredCookies(store);
      expect(warn.mock.calls.map(([message]) => /"(\w+)"/.exec(message)?.[1])).toEqual(['tracker', 'pixel']);
    });
  });

  describe('given a document.cookie that cannot be read', () => {
    it('says nothing and throws nothing', () => {
      const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
      vi.spyOn(document, 'cookie', 'get').mockImplementation(() => {
        throw new DOMException('sandboxed', 'SecurityError');
      });
      expect(() => warnUndeclaredCookies({ catalogue: montreuil, storage: {} })).not.toThrow();
      expect(warn).not.toHaveBeenCalled();
    });
  });
});
