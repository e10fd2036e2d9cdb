import { createTheme } from '@mantine/core';

// System fonts only: nothing to download on a slow connection; Arabic falls back to fonts that
// ship with the operating system.
const fontFamily =
  'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Noto Sans Arabic", "Geeza Pro", Tahoma, Arial, sans-serif';

export const theme = createTheme({
  primaryColor: 'blue',
  primaryShade: { light: 7, dark: 5 }, // 4.5:1 contrast for white text on filled buttons
  fontFamily,
  headings: { fontFamily },
  defaultRadius: 'md',
  focusRing: 'auto',
});
