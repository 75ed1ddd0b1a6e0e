/** German: common (the English is ../../en/common.ts). */
import type { common } from '../../en/common.js';
import type { AreaTranslation } from '../../keys.js';

export default {
  'common.retry': 'Erneut versuchen',
  'common.loading': 'Wird geladen…',
  'common.close': 'Schließen',
  'common.cancel': 'Abbrechen',
  'common.copy': 'Kopieren',
  'common.copied': 'Kopiert',
  'common.none': '—',
  'common.noEndpoint':
    'Das Attribut {endpoint} dieses Widgets ist keine verwendbare http(s)-URL: „{value}“.',
  'common.noSource':
    'Dieses Widget hat keine Datenquelle: Legen Sie sein Attribut {endpoint} fest oder platzieren Sie es innerhalb von {provider}.',
  'error.cancelled': 'Die Anfrage wurde abgebrochen.',
  'error.unauthenticated':
    'Ihre Sitzung ist abgelaufen. Melden Sie sich erneut an, um Ihre Credits zu sehen.',
  'error.forbidden': 'Sie haben keine Berechtigung, dies anzuzeigen.',
  'error.timeout':
    'Der Credits-Dienst hat zu lange für die Antwort gebraucht. Versuchen Sie es gleich noch einmal.',
  'error.validation': 'Einige Felder müssen überprüft werden.',
  'error.internal':
    'Bei der Anzeige Ihrer Credits ist in diesem Widget selbst ein Problem aufgetreten. Versuchen Sie es erneut; falls es weiterhin auftritt, wenden Sie sich an den Support der Website.',
  'error.http': 'Der Credits-Dienst konnte nicht antworten (HTTP {status}).',
  'error.contract':
    'Der Credits-Dienst hat eine Antwort gesendet, die diese Seite nicht lesen kann. Versuchen Sie es erneut; wenn es weiter passiert, wenden Sie sich an den Support der Website.',
  'error.supportDetails': 'Details für den Support',
  'error.offline':
    'Sie scheinen offline zu sein. Überprüfen Sie Ihre Verbindung und versuchen Sie es erneut.',
  'error.cors':
    'Der Credits-Dienst hat dieser Seite nicht geantwortet. Möglicherweise akzeptiert er keine Anfragen von dieser Website (CORS): Wie man sie erlaubt, erfahren die Entwickler des Dienstes im README von credits-widgets unter „Cross-origin APIs“.',
  'error.network':
    'Der Credits-Dienst ist nicht erreichbar. Überprüfen Sie Ihre Verbindung und versuchen Sie es erneut.',
  'error.emptyPages': {
    one: 'Der Server hat immer wieder Seiten ohne Zeilen gesendet, jede mit Verweis auf eine weitere; das Laden wurde nach {count} leeren Seite in Folge beendet. Falls es weiterhin auftritt, wenden Sie sich an den Support der Website.',
    other:
      'Der Server hat immer wieder Seiten ohne Zeilen gesendet, jede mit Verweis auf eine weitere; das Laden wurde nach {count} leeren Seiten in Folge beendet. Falls es weiterhin auftritt, wenden Sie sich an den Support der Website.',
  },
  'error.pageLimit': {
    one: 'Das Laden wurde nach {count} Seite beendet, ohne das Ende der Liste zu erreichen. Falls die Liste wirklich so lang ist, grenzen Sie sie mit einem Filter ein; andernfalls wenden Sie sich an den Support der Website.',
    other:
      'Das Laden wurde nach {count} Seiten beendet, ohne das Ende der Liste zu erreichen. Falls die Liste wirklich so lang ist, grenzen Sie sie mit einem Filter ein; andernfalls wenden Sie sich an den Support der Website.',
  },
  'error.config':
    'Diese Seite setzt {setting} der Credits-Widgets auf „{value}“. Das ist nicht zulässig (erlaubt ist einer dieser Werte: {allowed}), daher wurde nichts angefragt. Es handelt sich um eine Einstellung der Seite, nicht um ein Problem mit Ihrer Verbindung: Wenden Sie sich an den Support der Website.',
  'error.configFetch':
    'Diese Seite übergibt den Credits-Widgets für {setting} einen Wert vom Typ {type}. Das ist nicht zulässig (erforderlich ist eine Funktion), daher wurde nichts angefragt. Es handelt sich um eine Einstellung der Seite, nicht um ein Problem mit Ihrer Verbindung: Wenden Sie sich an den Support der Website.',
  'error.configHeaders':
    'Diese Seite übergibt den Credits-Widgets für {setting} einen unbrauchbaren Wert vom Typ {type} (erforderlich ist ein Objekt aus Header-Namen und -Werten oder eine Funktion, die ein solches zurückgibt), daher wurde nichts angefragt. Es handelt sich um eine Einstellung der Seite, nicht um ein Problem mit Ihrer Verbindung: Wenden Sie sich an den Support der Website.',
} satisfies AreaTranslation<typeof common>;
