import { createFileRoute } from '@tanstack/react-router';
import { guides } from 'virtual:question-bank';

import { LibraryHome } from '@/features/library/GuideList';

export const Route = createFileRoute('/')({
  component: HomeRoute,
});

function HomeRoute() {
  return <LibraryHome guides={guides} />;
}
