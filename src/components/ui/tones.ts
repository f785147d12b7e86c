/**
 * Status colours as class strings, on the theme's tone tokens (styles.css:
 * `danger`, `warning`, `success`, `info`, each with `-fg`, `-soft`, `-soft-fg`
 * and `-border`). The tokens swap with the colour scheme, so nothing here
 * branches on it.
 *
 * `toneStyles` is the set per tone.
 */
export type Tone = 'info' | 'warning' | 'danger' | 'success';

export interface ToneStyle {
  /** A tinted panel: border, background and text. */
  panel: string;
  /** Text, an icon or a strong border in the tone on any page surface. */
  text: string;
  border: string;
  /** A solid fill (bars, dots), with `fg` for text on it. */
  fill: string;
  fg: string;
}

export const toneStyles: Record<Tone, ToneStyle> = {
  info: {
    panel: 'border-info-border bg-info-soft text-info-soft-fg',
    text: 'text-info',
    border: 'border-info',
    fill: 'bg-info',
    fg: 'text-info-fg',
  },
  warning: {
    panel: 'border-warning-border bg-warning-soft text-warning-soft-fg',
    text: 'text-warning',
    border: 'border-warning',
    fill: 'bg-warning',
    fg: 'text-warning-fg',
  },
  danger: {
    panel: 'border-danger-border bg-danger-soft text-danger-soft-fg',
    text: 'text-danger',
    border: 'border-danger',
    fill: 'bg-danger',
    fg: 'text-danger-fg',
  },
  success: {
    panel: 'border-success-border bg-success-soft text-success-soft-fg',
    text: 'text-success',
    border: 'border-success',
    fill: 'bg-success',
    fg: 'text-success-fg',
  },
};
