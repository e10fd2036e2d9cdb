// Join codes are six characters from an alphabet without 0/O/1/I. People read them off a wall
// screen and type them on a phone, so spaces, dashes and lower case are forgiven.
export const joinCodeLength = 6;

export function normaliseJoinCode(input: string): string {
  return input.replace(/[^0-9a-z]/gi, '').toUpperCase();
}

export function isCompleteJoinCode(input: string): boolean {
  return normaliseJoinCode(input).length === joinCodeLength;
}

// "ABC123" is shown as "ABC 123": two groups of three are easier to read aloud and to copy.
export function displayJoinCode(code: string): string {
  const clean = normaliseJoinCode(code);
  return clean.length === joinCodeLength ? `${clean.slice(0, 3)} ${clean.slice(3)}` : clean;
}
