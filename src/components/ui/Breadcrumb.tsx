/**
 * The trail of pages above a page's title: the links up (`children`, router
 * links such as `TextLink`), then where one is (`current`, not a link).
 *
 * Each separator belongs to the item after it, so a wrap never strands one at
 * a line end. The first link and the current page keep their width; a link
 * in between may shrink (give it `block truncate` and a `title`).
 */
import { Children, type ReactNode } from 'react';

import { Icon } from './Icon';

export interface BreadcrumbProps {
  /** The links up, outermost first. */
  children: ReactNode;
  /** The page one is on. */
  current: ReactNode;
}

function Separator() {
  return <Icon name="chevronRight" className="size-3.5" />;
}

export function Breadcrumb({ children, current }: BreadcrumbProps) {
  const links = Children.toArray(children);
  return (
    <nav aria-label="Breadcrumb">
      <ol className="flex min-w-0 items-center gap-1.5 text-sm text-fg-muted">
        {links.map((link, index) =>
          index === 0 ? (
            <li key={index} className="shrink-0">
              {link}
            </li>
          ) : (
            <li key={index} className="flex min-w-0 items-center gap-1.5">
              <Separator />
              {link}
            </li>
          ),
        )}
        <li className="flex shrink-0 items-center gap-1.5">
          {links.length > 0 ? <Separator /> : null}
          <span aria-current="page">{current}</span>
        </li>
      </ol>
    </nav>
  );
}
