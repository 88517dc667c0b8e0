import { KINDS, type Category, type KindInfo } from '../../model';

export interface PaletteGroup {
  category: Category;
  title: string;
  items: KindInfo[];
}

const TITLES: Record<Category, string> = {
  producer: 'Producers',
  router: 'Routers',
  compute: 'Compute',
  store: 'Stores',
};
const ORDER: Category[] = ['producer', 'router', 'compute', 'store'];

/** The kinds grouped by category, keeping only those whose title, service or kind match. */
export function paletteGroups(query = ''): PaletteGroup[] {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  const matches = (k: KindInfo) => {
    const text = `${k.title} ${k.service} ${k.kind} ${TITLES[k.category]}`.toLowerCase();
    return words.every((w) => text.includes(w));
  };
  return ORDER.map((category) => ({
    category,
    title: TITLES[category],
    items: KINDS.filter((k) => k.category === category && matches(k)),
  })).filter((g) => g.items.length > 0);
}
