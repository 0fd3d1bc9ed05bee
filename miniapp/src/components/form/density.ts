import { createContext, useContext } from 'react';

/**
 * How roomy the form controls are: `touch` (the staff pages, one thumb on a phone: ≥ 48 px
 * targets) or `desk` (the admin area, mostly a desktop browser: denser rows). The admin page
 * frame provides `desk`; everything else gets `touch`.
 */
export type Density = 'touch' | 'desk';

export const DensityContext = createContext<Density>('touch');

/** The density of the surrounding page. */
export function useDensity(): Density {
  return useContext(DensityContext);
}
