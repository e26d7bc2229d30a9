// The little an adviser's screen needs around fetch: JSON in, JSON or problem JSON out, typed by the contract.
import type { components } from '../target/types/account-service';

export type Problem = components['schemas']['Problem'];

export class ProblemError extends Error {
  constructor(readonly problem: Problem) {
    super(`${problem.status} ${problem.title}`);
  }
}

export async function call<T>(base: string, token: string, method: string, path: string, body?: unknown): Promise<T> {
  const response = await fetch(base + path, {
    method,
    headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json', Accept: 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (!response.ok) {
    throw new ProblemError((await response.json()) as Problem);
  }
  return (response.status === 204 ? undefined : await response.json()) as T;
}
