import '../helpers/setup.js';
import { MODULES, runDefinitionOrder } from '../helpers/definition-order.js';

const children = Object.keys(MODULES).filter((tag) => tag !== 'credits-provider');
runDefinitionOrder('children first, then the provider', [...children, 'credits-provider']);
