import { buttonStyles } from './Button';

// Class recipes for elements that cannot be a <Button> or <LinkButton>.
// Kept for existing callers; new code should prefer the components.

export const buttonClass = buttonStyles({ variant: 'primary' });

export const secondaryButtonClass = buttonStyles({ variant: 'secondary' });

export const textLinkClass =
  'font-medium text-accent underline decoration-accent/40 underline-offset-4 hover:decoration-accent';
