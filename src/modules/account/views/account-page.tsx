import type { ViewContext } from '../../../platform/views/context.ts';
import { Layout } from '../../../platform/views/layout.tsx';
import type { GrantView } from '../../../platform/identity/accounts.repository.ts';

export interface AccountView {
  displayName: string;
  email: string;
  grants: GrantView[];
  totpEnabledAt: Date | null;
  sessions: number;
}

/** The signed-in person's overview: who they are, their roles and where, the second factor, open sessions. */
export function AccountPage({ ctx, account }: { ctx: ViewContext; account: AccountView }) {
  const { t, locale } = ctx;
  return (
    <Layout ctx={ctx} title={t('account.page.title')}>
      <h1 class="kern-heading-large">{t('account.page.title')}</h1>
      <dl class="z-flow">
        <dt class="kern-label">{t('account.field.displayName')}</dt>
        <dd class="kern-body">{account.displayName}</dd>
        <dt class="kern-label">{t('account.field.email')}</dt>
        <dd class="kern-body">{account.email}</dd>
      </dl>
      <h2 class="kern-heading-medium">{t('account.page.roles')}</h2>
      {account.grants.length === 0 ? (
        <p class="kern-body">{t('account.page.noRoles')}</p>
      ) : (
        <table class="kern-table">
          <thead class="kern-table__head">
            <tr class="kern-table__row">
              <th class="kern-table__header" scope="col">
                {t('account.page.role')}
              </th>
              <th class="kern-table__header" scope="col">
                {t('account.page.where')}
              </th>
            </tr>
          </thead>
          <tbody class="kern-table__body">
            {account.grants.map((g) => (
              <tr class="kern-table__row">
                <td class="kern-table__cell">{t(`account.role.${g.role}`)}</td>
                <td class="kern-table__cell">{g.municipalityName ?? t('account.scope.state')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <h2 class="kern-heading-medium">{t('account.page.security')}</h2>
      <p class="kern-body">
        {account.totpEnabledAt
          ? t('account.page.totpOn', { date: ctx.date(account.totpEnabledAt) })
          : t('account.page.totpOff')}
      </p>
      {!account.totpEnabledAt && (
        <p class="kern-body">
          <a class="kern-link" href={`/${locale}/account/totp`}>
            {t('account.page.totpSetup')}
          </a>
        </p>
      )}
      <p class="kern-body">{t('account.page.sessions', { count: account.sessions })}</p>
    </Layout>
  );
}
