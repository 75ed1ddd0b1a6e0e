import '../helpers/setup.js';
import { MODULES, runDefinitionOrder } from '../helpers/definition-order.js';

const children = Object.keys(MODULES).filter((tag) => tag !== 'credits-provider');
const half = Math.ceil(children.length / 2);
runDefinitionOrder('half the children, the provider, then the rest (reversed)', [
  ...children.slice(0, half).reverse(),
  'credits-provider',
  ...children.slice(half).reverse(),
]);
