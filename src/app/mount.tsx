import type { ReactNode } from 'react';
import { createRoot } from 'react-dom/client';

/** Renders a surface into the page's root element. */
export function mount(ui: ReactNode): void {
  const element = document.getElementById('root');
  if (!element) throw new Error('The page has no #root element.');
  createRoot(element).render(ui);
}
