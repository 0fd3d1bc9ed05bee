import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { api } from '@rights-outreach/shared';
import { openapiDocument } from '../../../scripts/lib/openapiDocument';

const committed = join(__dirname, '..', '..', '..', 'docs', 'openapi.json');

describe('docs/openapi.json', () => {
  const document = openapiDocument();

  it('is what `npm run openapi` makes of the contract today (run it and commit the file)', () => {
    expect(readFileSync(committed, 'utf8')).toBe(`${JSON.stringify(document, null, 2)}\n`);
  });

  it('is OpenAPI 3.1 with one operation per contract endpoint, named like it', () => {
    const operations = Object.values(document.paths ?? {}).flatMap((item) =>
      Object.values(item as Record<string, { operationId?: string }>).map((operation) => operation.operationId),
    );

    expect(document.openapi).toBe('3.1.0');
    expect(operations.sort()).toEqual(Object.keys(api).sort());
  });
});
