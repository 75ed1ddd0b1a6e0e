/** Spanish: common (the English is ../../en/common.ts). */
import type { common } from '../../en/common.js';
import type { AreaTranslation } from '../../keys.js';

export default {
  'common.retry': 'Reintentar',
  'common.loading': 'Cargando…',
  'common.close': 'Cerrar',
  'common.cancel': 'Cancelar',
  'common.copy': 'Copiar',
  'common.copied': 'Copiado',
  'common.none': '—',
  'common.noEndpoint':
    'El atributo {endpoint} de este componente no es una URL http(s) válida: «{value}».',
  'common.noSource':
    'Este componente no tiene fuente de datos: defina su atributo {endpoint} o colóquelo dentro de un {provider}.',
  'error.cancelled': 'Se canceló la solicitud.',
  'error.unauthenticated': 'Su sesión ha expirado. Vuelva a iniciar sesión para ver sus créditos.',
  'error.forbidden': 'No tiene permiso para ver esto.',
  'error.timeout':
    'El servicio de créditos tardó demasiado en responder. Inténtelo de nuevo en unos momentos.',
  'error.validation': 'Algunos campos requieren su atención.',
  'error.internal':
    'Este componente tuvo un problema interno al mostrar sus créditos. Inténtelo de nuevo; si sigue ocurriendo, comuníquelo al soporte del sitio.',
  'error.http': 'El servicio de créditos no pudo responder (HTTP {status}).',
  'error.contract':
    'El servicio de créditos envió una respuesta que esta página no puede leer. Vuelva a intentarlo; si sigue ocurriendo, contacte con el soporte del sitio.',
  'error.supportDetails': 'Detalles para soporte',
  'error.offline': 'Parece que está sin conexión. Revise su conexión e inténtelo de nuevo.',
  'error.cors':
    'El servicio de créditos no respondió a esta página. Es posible que no acepte solicitudes de este sitio (CORS): sus desarrolladores pueden consultar cómo permitirlas en el README de credits-widgets, en la sección «Cross-origin APIs».',
  'error.network':
    'No se pudo conectar con el servicio de créditos. Revise su conexión e inténtelo de nuevo.',
  'error.emptyPages': {
    one: 'El servidor siguió enviando páginas sin filas, cada una remitiendo a otra, así que la carga se detuvo tras {count} página vacía seguida. Si sigue ocurriendo, comuníquelo al soporte del sitio.',
    many: 'El servidor siguió enviando páginas sin filas, cada una remitiendo a otra, así que la carga se detuvo tras {count} páginas vacías seguidas. Si sigue ocurriendo, comuníquelo al soporte del sitio.',
    other:
      'El servidor siguió enviando páginas sin filas, cada una remitiendo a otra, así que la carga se detuvo tras {count} páginas vacías seguidas. Si sigue ocurriendo, comuníquelo al soporte del sitio.',
  },
  'error.pageLimit': {
    one: 'La carga se detuvo tras {count} página sin llegar al final de la lista. Si la lista de verdad es tan larga, acótela con un filtro; si no, comuníquelo al soporte del sitio.',
    many: 'La carga se detuvo tras {count} páginas sin llegar al final de la lista. Si la lista de verdad es tan larga, acótela con un filtro; si no, comuníquelo al soporte del sitio.',
    other:
      'La carga se detuvo tras {count} páginas sin llegar al final de la lista. Si la lista de verdad es tan larga, acótela con un filtro; si no, comuníquelo al soporte del sitio.',
  },
  'error.config':
    'Esta página asigna a la opción {setting} de los componentes de créditos el valor «{value}», que no está permitido (debe ser uno de estos: {allowed}), así que no se envió ninguna solicitud. Es un ajuste de la página, no un problema de su conexión: comuníquelo al soporte del sitio.',
  'error.configFetch':
    'Esta página da a los componentes de créditos una opción {setting} de tipo {type}, que no está permitida (debe ser una función), así que no se envió ninguna solicitud. Es un ajuste de la página, no un problema de su conexión: comuníquelo al soporte del sitio.',
  'error.configHeaders':
    'Esta página da a los componentes de créditos una opción {setting} de tipo {type} que no pueden usar (debe ser un objeto con nombres y valores de encabezados, o una función que lo devuelva), así que no se envió ninguna solicitud. Es un ajuste de la página, no un problema de su conexión: comuníquelo al soporte del sitio.',
} satisfies AreaTranslation<typeof common>;
