/** Where the banner shows (the `position` attribute). */
export const BannerPosition = {
  BOTTOM: 'bottom',
  TOP: 'top',
  BOTTOM_LEFT: 'bottom-left',
  BOTTOM_RIGHT: 'bottom-right',
  CENTER: 'center',
} as const;
export type BannerPosition = (typeof BannerPosition)[keyof typeof BannerPosition];

/** The banner's colours (the `theme` attribute): `auto` follows `prefers-color-scheme`. */
export const BannerTheme = { AUTO: 'auto', LIGHT: 'light', DARK: 'dark' } as const;
export type BannerTheme = (typeof BannerTheme)[keyof typeof BannerTheme];
