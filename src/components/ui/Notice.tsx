/**
 * A tinted panel that tells the user something about their data or an
 * action: `info`, `success`, `warning` or `danger`, on the theme's tone tokens.
 *
 * Its role follows the tone unless given: `danger` is an `alert` (announced at
 * once), the others a polite `status`. `announce={false}` gives no role, for a
 * notice that is on the page from the start and so needs no announcing; `role`
 * gives another (`group` for a confirmation with buttons). `title` is a bold
 * first line (in a `p`, a bold run before the text).
 */
import type { AriaRole, ComponentProps, ReactNode } from 'react';

import { cn } from '@/lib/cn';

import { toneStyles, type Tone } from './tones';

export type { Tone } from './tones';

export interface NoticeProps extends Omit<ComponentProps<'div'>, 'role' | 'title'> {
  tone: Tone;
  /** `alert` for danger and `status` otherwise unless given. */
  role?: AriaRole;
  /** False for no live role at all. */
  announce?: boolean;
  /** A <p> for a single line of text; a <div> (the default) for anything more. */
  as?: 'div' | 'p';
  title?: ReactNode;
}

/** The panel's classes, for a tinted element that is not a Notice (a full-width band). */
export const noticeTone = (tone: Tone) => toneStyles[tone].panel;

export function Notice({
  tone,
  role,
  announce = true,
  as: Element = 'div',
  title,
  className,
  children,
  ...rest
}: NoticeProps) {
  const resolvedRole = announce ? (role ?? (tone === 'danger' ? 'alert' : 'status')) : undefined;
  return (
    <Element
      role={resolvedRole}
      className={cn('rounded-xl border px-4 py-3', noticeTone(tone), className)}
      {...(rest as ComponentProps<'p'>)}
    >
      {title ? (
        Element === 'p' ? (
          <strong className="font-semibold">{title}</strong>
        ) : (
          <p className="font-semibold">{title}</p>
        )
      ) : null}
      {title && Element === 'p' ? ' ' : null}
      {children}
    </Element>
  );
}
