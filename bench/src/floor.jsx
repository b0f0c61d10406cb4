// The floor: what any React consent banner built on Radix's dialog and i18next costs, with no kit code.
import * as Dialog from '@radix-ui/react-dialog';
import i18next from 'i18next';
import { createContext, useState } from 'react';
import { text } from './catalogue.js';

const i18n = i18next.createInstance();
i18n.init({ lng: 'fr', initAsync: false, resources: { fr: { translation: text } } });
const t = (key) => i18n.t(key);

const COOKIE = 'floor';
/** The visitor's choice, for the components that read it ('1', '0' or undefined). */
export const FloorChoice = createContext(undefined);
const stored = () => document.cookie.match(/(?:^|; )floor=([01])/)?.[1];

export default function Consent({ children }) {
  const [choice, setChoice] = useState(stored);
  const [open, setOpen] = useState(false);
  const [statistics, setStatistics] = useState(false);
  const decide = (granted) => {
    // biome-ignore lint/suspicious/noDocumentCookie: the floor stores its choice the plainest way, as the kit does.
    document.cookie = `${COOKIE}=${granted ? 1 : 0}; Path=/; Max-Age=15811200; SameSite=Lax`;
    setChoice(granted ? '1' : '0');
    setOpen(false);
  };
  return (
    <FloorChoice.Provider value={choice}>
      {children}
      {choice === undefined && (
        <section aria-label={t('title')} className="floor-banner">
          <p>{t('description')}</p>
          <button type="button" onClick={() => decide(true)}>
            {t('acceptAll')}
          </button>
          <button type="button" onClick={() => decide(false)}>
            {t('rejectAll')}
          </button>
          <button type="button" onClick={() => setOpen(true)}>
            {t('customise')}
          </button>
        </section>
      )}
      <Dialog.Root open={open} onOpenChange={setOpen}>
        <Dialog.Portal>
          <Dialog.Overlay />
          <Dialog.Content aria-describedby={undefined}>
            <Dialog.Title>{t('preferencesTitle')}</Dialog.Title>
            <label>
              <input type="checkbox" checked disabled /> {t('necessary')}
            </label>
            <label>
              <input type="checkbox" checked={statistics} onChange={(event) => setStatistics(event.target.checked)} />{' '}
              {t('statistics')}
            </label>
            <button type="button" onClick={() => decide(statistics)}>
              {t('save')}
            </button>
          </Dialog.Content>
        </Dialog.Portal>
      </Dialog.Root>
    </FloorChoice.Provider>
  );
}
