import { useEffect } from 'react';

import { ChoiceGroup, type Choice } from '@/components/ui/ChoiceGroup';
import { Icon, type IconName } from '@/components/ui/Icon';
import type { Theme } from '@/domain/model';
import { chooseTheme, startStore } from '@/stores/app-store';
import { useThemeChoice } from '@/stores/theme';

const OPTIONS: Choice<Theme>[] = (
  [
    ['system', 'System', 'monitor'],
    ['light', 'Light', 'sun'],
    ['dark', 'Dark', 'moon'],
  ] as const satisfies readonly (readonly [Theme, string, IconName])[]
).map(([value, name, icon]) => ({
  value,
  title: name,
  label: (
    <>
      <Icon name={icon} className="size-4.5" />
      <span className="sr-only">{name}</span>
    </>
  ),
}));

/**
 * System / Light / Dark as a segmented control built on native radios, so
 * arrow keys, focus and the checked state come from the browser. The store
 * persists the choice; until its chunk has loaded, stores/theme.ts shows the
 * stored one, so the control is right from the first paint.
 */
export function ThemeControl() {
  const theme = useThemeChoice();
  // The control follows the store's choice (another tab, an import): make sure the store is there to follow.
  // main.tsx has already asked for it; this is the same request.
  useEffect(() => {
    startStore().catch(() => {
      // Could not load: the control still changes the page, it just is not saved this visit.
    });
  }, []);

  return (
    <ChoiceGroup
      type="radio"
      layout="segmented"
      legend="Theme"
      legendHidden
      options={OPTIONS}
      value={theme}
      onChange={chooseTheme}
    />
  );
}
