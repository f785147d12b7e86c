// Class recipes shared by <Link>, <a> and <button>, which cannot share one
// component without losing the router's typed `to`/`params`.

export const buttonClass =
  'inline-flex min-h-11 items-center justify-center gap-2 rounded-lg bg-accent px-4 text-sm font-semibold text-accent-fg shadow-sm transition hover:opacity-90';

export const secondaryButtonClass =
  'inline-flex min-h-11 items-center justify-center gap-2 rounded-lg border border-border bg-surface px-4 text-sm font-semibold text-fg transition hover:bg-surface-muted';

export const textLinkClass =
  'font-medium text-accent underline decoration-accent/40 underline-offset-4 hover:decoration-accent';
