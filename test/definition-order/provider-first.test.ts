import '../helpers/setup.js';
import { MODULES, runDefinitionOrder } from '../helpers/definition-order.js';

runDefinitionOrder('the provider first, then its children', Object.keys(MODULES));
