// reporting-service: set a target, read it, page through targets, show a refusal.
import type { paths } from '../target/types/reporting-service';
import { call, ProblemError } from './http';

type StelVast = paths['/doelstellingen']['post'];
type Body = StelVast['requestBody']['content']['application/json'];
type Created = StelVast['responses']['201']['content']['application/json'];
type Read = paths['/doelstellingen/{id}']['get']['responses']['200']['content']['application/json'];
type Page = paths['/doelstellingen']['get']['responses']['200']['content']['application/json'];
type Refused = StelVast['responses']['400']['content']['application/problem+json'];

export async function doelstellingen(base: string, token: string): Promise<string[]> {
  const body: Body = { regio: 'amersfoort', jaar: 2027, soort: 'plaatsingen', aantal: 140 };
  const created = await call<Created>(base, token, 'POST', '/doelstellingen', body);
  const read = await call<Read>(base, token, 'GET', `/doelstellingen/${created.id}`);
  const lines: string[] = [`${read.regio} ${read.jaar}: ${read.aantal}`];
  let cursor: string | undefined;
  do {
    const page: Page = await call<Page>(base, token, 'GET',
      `/doelstellingen?regio=amersfoort${cursor ? `&cursor=${cursor}` : ''}`);
    for (const d of page.resultaten ?? []) lines.push(`${d.soort} ${d.aantal}`);
    cursor = page.volgendeCursor;
  } while (cursor);
  try {
    await call<Created>(base, token, 'POST', '/doelstellingen', { ...body, aantal: -1 });
  } catch (e) {
    if (e instanceof ProblemError) {
      const refused: Refused = e.problem;
      lines.push(`${refused.status} ${refused.detail}`);
    }
  }
  return lines;
}
