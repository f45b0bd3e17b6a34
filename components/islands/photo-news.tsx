import { createRoot } from 'react-dom/client';
import { PhotoNewsStrip } from '@/components/site/PhotoNewsStrip';
import type { IslandModule } from './islands';

export const mount: IslandModule<'photo-news'>['mount'] = (element, props) => {
  createRoot(element).render(<PhotoNewsStrip {...props} />);
};
