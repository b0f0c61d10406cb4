import { Slot } from '@radix-ui/react-slot';
import { type ComponentPropsWithoutRef, type FocusEvent, forwardRef, type MouseEvent, type PointerEvent } from 'react';

/** Props of every button part: `asChild` renders the host's own element with the part's behaviour. */
export interface ButtonPartProps extends ComponentPropsWithoutRef<'button'> {
  /** Merge the part's props into the single child instead of rendering a `<button>`. */
  asChild?: boolean;
}

/** Runs the host's `onClick`, then the part's `action` unless the host called `preventDefault()`. */
export const thenAction =
  (onClick: ButtonPartProps['onClick'], action: () => void) => (event: MouseEvent<HTMLButtonElement>) => {
    onClick?.(event);
    if (!event.defaultPrevented) action();
  };

/** The host's pointer-enter and focus handlers, then `preload`: an opener starts loading what it opens on intent. */
export const onIntent = (props: ButtonPartProps, preload: () => void) => ({
  onPointerEnter: (event: PointerEvent<HTMLButtonElement>) => {
    props.onPointerEnter?.(event);
    preload();
  },
  onFocus: (event: FocusEvent<HTMLButtonElement>) => {
    props.onFocus?.(event);
    preload();
  },
});

/** A `<button type="button">`, or its child with `asChild`. */
export const KitButton = forwardRef<HTMLButtonElement, ButtonPartProps>(function KitButton({ asChild, ...props }, ref) {
  return asChild ? <Slot ref={ref} {...props} /> : <button type="button" ref={ref} {...props} />;
});

/** Props of `Switch`. */
interface SwitchProps extends Omit<ComponentPropsWithoutRef<'button'>, 'onChange' | 'onClick'> {
  checked: boolean;
  onCheckedChange?: (checked: boolean) => void;
}

/** A WAI-ARIA switch (`role="switch"`, `aria-checked`): name it with `aria-labelledby` on its visible label. */
export const Switch = forwardRef<HTMLButtonElement, SwitchProps>(function Switch(
  { checked, onCheckedChange, ...props },
  ref,
) {
  return (
    <button
      type="button"
      role="switch"
      aria-checked={checked}
      data-part="switch"
      data-state={checked ? 'on' : 'off'}
      ref={ref}
      onClick={() => onCheckedChange?.(!checked)}
      {...props}
    />
  );
});
