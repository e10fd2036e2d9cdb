import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { describeWithBrowser, useApiAndBrowser } from './support/browser-suite.js';
import { openDemoAssessment } from './support/demo-assessment.js';
import { openPage, signIn } from './support/session.js';

// The ministry's focal point (a contributor who leads this element) builds the library and cites
// from it.
const elementKey = 'legal-and-regulatory-framework';
const question = 'legal-authority-enacted-law.q1';
const title = 'Identity Act 2019';
// A word found only in the text of the attached PDF.
const wordInFile = 'fingerprinting';

// A one-page PDF whose text layer reads `text` (as apps/api/test/support/evidence-fixtures.ts).
function pdfWithText(text: string): Buffer {
  const stream = `BT /F1 18 Tf 72 700 Td (${text}) Tj ET`;
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R ' +
      '/Resources << /Font << /F1 5 0 R >> >> >>',
    `<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ];
  let pdf = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(pdf.length);
    pdf += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = pdf.length;
  pdf += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  pdf += offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('');
  pdf += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(pdf, 'latin1');
}

const attach = (page: Page, name: string, buffer: Buffer) =>
  page
    .getByTestId('evidence-upload')
    .locator('input[type="file"]')
    .setInputFiles({ name, mimeType: 'application/pdf', buffer });

describeWithBrowser('the evidence library', () => {
  const suite = useApiAndBrowser();

  it('adds a law with its text, finds it by a word of that text and cites it', async () => {
    const { context, page } = await openPage(suite.browser);
    await signIn(page, suite.api.url, 'ministry@demo.local', '/assessments');
    const assessmentId = await openDemoAssessment(page, suite.api.url);

    await page.getByTestId('tab-evidence').click();
    await page.getByTestId('evidence-add-open').click();
    await page.getByTestId('evidence-title').fill(title);
    await page.getByTestId('evidence-article').fill('art. 5');
    await page.getByTestId('evidence-submit').click();
    await expect.poll(() => page.getByTestId('evidence-detail-title').textContent()).toBe(title);

    // A text file named .pdf is refused with a clear reason; a real PDF is kept.
    await attach(page, 'not-really.pdf', Buffer.from('just some text, not a PDF\n'));
    const refusal = page.getByTestId('evidence-upload-error');
    await expect.poll(() => refusal.getAttribute('data-code')).toBe('FILE_TYPE_REFUSED');
    expect(await refusal.innerText()).toContain('This type of file is not accepted');
    await attach(page, 'identity-act.pdf', pdfWithText(`Biometric ${wordInFile} of residents`));
    await expect
      .poll(() => page.getByTestId('evidence-file').allInnerTexts())
      .toEqual([expect.stringContaining('identity-act.pdf')]);
    expect(await refusal.count()).toBe(0);

    await page
      .getByTestId('evidence-detail')
      .getByRole('link', { name: 'Evidence library' })
      .click();
    await page.getByTestId('evidence-search').fill(wordInFile);
    await expect.poll(() => page.url()).toContain(`q=${wordInFile}`);
    await expect
      .poll(() => page.getByTestId('evidence-row').allInnerTexts())
      .toEqual([expect.stringContaining(title)]);

    await page.goto(`${suite.api.url}/assessments/${assessmentId}/elements/${elementKey}`);
    const citations = page.getByTestId(`evidence-${question}`);
    await citations.getByTestId('evidence-picker').fill(wordInFile);
    await page.getByRole('option', { name: `${title} · Law`, exact: true }).click();
    // The article of the law is where the pinpoint starts.
    const pinpoint = citations.getByTestId('evidence-pinpoint');
    await expect.poll(() => pinpoint.inputValue()).toBe('art. 5');
    await pinpoint.fill('art. 5(2)');
    await citations.getByTestId('evidence-add').click();
    await expect
      .poll(() => citations.getByTestId('evidence-ref-title').allInnerTexts())
      .toEqual([title]);
    expect(await citations.getByTestId('evidence-ref-pinpoint').innerText()).toBe('art. 5(2)');
    await context.close();
  }, 90_000);
});
