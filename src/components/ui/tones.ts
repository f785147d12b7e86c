/**
 * Warning and danger colours (practice clock, errors, destructive actions). The theme has no
 * semantic tokens for them yet, and Tailwind's `dark:` variant follows only
 * the OS setting, not the app's own theme switch (data-theme on <html>);
 * CSS light-dark() follows the `color-scheme` both of those set, so these
 * stay right in every combination. Replace with theme tokens once they exist.
 */
export const tones = {
  amberPanel:
    'border-[color:light-dark(#fcd34d,rgb(251_191_36/0.45))] bg-[color:light-dark(#fffbeb,rgb(251_191_36/0.1))] text-[color:light-dark(#451a03,#fef3c7)]',
  amberBar: 'bg-[color:light-dark(#d97706,#fbbf24)]',
  redPanel:
    'border-[color:light-dark(#fca5a5,rgb(248_113_113/0.45))] bg-[color:light-dark(#fef2f2,rgb(248_113_113/0.1))] text-[color:light-dark(#450a0a,#fee2e2)]',
  overtimePanel:
    'border-[color:light-dark(#f87171,rgb(248_113_113/0.7))] bg-[color:light-dark(#fee2e2,rgb(248_113_113/0.16))] text-[color:light-dark(#450a0a,#fee2e2)]',
  redBar: 'bg-[color:light-dark(#dc2626,#f87171)]',
  dangerText: 'text-[color:light-dark(#b91c1c,#fca5a5)]',
  dangerBorder: 'border-[color:light-dark(#dc2626,#f87171)]',
  recordingDot: 'bg-[color:light-dark(#dc2626,#f87171)]',
} as const;
