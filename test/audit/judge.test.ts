import { describe, expect, it } from 'vitest';
import { judge, mergeViolations } from '../../src/audit/judge';
import { sectionOf } from '../../src/audit/kit';
import type { JudgeSettings, Moment, Observed } from '../../src/audit/model';
import { firstPartyCatalogue } from '../fixtures/first-party';
import { montreuilDemo } from '../fixtures/montreuil';

const DAY = 86_400;
const now = Date.UTC(2026, 0, 15);
const page = 'https://data.example.org/';
const settings: JudgeSettings = {
  catalogue: montreuilDemo,
  storageName: 'charte',
  maxAgeDays: 183,
  siteHosts: ['data.example.org'],
  allowHosts: [],
  serviceHosts: {},
  toleranceDays: 1,
};
const all = new Set(montreuilDemo.categoryIds);
/** Without a choice: the required and the exempt categories. */
const initial = new Set(['necessary', 'audience']);
const at = (step: Moment['step'], granted: ReadonlySet<string>, withdrawn?: string[]): Moment => ({
  step,
  page,
  granted,
  at: now,
  ...(withdrawn ? { withdrawn } : {}),
});
const cookie = (name: string, days: number | 'session' = 30, domain = 'data.example.org', path = '/'): Observed => ({
  type: 'cookie',
  name,
  domain,
  path,
  expires: days === 'session' ? -1 : now / 1000 + days * DAY,
});
const request = (url: string) => ({ type: 'request', url }) as const;
/** What a test holds a verdict to: kind, subject's name or URL, declared path. */
const verdicts = (observed: Observed[], moment: Moment, overrides: Partial<JudgeSettings> = {}) =>
  judge(observed, moment, { ...settings, ...overrides }).map(({ kind, subject, declared }) => [
    kind,
    subject.type === 'request' ? subject.url : subject.name,
    declared?.path ?? null,
  ]);

