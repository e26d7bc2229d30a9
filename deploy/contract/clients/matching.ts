// matching-service: propose a candidate, read the proposal, page through proposals, show a refusal.
import type { paths } from '../target/types/matching-service';
import { call, ProblemError } from './http';

type DraagVoor = paths['/voordrachten']['post'];
type Body = DraagVoor['requestBody']['content']['application/json'];
type Created = DraagVoor['responses']['201']['content']['application/json'];
type Read = paths['/voordrachten/{id}']['get']['responses']['200']['content']['application/json'];
type Page = paths['/voordrachten']['get']['responses']['200']['content']['application/json'];
type Matches = paths['/vacatures/{id}/matches']['get']['responses']['200']['content']['application/json'];
type Refused = DraagVoor['responses']['400']['content']['application/problem+json'];

export async function voordrachten(base: string, token: string, vacatureId: string): Promise<string[]> {
  const matches = await call<Matches>(base, token, 'GET', `/vacatures/${vacatureId}/matches`);
  const lines: string[] = [];
  for (const m of matches.resultaten ?? []) lines.push(`${m.rang}. ${m.kandidaatId} ${m.geschiktheid}`);
  const eerste = matches.resultaten?.[0]?.kandidaatId;
  if (eerste) {
    const body: Body = { vacatureId, kandidaatId: eerste };
    const created = await call<Created>(base, token, 'POST', '/voordrachten', body);
    const read = await call<Read>(base, token, 'GET', `/voordrachten/${created.id}`);
    lines.push(`${read.status} door ${read.voorgedragenDoor}`);
  }
  const page = await call<Page>(base, token, 'GET', `/voordrachten?vacature=${vacatureId}`);
  for (const v of page.resultaten ?? []) lines.push(`${v.kandidaatId} ${v.status}`);
  try {
    await call<Created>(base, token, 'POST', '/voordrachten', { vacatureId: 'geen-uuid', kandidaatId: 'x' });
  } catch (e) {
    if (e instanceof ProblemError) {
      const refused: Refused = e.problem;
      lines.push(`${refused.status} ${refused.title}`);
    }
  }
  return lines;
}

// Deployment requests waiting for my partner's decision: a page, with the status as an enumeration.
type Inzetten = paths['/instrument-inzetten']['get'];
type InzetStatus = NonNullable<NonNullable<Inzetten['parameters']['query']>['status']>;

export async function wachtendeInzetten(base: string, token: string, partner: string): Promise<string[]> {
  const status: InzetStatus = 'aangevraagd';
  const page: Inzetten['responses']['200']['content']['application/json'] = await call(base, token, 'GET',
    `/instrument-inzetten?betalendePartner=${partner}&status=${status}&limiet=20`);
  return (page.resultaten ?? []).map((i) => `${i.soort} ${i.kandidaatId} ${i.status} voor ${i.beslissenVoor}`);
}
