// An adviser's screen on account-service: register an employer, read it back, page through the list, show a refusal.
import type { paths } from '../target/types/account-service';
import { call, ProblemError } from './http';

type Registreer = paths['/werkgevers']['post'];
type Body = Registreer['requestBody']['content']['application/json'];
type Created = Registreer['responses']['201']['content']['application/json'];
type Read = paths['/werkgevers/{id}']['get']['responses']['200']['content']['application/json'];
type Page = paths['/werkgevers']['get']['responses']['200']['content']['application/json'];
type Refused = Registreer['responses']['400']['content']['application/problem+json'];

export async function werkgevers(base: string, token: string): Promise<string[]> {
  const body: Body = { kvkNummer: '12345678', naam: 'Bakkerij De Eem', vestigingsgemeente: 'Amersfoort',
    sector: 'detailhandel', aantalWerknemers: 12 };
  const created = await call<Created>(base, token, 'POST', '/werkgevers', body);
  const read = await call<Read>(base, token, 'GET', `/werkgevers/${created.id}`);
  const names: string[] = [read.naam ?? ''];
  let cursor: string | undefined;
  do {
    const page: Page = await call<Page>(base, token, 'GET', `/werkgevers?limiet=50${cursor ? `&cursor=${cursor}` : ''}`);
    for (const w of page.resultaten ?? []) names.push(`${w.naam} (${w.regio})`);
    cursor = page.volgendeCursor;
  } while (cursor);
  try {
    await call<Created>(base, token, 'POST', '/werkgevers', { ...body, kvkNummer: 'x' });
  } catch (e) {
    if (e instanceof ProblemError) {
      const refused: Refused = e.problem;
      for (const p of refused.invalidParams ?? []) names.push(`${p.name}: ${p.reason}`);
    }
  }
  return names;
}

// The visit list, once a bare array, is a page like every list that can grow.
type Bezoeken = paths['/werklijsten/bezoeken']['get']['responses']['200']['content']['application/json'];

export async function bezoeklijst(base: string, token: string, accountmanagerId: string): Promise<string[]> {
  const lines: string[] = [];
  let cursor: string | undefined;
  do {
    const page: Bezoeken = await call<Bezoeken>(base, token, 'GET',
      `/werklijsten/bezoeken?accountmanagerId=${accountmanagerId}${cursor ? `&cursor=${cursor}` : ''}`);
    for (const w of page.resultaten ?? []) lines.push(`${w.accountmanagerNaam ?? '-'}: ${w.naam} ${w.laatsteBezoek ?? 'nooit'}`);
    cursor = page.volgendeCursor;
  } while (cursor);
  return lines;
}
