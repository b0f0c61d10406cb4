import { composeEventHandlers } from '@radix-ui/primitive';
import { Slot } from '@radix-ui/react-slot';
import { type ComponentPropsWithoutRef, Fragment, forwardRef, type ReactNode } from 'react';
import type { Localised } from '../i18n';
import { part } from './anatomy';
import { useStoreSelector } from './use-consent';
import type { Kit } from './use-kit';

/** Props of every button part: `asChild` renders the host's own element with the part's behaviour. */
export interface ButtonPartProps extends ComponentPropsWithoutRef<'button'> {
  /** Merge the part's props into the single child instead of rendering a `<button>`. */
  asChild?: boolean;
}

/** A `<button type="button">`, or its child with `asChild`. */
export const KitButton = forwardRef<HTMLButtonElement, ButtonPartProps>(function KitButton({ asChild, ...props }, ref) {
  return asChild ? <Slot ref={ref} {...props} /> : <button type="button" ref={ref} {...props} />;
});

/**
 * What a control that opens the preferences carries, as Radix's `Dialog.Trigger` does: `aria-haspopup`,
 * `aria-expanded`, `aria-controls` and `data-state`; it starts loading the dialog when pointed at or focused, and
 * opens it after the host's own `onClick`, unless that called `preventDefault()`; with `target`, focus goes to that
 * section of the dialog instead of its first control.
 */
export function useOpener(kit: Kit, caller: string, props: ButtonPartProps, target?: 'providers') {
  const open = useStoreSelector(caller, (state) => state.view === 'preferences');
  const request = () => {
    kit.dialog.requestProviders(target === 'providers');
    kit.consent.openPreferences();
  };
  return {
    'aria-haspopup': 'dialog',
    'aria-expanded': open,
    'aria-controls': kit.dialog.id,
    'data-state': open ? 'open' : 'closed',
    onPointerEnter: composeEventHandlers(props.onPointerEnter, kit.dialog.preload),
    onFocus: composeEventHandlers(props.onFocus, kit.dialog.preload),
    onClick: composeEventHandlers(props.onClick, request),
  } as const;
}

/** Props of `Switch`. */
interface SwitchProps extends Omit<ComponentPropsWithoutRef<'button'>, 'onChange' | 'onClick'> {
  checked: boolean;
  onCheckedChange?: (checked: boolean) => void;
}

/**
 * A WAI-ARIA switch (`role="switch"`, `aria-checked`) with Radix's `data-state="checked|unchecked"` and
 * `data-disabled`: name it with `aria-labelledby` on its visible label.
 */
export const Switch = forwardRef<HTMLButtonElement, SwitchProps>(function Switch(
  { checked, onCheckedChange, disabled, ...props },
  ref,
) {
  return (
    <button
      type="button"
      role="switch"
      aria-checked={checked}
      {...part('switch')}
      data-state={checked ? 'checked' : 'unchecked'}
      data-disabled={disabled ? '' : undefined}
      disabled={disabled}
      ref={ref}
      onClick={() => onCheckedChange?.(!checked)}
      {...props}
    />
  );
});

/** A catalogue text; one in another language than the component around it carries its own `lang` (WCAG 3.1.2). */
export function InLanguage({ text, within }: { text: Localised; within: string }) {
  return text.lng === within ? text.value : <span lang={text.lng}>{text.value}</span>;
}

/** A kit string whose `{{placeholders}}` take React nodes, such as catalogue texts with their own `lang`. */
export function interpolate(template: string, values: Readonly<Record<string, ReactNode>>): ReactNode {
  return template.split(/\{\{\s*(\w+)\s*\}\}/).map((piece, index) => (
    // The pieces of one template never move: their index is their identity.
    // biome-ignore lint/suspicious/noArrayIndexKey: see above.
    <Fragment key={index}>{index % 2 === 0 ? piece : values[piece]}</Fragment>
  ));
}
