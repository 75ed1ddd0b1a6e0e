// The credits elements in svelte/elements.
import type {} from 'credits-widgets/svelte';
