import { PDFParse } from 'pdf-parse';
import { expect } from 'vitest';
import type { TestClient } from './http-client.js';

/** Downloads a PDF and reads its text the way a reader copying it would (words, not line breaks). */
export async function pdfText(client: TestClient, url: string) {
  const response = await client.get(url);
  expect(response.statusCode, response.body).toBe(200);
  expect(response.headers['content-type']).toBe('application/pdf');
  const parser = new PDFParse({ data: new Uint8Array(response.rawPayload) });
  const result = await parser.getText();
  // Lines wrap where a column or the page ends; compare the words.
  return { text: result.text.replace(/\s+/g, ' '), pages: result.pages.length, disposition: String(response.headers['content-disposition']) };
}
