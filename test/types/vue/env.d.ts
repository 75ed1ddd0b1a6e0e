// The credits elements as global components for Vue's type checker.
import type {} from 'credits-widgets/vue';