describe('judge', () => {
  describe('given no choice yet', () => {
    it('allows required and exempt cookies and the kit’s own, and reports the rest with the entry they matched', () => {
      const seen = [
        cookie('sessionid', 'session'),
        cookie('_pk_id.1.ab', 300),
        cookie('charte', 183),
        cookie('_ga'),
        cookie('tracker'),
      ];
      expect(verdicts(seen, at('before-consent', initial))).toEqual([
        ['set-before-consent', '_ga', 'services.analytics.cookies.0'],
        ['set-before-consent', 'tracker', null],
      ]);
    });
  });

  describe('given a visitor who opted out of the exempt category', () => {
    it('reports its cookie as kept after the refusal', () => {
      expect(verdicts([cookie('_pk_id.1.ab', 300)], at('after-refusal', new Set(['necessary'])))).toEqual([
        ['kept-after-refusal', '_pk_id.1.ab', 'services.matomo.cookies.0'],
      ]);
    });
  });

  describe('given a declared name on another domain, path or storage', () => {
    it('matches a cookie only on its declared domain, or the site and its parents without one, and names the near miss', () => {
      const seen = [
        cookie('VISITOR_INFO1_LIVE', 100, '.youtube.com'),
        cookie('VISITOR_INFO1_LIVE', 100, 'data.example.org'),
        cookie('sessionid', 'session', '.example.org'),
        cookie('sessionid', 'session', 'tracker.example'),
      ];
      const [onSite, elsewhere, ...others] = judge(seen, at('after-acceptance', all), settings);
      expect(others).toEqual([]);
      expect([onSite?.subject, elsewhere?.subject]).toEqual([seen[1], seen[3]]);
      expect(onSite).toMatchObject({ kind: 'undeclared', nearest: [{ path: 'services.youtube.cookies.0' }] });
      expect(onSite?.detail).toBe(
        'matches no declared cookie; services.youtube.cookies.0 has its name but not its domain, path or storage',
      );
      expect(elsewhere).toMatchObject({ kind: 'undeclared', nearest: [{ path: 'services.auth.cookies.0' }] });
    });

    it('takes web storage keys only for declarations with storage "localStorage", and cookies only for the others', () => {
      const app = firstPartyCatalogue([
        { name: 'draft', purpose: 'Brouillon.', storage: 'localStorage' },
        { name: 'cart', purpose: 'Panier.', path: '/shop' },
      ]);
      const seen: Observed[] = [
        { type: 'localStorage', name: 'draft', origin: 'https://data.example.org' },
        { type: 'sessionStorage', name: 'draft', origin: 'https://data.example.org' },
        cookie('draft'),
        cookie('cart', 30, 'data.example.org', '/shop/basket'),
        cookie('cart', 30, 'data.example.org', '/shopping'),
      ];
      expect(verdicts(seen, at('after-acceptance', new Set(['necessary'])), { catalogue: app })).toEqual([
        ['undeclared', 'draft', null],
        ['undeclared', 'cart', null],
      ]);
    });
  });

  describe('given cookies kept as long as declared, or longer', () => {
    it('allows a cookie up to one day past its declared duration, and a session cookie for any', () => {
      const seen = [
        cookie('_ga', 395.9),
        cookie('_ga_X', 397),
        cookie('VISITOR_INFO1_LIVE', 'session', '.youtube.com'),
      ];
      expect(verdicts(seen, at('after-acceptance', all))).toEqual([
        ['lives-longer-than-declared', '_ga_X', 'services.analytics.cookies.1'],
      ]);
    });

    it('reports a persistent cookie declared for the session, and the kit’s cookie against maxAgeDays', () => {
      const session = firstPartyCatalogue([{ name: 'sid', purpose: 'Session.', duration: 'session' }]);
      const [sid, own] = judge(
        [cookie('sid', 2), cookie('charte', 395)],
        at('before-consent', new Set(['necessary'])),
        {
          ...settings,
          catalogue: session,
        },
      );
      expect(sid).toMatchObject({
        kind: 'lives-longer-than-declared',
        detail: 'declared for the session, kept 2 days',
      });
      expect(own).toMatchObject({ kind: 'lives-longer-than-declared', declared: { path: 'storage', duration: 183 } });
    });
  });

  describe('given requests to other hosts', () => {
    const cdn = request('https://static.cdn.example/app.js');
    const youtube = request('https://www.youtube.com/embed/x');
    const google = request('https://www.google-analytics.com/g/collect');

    describe('given no choice yet', () => {
      it('skips the page’s own host and allowed hosts, and attributes the rest by service hosts or cookie domains', () => {
        const seen = [request(`${page}api`), cdn, youtube, google];
        expect(
          verdicts(seen, at('before-consent', initial), {
            allowHosts: ['*.cdn.example'],
            serviceHosts: { analytics: ['www.google-analytics.com'] },
          }),
        ).toEqual([
          ['set-before-consent', youtube.url, 'services.youtube'],
          ['set-before-consent', google.url, 'services.analytics'],
        ]);
        expect(verdicts([cdn], at('before-consent', initial), { allowHosts: ['cdn.example'] })).toEqual([
          ['set-before-consent', cdn.url, null],
        ]);
      });
    });

    describe('when a category was withdrawn', () => {
      it('reports the withdrawn services, and unattributed hosts once no consent category is left', () => {
        const serviceHosts = { analytics: ['*.google-analytics.com'] };
        const partly = at('after-withdrawal', new Set(['necessary', 'audience', 'video']), ['statistics']);
        expect(verdicts([cdn, youtube, google], partly, { serviceHosts })).toEqual([
          ['kept-after-withdrawal', google.url, 'services.analytics'],
        ]);
        const nothing = at('after-withdrawal', new Set(['necessary']), ['statistics', 'video', 'audience']);
        expect(verdicts([cdn], nothing, { serviceHosts })).toEqual([['kept-after-withdrawal', cdn.url, null]]);
        expect(verdicts([cdn, youtube, google], at('after-acceptance', all), { serviceHosts })).toEqual([]);
      });
    });
  });
});

describe('mergeViolations', () => {
  describe('given the same finding on several pages and steps', () => {
    it('keeps one finding per kind, step and subject with every page, and "undeclared" at its first step only', () => {
      const other = 'https://data.example.org/donnees/1';
      const violations = [
        ...judge([cookie('tracker')], at('before-consent', initial), settings),
        ...judge([cookie('tracker')], { ...at('before-consent', initial), page: other }, settings),
        ...judge([cookie('tracker')], at('after-acceptance', all), settings),
        ...judge(
          [cookie('tracker')],
          at('after-withdrawal', new Set(['necessary', 'video']), ['statistics']),
          settings,
        ),
      ];
      expect(mergeViolations(violations).map(({ kind, step, pages }) => [kind, step, pages])).toEqual([
        ['set-before-consent', 'before-consent', [page, other]],
        ['undeclared', 'after-acceptance', [page]],
      ]);
    });
  });
});

describe('sectionOf (which dialog section is a category)', () => {
  describe('given the titles of the dialog’s sections', () => {
    it('finds it by its title in any language, by its id, else by the dialog’s order', () => {
      expect(
        sectionOf(
          ['Necessary', 'Statistics', 'Embedded videos', 'Anonymous audience measurement'],
          'video',
          montreuilDemo,
        ),
      ).toBe(2);
      expect(sectionOf(['x', 'statistics'], 'statistics', montreuilDemo)).toBe(1);
      // Consent categories first, then the exempt ones in their own section.
      expect(sectionOf(['a', 'b', 'c', 'd'], 'audience', montreuilDemo)).toBe(3);
      expect(sectionOf(['a', 'b'], 'video', montreuilDemo)).toBe(-1);
    });
  });
});
