/** French: common (the English is ../../en/common.ts). */
import type { common } from '../../en/common.js';
import type { AreaTranslation } from '../../keys.js';

export default {
  'common.retry': 'Réessayer',
  'common.loading': 'Chargement…',
  'common.close': 'Fermer',
  'common.cancel': 'Annuler',
  'common.copy': 'Copier',
  'common.copied': 'Copié',
  'common.none': '—',
  'common.noEndpoint':
    'L’attribut {endpoint} de ce widget n’est pas une URL http(s) utilisable : « {value} ».',
  'common.noSource':
    'Ce widget n’a pas de source de données : définissez son attribut {endpoint} ou placez-le dans un élément {provider}.',
  'error.cancelled': 'La requête a été annulée.',
  'error.unauthenticated': 'Votre session a expiré. Reconnectez-vous pour voir vos crédits.',
  'error.forbidden': 'Vous n’avez pas l’autorisation de consulter ces informations.',
  'error.timeout':
    'Le service de crédits a mis trop de temps à répondre. Réessayez dans un instant.',
  'error.validation': 'Certains champs nécessitent votre attention.',
  'error.internal':
    'Ce widget a rencontré un problème interne lors de l’affichage de vos crédits. Réessayez ; si le problème persiste, contactez le support du site.',
  'error.http': 'Le service de crédits n’a pas pu répondre (HTTP {status}).',
  'error.contract':
    'Le service de crédits a envoyé une réponse que cette page ne peut pas lire. Réessayez ; si cela se reproduit, contactez le support du site.',
  'error.supportDetails': 'Détails pour le support',
  'error.offline': 'Vous semblez être hors ligne. Vérifiez votre connexion et réessayez.',
  'error.cors':
    'Le service de crédits n’a pas répondu à cette page. Il n’accepte peut-être pas les requêtes provenant de ce site (CORS) : ses développeurs trouveront comment les autoriser dans le README de credits-widgets, section « Cross-origin APIs ».',
  'error.network':
    'Impossible de joindre le service de crédits. Vérifiez votre connexion et réessayez.',
  'error.emptyPages': {
    one: 'Le serveur a continué d’envoyer des pages sans lignes, chacune renvoyant à une autre : le chargement s’est arrêté après {count} page vide d’affilée. Si le problème persiste, contactez le support du site.',
    many: 'Le serveur a continué d’envoyer des pages sans lignes, chacune renvoyant à une autre : le chargement s’est arrêté après {count} pages vides d’affilée. Si le problème persiste, contactez le support du site.',
    other:
      'Le serveur a continué d’envoyer des pages sans lignes, chacune renvoyant à une autre : le chargement s’est arrêté après {count} pages vides d’affilée. Si le problème persiste, contactez le support du site.',
  },
  'error.pageLimit': {
    one: 'Le chargement s’est arrêté après {count} page sans atteindre la fin de la liste. Si la liste est vraiment aussi longue, réduisez-la avec un filtre ; sinon, contactez le support du site.',
    many: 'Le chargement s’est arrêté après {count} pages sans atteindre la fin de la liste. Si la liste est vraiment aussi longue, réduisez-la avec un filtre ; sinon, contactez le support du site.',
    other:
      'Le chargement s’est arrêté après {count} pages sans atteindre la fin de la liste. Si la liste est vraiment aussi longue, réduisez-la avec un filtre ; sinon, contactez le support du site.',
  },
  'error.config':
    'Cette page règle le paramètre {setting} des widgets de crédits sur « {value} », ce qui n’est pas permis (valeurs possibles : {allowed}) : aucune requête n’a donc été envoyée. Il s’agit d’un réglage de la page, pas d’un problème de votre connexion : contactez le support du site.',
  'error.configFetch':
    'Cette page fournit aux widgets de crédits un paramètre {setting} de type {type}, ce qui n’est pas permis (une fonction est attendue) : aucune requête n’a donc été envoyée. Il s’agit d’un réglage de la page, pas d’un problème de votre connexion : contactez le support du site.',
  'error.configHeaders':
    'Cette page fournit aux widgets de crédits un paramètre {setting} de type {type} qu’ils ne peuvent pas utiliser (il faut un objet associant noms et valeurs d’en-têtes, ou une fonction qui en renvoie un) : aucune requête n’a donc été envoyée. Il s’agit d’un réglage de la page, pas d’un problème de votre connexion : contactez le support du site.',
} satisfies AreaTranslation<typeof common>;
