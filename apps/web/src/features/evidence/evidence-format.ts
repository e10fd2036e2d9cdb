// Sizes and dates of the library in the interface language.
// A file's size: "820 bytes", "1.4 MB", "1,4 Mo".
export function formatBytes(bytes: number, language: string): string {
  const units = ['byte', 'kilobyte', 'megabyte', 'gigabyte'] as const;
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  return new Intl.NumberFormat(language, {
    style: 'unit',
    unit: units[unit],
    unitDisplay: unit === 0 ? 'long' : 'short',
    maximumFractionDigits: unit === 0 ? 0 : 1,
  }).format(value);
}

// A source's date is a calendar day (YYYY-MM-DD), not an instant: read it as that day where the
// viewer is, so that it never shows as the day before west of Greenwich.
export const calendarDay = (day: string): string => `${day}T00:00:00`;
