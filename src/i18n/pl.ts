import type { ConsentStrings } from './consent-strings.js';

/** Polish (polski). */
const pl: ConsentStrings = {
  $code: 'pl',
  $dir: 'ltr',
  heading: 'Pliki cookie na tej stronie',
  message:
    'Używamy plików cookie niezbędnych do działania tej strony. Za Twoją zgodą używamy też opcjonalnych plików cookie w wybranych przez Ciebie celach. Swój wybór możesz zmienić w dowolnym momencie.',
  noticeMessage: 'Ta strona używa plików cookie.',
  optOutMessage:
    'Używamy plików cookie, także do celów analitycznych i reklamowych. Możesz sprzeciwić się sprzedaży lub udostępnianiu swoich danych osobowych.',
  acceptAll: 'Akceptuj wszystkie',
  rejectAll: 'Odrzuć wszystkie',
  acknowledge: 'OK',
  accept: 'Akceptuj',
  doNotSell: 'Nie sprzedawaj ani nie udostępniaj moich danych osobowych',
  preferences: 'Ustawienia',
  save: 'Zapisz wybór',
  policy: 'Więcej informacji',
  preferencesTitle: 'Ustawienia prywatności',
  preferencesIntro:
    'Wybierz, których plików cookie możemy używać. Niezbędne pliki cookie są zawsze włączone: bez nich strona nie może działać. Swój wybór możesz zmienić w dowolnym momencie.',
  reopenHint: 'Aby tu wrócić, użyj przycisku z ikoną cookie w rogu strony.',
  close: 'Zamknij',
  settings: 'Ustawienia plików cookie',
  gpcHonoured:
    'Twoja przeglądarka wysłała sygnał Global Privacy Control. Uwzględniliśmy go: nie sprzedajemy ani nie udostępniamy Twoich danych osobowych.',
  cookies: 'Pliki cookie:',
  services: { one: '{count} usługa', few: '{count} usługi', many: '{count} usług', other: '{count} usługi' },
  servicePolicy: 'Polityka prywatności usługi {service}',
  declarationCookies: 'Używane pliki cookie',
  declarationState: 'Twój wybór',
  stateGranted: 'Dozwolone',
  stateDenied: 'Niedozwolone',
  stateUndecided: 'Jeszcze nie wybrano',
  stateAlways: 'Zawsze dozwolone',
  consentId: 'Identyfikator Twojej zgody',
  consentDate: 'Data Twojego wyboru',
  noDecision: 'Nie dokonano jeszcze wyboru.',
  placeholderBlocked: 'Ta treść jest zablokowana, ponieważ używa plików cookie: {categories}.',
  placeholderAllow: 'Zezwól na pliki cookie ({categories}) i wczytaj',
  categories: {
    necessary: [
      'Niezbędne',
      'Zapewniają działanie i bezpieczeństwo strony oraz zapamiętują ten wybór. Zawsze włączone.',
    ],
    functional: [
      'Funkcjonalne',
      'Zapamiętują Twoje ustawienia, np. język lub region, aby personalizować stronę.',
    ],
    analytics: [
      'Analityczne',
      'Liczą odwiedziny i pokazują, jak strona jest używana, abyśmy mogli ją ulepszać.',
    ],
    marketing: [
      'Marketingowe',
      'Wyświetlają Ci dopasowane reklamy i mierzą ich skuteczność, tu i na innych stronach. Mogą przy tym udostępniać Twoje dane partnerom reklamowym.',
    ],
  },
};

export default pl;
