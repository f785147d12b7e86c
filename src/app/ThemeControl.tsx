import { useEffect, useId } from 'react';

import { Icon, type IconName } from '@/components/ui/Icon';
import type { Theme } from '@/domain/model';
import { chooseTheme, startStore } from '@/stores/app-store';
import { useThemeChoice } from '@/stores/theme';

const OPTIONS: { value: Theme; label: string; icon: IconName }[] = [
  { value: 'system', label: 'System', icon: 'monitor' },
  { value: 'light', label: 'Light', icon: 'sun' },
  { value: 'dark', label: 'Dark', icon: 'moon' },
];

/**
 * System / Light / Dark as a segmented control built on native radios, so
 * arrow keys, focus and the checked state come from the browser. The store
 * persists the choice; until its chunk has loaded, stores/theme.ts shows the
 * stored one, so the control is right from the first paint.
 */
export function ThemeControl() {
  const theme = useThemeChoice();
  const name = useId();
  // The control follows the store's choice (another tab, an import): make sure the store is there to follow.
  // main.tsx has already asked for it; this is the same request.
  useEffect(() => {
    startStore().catch(() => {
      // Could not load: the control still changes the page, it just is not saved this visit.
    });
  }, []);

  return (
    <fieldset className="flex items-center rounded-lg border border-border bg-surface p-0.5">
      <legend className="sr-only">Theme</legend>
      {OPTIONS.map((option) => (
        <label
          key={option.value}
          title={option.label}
          className="relative inline-flex size-8 cursor-pointer items-center justify-center rounded-md text-fg-muted transition hover:text-fg has-checked:bg-accent-soft has-checked:text-accent has-focus-visible:outline-2 has-focus-visible:outline-offset-1 has-focus-visible:outline-focus"
        >
          <input
            type="radio"
            name={name}
            value={option.value}
            checked={theme === option.value}
            onChange={() => chooseTheme(option.value)}
            className="sr-only"
          />
          <Icon name={option.icon} className="size-4.5" />
          <span className="sr-only">{option.label}</span>
        </label>
      ))}
    </fieldset>
  );
}
