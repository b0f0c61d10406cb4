import type { Meta, StoryObj } from '@storybook/react-vite';
import { useLayoutEffect } from 'react';
import { expect, userEvent, within } from 'storybook/test';
import { Banner, CookieTable, PreferencesDialog } from '../src';
import { PortalPage } from './portal-page';
import hostCss from './unstyled.css?raw';

const meta = { title: 'Design review' } satisfies Meta;

export default meta;
type Story = StoryObj<typeof meta>;

const states = [
  ['banner--first-visit', 'Bannière'],
  ['banner--bottom-left', 'Bannière en encart'],
  ['preferencesdialog--cookies-disclosed', 'Préférences, cookies affichés'],
  ['cookietable--all-cookies', 'Tableau des cookies'],
  ['consentembed--placeholder', 'Contenu bloqué'],
] as const;
const widths = [320, 768, 1280] as const;
const schemes = [
  ['light', 'clair'],
  ['dark', 'sombre'],
] as const;

/**
 * Every state side by side, each in a frame of its real width (so media queries apply), light and dark: the page a
 * designer signs off. Each frame is the story itself, at `iframe.html`, with the scheme set by the toolbar's global.
 */
export const EveryState: Story = {
  render: () => (
    <div style={{ display: 'grid', gap: '2rem', padding: '1rem', fontFamily: 'system-ui, sans-serif' }}>
      {states.map(([id, name]) => (
        <section key={id} aria-label={name}>
          <h2>{name}</h2>
          <div style={{ display: 'flex', gap: '1rem', overflowX: 'auto' }}>
            {schemes.flatMap(([scheme, label]) =>
              widths.map((width) => (
                <iframe
                  key={`${scheme}-${width}`}
                  title={`${name}, ${width} px, ${label}`}
                  src={`iframe.html?id=${id}&viewMode=story&globals=scheme:${scheme}`}
                  width={width}
                  height={width === 320 ? 640 : 800}
                  style={{ flex: 'none', border: '1px solid #767676' }}
                />
              )),
            )}
          </div>
        </section>
      ))}
    </div>
  ),
};

/** Turns charte/styles.css off while the story shows, and adds what the README asks of a host without it. */
function Unstyled() {
  useLayoutEffect(() => {
    const sheets = [...document.styleSheets].filter((sheet) =>
      [...sheet.cssRules].some((rule) => rule.cssText.includes('--charte-font-family')),
    );
    for (const sheet of sheets) sheet.disabled = true;
    const host = document.createElement('style');
    host.textContent = hostCss;
    document.head.append(host);
    return () => {
      for (const sheet of sheets) sheet.disabled = false;
      host.remove();
    };
  }, []);
  return (
    <>
      <Banner />
      <PortalPage>
        <CookieTable />
      </PortalPage>
      <PreferencesDialog />
    </>
  );
}

/** Without styles.css: the host's few rules (README, "Styles") give a fixed banner, a dialog over the page and 24 px targets. */
export const WithoutTheStylesheet: Story = {
  render: () => <Unstyled />,
  play: async ({ canvasElement }) => {
    const body = within(canvasElement.ownerDocument.body);
    await userEvent.click(await body.findByRole('button', { name: 'Personnaliser' }));
    const dialog = await body.findByRole('dialog', { name: 'Préférences de cookies' });
    await expect(getComputedStyle(dialog).position).toBe('fixed');
  },
};
