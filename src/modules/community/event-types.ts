import type { Tenant } from '../../platform/db/tenant.ts';
import type { Executor } from '../../platform/db/types.ts';
import type { Locale } from '../../platform/i18n/locales.ts';
import { summarize, type UseCase, useCaseTenant } from '../../platform/usecase/run-use-case.ts';
import { BUILT_IN_EVENT_TYPES } from './community.tables.ts';
import { invalidEvent } from './events.policy.ts';
import type { TypeInput } from './events.schema.ts';
import { insertType, type OwnType, ownTypes } from './event-types.repository.ts';

/** An event type as shown: its key and its label in the reader's language. */
export interface TypeChoice {
  key: string;
  label: string;
  builtIn: boolean;
}

/** A type's label: the catalog's for a built-in type, else the municipality's in the language or in German. */
export function typeLabel(t: (key: string) => string, own: readonly OwnType[], key: string, locale: Locale): string {
  if ((BUILT_IN_EVENT_TYPES as readonly string[]).includes(key)) return t(`community.type.${key}`);
  const o = own.find((x) => x.key === key);
  return o ? (o.labels[locale] ?? o.labels.de ?? key) : key;
}

/** Every type a municipality's events may have: the built-in ones first, then its own. */
export async function typeChoices(
  db: Executor,
  tenant: Tenant,
  t: (key: string) => string,
  locale: Locale,
): Promise<{ choices: TypeChoice[]; own: OwnType[] }> {
  const own = await ownTypes(db, tenant);
  const choices = [
    ...BUILT_IN_EVENT_TYPES.map((key) => ({ key, label: t(`community.type.${key}`), builtIn: true })),
    ...own.map((o) => ({ key: o.key, label: o.labels[locale] ?? o.labels.de ?? o.key, builtIn: false })),
  ];
  return { choices, own };
}

/** True when the key is a built-in type or one of the municipality's own. */
export async function typeExists(db: Executor, tenant: Tenant, key: string): Promise<boolean> {
  if ((BUILT_IN_EVENT_TYPES as readonly string[]).includes(key)) return true;
  return (await ownTypes(db, tenant)).some((o) => o.key === key);
}

/** Adds a municipality's own type; a key a built-in type or another own type has is refused on the key field. */
export async function addEventType(uc: UseCase, input: TypeInput): Promise<void> {
  const labels: Record<string, string> = {};
  for (const [k, v] of Object.entries(input)) if (k.startsWith('label_') && v) labels[k.slice(6)] = v;
  const taken = (BUILT_IN_EVENT_TYPES as readonly string[]).includes(input.key);
  if (taken || !(await insertType(uc.tx, useCaseTenant(uc), { key: input.key, labels }))) {
    throw invalidEvent({ key: { key: 'community.events.error.typeTaken' } });
  }
  const after = summarize({ key: input.key, languages: Object.keys(labels).join(',') }, ['key', 'languages']);
  uc.record({ action: 'create', subjectType: 'community.event_type', subjectId: null, after });
}
