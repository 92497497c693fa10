import type { ManifestSeedStep } from '../../platform/modules/manifest.ts';
import { seedId } from '../../platform/modules/seed-context.ts';
import { insertFeedback } from './feedback.repository.ts';

/** Feedback as people write it: short, about a page, in their language; some with an address for an answer. */
const DEMO_FEEDBACK: readonly {
  municipality: string | null;
  message: string;
  page: string | null;
  email: string | null;
  locale: 'de' | 'ar' | 'uk' | 'fa' | 'en';
}[] = [
  {
    municipality: 'meppen',
    message: 'Auf der Seite von Meppen fehlt die Telefonnummer des Integrationsbüros.',
    page: '/de/m/meppen',
    email: null,
    locale: 'de',
  },
  {
    municipality: 'meppen',
    message: 'الخط في القائمة صغير جداً على هاتفي.',
    page: '/ar/m/meppen',
    email: 'leser@example.org',
    locale: 'ar',
  },
  {
    municipality: 'osnabrueck',
    message: 'Опис кварталу Шинкель ще німецькою. Чи буде переклад українською?',
    page: '/uk/m/osnabrueck/quartiere/schinkel',
    email: null,
    locale: 'uk',
  },
  {
    municipality: 'hannover',
    message: 'متن صفحه حریم خصوصی برای من طولانی است. لطفاً خلاصه‌ای بنویسید.',
    page: '/fa/privacy',
    email: null,
    locale: 'fa',
  },
  {
    municipality: 'asendorf',
    message: 'Der Link zur Erklärung zur Barrierefreiheit im Fuß der Seite ist mit der Tastatur schwer zu finden.',
    page: '/de/m/asendorf',
    email: 'hinweis@example.org',
    locale: 'de',
  },
  {
    municipality: null,
    message: 'The language menu could show each language in its own script.',
    page: '/en/',
    email: null,
    locale: 'en',
  },
];

/** Demo: a few messages in each inbox (municipalities and the state), so that the inbox shows its work at once. */
export const feedbackSeed: ManifestSeedStep = {
  name: 'site.feedback',
  // After every other step: it needs the municipalities, which the directory seeds.
  order: 900,
  async run(tx, ctx) {
    for (const f of DEMO_FEEDBACK) {
      const municipalityId = f.municipality ? seedId(ctx, 'municipality', f.municipality) : null;
      await insertFeedback(tx, {
        message: f.message,
        pageUrl: f.page,
        email: f.email,
        locale: f.locale,
        municipalityId,
      });
    }
  },
};
