// vacancy-service: open a vacancy, read it, page through the vacancies, follow the change feed, show a refusal.
import type { paths } from '../target/types/vacancy-service';
import { call, ProblemError } from './http';

type Open = paths['/vacatures']['post'];
type Body = Open['requestBody']['content']['application/json'];
type Created = Open['responses']['201']['content']['application/json'];
type Read = paths['/vacatures/{id}']['get']['responses']['200']['content']['application/json'];
type Page = paths['/vacatures']['get']['responses']['200']['content']['application/json'];
type Feed = paths['/vacature-wijzigingen']['get']['responses']['200']['content']['application/json'];
type Refused = Open['responses']['400']['content']['application/problem+json'];

export async function vacatures(base: string, token: string, werkgeverId: string): Promise<string[]> {
  const body: Body = { werkgeverId, titel: 'Bakker', escoBeroep: 'http://data.europa.eu/esco/occupation/x',
    urenPerWeek: 32, aantalPosities: 1, werklocatieGemeente: 'Amersfoort', contractvorm: 'vast' };
  const created = await call<Created>(base, token, 'POST', '/vacatures', body);
  const read = await call<Read>(base, token, 'GET', `/vacatures/${created.id}`);
  const lines: string[] = [`${read.titel}: ${read.status} tot ${read.eigenBestandTot}`];
  const page = await call<Page>(base, token, 'GET', '/vacatures?limiet=50');
  for (const v of page.resultaten ?? []) lines.push(`${v.titel} ${v.status}`);
  const feed = await call<Feed>(base, token, 'GET', '/vacature-wijzigingen?limiet=100');
  for (const event of feed.resultaten ?? []) lines.push(`${event.id} ${event.type} ${event.subject} ${event.time}`);
  try {
    await call<Created>(base, token, 'POST', '/vacatures', { ...body, urenPerWeek: -1 });
  } catch (e) {
    if (e instanceof ProblemError) {
      const refused: Refused = e.problem;
      lines.push(`${refused.status} ${refused.type}`);
    }
  }
  return lines;
}
