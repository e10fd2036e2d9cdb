import type { Page } from 'playwright-core';

// The demo seed's assessment, which every demo account except the admin's takes part in.
export const demoAssessmentTitle = 'Republic of Example';

// Opens the demo assessment from the signed-in person's list and returns its id.
export async function openDemoAssessment(page: Page, baseUrl: string): Promise<string> {
  await page.goto(`${baseUrl}/assessments`);
  await page.getByRole('link', { name: demoAssessmentTitle, exact: true }).click();
  await page.getByTestId('assessment-heading').waitFor();
  const match = /\/assessments\/([^/]+)/.exec(new URL(page.url()).pathname);
  if (!match?.[1]) {
    throw new Error(`not on an assessment page: ${page.url()}`);
  }
  return match[1];
}
