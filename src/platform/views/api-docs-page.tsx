import type { ViewContext } from './context.ts';
import { Layout } from './layout.tsx';

/** One parameter of an operation, as the OpenAPI document describes it. */
export interface ApiParameter {
  name: string;
  in: string;
  required: boolean;
  type: string;
  description?: string;
}

/** One operation: method, path, what it does, its parameters. */
export interface ApiOperation {
  method: string;
  path: string;
  summary?: string;
  description?: string;
  tags: string[];
  parameters: ApiParameter[];
}

/** Where the machine-readable document is served (see openapi.ts). */
const OPENAPI_URL = '/api/openapi.json';

const slug = (s: string) => s.toLowerCase().replace(/[^a-z0-9]+/g, '-') || 'other';

function Operation({ ctx, op }: { ctx: ViewContext; op: ApiOperation }) {
  const { t } = ctx;
  return (
    <li class="z-api-op">
      <h3 class="kern-heading-small">
        <span class="z-method">{op.method}</span> <code>{op.path}</code>
      </h3>
      {/* The document's texts are written in English. */}
      {op.summary && (
        <p class="kern-body" lang="en">
          {op.summary}
        </p>
      )}
      {op.description && (
        <p class="kern-body kern-body--muted" lang="en">
          {op.description}
        </p>
      )}
      {op.parameters.length === 0 ? (
        <p class="kern-body kern-body--small">{t('apiDocs.noParameters')}</p>
      ) : (
        <>
          <p class="kern-label">{t('apiDocs.parameters')}</p>
          <dl class="kern-description-list">
            {op.parameters.map((p) => (
              <div class="kern-description-list-item">
                <dt class="kern-description-list-item__key">
                  <code>{p.name}</code> ({p.in}, {p.type}
                  {p.required ? `, ${t('apiDocs.required')}` : ''})
                </dt>
                <dd class="kern-description-list-item__value" lang="en">
                  {p.description ?? ''}
                </dd>
              </div>
            ))}
          </dl>
        </>
      )}
    </li>
  );
}

/** The API reference as a plain page: the operations of the OpenAPI document, grouped by tag. No script. */
export function ApiDocsPage({ ctx, operations }: { ctx: ViewContext; operations: ApiOperation[] }) {
  const { t } = ctx;
  const groups = new Map<string, ApiOperation[]>();
  for (const op of operations) {
    const tag = op.tags[0] ?? '';
    groups.set(tag, [...(groups.get(tag) ?? []), op]);
  }
  return (
    <Layout ctx={ctx} title={t('apiDocs.title')}>
      <h1 class="kern-heading-large">{t('apiDocs.title')}</h1>
      <p class="kern-body z-flow">
        {t('apiDocs.intro')}{' '}
        <a class="kern-link" href={OPENAPI_URL} type="application/json">
          <code>{OPENAPI_URL}</code>
        </a>
      </p>
      {operations.length === 0 && <p class="kern-body">{t('apiDocs.empty')}</p>}
      {[...groups].map(([tag, ops]) => (
        <section aria-labelledby={`tag-${slug(tag)}`}>
          <h2 class="kern-heading-medium" id={`tag-${slug(tag)}`} lang="en">
            {tag}
          </h2>
          <ul class="z-api-list">
            {ops.map((op) => (
              <Operation ctx={ctx} op={op} />
            ))}
          </ul>
        </section>
      ))}
    </Layout>
  );
}
